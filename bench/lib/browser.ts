/**
 * The browser side of the benchmark: Debian's Chromium driven by Playwright, the real sign-in
 * through the emulator's login page (by accessible names, as e2e/support/login.ts does), and a
 * small in-page probe installed before any page script runs.
 */

import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

import { loginPage } from '../../e2e/support/login.ts';
import { IDPORTEN_URL } from '../../e2e/support/urls.ts';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../scripts/lib/chromium.ts';
import { isExecutable } from '../../scripts/lib/isExecutable.ts';

export const APP_URL = 'http://127.0.0.1:4173';

export const executablePath = chromiumExecutablePath(process.env, isExecutable);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** What the probe keeps on `window.__bench` (times are performance.now() of that document). */
export interface Probe {
  longTasks: { start: number; duration: number }[];
  firstRowAt: number | null;
  clickAt: number | null;
  keyAt: number | null;
  watchAt: number | null;
  maxRows: number;
}

/**
 * Installed in every document before the app's scripts: long tasks, the moment the first list
 * row ([data-row-id]) is in the DOM (taken at the next animation frame, i.e. when it can paint),
 * the last click and keydown, and the most rows ever mounted at once.
 */
function installProbe(): void {
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in a __name()
  // helper; functions handed to page.evaluate carry those calls into the page.
  const g = globalThis as unknown as { __name?: (fn: unknown) => unknown };
  g.__name ??= (fn) => fn;
  const probe = {
    longTasks: [] as { start: number; duration: number }[],
    firstRowAt: null as number | null,
    clickAt: null as number | null,
    keyAt: null as number | null,
    watchAt: null as number | null,
    maxRows: 0,
  };
  (window as unknown as { __bench: typeof probe }).__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
  let pending = false;
  new MutationObserver(() => {
    const rows = document.querySelectorAll('[data-row-id]').length;
    if (rows > probe.maxRows) probe.maxRows = rows;
    if (rows > 0 && probe.firstRowAt === null && !pending) {
      pending = true;
      requestAnimationFrame(() => (probe.firstRowAt = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', () => (probe.clickAt = performance.now()), { capture: true });
  document.addEventListener('keydown', () => (probe.keyAt = performance.now()), { capture: true });
}

export async function newProbedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  await context.addInitScript(installProbe);
  return context;
}

export async function addProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(installProbe);
}

export async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
}

export async function resetProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: Probe }).__bench;
    b.longTasks = [];
    b.clickAt = null;
    b.keyAt = null;
    b.watchAt = null;
    b.maxRows = document.querySelectorAll('[data-row-id]').length;
  });
}

/**
 * Starts watching, every animation frame, for the path to start with `pathPrefix` and for
 * `selector` to match; `__bench.watchAt` gets that frame's time. Start it before the click.
 */
export async function startWatch(page: Page, pathPrefix: string, selector: string): Promise<void> {
  await page.evaluate(
    ([prefix, sel]) => {
      const b = (window as unknown as { __bench: Probe }).__bench;
      b.watchAt = null;
      const tick = () => {
        if (location.pathname.startsWith(prefix) && document.querySelector(sel))
          b.watchAt = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    [pathPrefix, selector] as const,
  );
}

/** Waits for the watch to fire and returns its time minus the last click. */
export async function watchedSinceClick(page: Page, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.watchAt !== null, null, {
    timeout: timeoutMs,
    polling: 50,
  });
  const b = await probe(page);
  return (b.watchAt ?? NaN) - (b.clickAt ?? NaN);
}

export interface SignInOptions {
  /** App path to open; the app sends the browser to ID-porten and back here. */
  from: string;
  /** A listed test person's display name, or a synthetic identity number typed in. */
  person?: string;
  pid?: string;
}

/** The real sign-in: app -> ID-porten's login page -> back to the app's callback. */
export async function signIn(page: Page, { from, person, pid }: SignInOptions): Promise<void> {
  await page.goto(`${APP_URL}${from}`);
  await page.waitForURL((url) => url.origin === IDPORTEN_URL, { timeout: 30_000 });
  const login = loginPage(page);
  await login.securityLevel.waitFor();
  await login.level('substantial').check();
  if (pid) {
    await login.pidField.fill(pid);
    await login.pidButton.click();
  } else if (person) {
    await login.personButton(person).click();
  } else {
    throw new Error('signIn needs a person or a pid');
  }
  await page.waitForURL((url) => url.origin !== IDPORTEN_URL, { timeout: 30_000 });
}

/** Resolves once a list row is on the page (in the current document). */
export async function waitForFirstRow(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __bench?: Probe }).__bench?.firstRowAt != null,
    null,
    { timeout: timeoutMs, polling: 50 },
  );
}

/** Resource timing of the current document, for token and request figures. */
export interface ResourceTiming {
  name: string;
  initiatorType: string;
  startTime: number;
  responseEnd: number;
  encodedBodySize: number;
  transferSize: number;
}

export async function resources(page: Page): Promise<ResourceTiming[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      name: r.name,
      initiatorType: r.initiatorType,
      startTime: r.startTime,
      responseEnd: r.responseEnd,
      encodedBodySize: r.encodedBodySize,
      transferSize: r.transferSize,
    })),
  );
}

/** JS heap in use after a forced garbage collection, in bytes (CDP). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
