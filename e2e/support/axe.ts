import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the bar, with no allow-list. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Scans the page as it is now and fails on any violation. On failure the full violations
 * JSON is attached to the report, and the message lists rule, impact and the first targets.
 * `state` names the page state in the attachment, e.g. `login-nb` or `inbox-dark`.
 */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, state = 'page'): Promise<void> {
  // MUI fades colours over ~250 ms when the colour scheme changes; axe must measure the settled
  // colours, not a frame halfway between light and dark.
  // Only transitions are awaited: skeletons and spinners animate forever by design.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  const { violations } = results;
  if (violations.length > 0) {
    await testInfo.attach(`axe-violations-${state}.json`, {
      body: JSON.stringify({ url: results.url, violations }, null, 2),
      contentType: 'application/json',
    });
  }
  const readable = violations.map((v) => {
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ');
    return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${targets}`;
  });
  expect(readable, `axe violations on ${state} (${page.url()})`).toEqual([]);
}
