import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/login.ts';
import { checkPageState } from './support/page-states.ts';

// Issue 7: the instance view, downloads, the accessibility statement and the account page carry
// their own texts (src/i18n/features/*) in their own chunks. Switching language while one of them
// is open must show it in the new language at once: never a raw key, never half in the old one.

const OLA_PARTY = 512345;
/** nav/dagpenger, archived with a receipt PDF (emulator/datasets/default/ABOUT.md). */
const ARCHIVED = '0d7b66ee-23fc-4182-9c69-4b4199b3c768';

/** A message key as it would show if a text were missing: `instance.data.heading`. */
const RAW_KEY = /\b(?:instance|downloads|a11y|home|account|actor|allParties|shortcuts)\.[a-zA-Z][\w.-]*/;

/**
 * Records, from before the app's first script, every text node and accessible-name attribute
 * that ever looks like a raw message key, so a key shown for a single frame is caught too.
 */
async function watchForRawKeys(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript((source: string) => {
    const pattern = new RegExp(source);
    const seen: string[] = [];
    Object.defineProperty(window, '__rawKeys', { value: seen });
    const check = (text: string | null) => {
      const hit = text?.match(pattern);
      if (hit) seen.push(hit[0]);
    };
    const scan = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) check(node.textContent);
      if (node instanceof Element) {
        for (const name of ['aria-label', 'title', 'placeholder']) check(node.getAttribute(name));
        node.childNodes.forEach(scan);
      }
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.target instanceof Element && record.attributeName) {
          check(record.target.getAttribute(record.attributeName));
        } else if (record.type === 'characterData') {
          check(record.target.textContent);
        } else {
          record.addedNodes.forEach(scan);
        }
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label', 'title', 'placeholder'],
    });
  }, RAW_KEY.source);
  return () => page.evaluate(() => [...((window as unknown as { __rawKeys: string[] }).__rawKeys ?? [])]);
}

test('the open instance view and its downloads follow a language switch at once, in nn and en', async ({
  page,
  emulator,
}, testInfo) => {
  const rawKeys = await watchForRawKeys(page);
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: `/parties/${OLA_PARTY}/archive/${ARCHIVED}` });

  const view = page.locator('#instance-view');
  await expect(view.getByRole('region', { name: 'Dokumenter og data' })).toBeVisible();
  await expect(view.getByText(/^Fullført og arkivert \d/)).toBeVisible();
  await expect(view.getByRole('button', { name: /^Last ned / }).first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(view.getByRole('region', { name: 'Dokument og data' })).toBeVisible();
  // The core texts switched in the same render: the header is nynorsk as well.
  await expect(page.getByRole('banner').getByText('Innlogga som')).toBeVisible();
  await expect(view.getByRole('region', { name: 'Dokumenter og data' })).toHaveCount(0);
  await checkPageState(page, testInfo, 'instance-nn', { phone: ['light', 'dark'] });

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(view.getByRole('region', { name: 'Documents and data' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
  await expect(view.getByText(/^Completed and archived \d/)).toBeVisible();
  await expect(view.getByRole('button', { name: /^Download / }).first()).toBeVisible();
  await expect(view.getByRole('button', { name: /^Show the history \(\d+\)$/ })).toBeVisible();
  await expect(view.getByText(/Fullført|Dokument og data|Last ned/)).toHaveCount(0);
  await checkPageState(page, testInfo, 'instance-en', { phone: ['light', 'dark'] });

  // The whole journey, every frame of it: not one raw key.
  expect(await rawKeys()).toEqual([]);
});

test('the account page and the accessibility statement load their texts with them, in the chosen language', async ({
  page,
  emulator,
}) => {
  const rawKeys = await watchForRawKeys(page);
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: `/parties/${OLA_PARTY}/inbox` });
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();

  await page.getByRole('link', { name: 'Your sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your sign-in' })).toBeVisible();
  await expect(page.getByText('Security level', { exact: true })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('nn');
  await expect(page.getByText('Tryggingsnivå', { exact: true })).toBeVisible();

  await page.goto('/accessibility');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tilgjengelegheitserklæring for Innboks' }),
  ).toBeVisible();
  expect(await rawKeys()).toEqual([]);
});

test('the all-parties view and its shortcuts overview follow a switch from nynorsk to English', async ({
  page,
}) => {
  const rawKeys = await watchForRawKeys(page);
  // Sophie Salt's profile asks for nynorsk; she can act for 13 parties.
  await signIn(page, { person: 'Sophie Salt', from: '/all/inbox' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Alle partar: Innboks');

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(heading).toHaveText('All parties: Inbox');
  await expect(page.getByText(/^Showing messages from \d+ parties\.$/)).toBeVisible();

  // Off the select, so "?" is a shortcut and not typing.
  await heading.click();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('cell', { name: 'Move to the bin' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await rawKeys()).toEqual([]);
});
