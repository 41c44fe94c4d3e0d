import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { holdRequests } from './support/hold-requests.ts';
import { signIn } from './support/login.ts';
import { checkPageState } from './support/page-states.ts';
import { screenshot } from './support/screenshots.ts';

// The message box lists through the real sign-in, against the default dataset. What each folder
// must hold is read from the dataset's own ABOUT.md ("where" column), not written down here.

const ABOUT = readFileSync(new URL('../emulator/datasets/default/ABOUT.md', import.meta.url), 'utf8');

type Where =
  'inbox' | 'archive' | 'bin' | 'hidden' | 'later' | 'gone' | 'inbox (level 4)' | 'archive (level 4)';

/** The party's instances from ABOUT.md: guid → where it belongs, and its app. */
function placements(partyId: number): Array<{ guid: string; where: Where; app: string }> {
  const section = ABOUT.split(/^### /m).find((part) => part.startsWith(`${partyId} `));
  if (!section) throw new Error(`ABOUT.md has no section for party ${partyId}`);
  const rows: Array<{ guid: string; where: Where; app: string }> = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim().replace(/`/g, ''));
    const id = cells[4];
    if (!id || !/^\d+\/[0-9a-f-]{36}$/.test(id)) continue;
    rows.push({ guid: id.split('/')[1] ?? '', where: cells[2] as Where, app: cells[3] ?? '' });
  }
  return rows;
}

const expected = (partyId: number, where: Where, app?: string) =>
  placements(partyId)
    .filter((p) => p.where === where && (app === undefined || p.app === app))
    .map((p) => p.guid)
    .sort();

function list(page: Page) {
  return page.getByRole('list', { name: /^(Meldinger|Meldingar|Messages) i(n)? / });
}

/** Guids of every row; the viewport is tall enough that the virtualizer mounts them all. */
async function shownGuids(page: Page): Promise<string[]> {
  const guids = await list(page)
    .locator('[data-instance-guid]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-instance-guid') ?? ''));
  return guids.sort();
}

async function waitForList(page: Page): Promise<void> {
  await expect(page.getByTestId('list-skeleton')).toHaveCount(0);
  await expect(
    list(page).or(page.getByRole('status').filter({ hasText: /tom|empty|treff|matches/i })),
  ).toBeVisible();
  // Every page loaded: the end-of-list line, not a load-more button.
  await expect(
    page.getByText(
      /^(Det er ikkje fleire meldingar|Det er ikke flere meldinger|There are no more messages)\.$/,
    ),
  ).toBeVisible();
}

/** The open instance's way back: the instance view's link, or the placeholder panel's. */
function closeLink(page: Page) {
  return page
    .getByRole('link', {
      name: /^(Tilbake til lista|Tilbake til listen|Back to the list|Lukk meldinga?(en)?)$/,
    })
    .first();
}

/**
 * MUI buttons fade their colours over ~250 ms; after a theme switch the scan must not catch a
 * contained button halfway between light and dark.
 */
const settled = (page: Page) => () => page.waitForTimeout(400);

async function signInAsSophie(page: Page, from = '/parties/501337/inbox'): Promise<void> {
  await signIn(page, { person: 'Sophie Salt', from });
  await expect(
    page.getByRole('heading', { level: 1, name: / – (Sophie Salt|DDG Fitness AS)$/ }),
  ).toBeVisible();
}

test('inbox, archive and bin hold exactly the right instances; hidden and not-yet-visible ones stay out', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 3000 });
  await signInAsSophie(page);
  for (const partyId of [501337, 500000]) {
    for (const folder of ['inbox', 'archive', 'bin'] as const) {
      await page.goto(`/parties/${partyId}/${folder}`);
      await waitForList(page);
      expect(await shownGuids(page), `${partyId} ${folder}`).toEqual(expected(partyId, folder));
    }
  }
  // Sanity: the sections really contain hidden and later ones that must stay out.
  expect(expected(500000, 'hidden').length).toBeGreaterThan(0);
  expect(expected(501337, 'later').length).toBeGreaterThan(0);
  await page.goto('/parties/500000/inbox');
  await waitForList(page);
  await screenshot(page, testInfo, 'ddg-inbox');
});

test('a word from a title in nynorsk finds that app, and the search lives in the URL and the title', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 2000 });
  await signInAsSophie(page);
  // Sophie's profile language is nynorsk; "sjukepengar" is only in the nynorsk title.
  await expect(page.getByRole('button', { name: 'Søk', exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: /^Søk i meldinga(r|er)$/ }).fill('sjukepengar');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page).toHaveURL(/\/parties\/501337\/inbox\?q=sjukepengar$/);
  await waitForList(page);
  expect(await shownGuids(page)).toEqual(expected(501337, 'inbox', 'nav/sykepengesoknad'));
  await expect(list(page).getByText('Søknad om sjukepengar').first()).toBeVisible();
  await expect(page).toHaveTitle(/sjukepengar/);

  // The same link in a new visit reproduces the view.
  await page.goto('/parties/501337/archive?q=sjukepengar');
  await waitForList(page);
  expect(await shownGuids(page)).toEqual(expected(501337, 'archive', 'nav/sykepengesoknad'));
});

test('a last-changed date range shows exactly the rows changed on those days', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 3000 });
  await signInAsSophie(page, '/parties/500000/archive');
  await waitForList(page);
  const rows = await list(page)
    .locator('[data-instance-guid]')
    .evaluateAll((links) =>
      links.map((link) => ({
        guid: link.getAttribute('data-instance-guid') ?? '',
        at: link.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    );
  // Oslo calendar days, as the browser (timezone Europe/Oslo) counts them.
  const day = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
  const days = [...new Set(rows.map((row) => day(row.at)))].sort();
  expect(days.length).toBeGreaterThan(2);
  const from = days[1] ?? '';
  const to = days[days.length - 2] ?? '';
  const inRange = rows
    .filter((row) => day(row.at) >= from && day(row.at) <= to)
    .map((row) => row.guid)
    .sort();
  expect(inRange.length).toBeGreaterThan(0);
  expect(inRange.length).toBeLessThan(rows.length);

  // Typed the Norwegian way (dd.mm.åååå), whatever the browser's own locale.
  const typed = (isoDay: string) => isoDay.split('-').reverse().join('.');
  const fromField = page.getByLabel(/^Fr(a|å) og med$/);
  const toField = page.getByLabel('Til og med');
  await expect(fromField).toHaveAttribute('placeholder', 'dd.mm.åååå');
  await fromField.fill(typed(from));
  await fromField.press('Enter');
  await expect(page).toHaveURL(new RegExp(`from=${from}`));
  await toField.fill(typed(to));
  await toField.press('Enter');
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}$`));
  await waitForList(page);
  expect(await shownGuids(page)).toEqual(inRange);
  await expect(fromField).toHaveValue(typed(from));

  // A day that does not exist: a message says how to write it, the text stays, the URL keeps
  // the last good day.
  await toField.fill('31.02.2025');
  await toField.press('Enter');
  await expect(page.getByText('Skriv datoen som dd.mm.åååå, til dømes 31.01.2025.')).toBeVisible();
  await expect(toField).toHaveValue('31.02.2025');
  await expect(toField).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}$`));

  // A quick pick replaces the dates.
  await page.getByLabel(/^Sist endr(a|et)$/).selectOption('year');
  await expect(page).toHaveURL(/\?range=year$/);
});

test('service owner and app filters take several values, all kept in the URL', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 3000 });
  await signInAsSophie(page);
  await waitForList(page);
  const owners = page.getByRole('button', { name: /^Tenesteeigar: / });
  await expect(owners).toHaveAccessibleName('Tenesteeigar: Alle tenesteeigarar');
  await owners.click();
  await expect(owners).toHaveAttribute('aria-expanded', 'true');
  const ownerGroup = page.getByRole('group', { name: 'Tenesteeigar' });
  // Clicked, then waited for: the box follows the URL, which the router updates in a transition.
  const skd = ownerGroup.getByRole('checkbox', { name: 'Skatteetaten' });
  const nav = ownerGroup.getByRole('checkbox', { name: 'Arbeids- og velferdsetaten (NAV)' });
  await skd.click();
  await expect(page).toHaveURL(/\?org=skd$/);
  await expect(skd).toBeChecked();
  await nav.click();
  await expect(page).toHaveURL(/\?org=nav&org=skd$/);
  await expect(nav).toBeChecked();
  await expect(owners).toHaveAccessibleName(/^Tenesteeigar: .*Skatteetaten/);
  await checkPageState(page, testInfo, 'filters-multi-open', {
    phone: ['light', 'dark'],
    stillThere: () => expect(ownerGroup).toBeVisible(),
  });
  await waitForList(page);
  const byOrg = (org: string) =>
    placements(501337)
      .filter((p) => p.where === 'inbox' && p.app.startsWith(`${org}/`))
      .map((p) => p.guid);
  expect(await shownGuids(page)).toEqual([...byOrg('skd'), ...byOrg('nav')].sort());
  // Escape closes the choices and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(ownerGroup).toBeHidden();
  await expect(owners).toBeFocused();

  // Two apps of those owners; a link with the same URL reproduces the view.
  await page.getByRole('button', { name: /^Teneste: / }).click();
  const appGroup = page.getByRole('group', { name: 'Teneste' });
  const sick = appGroup.getByRole('checkbox', { name: /sjukepengar/i });
  const tax = appGroup.getByRole('checkbox', { name: /^Skattemelding for lønstakarar/ });
  await sick.click();
  await expect(sick).toBeChecked();
  await tax.click();
  await expect(tax).toBeChecked();
  await expect(page).toHaveURL(/[?&]app=nav%2Fsykepengesoknad&app=skd%2Fskattemelding/);
  await waitForList(page);
  const wanted = placements(501337)
    .filter((p) => p.where === 'inbox' && ['nav/sykepengesoknad', 'skd/skattemelding'].includes(p.app))
    .map((p) => p.guid)
    .sort();
  expect(await shownGuids(page)).toEqual(wanted);
  const url = page.url();
  await page.goto(url);
  await waitForList(page);
  expect(await shownGuids(page)).toEqual(wanted);
  await expect(page.getByRole('button', { name: /^Teneste: / })).toHaveAccessibleName(/sjukepengar/i);
});

test('the back button restores the list and its scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await signInAsSophie(page, '/parties/500000/archive');
  await waitForList(page);
  await page.evaluate(() => window.scrollTo(0, 700));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(700);
  // Let the scroll be remembered (it is written on the next animation frame).
  await page.waitForTimeout(200);
  // Clicked without Playwright's scroll-into-view, which would move the page before it leaves.
  await page
    .getByRole('navigation', { name: 'Mapper' })
    .getByRole('link', { name: 'Papirkorg' })
    .evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/parties\/500000\/bin$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/parties\/500000\/archive$/);
  await waitForList(page);
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(700);
  // Stays there once the restore lets go (it holds the row in place while rows settle).
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(700);

  // At phone width an opened instance takes the page; back brings the list back with the same
  // row at the same place on screen (the list remembers that row, not a pixel offset: its rows
  // lose their heights while hidden and are measured again on the way back).
  await page.setViewportSize({ width: 390, height: 700 });
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(900);
  await page.waitForTimeout(200);
  const rowAtTop = () =>
    page.evaluate(() => {
      const row = document.elementFromPoint(300, 120)?.closest('[data-row-id]');
      if (!row) return null;
      return { id: row.getAttribute('data-row-id'), top: Math.round(row.getBoundingClientRect().top) };
    });
  const before = await rowAtTop();
  expect(before?.id).toBeTruthy();
  // The row in the middle of the screen, clicked where it is (no scrolling on the way).
  const guid = await page.evaluate(() => {
    const link = document.elementFromPoint(195, 350)?.closest('a[data-instance-guid]');
    if (!(link instanceof HTMLElement)) return null;
    link.click();
    return link.dataset.instanceGuid ?? null;
  });
  expect(guid).not.toBeNull();
  await expect(page).toHaveURL(new RegExp(`/parties/500000/archive/${guid}$`));
  await expect(closeLink(page)).toBeVisible();
  await expect(list(page)).toBeHidden();
  await page.goBack();
  await expect(list(page)).toBeVisible();
  await expect.poll(rowAtTop).toEqual(before);
  // And it stays there once the rows have settled.
  await page.waitForTimeout(500);
  expect(await rowAtTop()).toEqual(before);
  await expect(page.locator(`[data-instance-guid="${guid}"]`)).toBeInViewport();
});

test('axe finds nothing on the inbox, archive, bin, empty, no-match, loading and error states', async ({
  page,
  emulator,
}, testInfo) => {
  test.setTimeout(240_000);
  await signInAsSophie(page);
  const phone = ['light', 'dark'] as const;
  for (const folder of ['inbox', 'archive', 'bin'] as const) {
    await page.goto(`/parties/501337/${folder}`);
    await waitForList(page);
    await checkPageState(page, testInfo, `list-${folder}`, { phone, stillThere: settled(page) });
  }

  await page.goto('/parties/501337/inbox?q=finst-ikkje-noko-sted');
  await expect(page.getByRole('heading', { name: 'Ingen treff' })).toBeVisible();
  await checkPageState(page, testInfo, 'list-no-match', { phone: ['light'], stillThere: settled(page) });

  // Open instance beside the list (wide) and alone (phone).
  await page.goto('/parties/501337/archive');
  await waitForList(page);
  await list(page).locator('[data-instance-guid]').first().click();
  await expect(closeLink(page)).toBeVisible();
  await checkPageState(page, testInfo, 'list-open-instance', { phone: ['light'], stillThere: settled(page) });

  // Loading: the list's first request held until the scans are done.
  const held = await holdRequests(page, /\/platform\/storage\/api\/v1\/instances\?/);
  await page.goto('/parties/501337/bin');
  await held.reached;
  await expect(page.getByTestId('list-skeleton')).toBeVisible();
  await checkPageState(page, testInfo, 'list-loading', {
    phone: ['light'],
    stillThere: () => expect(page.getByTestId('list-skeleton')).toBeVisible(),
  });
  held.release();
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  // Error: Storage fails every list request.
  await emulator.fault({ method: 'GET', path: '/storage/api/v1/instances', status: 500 });
  await page.goto('/parties/501337/archive');
  const error = page.getByRole('heading', { name: /^Vi f(e|i)kk ikk(j)?e hent(a|et) meldinga?(ne|r)?/ });
  await expect(error).toBeVisible({ timeout: 20_000 });
  await checkPageState(page, testInfo, 'list-error', { phone: ['light'], stillThere: settled(page) });
  await emulator.clearFaults();
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await waitForList(page);
  expect(await shownGuids(page)).not.toEqual([]);
});

test('an empty inbox says so and what will arrive there', async ({ page }, testInfo) => {
  await signIn(page, { person: 'Rik Forelder', from: '/' });
  const rik = page.getByRole('banner').locator('[data-party-id]');
  const partyId = await rik.getAttribute('data-party-id');
  await page.goto(`/parties/${partyId}/inbox`);
  await expect(page.getByRole('heading', { name: 'Innboksen er tom' })).toBeVisible();
  await expect(page.getByText(/^\d+ /)).toHaveCount(0);
  await expectNoAxeViolations(page, testInfo, 'list-empty');
  await checkPageState(page, testInfo, 'list-empty', { phone: ['light'], stillThere: settled(page) });
});
