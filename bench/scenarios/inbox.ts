/**
 * The default dataset: from ID-porten's callback to the first inbox row (and what JavaScript
 * the browser loaded for it), the platform requests one inbox page costs, choosing another
 * party in the picker until its first row, and opening an instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Browser, Page } from '@playwright/test';

import {
  APP_URL,
  newProbedContext,
  probe,
  resetProbe,
  resources,
  signIn,
  startWatch,
  waitForFirstRow,
  watchedSinceClick,
} from '../lib/browser.ts';
import { distDir, outDir } from '../lib/environment.ts';

/** Ola Nordmann (bokmål, only himself, 25 instances) and Sophie Salt (many organisations). */
const OLA = { person: 'Ola Nordmann', partyId: 512345 };
const SOPHIE = { person: 'Sophie Salt', partyId: 501337 };
/** DDG Fitness AS: 15 instances in the inbox (emulator/datasets/default/ABOUT.md). */
const DDG = { name: 'DDG Fitness AS', partyId: 500000 };

export interface SignInRun {
  /** Callback document start (its navigation) to the first row on screen. */
  callbackToFirstRowMs: number;
  /** The Altinn token (exchange response) to the first row. */
  tokenToFirstRowMs: number;
  /** `names`: the files, so a growing figure can be traced to what the page fetched ahead. */
  js: { files: number; gzip: number; transferred: number; names: string[] };
  css: { files: number; gzip: number };
  /** Platform requests for the first page, by path with ids replaced. */
  requests: Record<string, number>;
}

const gzipCache = new Map<string, number>();
function gzipOfDistFile(pathname: string): number {
  const cached = gzipCache.get(pathname);
  if (cached !== undefined) return cached;
  let size = NaN;
  try {
    size = gzipSync(readFileSync(join(distDir, pathname)), { level: 9 }).length;
  } catch {
    // Not one of ours (should not happen on our origin).
  }
  gzipCache.set(pathname, size);
  return size;
}

/** /platform/storage/api/v1/instances/512345/1f…/data/… -> …/instances/{party}/{guid}/data/{guid} */
export function requestShape(url: string): string {
  const { pathname } = new URL(url);
  return pathname
    .replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '/{guid}')
    .replace(/\/\d{3,}(?=\/|$)/g, '/{id}');
}

export async function signInToFirstRow(browser: Browser): Promise<SignInRun> {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  try {
    await signIn(page, { person: OLA.person, from: `/parties/${OLA.partyId}/inbox` });
    await waitForFirstRow(page);
    // Late requests of the same page (e.g. the second half of a parallel pair) still count.
    await page.waitForTimeout(1500);
    // What was measured, to look at (bench/out is not committed).
    await page.screenshot({ path: join(outDir, 'inbox-after-sign-in.png') });
    const b = await probe(page);
    const timing = await resources(page);
    const firstRowAt = b.firstRowAt ?? NaN;
    const exchange = timing.find((r) => r.name.includes('/authentication/api/v1/exchange/'));
    const before = timing.filter((r) => r.responseEnd <= firstRowAt && r.name.startsWith(APP_URL));
    const scripts = before.filter((r) => new URL(r.name).pathname.endsWith('.js'));
    const sheets = before.filter((r) => new URL(r.name).pathname.endsWith('.css'));
    const requests: Record<string, number> = {};
    for (const r of timing) {
      if (!r.name.startsWith(`${APP_URL}/platform/`)) continue;
      const shape = requestShape(r.name);
      requests[shape] = (requests[shape] ?? 0) + 1;
    }
    return {
      callbackToFirstRowMs: firstRowAt,
      tokenToFirstRowMs: exchange ? firstRowAt - exchange.responseEnd : NaN,
      js: {
        files: scripts.length,
        gzip: scripts.reduce((sum, r) => sum + gzipOfDistFile(new URL(r.name).pathname), 0),
        transferred: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
        names: scripts.map((r) => new URL(r.name).pathname),
      },
      css: {
        files: sheets.length,
        gzip: sheets.reduce((sum, r) => sum + gzipOfDistFile(new URL(r.name).pathname), 0),
      },
      requests,
    };
  } finally {
    await context.close();
  }
}

export interface SwitchRun {
  chooseToFirstRowMs: number;
  openInstanceMs: number;
}

async function openPicker(page: Page): Promise<void> {
  await page.locator('header button[aria-haspopup="dialog"]').click();
  await page.getByRole('dialog').waitFor();
}

export async function switchPartyAndOpen(browser: Browser): Promise<SwitchRun> {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  try {
    await signIn(page, { person: SOPHIE.person, from: `/parties/${SOPHIE.partyId}/inbox` });
    await waitForFirstRow(page);
    await page.waitForLoadState('networkidle');
    await openPicker(page);
    const option = page
      .getByRole('dialog')
      .getByRole('button', { name: new RegExp(`^${DDG.name}, `) })
      .first();
    await option.waitFor();
    await resetProbe(page);
    // A row linking into the new party: the old party's rows can outlive the URL change by a render.
    await startWatch(
      page,
      `/parties/${DDG.partyId}/inbox`,
      `[data-row-id] a[href^="/parties/${DDG.partyId}/"]`,
    );
    await option.click();
    const chooseToFirstRowMs = await watchedSinceClick(page);
    await page.waitForLoadState('networkidle');

    // Open the first row's instance, as a click on its link.
    const link = page.locator('[data-row-id] a[href*="/parties/"]').first();
    await resetProbe(page);
    await startWatch(page, `/parties/${DDG.partyId}/inbox/`, 'article#instance-view');
    await link.click();
    const openInstanceMs = await watchedSinceClick(page);
    await page.screenshot({ path: join(outDir, 'instance-after-party-switch.png') });
    return { chooseToFirstRowMs, openInstanceMs };
  } finally {
    await context.close();
  }
}
