import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { appHeader, expectNothingPrivate, expectSignedInAs } from './support/header.ts';
import { isOnLoginPage, loginPage, signIn, waitForLoginPage } from './support/login.ts';
import { recordPlatformTraffic } from './support/platform-traffic.ts';
import { inBothThemes, screenshot, screenshotAtPhoneWidth } from './support/screenshots.ts';
import { IDPORTEN_URL } from './support/urls.ts';

// Issue 3's sign-in and sign-out journeys, through the emulator's real login page. The account
// page (/account) holds what the home page used to: security level, step-up, parties summary.

/** Path, query and hash exactly as the browser shows them. */
function appLocation(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

test('sign-in shows the person and the party they act for in the header', async ({
  page,
  emulator,
  urlLog,
}) => {
  const sophie = await emulator.user('Sophie Salt');
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: sophie.name, from: '/' });

  // Sophie's profile asks for nynorsk; her own party is herself.
  await expectSignedInAs(page, { name: sophie.name, partyId: sophie.partyId, partyName: sophie.name });
  await expect(appHeader(page).signedInAs).toHaveText('Innlogga som');
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks' })).toBeVisible();
  // The masked identity number: birth date shown, the rest never rendered.
  await expect(appHeader(page).banner.getByText(`${sophie.pid.slice(0, 6)}*****`)).toBeVisible();
  await expect(page.getByText(sophie.pid)).toHaveCount(0);

  // The sign-in made the Altinn session the issue asks for: exchange, then refresh at once.
  const paths = traffic.calls().map((call) => `${call.path} ${call.status}`);
  expect(paths).toContain('/authentication/api/v1/exchange/id-porten 200');
  expect(paths).toContain('/authentication/api/v1/refresh 200');
  expect(traffic.to('/authorization/api/v1/parties').at(-1)?.status).toBe(200);
  urlLog.expectNoSecrets([sophie.pid]);
});

test('a deep link with query and hash survives sign-in', async ({ page, emulator, urlLog }) => {
  const ola = await emulator.user('Ola Nordmann');
  const deepLink = '/account?mappe=arkiv&side=2&sok=skatt%202025#melding-42';

  await page.goto(deepLink);
  await waitForLoginPage(page);
  await signIn(page, { person: ola.name });

  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  expect(appLocation(page.url())).toBe(deepLink);
  // The address bar never carried the deep link to ID-porten: it travels in the sign-in state.
  const toIdporten = urlLog.urls().filter((url) => url.startsWith(IDPORTEN_URL));
  expect(toIdporten.length).toBeGreaterThan(0);
  expect(toIdporten.filter((url) => url.includes('melding-42') || url.includes('arkiv'))).toEqual([]);
  urlLog.expectNoSecrets([ola.pid]);
});

test('a deep link to an unknown page survives sign-in and shows "not found" inside the signed-in frame', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  const deepLink = '/arkiv/2025?side=3#m7';

  await signIn(page, { person: ola.name, from: deepLink });

  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  expect(appLocation(page.url())).toBe(deepLink);
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
});

test('after sign-out the back button shows nothing private, and the next person sees nothing of the first', async ({
  page,
  emulator,
  urlLog,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  const rik = await emulator.user('Rik Forelder');
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, from: '/account?side=1' });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });

  const revocations = page.waitForRequest(
    (request) => request.url().startsWith(`${IDPORTEN_URL}/`) && request.url().includes('revo'),
  );
  const signOutAt = Date.now();
  await appHeader(page).signOut.click();
  await revocations;
  await page.waitForURL((url) => url.pathname === '/signed-out');
  await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ut' })).toBeVisible();
  await expectNothingPrivate(page, ola);

  // Back, and back again: every earlier entry must end on the login page or the signed-out
  // page, never on a screen with Ola's data.
  const reached: string[] = [];
  for (let step = 0; step < 2; step += 1) {
    await page.goBack().catch(() => undefined);
    reached.push(page.url());
    await expect
      .poll(
        async () => {
          const url = new URL(page.url());
          if (isOnLoginPage(page))
            return (await loginPage(page).securityLevel.isVisible()) ? 'login' : 'wait';
          if (url.pathname === '/signed-out') {
            return (await page.getByRole('heading', { level: 1, name: 'Du er logget ut' }).isVisible())
              ? 'signed-out'
              : 'wait';
          }
          return `elsewhere: ${url.pathname}`;
        },
        { timeout: 15_000, message: 'the page after Back is the login page or the signed-out page' },
      )
      .toMatch(/^(login|signed-out)$/);
    reached.push(page.url());
    await expectNothingPrivate(page, ola);
  }
  // The first step back really reached the private page's entry, and it did not show.
  expect(appLocation(reached[0] ?? '')).toBe('/account?side=1');

  // Going back fetched nothing with a token: the Altinn token died with the sign-out.
  const withTokenAfterSignOut = traffic
    .calls()
    .filter((call) => call.at > signOutAt && call.tokenIssuedAt !== null);
  expect(withTokenAfterSignOut).toEqual([]);

  // The next person on the same browser: a real login page (no single sign-on as Ola), and
  // nothing of Ola anywhere once signed in.
  await page.goto('/');
  await waitForLoginPage(page);
  await signIn(page, { person: rik.name });
  await expectSignedInAs(page, { name: rik.name, partyId: rik.partyId, partyName: rik.name });
  await expect(page.getByText(ola.name)).toHaveCount(0);
  await expect(page.getByText(ola.pid.slice(0, 6))).toHaveCount(0);
  expect(await page.content()).not.toContain(ola.name);
  const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  expect(storage).not.toContain(ola.name);
  expect(storage).not.toContain(ola.pid);
  urlLog.expectNoSecrets([ola.pid, rik.pid]);
});

test('a level-substantial session asked to step up comes back at level high, to the same URL', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  const deepLink = '/account?vis=alt#toppen';
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, acr: 'substantial', from: deepLink });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  const levelValue = page.locator('dt', { hasText: 'Sikkerhetsnivå' }).locator('xpath=following-sibling::dd');
  await expect(levelValue).toHaveText('Betydelig');

  await page.getByRole('button', { name: 'Logg inn med høyt sikkerhetsnivå' }).click();
  await waitForLoginPage(page);
  // The single sign-on session is only substantial, so ID-porten asks again, preselecting high.
  await expect(loginPage(page).level('high')).toBeChecked();
  await signIn(page, { person: ola.name, acr: 'high' });

  await page.waitForURL((url) => appLocation(url.href) === deepLink);
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  await expect(levelValue).toHaveText('Høyt');
  await expect(page.getByRole('button', { name: 'Logg inn med høyt sikkerhetsnivå' })).toHaveCount(0);
  // The Altinn token of the new session was minted after the step-up, by a second exchange.
  expect(traffic.to('/authentication/api/v1/exchange/id-porten').map((c) => c.status)).toEqual([200, 200]);
});

test('with the profile refused the app still signs in, names the person and keeps bokmål', async ({
  page,
  emulator,
}) => {
  const sophie = await emulator.user('Sophie Salt');
  await emulator.settings({ profileRefused: true });
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: sophie.name, from: '/account' });

  // Her name comes from her own entry in the parties list instead of the profile.
  await expectSignedInAs(page, { name: sophie.name, partyId: sophie.partyId, partyName: sophie.name });
  await expect(page.getByText(/Du kan handle på vegne av \d+ parter\./)).toBeVisible();
  // No profile, so no nynorsk from it: the app stays in its default language.
  await expect(appHeader(page).signedInAs).toHaveText('Innlogget som');
  await expect
    .poll(() => traffic.to('/profile/api/v1/users/current').map((call) => call.status))
    .toContain(403);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('/ opens the last party used if the person may still act for it, else their own inbox', async ({
  page,
  emulator,
}) => {
  const sophie = await emulator.user('Sophie Salt');
  await signIn(page, { person: sophie.name, from: '/' });
  // First visit: nothing remembered, so her own inbox.
  await expect(page).toHaveURL(new RegExp(`/parties/${sophie.partyId}/inbox$`));
  await expect(page.getByRole('heading', { level: 1, name: `Innboks – ${sophie.name}` })).toBeVisible();

  // Acting for DDG Fitness makes it the last party used; the next visit to / starts there.
  await page.goto('/parties/500000/archive');
  await expect(page.getByRole('heading', { level: 1, name: 'Arkiv – DDG Fitness AS' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/parties\/500000\/inbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks – DDG Fitness AS' })).toBeVisible();

  // A remembered party she can no longer act for (here: one that is not in her list at all)
  // sends her to her own inbox instead.
  await page.evaluate((userId) => {
    localStorage.setItem(
      `innboks.pref.user.${userId}.parties`,
      JSON.stringify({ favourites: [], recent: [999999], last: 999999 }),
    );
  }, sophie.userId);
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/parties/${sophie.partyId}/inbox$`));
});

test('the account page is linked from the header and names the sign-in and the parties in proper singular and plural', async ({
  page,
  emulator,
}, testInfo) => {
  const sophie = await emulator.user('Sophie Salt');
  await signIn(page, { person: sophie.name, from: '/' });
  await appHeader(page).banner.getByRole('link', { name: 'Di innlogging' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Di innlogging' })).toBeVisible();
  const levelValue = page.locator('dt', { hasText: 'Tryggingsnivå' }).locator('xpath=following-sibling::dd');
  await expect(levelValue).toHaveText('Betydeleg');
  await expect(page.getByText(`${sophie.pid.slice(0, 6)}*****`).first()).toBeVisible();
  const parties = page.getByRole('list', { name: 'Kven du kan handle på vegner av' });
  // No "1 undereiningar": one subunit is singular, several plural.
  await expect(parties.getByText(/(^|· )1 undereiningar/)).toHaveCount(0);
  await expect(parties.getByText(/· \d+ undereiningar/).first()).toBeVisible();
  // "N partar" counts subunits, and says so.
  await expect(
    page.getByText(/^Du kan handle på vegner av \d+ partar\. Undereiningar er talde med\.$/),
  ).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'account');
  await inBothThemes(page, async (theme) => {
    await screenshot(page, testInfo, `account-${theme}`);
  });
  await screenshotAtPhoneWidth(page, testInfo, 'account');
});
