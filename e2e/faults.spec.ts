import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/login.ts';
import { checkPageState } from './support/page-states.ts';
import { gaps, logPlatformRequests, type LoggedRequest } from './support/request-log.ts';
import { localPreset, serveConfig } from './support/runtime-config.ts';

// Platform faults through the emulator's fault control, as Ola Nordmann (bokmål, one party,
// 6 instances in his inbox). The retry schedule under test is src/api/retryPolicy.ts: three
// attempts for 5xx and lost connections, waits of 0.5-1 s and 1-2 s (exponential, jittered),
// Retry-After honoured on 429/503, never a retry on 4xx, a bad body or a timeout.

const OLA = 512345;
const INBOX = `/parties/${OLA}/inbox`;
const LIST = '/storage/api/v1/instances';
/** Slack for the browser's and the emulator's own time on top of a wait the app chose. */
const SLACK_MS = 400;

function list(page: Page, folder = 'Innboks') {
  return page.getByRole('list', { name: `Meldinger i ${folder}` });
}

function folderLink(page: Page, name: 'Innboks' | 'Arkiv' | 'Papirkurv') {
  return page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: new RegExp(`^${name}`) });
}

const errorHeading = (page: Page) => page.getByRole('heading', { name: 'Vi fikk ikke hentet meldingene' });
const retryButton = (page: Page) => page.getByRole('button', { name: 'Prøv igjen' });

async function expectRows(page: Page, folder = 'Innboks'): Promise<void> {
  await expect(list(page, folder).locator('[data-instance-guid]').first()).toBeVisible({ timeout: 15_000 });
}

/** The attempts at each list URL; every URL of a folder fails or succeeds the same way. */
function attemptsPerUrl(groups: Map<string, LoggedRequest[]>): number[] {
  return [...groups.values()].map((attempts) => attempts.length);
}

function firstUrlAttempts(groups: Map<string, LoggedRequest[]>): LoggedRequest[] {
  return [...groups.values()][0] ?? [];
}

test('502 twice, then the list appears by itself after two jittered, growing waits', async ({
  page,
  emulator,
}) => {
  const requests = logPlatformRequests(page, LIST);
  await emulator.fault({ method: 'GET', path: LIST, status: 502, times: 2 });
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  await expectRows(page);
  await expect(errorHeading(page)).toHaveCount(0);

  const attempts = firstUrlAttempts(requests.byUrl());
  expect(attempts).toHaveLength(3);
  const [first, second] = gaps(attempts);
  // Retry 1 after 0.5-1 s, retry 2 after 1-2 s (half fixed, half random).
  expect(first).toBeGreaterThanOrEqual(500);
  expect(first).toBeLessThan(1_000 + SLACK_MS);
  expect(second).toBeGreaterThanOrEqual(1_000);
  expect(second).toBeLessThan(2_000 + SLACK_MS);
});

test('503 on every attempt: three tries honouring Retry-After, then a message whose "Prøv igjen" works once Altinn is back', async ({
  page,
  emulator,
}, testInfo) => {
  const requests = logPlatformRequests(page, LIST);
  // The emulator sends Retry-After: 1 with a 503.
  await emulator.fault({ method: 'GET', path: LIST, status: 503 });
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  await expect(errorHeading(page)).toBeVisible({ timeout: 15_000 });
  await expect(
    page.getByText('Det kan være et midlertidig problem hos Altinn. Prøv igjen om litt.'),
  ).toBeVisible();
  expect(new Set(attemptsPerUrl(requests.byUrl()))).toEqual(new Set([3]));
  for (const gap of gaps(firstUrlAttempts(requests.byUrl()))) {
    expect(gap).toBeGreaterThanOrEqual(1_000);
    expect(gap).toBeLessThan(1_000 + SLACK_MS);
  }
  await checkPageState(page, testInfo, 'fault-server-error', {
    phone: ['light', 'dark'],
    stillThere: () => expect(errorHeading(page)).toBeVisible(),
  });

  await emulator.clearFaults();
  requests.clear();
  await retryButton(page).click();
  await expectRows(page);
  expect(new Set(attemptsPerUrl(requests.byUrl()))).toEqual(new Set([1]));
});

test('429 with Retry-After: 2 says so, counts down, waits two seconds and then shows the list', async ({
  page,
  emulator,
}, testInfo) => {
  const requests = logPlatformRequests(page, LIST);
  await emulator.fault({ method: 'GET', path: LIST, status: 429, retryAfter: 2, times: 1 });
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  const banner = page
    .getByRole('status')
    .filter({ hasText: /^Altinn får for mange forespørsler\. Vi prøver igjen om [12] s\.$/ });
  await expect(banner).toBeVisible();
  await expectRows(page);
  await expect(banner).toHaveCount(0);

  const attempts = [...requests.byUrl().values()].find((group) => group.length > 1) ?? [];
  expect(attempts).toHaveLength(2);
  const [wait] = gaps(attempts);
  expect(wait).toBeGreaterThanOrEqual(2_000);
  expect(wait).toBeLessThan(2_000 + SLACK_MS);

  // A longer wait, long enough to scan and photograph the counting banner while it is there.
  await emulator.fault({ method: 'GET', path: LIST, status: 429, retryAfter: 15, times: 1 });
  await folderLink(page, 'Arkiv').click();
  const longWait = page.getByRole('status').filter({ hasText: /Vi prøver igjen om \d+ s\.$/ });
  await expect(longWait).toBeVisible();
  await checkPageState(page, testInfo, 'fault-rate-limited', {
    phone: ['dark'],
    stillThere: () => expect(longWait).toBeVisible(),
  });
  await expectRows(page, 'Arkiv');
});

test('400, 403 and 404 are never retried: one request each, and the message names the code', async ({
  page,
  emulator,
}) => {
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  await expectRows(page);
  const requests = logPlatformRequests(page, LIST);
  const cases = [
    { status: 400, folder: 'Arkiv' },
    { status: 403, folder: 'Papirkurv' },
    { status: 404, folder: 'Arkiv' },
  ] as const;
  for (const { status, folder } of cases) {
    await emulator.clearFaults();
    await emulator.fault({ method: 'GET', path: LIST, status });
    requests.clear();
    // A folder never loaded, or one whose last load failed (React Query fetches it again on
    // mount): either way one fresh list query.
    await folderLink(page, folder).click();
    await expect(errorHeading(page)).toBeVisible();
    await expect(page.getByText(`Altinn avviste forespørselen (feilkode ${status}).`)).toBeVisible();
    // Longer than the longest backoff wait (2 s): a retry would have shown up by now.
    await page.waitForTimeout(2_500);
    const perUrl = attemptsPerUrl(requests.byUrl());
    expect(perUrl.length, `list requests for ${status}`).toBeGreaterThan(0);
    expect(new Set(perUrl), `attempts per URL for ${status}`).toEqual(new Set([1]));
  }
});

test('a body that is not JSON is a clear error, not a crash, and is not asked for again', async ({
  page,
  emulator,
}, testInfo) => {
  const requests = logPlatformRequests(page, LIST);
  await emulator.fault({ method: 'GET', path: LIST, malformed: true });
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  await expect(errorHeading(page)).toBeVisible();
  await expect(page.getByText('Altinn svarte med noe vi ikke kunne lese. Prøv igjen om litt.')).toBeVisible();
  await page.waitForTimeout(2_500);
  expect(new Set(attemptsPerUrl(requests.byUrl()))).toEqual(new Set([1]));
  await checkPageState(page, testInfo, 'fault-malformed', { themes: ['dark'] });

  await emulator.clearFaults();
  await retryButton(page).click();
  await expectRows(page);
});

test('a request that hangs is abandoned after platform.requestTimeoutSeconds, said so, and "Prøv igjen" works', async ({
  page,
  emulator,
}, testInfo) => {
  const config = localPreset();
  const platform = config['platform'] as Record<string, unknown>;
  config['platform'] = { ...platform, requestTimeoutSeconds: 3 };
  await serveConfig(page, config);
  const requests = logPlatformRequests(page, LIST);
  await emulator.fault({ method: 'GET', path: LIST, delayMs: 8_000 });
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  const message = page.getByText('Altinn brukte for lang tid på å svare. Prøv igjen.');
  await expect(message).toBeVisible({ timeout: 10_000 });
  const shownAt = Date.now();
  const attempts = requests.all();
  const startedAt = Math.min(...attempts.map((entry) => entry.at));
  expect(shownAt - startedAt).toBeGreaterThanOrEqual(3_000);
  // A timeout is not retried automatically: one attempt per URL.
  expect(new Set(attemptsPerUrl(requests.byUrl()))).toEqual(new Set([1]));
  await checkPageState(page, testInfo, 'fault-timeout', { themes: ['light'], phone: ['dark'] });

  await emulator.clearFaults();
  await retryButton(page).click();
  await expectRows(page);
});

test('offline: a polite banner, nothing is sent, and the list comes back by itself when the connection does', async ({
  page,
  context,
}, testInfo) => {
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  await expectRows(page);
  await page.evaluate(() => {
    (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
  });
  // The route's lazily loaded extras (instance view, downloads) are fetched when the pointer
  // enters the list; load them while online so this journey is about the list alone (a chunk
  // that fails to load offline is the next journey).
  await list(page).hover();
  await page.waitForLoadState('networkidle');
  const requests = logPlatformRequests(page, LIST);

  await context.setOffline(true);
  const banner = page.getByRole('status').filter({
    hasText: 'Du er uten nettforbindelse. Vi fortsetter av oss selv når den er tilbake.',
  });
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('aria-live', 'polite');
  await folderLink(page, 'Papirkurv').click();
  await expect(page.getByTestId('list-skeleton')).toBeVisible();
  await checkPageState(page, testInfo, 'offline', {
    phone: ['light', 'dark'],
    stillThere: () => expect(banner).toBeVisible(),
  });
  // Paused, not failing: not one list request left the page while offline.
  expect(requests.all()).toEqual([]);
  await expect(errorHeading(page)).toHaveCount(0);

  await context.setOffline(false);
  await expectRows(page, 'Papirkurv');
  await expect(banner).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
  ).toBe(true);
});

test("offline before the instance view's code is loaded: a clear message, and the view loads by itself when back online", async ({
  page,
  context,
}) => {
  await signIn(page, { person: 'Ola Nordmann', from: INBOX });
  await expectRows(page);
  await context.setOffline(true);
  // Opening a row needs the lazily loaded instance view; its chunk cannot be fetched now.
  const guid = await list(page).locator('[data-instance-guid]').first().getAttribute('data-instance-guid');
  await page.locator(`a[href*="${guid}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${INBOX}/${guid}`));
  const problem = page
    .getByRole('alert')
    .filter({ hasText: 'Vi fikk ikke kontakt med Altinn. Sjekk nettforbindelsen og prøv igjen.' });
  await expect(problem).toBeVisible();

  // Back online: the route tries the import again on its own, and the view appears.
  await context.setOffline(false);
  await expect(page.locator('#instance-view')).toBeVisible();
  await expect(problem).toHaveCount(0);
});
