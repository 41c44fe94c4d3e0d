/**
 * Which Chromium the e2e tests drive. Playwright cannot download its own browser on our CI
 * machines, so Debian's package comes first; Playwright's download is the last resort for
 * developers without root.
 */

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Launch flags for every Chromium we drive (e2e, benchmark, Lighthouse): our machines refuse
 * Chromium's background connections, and without these flags it keeps retrying them.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export type ChromiumPlan =
  /** A browser is there: pass it to Playwright as CHROMIUM_PATH. */
  | { kind: 'use'; path: string; source: 'CHROMIUM_PATH' | 'debian' }
  /** Root without a browser: install Debian's chromium (and its fonts, only a "recommends"). */
  | { kind: 'apt'; path: string }
  /** Neither: let Playwright fetch its own build and launch it without an executablePath. */
  | { kind: 'playwright' };

export interface ChromiumProbe {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable: (path: string) => boolean;
  isRoot: boolean;
}

export interface ResolvedChromium {
  plan: ChromiumPlan;
  /** Said out loud so a CHROMIUM_PATH typo is not silently replaced by another browser. */
  warnings: string[];
}

export function resolveChromium({ env, isExecutable, isRoot }: ChromiumProbe): ResolvedChromium {
  const warnings: string[] = [];
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) {
      return { plan: { kind: 'use', path: fromEnv, source: 'CHROMIUM_PATH' }, warnings };
    }
    warnings.push(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) {
    return { plan: { kind: 'use', path: DEBIAN_CHROMIUM, source: 'debian' }, warnings };
  }
  if (isRoot) return { plan: { kind: 'apt', path: DEBIAN_CHROMIUM }, warnings };
  return { plan: { kind: 'playwright' }, warnings };
}

export const APT_PACKAGES = ['chromium', 'fonts-liberation'] as const;

/**
 * The executablePath for playwright.config.ts: CHROMIUM_PATH when given (the test runner sets
 * it after provisioning), else Debian's browser when present, else Playwright's own (undefined).
 */
export function chromiumExecutablePath(
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: (path: string) => boolean,
): string | undefined {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return fromEnv;
  return isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
