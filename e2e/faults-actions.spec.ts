import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/login.ts';
import { checkPageState } from './support/page-states.ts';
import { altinnTokenFor, isSoftDeleted, platformGet, platformJson } from './support/platform-api.ts';
import { expectCarriedRefreshedToken, recordPlatformTraffic } from './support/platform-traffic.ts';

// Faults in the middle of something the person is doing, as Ola Nordmann (bokmål): a bulk move to
// the bin where one item fails, and the Altinn token running out mid-list, mid-bulk-action and
// mid-download. The rule under test: one refresh and one retry on a 401, and a failure is named
// item by item, never lost.

const OLA = 'Ola Nordmann';
const ARCHIVE = '/parties/512345/archive';
const REFRESH = '/authentication/api/v1/refresh';
// Three archived instances that may be deleted at once (no retention rule on their apps).
const PICKED = [
  '512345/0d7b66ee-23fc-4182-9c69-4b4199b3c768',
  '512345/81a7b48e-7940-4c59-9ea8-f3e89f9cc992',
  '512345/fe1ba971-f17d-43dc-b58b-ecfccf945df5',
] as const;

const sblPath = (id: string) => `/storage/api/v1/sbl/instances/${id}`;
const row = (page: Page, id: string) => page.locator(`li[data-row-id="${id}"]`);
const toolbar = (page: Page) => page.getByRole('group', { name: 'Handlinger for valgte meldinger' });

async function openArchive(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 2400 });
  await signIn(page, { person: OLA, from: ARCHIVE });
  await expect(page.getByRole('list', { name: 'Meldinger i Arkiv' })).toBeVisible();
  for (const id of PICKED) await expect(row(page, id)).toBeVisible();
}

async function moveToBin(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) await row(page, id).getByRole('checkbox').check();
  await expect(page.getByText(`${ids.length} valgt`, { exact: true })).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Flytt til papirkurven' }).click();
}

test('a bulk move where Altinn fails one item names exactly that item; the others move and it stays', async ({
  page,
  emulator,
}, testInfo) => {
  const token = await altinnTokenFor(emulator, OLA);
  const [failing, ...rest] = PICKED;
  await emulator.fault({ method: 'DELETE', path: sblPath(failing), status: 503 });
  await openArchive(page);
  const title = (await row(page, failing).locator('[data-instance-guid]').innerText()).split('\n')[0] ?? '';
  await moveToBin(page, PICKED);

  const failures = page.getByRole('alert').filter({ hasText: '1 lot seg ikke endre' });
  await expect(failures).toBeVisible();
  await expect(failures.getByRole('listitem')).toHaveCount(1);
  await expect(failures.getByRole('listitem')).toContainText(title);
  await expect(failures.getByRole('listitem')).toContainText(
    'Altinn er travelt opptatt. Prøv igjen om litt.',
  );
  await expect(page.getByText('Flyttet 2 til papirkurven.').first()).toBeVisible();
  for (const id of rest) await expect(row(page, id)).toHaveCount(0);
  await expect(row(page, failing)).toHaveCount(1);
  for (const id of rest) expect(await isSoftDeleted(token, id), `${id} in the bin`).toBe(true);
  expect(await isSoftDeleted(token, failing), 'the failed one is untouched').toBe(false);
  await checkPageState(page, testInfo, 'bulk-partial-failure', {
    phone: ['light'],
    stillThere: () => expect(failures).toBeVisible(),
  });

  // Altinn is back: the same item can be moved now, nothing about it was lost.
  await emulator.clearFaults();
  await moveToBin(page, [failing]);
  await expect(row(page, failing)).toHaveCount(0);
  expect(await isSoftDeleted(token, failing)).toBe(true);
});

test('the Altinn token running out mid-bulk-action: one refresh, one retry, every item moves', async ({
  page,
  emulator,
}) => {
  const token = await altinnTokenFor(emulator, OLA);
  await openArchive(page);
  const traffic = recordPlatformTraffic(page);
  await emulator.fault({ method: 'DELETE', path: sblPath(PICKED[1]), status: 401, times: 1 });
  await moveToBin(page, PICKED);

  await expect(page.getByText('Flyttet 3 til papirkurven.').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'lot seg ikke endre' })).toHaveCount(0);
  for (const id of PICKED) expect(await isSoftDeleted(token, id), `${id} in the bin`).toBe(true);
  expect(traffic.to(REFRESH)).toHaveLength(1);
  const deletes = traffic
    .calls()
    .filter((call) => call.method === 'DELETE' && call.path === sblPath(PICKED[1]));
  expect(deletes.map((call) => call.status)).toEqual([401, 200]);
  // The retry carried the token the refresh returned (within the same second that can be the very
  // token refused, as Altinn re-signs the same claims; the fault refused it, not its age).
  await expectCarriedRefreshedToken(traffic, deletes[1]);
});

test('the Altinn token running out mid-list: the next folder loads after one refresh, without a word to the person', async ({
  page,
  emulator,
}) => {
  await signIn(page, { person: OLA, from: '/parties/512345/inbox' });
  await expect(page.getByRole('list', { name: 'Meldinger i Innboks' })).toBeVisible();
  const traffic = recordPlatformTraffic(page);
  // Storage answers 401 once the token is past its exp; the fault makes that happen now.
  await emulator.fault({ method: 'GET', path: '/storage/api/v1/instances', status: 401, times: 1 });
  await page
    .getByRole('navigation', { name: 'Mapper' })
    .getByRole('link', { name: /^Arkiv/ })
    .click();
  await expect(
    page.getByRole('list', { name: 'Meldinger i Arkiv' }).locator('[data-instance-guid]').first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vi fikk ikke hentet meldingene' })).toHaveCount(0);

  expect(traffic.to(REFRESH)).toHaveLength(1);
  const lists = traffic.to('/storage/api/v1/instances').filter((call) => call.method === 'GET');
  expect(lists.map((call) => call.status)).toEqual([401, 200]);
  await expectCarriedRefreshedToken(traffic, lists[1]);
  expect(page.url()).toContain(ARCHIVE);
});

test('the Altinn token running out mid-download: the worker asks for a new one once and the file arrives whole', async ({
  page,
  emulator,
}) => {
  const instanceId = PICKED[0];
  const token = await altinnTokenFor(emulator, OLA);
  const instance = await platformJson<{
    data: Array<{ id: string; filename?: string; dataType: string; fileScanResult?: string }>;
  }>(token, `/storage/api/v1/instances/${instanceId}`);
  const file = instance.data.find((d) => d.filename && d.fileScanResult !== 'Infected');
  expect(file, 'an archived instance with a downloadable file').toBeDefined();
  const dataPath = `/storage/api/v1/instances/${instanceId}/data/${file?.id ?? ''}`;

  await signIn(page, { person: OLA, from: `${ARCHIVE}/${instanceId.split('/')[1] ?? ''}` });
  const button = page.getByRole('button', { name: `Last ned ${file?.filename ?? ''}` });
  await expect(button).toBeVisible();
  const traffic = recordPlatformTraffic(page);
  await emulator.fault({ method: 'GET', path: dataPath, status: 401, times: 1 });

  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect(await download.failure()).toBeNull();
  const saved = await readFile((await download.path()) ?? '');
  const original = Buffer.from(await (await platformGet(token, dataPath)).arrayBuffer());
  expect(saved.equals(original), 'the saved file is byte-identical').toBe(true);
  expect(traffic.to(REFRESH)).toHaveLength(1);
  await expect(page.getByRole('alert').filter({ hasText: file?.filename ?? '' })).toHaveCount(0);
});
