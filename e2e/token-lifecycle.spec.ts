import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures.ts';
import { appHeader, expectSignedInAs } from './support/header.ts';
import { signIn, waitForLoginPage } from './support/login.ts';
import {
  expectCarriedRefreshedToken,
  recordPlatformTraffic,
  type PlatformTraffic,
} from './support/platform-traffic.ts';
import { IDPORTEN_URL } from './support/urls.ts';

// Issue 3: the Altinn token is kept valid while the person works, a 401 gets one refresh and one
// retry, and a refused refresh leads through sign-in back to the very same URL. Token lifetimes
// are shortened through the emulator's settings so nothing waits longer than a few seconds.

const REFRESH = '/authentication/api/v1/refresh';
const EXCHANGE = '/authentication/api/v1/exchange/id-porten';
const PARTIES = '/authorization/api/v1/parties';

function appLocation(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Every document the page's main frame requests from now on, redirect hops included. */
function recordNavigations(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) seen.push(request.url());
  });
  return seen;
}

function statuses(traffic: PlatformTraffic, path: string): number[] {
  return traffic.to(path).map((call) => call.status);
}

test('an Altinn token that expires mid-session is refreshed without the person noticing', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  await emulator.settings({ altinnRefreshTokenTtl: 6 });
  // The parties list fails to load at first (three 500s: the first try and React Query's two
  // retries), which gives the person something to do later: press "Prøv igjen".
  await emulator.fault({ method: 'GET', path: PARTIES, status: 500, times: 3 });
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, from: '/account?etter=utlop#liste' });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  const retry = page.getByRole('button', { name: 'Prøv igjen' });
  await expect(retry).toBeVisible();
  const firstToken = traffic.to(PARTIES)[0];
  expect(firstToken?.tokenExpiresAt, 'the first parties call carried a 6 s Altinn token').toBe(
    (firstToken?.tokenIssuedAt ?? 0) + 6,
  );
  const firstExpiry = (firstToken?.tokenExpiresAt ?? 0) * 1000;
  const navigations = recordNavigations(page);

  // Wait until that token has been dead for a second; meanwhile the app refreshes ahead of expiry.
  await expect
    .poll(() => Date.now() > firstExpiry + 1000 && traffic.to(REFRESH).length >= 3, { timeout: 20_000 })
    .toBe(true);

  const before = traffic.to(PARTIES).length;
  await retry.click();
  await expect(page.getByText('Du kan bare handle på vegne av deg selv.')).toBeVisible();

  const after = traffic.to(PARTIES).slice(before);
  expect(after.map((call) => call.status)).toEqual([200]);
  const used = after[0];
  expect(used?.tokenIssuedAt ?? 0, 'a refreshed token, not the first one').toBeGreaterThan(
    firstToken?.tokenIssuedAt ?? Number.POSITIVE_INFINITY,
  );
  expect((used?.tokenExpiresAt ?? 0) * 1000).toBeGreaterThan(firstExpiry);
  // Every refresh succeeded, and the person never left the page or saw the login page.
  expect(new Set(statuses(traffic, REFRESH))).toEqual(new Set([200]));
  expect(navigations).toEqual([]);
  expect(appLocation(page.url())).toBe('/account?etter=utlop#liste');
  await expect(appHeader(page).signedInAs).toBeVisible();
});

test('a 401 from the platform gets one refresh and one retry, and the page just works', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  await emulator.fault({ method: 'GET', path: PARTIES, status: 401, times: 1 });
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, from: '/account' });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  await expect(page.getByText('Du kan bare handle på vegne av deg selv.')).toBeVisible();

  expect(statuses(traffic, PARTIES)).toEqual([401, 200]);
  // Sign-in's own refresh, then exactly one more for the 401.
  expect(statuses(traffic, REFRESH)).toEqual([200, 200]);
  await expectCarriedRefreshedToken(traffic, traffic.to(PARTIES)[1]);
  expect(statuses(traffic, EXCHANGE)).toEqual([200]);
});

test('a refused refresh signs in again silently and comes back to the same URL', async ({
  page,
  emulator,
  urlLog,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  const deepLink = '/account?mappe=innboks&valgt=3#detaljer';
  // A 10 s token: the app refreshes it 5 s after sign-in.
  await emulator.settings({ altinnRefreshTokenTtl: 10 });
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, from: deepLink });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  await emulator.fault({ method: 'GET', path: REFRESH, status: 401, times: 1 });
  const navigations = recordNavigations(page);

  await expect.poll(() => statuses(traffic, REFRESH), { timeout: 15_000 }).toContain(401);
  // The new sign-in's own exchange and refresh, then the same place again.
  await expect.poll(() => statuses(traffic, EXCHANGE), { timeout: 15_000 }).toEqual([200, 200]);
  await page.waitForURL((url) => appLocation(url.href) === deepLink);
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });

  // Through ID-porten with prompt=none: the SSO session still lives, so no login page.
  const authorize = navigations.find((url) => url.startsWith(`${IDPORTEN_URL}/authorize`));
  expect(authorize, 'a new authorization request').toBeDefined();
  expect(new URL(authorize ?? IDPORTEN_URL).searchParams.get('prompt')).toBe('none');
  expect(navigations.filter((url) => url.includes('/interaction/'))).toEqual([]);
  expect(statuses(traffic, REFRESH)).toEqual([200, 401, 200]);
  urlLog.expectNoSecrets([ola.pid]);
});

test('a refused refresh after the ID-porten session ended goes through the login page back to the same URL', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  const deepLink = '/account?mappe=arkiv#rad-9';
  await emulator.settings({ altinnRefreshTokenTtl: 10 });
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, from: deepLink });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  // Reset forgets every ID-porten session (and the settings, but the 10 s token is already out).
  await emulator.reset();
  await emulator.fault({ method: 'GET', path: REFRESH, status: 401, times: 1 });

  await waitForLoginPage(page);
  await signIn(page, { person: ola.name });
  await page.waitForURL((url) => appLocation(url.href) === deepLink);
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  expect(statuses(traffic, REFRESH)).toEqual([200, 401, 200]);
});

test('a refresh refused twice ends on a clear error whose "Logg inn på nytt" still returns to the same URL', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  const deepLink = '/account?mappe=innboks#rad-2';
  await emulator.settings({ altinnRefreshTokenTtl: 10 });
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, from: deepLink });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  // The scheduled refresh and the silent sign-in's refresh are both refused.
  await emulator.fault({ method: 'GET', path: REFRESH, status: 401, times: 2 });

  // Altinn accepted the person at sign-in; only the refresh was refused: the generic message.
  await expect(page.getByRole('heading', { level: 1, name: 'Innloggingen mislyktes' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(appHeader(page).signedInAs).toHaveCount(0);
  await page.getByRole('button', { name: 'Logg inn på nytt' }).click();
  await page.waitForURL((url) => appLocation(url.href) === deepLink || url.origin === IDPORTEN_URL);
  if (new URL(page.url()).origin === IDPORTEN_URL) await signIn(page, { person: ola.name });
  await page.waitForURL((url) => appLocation(url.href) === deepLink);
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  expect(statuses(traffic, REFRESH)).toEqual([200, 401, 401, 200]);
});
