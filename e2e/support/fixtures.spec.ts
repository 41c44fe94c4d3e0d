import { expect, test } from './fixtures.ts';
import { PLATFORM_URL } from './urls.ts';

// The journeys rely on these fixtures to catch what a person would not see: uncaught errors
// and secrets in URLs. Show that they do. Pages are inline or plain platform URLs.

const fakeJwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

// Marked as failing on purpose: it passes only if the fixture fails it.
test.fail('an uncaught error in the page fails the test', async ({ page }) => {
  await page.setContent('<title>x</title><script>setTimeout(() => { throw new Error("boom"); })</script>');
  await page.waitForTimeout(200);
});

test('console errors are collected, in order', async ({ page, consoleErrors }) => {
  await page.setContent('<title>x</title><script>console.error("first"); console.error("second")</script>');
  await expect.poll(() => consoleErrors.length).toBe(2);
  expect(consoleErrors[0]).toContain('first');
  expect(consoleErrors[1]).toContain('second');
});

test('the URL log sees requests and navigations, and flags a token in one', async ({ page, urlLog }) => {
  const clean = `${PLATFORM_URL}/storage/api/v1/applications`;
  await page.goto(clean);
  expect(urlLog.urls()).toContain(clean);
  expect(() => urlLog.expectNoSecrets()).not.toThrow();

  await page.goto(`${clean}?token=${fakeJwt}`);
  const reasons = urlLog.secrets().map((hit) => hit.reason);
  expect(reasons).toContain('jwt');
  expect(reasons).toContain('token-parameter');
  expect(() => urlLog.expectNoSecrets()).toThrow();
});
