import { expect, type Locator, type Page } from '@playwright/test';

import { IDPORTEN_URL } from './urls.ts';

/**
 * Drives the emulator's real ID-porten login page (TestID-like) by its accessible names, in
 * whichever language it shows (bokmål by default, English with `ui_locales=en`).
 */

export type SecurityLevel = 'substantial' | 'high';

export interface SignInOptions {
  /** Display name of a test person listed on the login page, e.g. `Sophie Salt`. */
  person: string;
  acr?: SecurityLevel;
  /** App path to open first; omit when the page is already on its way to the login page. */
  from?: string;
}

export interface PidSignInOptions {
  /** Synthetic national identity number typed into the text field. */
  pid: string;
  acr?: SecurityLevel;
  from?: string;
}

const levelNames: Record<SecurityLevel, readonly [string, string]> = {
  substantial: ['Betydelig (idporten-loa-substantial)', 'Substantial (idporten-loa-substantial)'],
  high: ['Høyt (idporten-loa-high)', 'High (idporten-loa-high)'],
};

/** Locators for the login page; each matches the bokmål or the English wording. */
export function loginPage(page: Page) {
  const either = (role: 'group' | 'radio' | 'button' | 'textbox', nb: string, en: string): Locator =>
    page.getByRole(role, { name: nb, exact: true }).or(page.getByRole(role, { name: en, exact: true }));
  return {
    securityLevel: either('group', 'Sikkerhetsnivå', 'Security level'),
    level: (level: SecurityLevel) => either('radio', ...levelNames[level]),
    personButton: (name: string) => either('button', `Logg inn som ${name}`, `Log in as ${name}`),
    pidField: either('textbox', 'Fødselsnummer', 'National identity number'),
    pidButton: either('button', 'Logg inn med fødselsnummer', 'Log in with national identity number'),
  };
}

export function isOnLoginPage(page: Page): boolean {
  return new URL(page.url()).origin === IDPORTEN_URL;
}

/** Waits until the browser shows the emulator's login page (after the app's sign-in redirect). */
export async function waitForLoginPage(page: Page): Promise<void> {
  await page.waitForURL((url) => url.origin === IDPORTEN_URL);
  await expect(loginPage(page).securityLevel).toBeVisible();
}

/** Waits until the login page has sent the browser back to the app (any origin but ID-porten's). */
export async function waitForReturnToApp(page: Page): Promise<void> {
  await page.waitForURL((url) => url.origin !== IDPORTEN_URL);
}

async function begin(page: Page, from: string | undefined, acr: SecurityLevel): Promise<void> {
  if (from !== undefined) await page.goto(from);
  await waitForLoginPage(page);
  await loginPage(page).level(acr).check();
}

/** Signs in as a listed test person with the mouse. */
export async function signIn(
  page: Page,
  { person, acr = 'substantial', from }: SignInOptions,
): Promise<void> {
  await begin(page, from, acr);
  await loginPage(page).personButton(person).click();
  await waitForReturnToApp(page);
}

/** Signs in by typing a national identity number, as ID-porten's TestID allows. */
export async function signInWithPid(
  page: Page,
  { pid, acr = 'substantial', from }: PidSignInOptions,
): Promise<void> {
  await begin(page, from, acr);
  const login = loginPage(page);
  await login.pidField.fill(pid);
  await login.pidButton.click();
  await waitForReturnToApp(page);
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has focus; fails when it never gets there (a keyboard trap or no tab stop). */
export async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (!(await isFocused(target))) {
    throw new Error(`Tab never reached ${target.toString()} within ${maxTabs} presses`);
  }
}

/**
 * Signs in with the keyboard only: Tab into the level group, arrow to the wanted level, Space
 * to confirm it, Tab to the person's button, Enter. Proves the page works without a mouse.
 */
export async function signInWithKeyboard(
  page: Page,
  { person, acr = 'substantial', from }: SignInOptions,
): Promise<void> {
  if (from !== undefined) await page.goto(from);
  await waitForLoginPage(page);
  const login = loginPage(page);
  const radios = page.getByRole('radio');
  await tabTo(page, radios.and(page.locator(':checked')));
  for (let i = 0; i < 4 && !(await isFocused(login.level(acr))); i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  await expect(login.level(acr)).toBeChecked();
  await tabTo(page, login.personButton(person));
  await page.keyboard.press('Enter');
  await waitForReturnToApp(page);
}
