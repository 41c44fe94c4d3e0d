import type { BrowserContext, Page } from '@playwright/test';

import { expect, test } from './support/fixtures.ts';
import { appHeader, expectSignedInAs } from './support/header.ts';
import { signIn, waitForLoginPage } from './support/login.ts';
import { serveSessionLimits } from './support/runtime-config.ts';
import { watchRows, type RowSighting } from './support/row-watch.ts';

// Isolation between parties and between people on one browser, as Sophie Salt (nynorsk) and Ola
// Nordmann. What the page showed is recorded frame by frame inside the page (row-watch.ts); what
// the browser keeps is read from every store it has.

const SOPHIE = 501337;
const DDG = 500000;
const TRIGGER = /^(Bytt aktør|Byt aktør|Change party) \(/;

async function switchParty(page: Page, name: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: TRIGGER }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: new RegExp(`^${name}, `) })
    .click();
}

test("switching party A → B never shows one of A's rows under B, not even for a frame while B loads", async ({
  page,
  emulator,
}) => {
  const sightings = await watchRows(page);
  await signIn(page, { person: 'Sophie Salt', from: `/parties/${SOPHIE}/inbox` });
  await expect(page.locator(`[data-row-id^="${SOPHIE}/"]`).first()).toBeVisible();

  // B's list takes three seconds: a long loading phase in which A's rows must not linger.
  await emulator.fault({ method: 'GET', path: '/storage/api/v1/instances', delayMs: 3_000 });
  await switchParty(page, 'DDG Fitness AS');
  await expect(page).toHaveURL(new RegExp(`/parties/${DDG}/inbox$`));
  await expect(page.getByTestId('list-skeleton')).toBeVisible();
  await expect(page.locator(`[data-row-id^="${DDG}/"]`).first()).toBeVisible({ timeout: 15_000 });

  const seen: RowSighting[] = await sightings.read();
  const underB = seen.filter((s) => s.path.startsWith(`/parties/${DDG}/`));
  const underA = seen.filter((s) => s.path.startsWith(`/parties/${SOPHIE}/`));
  // The watcher works: it saw A's rows under A and B's rows under B.
  expect(underA.some((s) => s.rowId.startsWith(`${SOPHIE}/`))).toBe(true);
  expect(underB.some((s) => s.rowId.startsWith(`${DDG}/`))).toBe(true);
  expect(underB.filter((s) => !s.rowId.startsWith(`${DDG}/`))).toEqual([]);
  // And it watched the loading phase, not only the end.
  expect(await sightings.framesUnder(`/parties/${DDG}/`)).toBeGreaterThan(30);
});

test("the back and forward buttons between parties never show one party's rows under the other's URL", async ({
  page,
  emulator,
}) => {
  const sightings = await watchRows(page);
  await signIn(page, { person: 'Sophie Salt', from: `/parties/${SOPHIE}/inbox` });
  await expect(page.locator(`[data-row-id^="${SOPHIE}/"]`).first()).toBeVisible();
  await switchParty(page, 'DDG Fitness AS');
  await expect(page.locator(`[data-row-id^="${DDG}/"]`).first()).toBeVisible();

  // Lists now take a while, so a history step has a loading phase whenever a list is refetched.
  await emulator.fault({ method: 'GET', path: '/storage/api/v1/instances', delayMs: 1_500 });
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/parties/${SOPHIE}/inbox$`));
  await expect(page.locator(`[data-row-id^="${SOPHIE}/"]`).first()).toBeVisible({ timeout: 15_000 });
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`/parties/${DDG}/inbox$`));
  await expect(page.locator(`[data-row-id^="${DDG}/"]`).first()).toBeVisible({ timeout: 15_000 });

  const seen: RowSighting[] = await sightings.read();
  const under = (partyId: number) => seen.filter((s) => s.path.startsWith(`/parties/${partyId}/`));
  expect(under(SOPHIE).some((s) => s.rowId.startsWith(`${SOPHIE}/`))).toBe(true);
  expect(under(DDG).some((s) => s.rowId.startsWith(`${DDG}/`))).toBe(true);
  expect(under(SOPHIE).filter((s) => !s.rowId.startsWith(`${SOPHIE}/`))).toEqual([]);
  expect(under(DDG).filter((s) => !s.rowId.startsWith(`${DDG}/`))).toEqual([]);
});

/** Everything the browser holds for the app's origin, as text, for searching. */
async function browserStores(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => {
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    const cacheNames = await caches.keys();
    const cached: string[] = [];
    for (const name of cacheNames) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push(request.url);
    }
    return {
      localStorage: Object.fromEntries(Object.entries(localStorage)),
      sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
      indexedDb: databases.map((db) => db.name ?? ''),
      cacheNames,
      cached,
    };
  });
  const cookies = await context.cookies();
  return { ...inPage, cookies: cookies.map((c) => `${c.domain} ${c.name}`) };
}

const JWT = /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/;

async function expectNothingLeftOf(
  page: Page,
  context: BrowserContext,
  person: { name: string; pid: string },
  privateWords: readonly string[],
): Promise<void> {
  const stores = await browserStores(page, context);
  const text = JSON.stringify(stores);
  expect(text, 'no token in any browser store').not.toMatch(JWT);
  expect(text, 'no identity number in any browser store').not.toContain(person.pid);
  for (const word of [person.name, ...privateWords])
    expect(text, `no "${word}" in any store`).not.toContain(word);
  // Only preferences stay (language, theme, remembered parties by id); nothing of the session.
  expect(Object.keys(stores.localStorage).filter((key) => !key.startsWith('innboks.pref.'))).toEqual([]);
  expect(Object.values(stores.sessionStorage).join(' ')).not.toMatch(/access_token|id_token|refresh_token/);
  expect(stores.indexedDb).toEqual([]);
  expect(stores.cached).toEqual([]);
  // The emulator sets no cookies on the app's origin, and the app sets none.
  expect(
    stores.cookies.filter((cookie) => cookie.startsWith('127.0.0.1 ') && !cookie.includes('idporten')),
  ).toEqual([]);
}

test('signing out clears every cached response and token; the next person sees nothing of the first', async ({
  page,
  context,
  emulator,
}) => {
  const sophie = await emulator.user('Sophie Salt');
  const ola = await emulator.user('Ola Nordmann');
  const privateWords = ['DDG Fitness', 'Saltverket', String(SOPHIE) + '/'];
  // Two parties' lists in the query cache, loaded in-app (a reload would empty it anyway).
  await signIn(page, { person: sophie.name, from: `/parties/${SOPHIE}/archive` });
  await expect(page.locator(`[data-row-id^="${SOPHIE}/"]`).first()).toBeVisible();
  await switchParty(page, 'DDG Fitness AS');
  await expect(page.locator(`[data-row-id^="${DDG}/"]`).first()).toBeVisible();

  await appHeader(page).signOut.click();
  await page.waitForURL((url) => url.pathname === '/signed-out');
  await expectNothingLeftOf(page, context, sophie, privateWords);

  await page.goto('/');
  await waitForLoginPage(page);
  await signIn(page, { person: ola.name });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  await page.goto(`/parties/${ola.partyId}/inbox`);
  await expect(page.locator(`[data-row-id^="${ola.partyId}/"]`).first()).toBeVisible();
  const content = await page.content();
  for (const word of [sophie.name, ...privateWords]) expect(content).not.toContain(word);
  await expect(page.locator(`[data-row-id^="${SOPHIE}/"], [data-row-id^="${DDG}/"]`)).toHaveCount(0);
  // Sophie's data, asked for by URL, is not in any cache of Ola's: the platform refuses him.
  await page.goto(`/parties/${DDG}/inbox`);
  await expect(page.locator(`[data-row-id^="${DDG}/"]`)).toHaveCount(0);
});

test('a session ended by the idle limit leaves no token and no cached response behind', async ({
  page,
  context,
  emulator,
}) => {
  const sophie = await emulator.user('Sophie Salt');
  await serveSessionLimits(page, { idleMinutes: 0.15, idleWarningSeconds: 4 });
  await signIn(page, { person: sophie.name, from: `/parties/${DDG}/inbox` });
  await expect(page.locator(`[data-row-id^="${DDG}/"]`).first()).toBeVisible();
  await page.waitForURL((url) => url.pathname === '/signed-out', { timeout: 30_000 });
  await expectNothingLeftOf(page, context, sophie, ['DDG Fitness', `${DDG}/`]);
});
