import { describe, expect, it } from 'vitest';

import { auditVerdict, cycloneDxComponentCount } from './lib/supplyChain.ts';

describe('cycloneDxComponentCount', () => {
  it('counts the components of a CycloneDX document', () => {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      components: [{ name: 'react' }, { name: 'zod' }],
    };
    expect(cycloneDxComponentCount(JSON.stringify(bom))).toBe(2);
    expect(cycloneDxComponentCount(JSON.stringify({ bomFormat: 'CycloneDX' }))).toBe(0);
  });

  it('refuses anything else: an npm error, SPDX, an empty file', () => {
    expect(cycloneDxComponentCount('npm error code ENOLOCK')).toBeUndefined();
    expect(
      cycloneDxComponentCount(JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: [] })),
    ).toBeUndefined();
    expect(cycloneDxComponentCount('')).toBeUndefined();
  });
});

describe('auditVerdict', () => {
  const report = (counts: Record<string, number>) =>
    JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: counts } });

  it('passes a report without high or critical findings', () => {
    const verdict = auditVerdict(report({ info: 0, low: 2, moderate: 1, high: 0, critical: 0, total: 3 }));
    expect(verdict).toEqual({
      kind: 'clean',
      counts: { info: 0, low: 2, moderate: 1, high: 0, critical: 0, total: 3 },
    });
  });

  it('fails on high or critical findings', () => {
    expect(auditVerdict(report({ high: 1, critical: 0 }))).toMatchObject({ kind: 'findings', high: 1 });
    expect(auditVerdict(report({ high: 0, critical: 2 }))).toMatchObject({ kind: 'findings', critical: 2 });
  });

  it('tells a refused advisory request from a clean report', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(auditVerdict(refused)).toMatchObject({
      kind: 'unreachable',
      reason: expect.stringContaining('405'),
    });
    expect(auditVerdict('')).toMatchObject({ kind: 'unreachable' });
    expect(auditVerdict('{}')).toMatchObject({ kind: 'unreachable' });
  });
});
