/**
 * The all-parties view for the generated accountant with 100 parties (own, her firm and
 * clients): time to the first row and until every party has answered, and the most platform
 * storage requests in flight at once.
 */
import type { Browser } from '@playwright/test';

import { newProbedContext, probe, signIn, waitForFirstRow } from '../lib/browser.ts';
import { ACCOUNTANT } from './partyPicker.ts';

export interface AllPartiesRun {
  parties: number;
  callbackToFirstRowMs: number;
  callbackToCompleteMs: number;
  maxInFlight: number;
  storageRequests: number;
}

/** nb text of allParties.progress.done: "Viser meldinger fra {total} parter." */
const DONE = /^Viser meldinger fra (\d+) parter\.$/;

export async function allPartiesRun(browser: Browser): Promise<AllPartiesRun> {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  let inFlight = 0;
  let maxInFlight = 0;
  let storageRequests = 0;
  const isStorage = (url: string) => url.includes('/platform/storage/');
  page.on('request', (request) => {
    if (!isStorage(request.url())) return;
    inFlight += 1;
    storageRequests += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
  });
  const done = (url: string) => {
    if (isStorage(url)) inFlight -= 1;
  };
  page.on('requestfinished', (request) => done(request.url()));
  page.on('requestfailed', (request) => done(request.url()));
  try {
    await signIn(page, { pid: ACCOUNTANT.pid, from: '/all/inbox' });
    await waitForFirstRow(page, 120_000);
    const completeAt = await page.waitForFunction(
      (pattern) => {
        const re = new RegExp(pattern);
        for (const el of document.querySelectorAll('[role="status"]')) {
          const match = re.exec(el.textContent?.trim() ?? '');
          if (match) return { at: performance.now(), parties: Number(match[1]) };
        }
        return null;
      },
      DONE.source,
      { timeout: 120_000, polling: 'raf' },
    );
    const { at, parties } = (await completeAt.jsonValue()) as { at: number; parties: number };
    const b = await probe(page);
    return {
      parties,
      callbackToFirstRowMs: b.firstRowAt ?? NaN,
      callbackToCompleteMs: at,
      maxInFlight,
      storageRequests,
    };
  } finally {
    await context.close();
  }
}
