import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/login.ts';
import { checkPageState } from './support/page-states.ts';
import { screenshot } from './support/screenshots.ts';

// The all-parties view through the real sign-in, as Sophie Salt (nynorsk UI, 13 readable
// parties). Which instance belongs where comes from the dataset's own ABOUT.md.
//
// One party failing: the emulator's fault control matches a path prefix only (never the query
// string), and every party's list is the same path, `/storage/api/v1/instances?instanceOwner.partyId=…`.
// So the failure of exactly one party is made in the browser instead: Playwright answers that
// party's list requests with 503 until the test lets them through.

const ABOUT = readFileSync(new URL('../emulator/datasets/default/ABOUT.md', import.meta.url), 'utf8');

function inboxGuids(partyId: number): string[] {
  const section = ABOUT.split(/^### /m).find((part) => part.startsWith(`${partyId} `));
  if (!section) throw new Error(`ABOUT.md has no section for party ${partyId}`);
  return section
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim().replace(/`/g, '')))
    .filter((cells) => cells[2] === 'inbox' && /^\d+\/[0-9a-f-]{36}$/.test(cells[4] ?? ''))
    .map((cells) => (cells[4] ?? '').split('/')[1] ?? '');
}

function rows(page: Page) {
  return page.getByRole('list', { name: /^Alle partar: Innboks$/ }).locator('li[data-row-id]');
}

async function rowIds(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-row-id') ?? ''));
}

async function openAllParties(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 4000 });
  await signIn(page, { person: 'Sophie Salt', from: '/all/inbox' });
  await expect(page.getByRole('heading', { level: 1, name: 'Alle partar: Innboks' })).toBeVisible();
}

test('merges several parties newest first, names the party on each row, and survives one party failing until a retry', async ({
  page,
}, testInfo) => {
  let failing = true;
  let refused = 0;
  await page.route(
    /\/platform\/storage\/api\/v1\/instances\?.*instanceOwner\.partyId=500001(&|$)/,
    async (route) => {
      if (!failing) return route.fallback();
      refused += 1;
      return route.fulfill({ status: 503, body: '' });
    },
  );
  await openAllParties(page);

  const failure = page.getByText('Vi fekk ikkje henta meldingane til éin part:');
  await expect(failure).toBeVisible();
  const retry = page.getByRole('button', { name: 'Prøv igjen for DDG Fitness Oslo' });
  await expect(retry).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /^Viser meldingar frå 12 partar\.$/ }),
  ).toBeVisible();
  expect(refused).toBeGreaterThan(0);

  // The other parties' rows are all there, the failing one's are not.
  const shown = await rowIds(page);
  for (const partyId of [501337, 500000, 500600]) {
    for (const guid of inboxGuids(partyId))
      expect(shown, `${partyId}/${guid}`).toContain(`${partyId}/${guid}`);
  }
  expect(shown.filter((id) => id.startsWith('500001/'))).toEqual([]);

  // Newest first across parties.
  const times = await rows(page)
    .locator('time[datetime]')
    .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
  expect(times.length).toBe(shown.length);
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  // Each row says whose it is.
  const ddgRow = rows(page).filter({ has: page.locator(`[data-instance-guid="${inboxGuids(500000)[0]}"]`) });
  await expect(ddgRow).toContainText('For DDG Fitness AS');

  await expectNoAxeViolations(page, testInfo, 'all-parties-one-failed');
  await screenshot(page, testInfo, 'all-parties-one-failed');

  failing = false;
  await retry.click();
  await expect(failure).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Meldingane til DDG Fitness Oslo er lagde inn i lista.' }),
  ).toBeAttached();
  const after = await rowIds(page);
  for (const guid of inboxGuids(500001)) expect(after).toContain(`500001/${guid}`);
  expect(after.length).toBe(shown.length + inboxGuids(500001).length);
  await checkPageState(page, testInfo, 'all-parties', { phone: ['light', 'dark'] });
});

test('shortcuts move through the rows, select with x, and ? lists them in nynorsk', async ({
  page,
}, testInfo) => {
  await openAllParties(page);
  await expect(
    page.getByRole('status').filter({ hasText: /^Viser meldingar frå 13 partar\.$/ }),
  ).toBeVisible();
  const ids = await rowIds(page);

  // The bound, seen from the browser: never more than 4 list requests overlap.
  const timings = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming =>
        entry.name.includes('/platform/storage/api/v1/instances?'),
      )
      .map((entry) => ({ start: entry.startTime, end: entry.responseEnd })),
  );
  const overlap = Math.max(
    ...timings.map((a) => timings.filter((b) => b.start <= a.start && b.end > a.start).length),
  );
  const span = Math.max(...timings.map((t) => t.end)) - Math.min(...timings.map((t) => t.start));
  testInfo.annotations.push({
    type: 'all-parties requests',
    description: `${timings.length} list requests, at most ${overlap} in flight, ${Math.round(span)} ms from first request to last answer`,
  });
  console.log(`all-parties: ${testInfo.annotations.at(-1)?.description ?? ''}`);
  expect(timings.length).toBeGreaterThanOrEqual(13);
  expect(overlap).toBeLessThanOrEqual(4);

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
  await page.keyboard.press('x');
  await expect(rows(page).first().getByRole('checkbox')).toBeChecked();
  await expect(page.getByText('1 valde', { exact: true })).toBeVisible();

  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Snarvegstastar' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Flytt til papirkorga' })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'all-parties-shortcuts');
  await screenshot(page, testInfo, 'all-parties-shortcuts');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The search field takes typing: "/" goes there, and j typed into it is text, not a command.
  await page.keyboard.press('/');
  const searchField = page.getByRole('searchbox', { name: 'Søk i meldingar' });
  await expect(searchField).toBeFocused();
  await page.keyboard.press('j');
  await expect(searchField).toHaveValue('j');
});

test.describe('above the cap (generated accountant)', () => {
  test.afterEach(async ({ emulator }) => {
    await emulator.dataset({ dir: path.resolve('emulator/datasets/default') });
  });

  test('asks to choose parties instead of firing hundreds of requests, then loads only the chosen ones', async ({
    page,
    emulator,
  }, testInfo) => {
    test.setTimeout(120_000);
    await emulator.dataset({ generate: { parties: 300, instances: 200, seed: 1 } });
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/platform/storage/api/v1/instances?')) listRequests.push(request.url());
    });
    await page.setViewportSize({ width: 1280, height: 2000 });
    await signIn(page, { person: 'Rita Revisor', from: '/all/inbox' });
    const prompt = page.getByRole('region', {
      name: /^(Velg hvilke parter du vil se|Vel kva partar du vil sjå|Choose which parties to see)$/,
    });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText(/(parter|partar|parties)\./);
    expect(listRequests, 'no list request above the cap').toEqual([]);
    await expectNoAxeViolations(page, testInfo, 'all-parties-too-many');
    await screenshot(page, testInfo, 'all-parties-too-many');

    await prompt.getByRole('button', { name: /^(Velg parter|Vel partar|Choose parties)$/ }).click();
    const dialog = page.getByRole('dialog');
    const boxes = dialog.getByRole('checkbox');
    for (let i = 0; i < 3; i += 1) await boxes.nth(i).check();
    await expect(dialog.getByRole('status')).toContainText(/^3 /);
    await expectNoAxeViolations(page, testInfo, 'all-parties-chooser');
    await screenshot(page, testInfo, 'all-parties-chooser');
    await dialog.getByRole('button', { name: /^(Vis meldingene|Vis meldingane|Show messages)$/ }).click();

    await expect(page).toHaveURL(/[?&]parties=\d+,\d+,\d+/);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^(Viser meldinger fra|Viser meldingar frå|Showing messages from) 3 / }),
    ).toBeVisible();
    const parties = new Set(
      listRequests.map((url) => new URL(url).searchParams.get('instanceOwner.partyId')),
    );
    expect(parties.size).toBe(3);
  });
});
