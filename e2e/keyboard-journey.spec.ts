import type { Locator, Page } from '@playwright/test';

import { expect, test } from './support/fixtures.ts';
import { appHeader } from './support/header.ts';
import { loginPage, waitForLoginPage, waitForReturnToApp } from './support/login.ts';

// Issue 7: the whole errand without a mouse. Only page.keyboard moves and acts (no click(), no
// fill(), no goto() after the first page), so the test measures the real tab order: every step
// presses Tab until the wanted control has focus and fails if it never gets there.
// Sophie Salt's UI turns nynorsk once her profile loads; names are matched in nb and nn.

const DDG_FITNESS = 500000;

/** Presses Tab (or Shift+Tab) until `target` has focus; returns how many presses it took. */
async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<number> {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}`);
}

interface FocusLook {
  tag: string;
  name: string;
  focusVisible: boolean;
  outline: string;
  boxShadow: string;
  /** Contrast of the outline colour against the nearest opaque background behind the element. */
  outlineContrast: number | null;
}

/** How the focused element looks: is :focus-visible on, and what ring does it draw. */
async function focusLook(page: Page): Promise<FocusLook> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) {
      return {
        tag: 'body',
        name: '',
        focusVisible: false,
        outline: 'none',
        boxShadow: 'none',
        outlineContrast: null,
      };
    }
    // A text field or select draws its ring on the field's box around the input (MUI's root),
    // which holds focus-within; the input inside it is what has focus.
    const ringOwner = el.closest('.MuiInputBase-root') ?? el;
    const style = getComputedStyle(ringOwner);
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // The ring sits outside the element (outline-offset), so it is seen against what is behind it.
    let behind: Element | null = ringOwner.parentElement;
    let background = [255, 255, 255];
    while (behind) {
      const colour = rgb(getComputedStyle(behind).backgroundColor);
      if (colour.length >= 3 && (colour[3] ?? 1) > 0.9) {
        background = colour;
        break;
      }
      behind = behind.parentElement;
    }
    const outlineOn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = luminance(rgb(style.outlineColor));
    const back = luminance(background);
    const contrast = outlineOn ? (Math.max(ring, back) + 0.05) / (Math.min(ring, back) + 0.05) : null;
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      focusVisible: el.matches(':focus-visible'),
      outline: outlineOn ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : 'none',
      boxShadow: style.boxShadow,
      outlineContrast: contrast === null ? null : Math.round(contrast * 100) / 100,
    };
  });
}

/** The focused element shows a focus ring from :focus-visible, at 3:1 or more against its background. */
async function expectFocusVisible(page: Page, step: string): Promise<void> {
  const look = await focusLook(page);
  expect(look.focusVisible, `${step}: ${look.tag} "${look.name}" matches :focus-visible`).toBe(true);
  expect(
    look.outline !== 'none' || look.boxShadow !== 'none',
    `${step}: ${look.tag} "${look.name}" draws an outline or a box-shadow (${JSON.stringify(look)})`,
  ).toBe(true);
  if (look.outlineContrast !== null) {
    expect(look.outlineContrast, `${step}: focus ring contrast of "${look.name}"`).toBeGreaterThanOrEqual(3);
  }
}

/** After a route change focus is on the page's one visible h1. */
async function expectFocusOnH1(page: Page, name: RegExp): Promise<void> {
  const h1 = page.locator('h1:visible');
  await expect(h1).toHaveCount(1);
  await expect(h1).toHaveAccessibleName(name);
  await expect(h1).toBeFocused();
}

async function tabAndCheck(page: Page, target: Locator, step: string, options?: { back?: boolean }) {
  const presses = await tabTo(page, target, options);
  await expectFocusVisible(page, step);
  return presses;
}

test('keyboard only: sign in, switch party, search, open, download the receipt, bin and Undo, sign out', async ({
  page,
}, testInfo) => {
  // Narrower than the split view's breakpoint (900 px): an open instance is the whole page, with its own h1.
  await page.setViewportSize({ width: 860, height: 1000 });
  const presses: Record<string, number> = {};

  // Sign in on the login page, by keyboard: Tab into the level group, Space, Tab to the person, Enter.
  await page.goto('/');
  await waitForLoginPage(page);
  const login = loginPage(page);
  presses.level = await tabTo(page, login.level('substantial'));
  await page.keyboard.press('Space');
  await expect(login.level('substantial')).toBeChecked();
  presses.person = await tabTo(page, login.personButton('Sophie Salt'));
  await page.keyboard.press('Enter');
  await waitForReturnToApp(page);
  await expect(appHeader(page).actingParty).toHaveAttribute('data-party-id', '501337');
  await expect(page.locator('h1:visible')).toHaveAccessibleName(/^(Innboks) – Sophie Salt$/);

  // The first Tab is the skip link; it takes focus to main.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /^(Hopp til hovedinnholdet|Hopp til hovudinnhaldet)$/ });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusVisible(page, 'skip link');

  // Switch party: the picker by Tab, search, arrows, Enter.
  const trigger = page.getByRole('banner').getByRole('button', { name: /^(Bytt aktør|Byt aktør) \(/ });
  presses.picker = await tabAndCheck(page, trigger, 'party picker trigger');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^(Velg aktør|Vel aktør)$/ });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('ddg fitness as');
  await page.keyboard.press('ArrowDown');
  const ddg = dialog.getByRole('button', { name: /^DDG Fitness AS, / });
  await expect(ddg).toBeFocused();
  await expectFocusVisible(page, 'party option');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/parties/${DDG_FITNESS}/inbox$`));
  await expect(dialog).toBeHidden();
  await expectFocusOnH1(page, /^Innboks – DDG Fitness AS$/);
  await expect(page).toHaveTitle(/^Innboks – DDG Fitness AS – Innboks$/);

  // To the archive through the folder links.
  const archive = page.getByRole('link', { name: /^Arkiv/ });
  presses.archive = await tabAndCheck(page, archive, 'archive folder');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/parties/${DDG_FITNESS}/archive$`));
  await expectFocusOnH1(page, /^Arkiv – DDG Fitness AS$/);

  // Search with the "/" shortcut; the title says what was searched, focus stays in the field.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: /^(Søk i meldinger|Søk i meldingar)$/ });
  await expect(search).toBeFocused();
  await expectFocusVisible(page, 'search field');
  await page.keyboard.type('registermelding');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]q=registermelding/);
  await expect(page).toHaveTitle(/«registermelding».*DDG Fitness AS/);
  await expect(search).toBeFocused();

  // Open the first match.
  const row = page.locator('a[data-instance-guid]').first();
  await expect(row).toBeVisible();
  presses.row = await tabAndCheck(page, row, 'first row');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/parties/${DDG_FITNESS}/archive/[0-9a-f-]{36}`));
  await expectFocusOnH1(page, /^Samordn(et|a) registermelding$/);
  await expect(page).toHaveTitle(/^Samordn(et|a) registermelding – DDG Fitness AS – Innboks$/);

  // Download the receipt: a real download event.
  const receipt = page.getByRole('button', { name: /^Last ned .*registermelding\.pdf$/ });
  presses.receipt = await tabAndCheck(page, receipt, 'receipt download');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/registermelding\.pdf$/);

  // Move to the bin, then Undo from the notice, both by keyboard.
  const toBin = page.getByRole('button', { name: /^(Flytt til papirkurven|Flytt til papirkorga)$/ });
  presses.toBin = await tabAndCheck(page, toBin, 'move to bin', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^(Flyttet til papirkurven|Flytta til papirkorga)\.$/)).toBeVisible();
  const undo = page.getByRole('button', { name: /^Angre$/ });
  presses.undo = await tabAndCheck(page, undo, 'undo');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^(Gjenopprettet|Gjenoppretta)\.$/)).toBeVisible();
  await expect(page.locator('#instance-view').getByText(/^Fullført og arkivert/)).toBeVisible();

  // Sign out from the header.
  presses.signOut = await tabAndCheck(page, appHeader(page).signOut, 'sign out', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/signed-out');
  await expect(
    page.getByRole('heading', { level: 1, name: /^(Du er logget ut|Du er logga ut)$/ }),
  ).toBeVisible();

  // The tab counts are the journey's cost for a keyboard user; kept in the report to compare runs.
  await testInfo.attach('tab-presses.json', {
    body: JSON.stringify(presses, null, 2),
    contentType: 'application/json',
  });
});
