import type { Page, TestInfo } from '@playwright/test';

/**
 * Named screenshots for people to look at: written under the test's output folder
 * (test-results/...) and attached to the report.
 */

export type Theme = 'light' | 'dark';

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}

/**
 * Runs `body` once in light and once in dark (through `prefers-color-scheme`, which the app's
 * theme follows unless the user overrides it), then puts the scheme back to light.
 */
export async function inBothThemes(page: Page, body: (theme: Theme) => Promise<void>): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await body(theme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Screenshots the current page in both themes as `{name}-light` and `{name}-dark`. */
export async function screenshotBothThemes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await inBothThemes(page, (theme) => screenshot(page, testInfo, `${name}-${theme}`).then(() => undefined));
}

/** Runs `body` at a 390 px wide phone viewport, then restores the viewport it found. */
export async function atPhoneWidth<T>(page: Page, body: () => Promise<T>): Promise<T> {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE_VIEWPORT);
  try {
    return await body();
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** Screenshots the current page at 390 px as `{name}-390px`. */
export async function screenshotAtPhoneWidth(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await atPhoneWidth(page, () => screenshot(page, testInfo, `${name}-390px`));
}
