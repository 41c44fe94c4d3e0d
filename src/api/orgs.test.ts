import { describe, expect, it } from 'vitest';

import { orgName, parseOrgs } from './orgs';

const names = parseOrgs({
  orgs: {
    skd: { name: { nb: 'Skatteetaten', en: 'Norwegian Tax Administration' }, orgnr: '974761076' },
    ttd: { name: { nn: 'Testdepartementet' } },
  },
});

describe('orgName', () => {
  it('uses the language, then falls back nb → nn → en → code', () => {
    expect(orgName(names, 'skd', 'en')).toBe('Norwegian Tax Administration');
    expect(orgName(names, 'skd', 'nn')).toBe('Skatteetaten');
    expect(orgName(names, 'ttd', 'en')).toBe('Testdepartementet');
    expect(orgName(names, 'xyz', 'nb')).toBe('xyz');
    expect(orgName(undefined, 'skd', 'nb')).toBe('skd');
  });

  it('rejects a file of the wrong shape', () => {
    expect(() => parseOrgs({ orgs: [1] })).toThrow();
  });
});
