import { describe, expect, it } from 'vitest';

import { cycloneDxComponentCount } from './lib/supplyChain.ts';

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
