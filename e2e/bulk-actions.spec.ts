import type { Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn, tabTo } from './support/login.ts';
import { screenshot } from './support/screenshots.ts';
import { altinnTokenFor, platformJson } from './support/platform-api.ts';

// Bulk actions in the all-parties view, as Sophie Salt (nynorsk UI). What the platform holds
// afterwards is checked through the platform API with a token the emulator mints for her.

async function isSoftDeleted(token: string, id: string): Promise<boolean> {
  const instance = await platformJson<{ status?: { isSoftDeleted?: boolean } }>(
    token,
    `/storage/api/v1/instances/${id}`,
  );
  return instance.status?.isSoftDeleted === true;
}

function list(page: Page, folder: 'Innboks' | 'Arkiv') {
  return page.getByRole('list', { name: `Alle partar: ${folder}` });
}

function row(page: Page, id: string) {
  return page.locator(`li[data-row-id="${id}"]`);
}

async function rowIds(page: Page, folder: 'Innboks' | 'Arkiv'): Promise<string[]> {
  return list(page, folder)
    .locator('li[data-row-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-row-id') ?? ''));
}

async function open(page: Page, path: string, folder: 'Innboks' | 'Arkiv'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 4000 });
  await signIn(page, { person: 'Sophie Salt', from: path });
  await expect(page.getByRole('heading', { level: 1, name: `Alle partar: ${folder}` })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /^Viser meldingar frå 13 partar\.$/ }),
  ).toBeVisible();
}

test('a shift-click range moves to the bin, and Undo (reached with Tab) brings them back', async ({
  page,
  emulator,
}, testInfo) => {
  const token = await altinnTokenFor(emulator, 'Sophie Salt');
  await open(page, '/all/inbox', 'Innboks');
  const before = await rowIds(page, 'Innboks');
  const picked = before.slice(1, 4);
  expect(new Set(picked.map((id) => id.split('/')[0])).size, 'rows of more than one party').toBeGreaterThan(
    1,
  );

  await row(page, picked[0] ?? '')
    .getByRole('checkbox')
    .click();
  await row(page, picked[2] ?? '')
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] });
  for (const id of picked) await expect(row(page, id).getByRole('checkbox')).toBeChecked();
  await expect(page.getByText('3 valde', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'bulk-selection');
  await screenshot(page, testInfo, 'bulk-selection');

  await page
    .getByRole('group', { name: 'Handlingar for valde meldingar' })
    .getByRole('button', { name: 'Flytt til papirkorga' })
    .click();
  const undo = page.getByRole('button', { name: 'Angre' });
  await expect(undo).toBeVisible();
  await expect(page.getByText('Flytta 3 til papirkorga.').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Flytta 3 til papirkorga.' })).toBeAttached();
  for (const id of picked) await expect(row(page, id)).toHaveCount(0);
  for (const id of picked) expect(await isSoftDeleted(token, id), `${id} in the bin`).toBe(true);

  // Keyboard: from the toolbar's first control, Tab reaches Undo (and focus keeps it open).
  await page.getByRole('checkbox', { name: /^Vel alle lasta/ }).focus();
  await tabTo(page, undo);
  await expectNoAxeViolations(page, testInfo, 'bulk-undo-snackbar');
  await screenshot(page, testInfo, 'bulk-undo-snackbar');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Angra.').first()).toBeVisible();
  for (const id of picked) await expect(row(page, id)).toHaveCount(1);
  for (const id of picked) expect(await isSoftDeleted(token, id), `${id} restored`).toBe(false);
  expect(await rowIds(page, 'Innboks')).toEqual(before);
});

test('a refused deletion is named with the reason, the rest still moves', async ({
  page,
  emulator,
}, testInfo) => {
  const token = await altinnTokenFor(emulator, 'Sophie Salt');
  // archived-recent (skd/skattemelding, kept 30 days after submission) and a plain archived one.
  const refused = '501337/a5fbd8eb-6e5e-4b99-87e7-409eafa0daed';
  const allowed = '501337/4ed2550d-c860-4885-80be-e7eba32df0b6';
  await open(page, '/all/archive', 'Arkiv');
  await row(page, refused).getByRole('checkbox').check();
  await row(page, allowed).getByRole('checkbox').check();
  await page
    .getByRole('group', { name: 'Handlingar for valde meldingar' })
    .getByRole('button', { name: 'Flytt til papirkorga' })
    .click();

  const failures = page.getByRole('alert').filter({ hasText: '1 let seg ikkje endre' });
  await expect(failures).toBeVisible();
  await expect(failures).toContainText('kan ikkje slettast enno');
  await expect(failures.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Flytta 1 til papirkorga.').first()).toBeVisible();
  await expect(row(page, allowed)).toHaveCount(0);
  await expect(row(page, refused)).toHaveCount(1);
  expect(await isSoftDeleted(token, allowed)).toBe(true);
  expect(await isSoftDeleted(token, refused)).toBe(false);
  await expectNoAxeViolations(page, testInfo, 'bulk-refused');
  await screenshot(page, testInfo, 'bulk-refused');
});
