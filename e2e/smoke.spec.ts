import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { loginPage, signInWithKeyboard, waitForLoginPage } from './support/login.ts';
import { inBothThemes, screenshot, screenshotAtPhoneWidth } from './support/screenshots.ts';
import { IDPORTEN_URL } from './support/urls.ts';

// The smoke run proves the pieces meet: the app's sign-in redirect reaches the emulator's
// login page, that page is accessible in both languages and works from the keyboard, and
// the person lands back in the app signed in. The issue-3 journeys build on these helpers.

const person = 'Sophie Salt';

test('a signed-out visitor is sent to the ID-porten login page, which passes axe in bokmål and English', async ({
  page,
  urlLog,
}, testInfo) => {
  await page.goto('/');
  await waitForLoginPage(page);

  const authorize = urlLog
    .urls()
    .map((url) => new URL(url))
    .find((url) => url.origin === IDPORTEN_URL && url.searchParams.has('code_challenge'));
  expect(authorize, 'an authorization request from the app').toBeDefined();
  expect(authorize?.searchParams.get('client_id')).toBe('innboks');
  expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize?.searchParams.get('response_type')).toBe('code');

  const login = loginPage(page);
  await expect(page.getByRole('group', { name: 'Sikkerhetsnivå' })).toBeVisible();
  await expect(login.level('substantial')).toBeChecked();
  await expect(page.getByRole('button', { name: `Logg inn som ${person}` })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'login-nb');
  await screenshot(page, testInfo, 'login-nb');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('group', { name: 'Security level' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Log in as ${person}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'National identity number' })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'login-en');
  await screenshot(page, testInfo, 'login-en');
  await screenshotAtPhoneWidth(page, testInfo, 'login-en');
});

test('keyboard-only sign-in lands in the app showing the person, with no secrets in any URL', async ({
  page,
  emulator,
  urlLog,
}, testInfo) => {
  const { pid } = await emulator.user(person);

  await page.goto('/');
  await signInWithKeyboard(page, { person, acr: 'high' });

  await expect(page).toHaveURL((url) => url.origin !== IDPORTEN_URL && !url.pathname.startsWith('/auth/'));
  await expect(page.getByText(person).first()).toBeVisible();
  urlLog.expectNoSecrets([pid]);

  await inBothThemes(page, async (theme) => {
    await expectNoAxeViolations(page, testInfo, `signed-in-${theme}`);
    await screenshot(page, testInfo, `signed-in-${theme}`);
  });
  await screenshotAtPhoneWidth(page, testInfo, 'signed-in');
});
