import { describe, expect, it } from 'vitest';

import type { AppInfo } from '../../api/applications';
import { appsMatchingTitle } from './searchApps';

const apps: AppInfo[] = [
  {
    id: 'skd/mva-melding',
    org: 'skd',
    title: { nb: 'Skattemelding for merverdiavgift', nn: 'Skattemelding for meirverdiavgift' },
    hideAlways: false,
    hideOnTask: [],
  },
  {
    id: 'nav/dagpenger',
    org: 'nav',
    title: { nb: 'Søknad om dagpenger', en: 'Application for unemployment benefits' },
    hideAlways: false,
    hideOnTask: [],
  },
  {
    id: 'skd/skattemelding',
    org: 'skd',
    title: { nb: 'Skattemelding for lønnstakere' },
    hideAlways: false,
    hideOnTask: [],
  },
];

describe('search text → app ids', () => {
  it('matches titles in any language, case-insensitively', () => {
    expect(appsMatchingTitle(apps, 'MEIRVERDI')).toEqual(['skd/mva-melding']);
    expect(appsMatchingTitle(apps, 'unemployment')).toEqual(['nav/dagpenger']);
  });

  it('returns every matching app, sorted', () => {
    expect(appsMatchingTitle(apps, 'skattemelding')).toEqual(['skd/mva-melding', 'skd/skattemelding']);
  });

  it('an empty search or no hit matches nothing', () => {
    expect(appsMatchingTitle(apps, '  ')).toEqual([]);
    expect(appsMatchingTitle(apps, 'parkering')).toEqual([]);
  });
});
