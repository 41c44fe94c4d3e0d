import type { Page, TestInfo } from '@playwright/test';

import { expectNoAxeViolations } from './axe.ts';
import { atPhoneWidth, screenshot, type Theme } from './screenshots.ts';

/**
 * One page state checked the way issue 3 asks: an axe scan (WCAG 2.x A and AA, zero violations)
 * and a screenshot per colour scheme, and optionally at 390 px. Files are named `{name}-{theme}`
 * and `{name}-{theme}-390px`. Scans cost a second or two each, so callers pick what matters:
 * the emulator's login page has no dark theme, for example.
 */
export interface PageStateOptions {
  themes?: readonly Theme[];
  /** Which of those themes to repeat at 390 px. */
  phone?: readonly Theme[];
  /** Checked before every scan, so a page that moves on mid-check fails instead of being mislabelled. */
  stillThere?: () => Promise<void>;
}

/**
 * Waits until the colour change has finished: MUI animates background colours for 250 ms, and an
 * axe scan in that window measures half-way colours and reports contrast failures that no
 * person would ever see on a settled page. Endless animations (spinners) are left alone.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const running = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  });
}

export async function checkPageState(
  page: Page,
  testInfo: TestInfo,
  name: string,
  { themes = ['light', 'dark'], phone = [], stillThere }: PageStateOptions = {},
): Promise<void> {
  const check = async (label: string): Promise<void> => {
    await stillThere?.();
    await expectNoAxeViolations(page, testInfo, label);
    await screenshot(page, testInfo, label);
    await stillThere?.();
  };
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    await settleTransitions(page);
    await check(`${name}-${theme}`);
    if (phone.includes(theme)) await atPhoneWidth(page, () => check(`${name}-${theme}-390px`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** True when the page is wider than its viewport (a sideways scrollbar on a phone). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
