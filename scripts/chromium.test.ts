import { describe, expect, it } from 'vitest';

import { chromiumExecutablePath, DEBIAN_CHROMIUM, resolveChromium } from './lib/chromium.ts';

const only =
  (...present: string[]) =>
  (path: string): boolean =>
    present.includes(path);

describe('resolveChromium', () => {
  it('prefers an executable CHROMIUM_PATH', () => {
    const { plan, warnings } = resolveChromium({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      isExecutable: only('/opt/chrome/chrome', DEBIAN_CHROMIUM),
      isRoot: true,
    });
    expect(plan).toEqual({ kind: 'use', path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
    expect(warnings).toEqual([]);
  });

  it('falls back to Debian chromium and warns when CHROMIUM_PATH is not executable', () => {
    const { plan, warnings } = resolveChromium({
      env: { CHROMIUM_PATH: '/nope' },
      isExecutable: only(DEBIAN_CHROMIUM),
      isRoot: false,
    });
    expect(plan).toEqual({ kind: 'use', path: DEBIAN_CHROMIUM, source: 'debian' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('/nope');
  });

  it('ignores a blank CHROMIUM_PATH', () => {
    const { plan, warnings } = resolveChromium({
      env: { CHROMIUM_PATH: '  ' },
      isExecutable: only(DEBIAN_CHROMIUM),
      isRoot: false,
    });
    expect(plan).toMatchObject({ source: 'debian' });
    expect(warnings).toEqual([]);
  });

  it('installs through apt as root when no browser is found', () => {
    const { plan } = resolveChromium({ env: {}, isExecutable: only(), isRoot: true });
    expect(plan).toEqual({ kind: 'apt', path: DEBIAN_CHROMIUM });
  });

  it("uses Playwright's own download when not root and no browser is found", () => {
    const { plan } = resolveChromium({ env: {}, isExecutable: only(), isRoot: false });
    expect(plan).toEqual({ kind: 'playwright' });
  });
});

describe('chromiumExecutablePath', () => {
  it('passes CHROMIUM_PATH through, else Debian chromium, else nothing', () => {
    expect(chromiumExecutablePath({ CHROMIUM_PATH: '/x/chrome' }, only())).toBe('/x/chrome');
    expect(chromiumExecutablePath({}, only(DEBIAN_CHROMIUM))).toBe(DEBIAN_CHROMIUM);
    expect(chromiumExecutablePath({}, only())).toBeUndefined();
  });
});
