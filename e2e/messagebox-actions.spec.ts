import type { Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/login.ts';
import { checkPageState } from './support/page-states.ts';
import { altinnTokenFor, platformJson } from './support/platform-api.ts';

// Acting on ONE party's list (issue 4): the same selection, bulk actions, Undo and shortcuts as
// the all-parties view, as Sophie Salt (nynorsk UI) in her own inbox. What the platform holds
// afterwards is read through the platform API with a token the emulator mints for her.

const INBOX = '/parties/501337/inbox';

async function instanceStatus(token: string, id: string): Promise<{ deleted: boolean; read: string }> {
  const instance = await platformJson<{ status?: { isSoftDeleted?: boolean; readStatus?: string } }>(
    token,
    `/storage/api/v1/instances/${id}`,
  );
  return { deleted: instance.status?.isSoftDeleted === true, read: instance.status?.readStatus ?? '' };
}

function list(page: Page) {
  return page.getByRole('list', { name: 'Meldingar i Innboks' });
}

function row(page: Page, id: string) {
  return page.locator(`li[data-row-id="${id}"]`);
}

async function rowIds(page: Page): Promise<string[]> {
  return list(page)
    .locator('li[data-row-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-row-id') ?? ''));
}

async function openInbox(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 3000 });
  await signIn(page, { person: 'Sophie Salt', from: INBOX });
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks – Sophie Salt' })).toBeVisible();
  await expect(page.getByText('Det er ikkje fleire meldingar.')).toBeVisible();
  const ids = await rowIds(page);
  expect(ids.length).toBeGreaterThan(4);
  return ids;
}

const toolbar = (page: Page) => page.getByRole('group', { name: 'Handlingar for valde meldingar' });

test('one party: a shift-click range moves to the bin and Undo brings it back, checked against Storage', async ({
  page,
  emulator,
}, testInfo) => {
  const token = await altinnTokenFor(emulator, 'Sophie Salt');
  const before = await openInbox(page);
  const picked = before.slice(0, 3);

  await row(page, picked[0] ?? '')
    .getByRole('checkbox')
    .click();
  await row(page, picked[2] ?? '')
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] });
  for (const id of picked) await expect(row(page, id).getByRole('checkbox')).toBeChecked();
  await expect(row(page, before[3] ?? '').getByRole('checkbox')).not.toBeChecked();
  await expect(page.getByText('3 valde', { exact: true })).toBeVisible();
  await checkPageState(page, testInfo, 'one-party-bulk-selection', { phone: ['light', 'dark'] });

  await toolbar(page).getByRole('button', { name: 'Flytt til papirkorga' }).click();
  await expect(page.getByText('Flytta 3 til papirkorga.').first()).toBeVisible();
  for (const id of picked) await expect(row(page, id)).toHaveCount(0);
  for (const id of picked) expect((await instanceStatus(token, id)).deleted, `${id} in the bin`).toBe(true);
  await expectNoAxeViolations(page, testInfo, 'one-party-undo');

  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByText('Angra.').first()).toBeVisible();
  for (const id of picked) await expect(row(page, id)).toHaveCount(1);
  for (const id of picked) expect((await instanceStatus(token, id)).deleted, `${id} restored`).toBe(false);
  // The same rows (deleting and restoring both touch lastChanged, so the three now lead the list).
  expect([...(await rowIds(page))].sort()).toEqual([...before].sort());
});

test('one party: mark read and unread show at once and reach Storage', async ({ page, emulator }) => {
  const token = await altinnTokenFor(emulator, 'Sophie Salt');
  const ids = await openInbox(page);
  // An unread row: its link says "Ulesen" to screen readers.
  const unreadIds = await list(page)
    .locator('li[data-row-id]')
    .filter({ hasText: 'Ulesen' })
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-row-id') ?? ''));
  const id = unreadIds[0] ?? '';
  expect(ids).toContain(id);
  const link = row(page, id).getByRole('link');

  await row(page, id).getByRole('checkbox').check();
  await toolbar(page).getByRole('button', { name: 'Merk som lesen' }).click();
  await expect(page.getByText('Merkte 1 som lesne.').first()).toBeVisible();
  await expect(link).not.toContainText('Ulesen');
  expect((await instanceStatus(token, id)).read).toBe('Read');

  await row(page, id).getByRole('checkbox').check();
  await toolbar(page).getByRole('button', { name: 'Merk som ulesen' }).click();
  await expect(page.getByText('Merkte 1 som ulesne.').first()).toBeVisible();
  await expect(link).toContainText('Ulesen');
  expect((await instanceStatus(token, id)).read).toBe('Unread');
});

test('one party: j/k move, Enter opens beside the list, Escape goes back to the row, ? lists the keys', async ({
  page,
}, testInfo) => {
  const ids = await openInbox(page);
  const focusedRow = () =>
    page.evaluate(
      () => document.activeElement?.closest('[data-row-id]')?.getAttribute('data-row-id') ?? null,
    );

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect.poll(focusedRow).toBe(ids[0]);
  await page.keyboard.press('j');
  await expect.poll(focusedRow).toBe(ids[1]);
  await page.keyboard.press('k');
  await expect.poll(focusedRow).toBe(ids[0]);

  const guid = (ids[0] ?? '').split('/')[1] ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${INBOX}/${guid}$`));
  await expect(row(page, ids[0] ?? '').getByRole('link')).toHaveAttribute('aria-current', 'true');
  // Focus may be in the opened instance; Escape is not typed into a field there.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${INBOX}$`));
  await expect.poll(focusedRow).toBe(ids[0]);

  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Snarvegstastar' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Flytt til papirkorga' })).toBeVisible();
  await checkPageState(page, testInfo, 'one-party-shortcuts', {
    phone: ['light'],
    stillThere: () => expect(dialog).toBeVisible(),
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('people with several parties get a link to all parties at once; a person with only themselves does not', async ({
  page,
}) => {
  await openInbox(page);
  // In the party picker too.
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Byt aktør \(/ })
    .click();
  const picker = page.getByRole('dialog', { name: 'Vel aktør' });
  await expect(picker.getByRole('link', { name: 'Sjå alle partar samla' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await page.getByRole('link', { name: 'Sjå alle partar samla' }).click();
  await expect(page).toHaveURL(/\/all\/inbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Alle partar: Innboks' })).toBeVisible();

  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.waitForURL((url) => url.pathname === '/signed-out');
  await signIn(page, { person: 'Ola Nordmann', from: '/' });
  await expect(page.getByRole('heading', { level: 1, name: /^Innboks – Ola Nordmann$/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Mapper' })).toBeVisible();
  await expect(page.getByRole('link', { name: /alle parter/i })).toHaveCount(0);
});
