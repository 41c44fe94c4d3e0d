import { expect, test } from './support/fixtures.ts';
import { appHeader, expectSignedInAs } from './support/header.ts';
import { holdRequests } from './support/hold-requests.ts';
import { loginPage, signIn, waitForLoginPage } from './support/login.ts';
import { checkPageState, overflowsSideways } from './support/page-states.ts';
import { serveRawConfig, serveSessionLimits } from './support/runtime-config.ts';
import { atPhoneWidth } from './support/screenshots.ts';
import { IDPORTEN_URL } from './support/urls.ts';

// Issue 3: an axe scan (WCAG 2.x A and AA, zero violations) and a screenshot of every page state
// of the app shell, in light and dark, most also at 390 px. The screenshots land in
// test-results/ and are attached to the report for people to look at.

test('signed out: the login page the app sends you to, then "Logger inn …" while the token exchange runs', async ({
  page,
  emulator,
}, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await page.goto('/?fra=a11y');
  await waitForLoginPage(page);
  // The emulator's login page, like ID-porten's, has one (light) look.
  await checkPageState(page, testInfo, 'login-page', { themes: ['light'], phone: ['light'] });

  const exchange = await holdRequests(page, '**/platform/authentication/api/v1/exchange/**');
  await loginPage(page).personButton(ola.name).click();
  await exchange.reached;
  const status = page.getByRole('status').filter({ hasText: 'Logger inn …' });
  await checkPageState(page, testInfo, 'signing-in', { stillThere: () => expect(status).toBeVisible() });
  exchange.release();
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
});

test('signed in: home in light and dark, desktop and 390 px, in all three languages', async ({
  page,
  emulator,
}, testInfo) => {
  // Regine has the longest parties list, so the page is as full as it gets.
  const regine = await emulator.user('Regine Regnskap');
  await signIn(page, { person: regine.name, from: '/account' });
  await expectSignedInAs(page, { name: regine.name, partyId: regine.partyId, partyName: regine.name });
  await expect(page.getByText(/Du kan handle på vegne av \d+ parter\./)).toBeVisible();
  await checkPageState(page, testInfo, 'home-nb', { phone: ['light', 'dark'] });
  await atPhoneWidth(page, async () => {
    expect(await overflowsSideways(page), 'no sideways scrolling at 390 px').toBe(false);
    await expect(appHeader(page).signOut).toBeInViewport();
  });

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(appHeader(page).signedInAs).toHaveText('Innlogga som');
  await checkPageState(page, testInfo, 'home-nn', { themes: ['light'] });
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(appHeader(page).signedInAs).toHaveText('Signed in as');
  await checkPageState(page, testInfo, 'home-en', { themes: ['light'] });

  // The manual dark theme wins over a light system setting.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await checkPageState(page, testInfo, 'home-en-manual-dark', { themes: ['light'] });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background, 'a dark page background under a light system setting').not.toBe('rgb(243, 244, 246)');
  const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b).toBeLessThan(3 * 80);
});

test('the idle warning dialog', async ({ page, emulator }, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  // Warning after 4 s idle, with 56 s on the clock: room for three slow scans of a modal.
  await serveSessionLimits(page, { idleMinutes: 1, idleWarningSeconds: 56 });
  await signIn(page, { person: ola.name, from: '/' });
  const dialog = page.getByRole('alertdialog', { name: 'Er du fortsatt der?' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await checkPageState(page, testInfo, 'idle-warning', {
    phone: ['light'],
    stillThere: () => expect(dialog).toBeVisible(),
  });
  await dialog.getByRole('button', { name: 'Logg ut nå' }).click();
  await page.waitForURL((url) => url.pathname === '/signed-out');
  await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ut' })).toBeVisible();
});

test('not found inside the signed-in frame', async ({ page, emulator }, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: '/finnes/ikke' });
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await checkPageState(page, testInfo, 'not-found', { phone: ['light'] });
  await page.getByRole('link', { name: 'Gå til innboksen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks' })).toBeVisible();
});

test('"Logger ut …", then the signed-out page, also after an idle sign-out', async ({
  page,
  emulator,
}, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: '/' });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });

  const revocation = await holdRequests(page, `${IDPORTEN_URL}/revoke`);
  await appHeader(page).signOut.click();
  await revocation.reached;
  const status = page.getByRole('status').filter({ hasText: 'Logger ut …' });
  await expect(appHeader(page).signedInAs).toHaveCount(0);
  await checkPageState(page, testInfo, 'signing-out', { stillThere: () => expect(status).toBeVisible() });
  revocation.release();

  await page.waitForURL((url) => url.pathname === '/signed-out');
  await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ut' })).toBeVisible();
  await checkPageState(page, testInfo, 'signed-out', { phone: ['light'] });

  await page.goto('/signed-out?state=idle');
  await expect(page.getByText('Du ble logget ut fordi du ikke var aktiv.')).toBeVisible();
  await checkPageState(page, testInfo, 'signed-out-idle', { themes: ['light'] });
});

test('the sign-in error page', async ({ page }, testInfo) => {
  // ID-porten sending back an error for a request this browser never made.
  await page.goto('/auth/callback?error=access_denied&state=e2e-unknown-state');
  await expect(page.getByRole('heading', { level: 1, name: 'Innloggingen mislyktes' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await checkPageState(page, testInfo, 'sign-in-failed', { phone: ['light'] });
  await page.getByRole('button', { name: 'Logg inn på nytt' }).click();
  await waitForLoginPage(page);
});

test('the config error page', async ({ page }, testInfo) => {
  await serveRawConfig(page, { status: 404, contentType: 'text/plain', body: 'Not Found' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks kan ikke starte' })).toBeVisible();
  await checkPageState(page, testInfo, 'config-error', { phone: ['light'] });
});
