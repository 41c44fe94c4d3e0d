import { describe, expect, it } from 'vitest';

import { applicationTitle, parseApplications, parseTexts, type AppInfo } from './applications';

const app = (title: Record<string, string>): AppInfo => ({
  id: 'skd/mva',
  org: 'skd',
  title,
  hideAlways: false,
  hideOnTask: [],
});

describe('applicationTitle', () => {
  it('uses the user language first', () => {
    expect(applicationTitle(app({ nb: 'Bokmål', nn: 'Nynorsk', en: 'English' }), 'skd/mva', 'nn')).toBe(
      'Nynorsk',
    );
  });

  it('falls back nb → nn → en → any → app id', () => {
    expect(applicationTitle(app({ nn: 'Nynorsk', en: 'English' }), 'skd/mva', 'en')).toBe('English');
    expect(applicationTitle(app({ nn: 'Nynorsk', en: 'English' }), 'skd/mva', 'nb')).toBe('Nynorsk');
    expect(applicationTitle(app({ en: 'English' }), 'skd/mva', 'nn')).toBe('English');
    expect(applicationTitle(app({ se: 'Davvisámegiella' }), 'skd/mva', 'nb')).toBe('Davvisámegiella');
    expect(applicationTitle(app({}), 'skd/mva', 'nb')).toBe('skd/mva');
    expect(applicationTitle(undefined, 'skd/mva', 'nb')).toBe('skd/mva');
  });

  it('reads region-tagged keys such as nb-NO', () => {
    expect(applicationTitle(app({ 'nb-NO': 'Tagget' }), 'skd/mva', 'nb')).toBe('Tagget');
  });
});

describe('parseApplications', () => {
  it('keeps hide settings and skips a malformed app', () => {
    const apps = parseApplications({
      applications: [
        {
          id: 'ttd/a',
          org: 'ttd',
          title: { nb: 'A' },
          messageBoxConfig: { hideSettings: { hideAlways: true } },
        },
        { id: 'ssb/b', org: 'ssb', messageBoxConfig: { hideSettings: { hideOnTask: ['Task_1'] } } },
        { org: 'broken' },
      ],
    });
    expect([...apps.keys()]).toEqual(['ttd/a', 'ssb/b']);
    expect(apps.get('ttd/a')?.hideAlways).toBe(true);
    expect(apps.get('ssb/b')?.hideOnTask).toEqual(['Task_1']);
  });
});

describe('parseTexts', () => {
  it('maps resources by id and drops empty values', () => {
    expect(
      parseTexts({
        resources: [
          { id: 'appName', value: 'Mva', variables: null },
          { id: 'x', value: '' },
        ],
      }),
    ).toEqual({ appName: 'Mva' });
  });
});
