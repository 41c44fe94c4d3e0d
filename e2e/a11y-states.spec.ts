import type { Page, TestInfo } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { appHeader } from './support/header.ts';
import { signIn } from './support/login.ts';
import { checkPageState } from './support/page-states.ts';
import { screenshot } from './support/screenshots.ts';

// Issue 7: what every page must have whatever its content (landmarks, a skip link, one h1, a
// title that says where you are), the accessibility statement, reflow at 320 px, text at 200%
// and reduced motion. The axe scans of the message box, instance, picker, downloads and shell
// states live in their own specs; the states no other spec scans are scanned here.

const OLA_PARTY = 512345;
/** nav/dagpenger, archived with a receipt PDF. */
const OLA_ARCHIVED = '0d7b66ee-23fc-4182-9c69-4b4199b3c768';
/** nav/sykepengesoknad, in the bin. */
const OLA_IN_BIN = 'f2036548-f621-452c-81c6-60faecf8cb79';

interface Where {
  /** The document title, exactly. */
  title: string | RegExp;
  /** The one visible h1. */
  h1: string | RegExp;
  /** Signed-in pages have the full header; public ones the small one. Both have a footer. */
  signedIn: boolean;
}

/**
 * One banner, one main, one footer (contentinfo); exactly one visible h1; the first Tab stop is
 * the skip link to #main, and following it puts focus in main; the title names the place.
 */
async function expectPageStructure(page: Page, where: Where): Promise<void> {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: ACCESSIBILITY_LINK })).toBeVisible();
  const h1 = page.locator('h1:visible');
  await expect(h1).toHaveCount(1);
  await expect(h1).toHaveText(where.h1);
  await expect(page).toHaveTitle(where.title);
  if (where.signedIn) await expect(appHeader(page).signOut).toBeVisible();

  // From the top of the document the first Tab is the skip link, and Enter lands in main.
  // Blurring alone would leave the browser's tab starting point where focus was; focusing a
  // throwaway element at the very start of the body moves it to the top, as a fresh page has it.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: SKIP_LINK });
  await expect(skip).toBeFocused();
  await expect(skip).toHaveAttribute('href', '#main');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const SKIP_LINK = /^(Hopp til hovedinnholdet|Hopp til hovudinnhaldet|Skip to main content)$/;
const ACCESSIBILITY_LINK = /^(Tilgjengelighetserklæring|Tilgjengelegheitserklæring|Accessibility statement)$/;

/** True when the page scrolls sideways: the document is wider than the viewport. */
async function scrollsSideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number } | null> {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return size.scrollWidth > size.clientWidth ? size : null;
}

/** WCAG 1.4.10 at 320 CSS px, and 1.4.4 as text at 200% in a 640 px window (1280 px zoomed to 200%). */
async function expectReflowAndLargeText(
  page: Page,
  testInfo: TestInfo,
  name: string,
  keepVisible: () => Promise<void>,
): Promise<void> {
  const before = page.viewportSize();
  try {
    await page.setViewportSize({ width: 320, height: 720 });
    expect(await scrollsSideways(page), `${name}: no sideways scrolling at 320 px`).toBeNull();
    await keepVisible();
    await screenshot(page, testInfo, `${name}-320px`);

    await page.setViewportSize({ width: 640, height: 800 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await scrollsSideways(page), `${name}: no sideways scrolling with text at 200%`).toBeNull();
    await keepVisible();
    await screenshot(page, testInfo, `${name}-text-200`);
  } finally {
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));
    if (before) await page.setViewportSize(before);
  }
}

test('the accessibility statement: public, in three languages, axe-clean in both themes and at 390 px', async ({
  page,
  emulator,
}, testInfo) => {
  await page.goto('/accessibility');
  const where = {
    title: 'Tilgjengelighetserklæring for Innboks – Innboks',
    h1: 'Tilgjengelighetserklæring for Innboks',
    signedIn: false,
  };
  await expectPageStructure(page, where);
  await expect(page.getByRole('list', { name: 'Kravene i WCAG 2.1' }).getByRole('listitem')).toHaveCount(48);
  await expect(page.getByRole('list', { name: 'Nye krav i WCAG 2.2' }).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 2, name: 'Meld fra om problemer' })).toBeVisible();
  await checkPageState(page, testInfo, 'statement-nb', { phone: ['light', 'dark'] });
  await expectReflowAndLargeText(page, testInfo, 'statement', async () => {
    await expect(page.getByRole('combobox', { name: 'Språk' })).toBeVisible();
  });

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(page.locator('h1')).toHaveText('Tilgjengelegheitserklæring for Innboks');
  await checkPageState(page, testInfo, 'statement-nn', { themes: ['light'] });
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.locator('h1')).toHaveText('Accessibility statement for Innboks');
  await expect(page).toHaveTitle('Accessibility statement for Innboks – Innboks');
  await checkPageState(page, testInfo, 'statement-en', { themes: ['dark'] });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');

  // Signed in, the footer link reaches it without losing the session, and back again.
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: `/parties/${OLA_PARTY}/inbox` });
  await expect(page.locator('h1:visible')).toHaveText(`Innboks – ${ola.name}`);
  await page.getByRole('contentinfo').getByRole('link', { name: ACCESSIBILITY_LINK }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.locator('h1')).toBeFocused();
  await page.getByRole('link', { name: 'Til innboksen' }).click();
  await expect(page.locator('h1:visible')).toHaveText(`Innboks – ${ola.name}`);
  await expect(page.locator('h1:visible')).toBeFocused();
  await expect(appHeader(page).signOut).toBeVisible();
});

test('landmarks, skip link, one h1 and a title naming folder, party, search and message, on every page', async ({
  page,
  emulator,
}, testInfo) => {
  await page.goto('/signed-out');
  await expectPageStructure(page, {
    title: 'Du er logget ut – Innboks',
    h1: 'Du er logget ut',
    signedIn: false,
  });

  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: `/parties/${OLA_PARTY}/inbox` });
  const inbox = { title: `Innboks – ${ola.name} – Innboks`, h1: `Innboks – ${ola.name}`, signedIn: true };
  await expectPageStructure(page, inbox);
  await expectReflowAndLargeText(page, testInfo, 'inbox', async () => {
    await expect(appHeader(page).signOut).toBeVisible();
    await expect(page.getByRole('banner').getByRole('combobox').first()).toBeVisible();
  });

  for (const [folder, name] of [
    ['archive', 'Arkiv'],
    ['bin', 'Papirkurv'],
  ] as const) {
    await page.goto(`/parties/${OLA_PARTY}/${folder}`);
    await expectPageStructure(page, {
      title: `${name} – ${ola.name} – Innboks`,
      h1: `${name} – ${ola.name}`,
      signedIn: true,
    });
  }

  await page.goto(`/parties/${OLA_PARTY}/archive?q=dagpenger`);
  await expectPageStructure(page, {
    title: `«dagpenger» i Arkiv – ${ola.name} – Innboks`,
    h1: `Arkiv – ${ola.name}`,
    signedIn: true,
  });

  // An open instance beside the list: the list keeps the h1, the instance is an h2, and the
  // title names the message and the party.
  await page.goto(`/parties/${OLA_PARTY}/archive/${OLA_ARCHIVED}`);
  await expect(page.locator('#instance-view').getByRole('heading', { level: 2 }).first()).toBeVisible();
  const instance = { title: `Søknad om dagpenger – ${ola.name} – Innboks`, signedIn: true };
  await expectPageStructure(page, { ...instance, h1: `Arkiv – ${ola.name}` });
  // Full page on a phone: the instance heading is the one h1.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectPageStructure(page, { ...instance, h1: 'Søknad om dagpenger' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectReflowAndLargeText(page, testInfo, 'instance', async () => {
    await expect(page.locator('h1:visible')).toHaveText('Søknad om dagpenger');
  });

  // The list failing to load keeps the frame, the h1 and the title.
  await emulator.fault({ method: 'GET', path: `/storage/api/v1/instances`, status: 500, times: 20 });
  await page.goto(`/parties/${OLA_PARTY}/inbox`);
  await expect(page.getByRole('button', { name: 'Prøv igjen' })).toBeVisible({ timeout: 20_000 });
  await expectPageStructure(page, inbox);
  await emulator.clearFaults();

  await page.goto('/finnes/ikke');
  await expectPageStructure(page, {
    title: 'Fant ikke siden – Innboks',
    h1: 'Fant ikke siden',
    signedIn: true,
  });
});

test('an empty inbox: structure, axe in both themes and at 390 px', async ({ page, emulator }, testInfo) => {
  const rik = await emulator.user('Rik Forelder');
  await signIn(page, { person: rik.name, from: `/parties/${rik.partyId}/inbox` });
  await expect(page.getByRole('status').filter({ hasText: /tom/i })).toBeVisible();
  await expectPageStructure(page, {
    title: `Innboks – ${rik.name} – Innboks`,
    h1: `Innboks – ${rik.name}`,
    signedIn: true,
  });
  await checkPageState(page, testInfo, 'empty-inbox', { phone: ['dark'] });
});

test('the shortcuts overlay passes axe; with reduced motion it opens without a transition', async ({
  page,
  emulator,
}, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: `/parties/${OLA_PARTY}/inbox` });
  await expect(page.locator('a[data-instance-guid]').first()).toBeVisible();
  const overlay = page.getByRole('dialog', { name: /^Hurtigtaster$/ });

  // The "?" overlay over one party's list (the all-parties spec scans it over that view, in light).
  await page.keyboard.press('?');
  await expect(overlay).toBeVisible();
  await checkPageState(page, testInfo, 'shortcuts-overlay', {
    phone: ['dark'],
    stillThere: () => expect(overlay).toBeVisible(),
  });
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  /** The transition the dialog's fade-in runs with, read while it opens. */
  const openAndMeasure = async () => {
    await page.keyboard.press('?');
    await expect(overlay).toBeVisible();
    const durations = await page.evaluate(() =>
      ['.MuiDialog-container', '.MuiBackdrop-root'].map((selector) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).transitionDuration : 'missing';
      }),
    );
    await page.keyboard.press('Escape');
    await expect(overlay).toBeHidden();
    return durations;
  };

  // With no preference the dialog fades (so this test can tell the difference).
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await openAndMeasure();
  expect(
    moving.every((d) => d !== '0s' && d !== 'missing'),
    moving.join(),
  ).toBe(true);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  expect(await openAndMeasure()).toEqual(['0s', '0s']);
});

test('the delete confirmation at 390 px and the receipt download progress pass axe', async ({
  page,
  emulator,
}, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: `/parties/${OLA_PARTY}/archive/${OLA_ARCHIVED}` });
  const view = page.locator('#instance-view');
  await expect(view.getByRole('heading', { name: 'Søknad om dagpenger' })).toBeVisible();

  // A slow receipt keeps its progress on screen long enough to scan.
  await emulator.fault({
    method: 'GET',
    path: `/storage/api/v1/instances/${OLA_PARTY}/${OLA_ARCHIVED}/data/`,
    delayMs: 4000,
  });
  const pdf = view.getByRole('button', { name: /^Last ned .*\.pdf$/ }).first();
  await pdf.click();
  const progress = view.getByRole('status').filter({ hasText: /Laster ned/ });
  await expect(progress).toBeVisible();
  await checkPageState(page, testInfo, 'download-progress', {
    themes: ['dark'],
    stillThere: () => expect(progress).toBeVisible(),
  });
  await emulator.clearFaults();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/parties/${OLA_PARTY}/bin/${OLA_IN_BIN}`);
  await expect(page.locator('h1:visible')).toHaveText('Søknad om sykepenger');
  await view.getByRole('button', { name: 'Slett for godt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slette for godt?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'delete-dialog-390px');
  await screenshot(page, testInfo, 'delete-dialog-390px');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
});
