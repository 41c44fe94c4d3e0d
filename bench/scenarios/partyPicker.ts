/**
 * The party picker for the generated accountant (Rita Revisor) with 15,000 or 100,000 parties:
 * token to a usable page, opening the picker, keystroke to the updated list, heap, longest task.
 */
import type { Browser, Page } from '@playwright/test';

import { heapAfterGc, newProbedContext, probe, resources, signIn, waitForFirstRow } from '../lib/browser.ts';

/** The generator's accountant (emulator/generate/ABOUT.md); synthetic, same for every seed. */
export const ACCOUNTANT = { pid: '15867525057', partyId: 600000, bigPartyId: 600001 };

/** Name words and an organisation-number prefix: 33 keystrokes per run. */
const TYPED = ['nordlys bygg', 'fjord bakeri', '3123456'];

export interface PickerRun {
  /** The Altinn token (exchange response) until the first row shows and the picker can search. */
  tokenToUsableMs: number;
  openMs: number;
  keystrokeMs: number[];
  heapBytes: number;
  longestTaskMs: number;
}

/** Ms from each keydown to the list's next DOM change, one key at a time. */
async function typeAndMeasure(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __keyLatency: number[];
      __keyWaiting: boolean;
      __keyObserver?: MutationObserver;
    };
    w.__keyLatency = [];
    w.__keyWaiting = false;
    w.__keyObserver?.disconnect();
    // The whole dialog: a search with no match may replace the list with a message.
    const list = document.querySelector('[role="dialog"]');
    if (!list) throw new Error('no picker dialog');
    const b = (window as unknown as { __bench: { keyAt: number | null } }).__bench;
    w.__keyObserver = new MutationObserver(() => {
      if (!w.__keyWaiting || b.keyAt === null) return;
      w.__keyLatency.push(performance.now() - b.keyAt);
      w.__keyWaiting = false;
    });
    w.__keyObserver.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  for (const key of text) {
    await page.evaluate(() => ((window as unknown as { __keyWaiting: boolean }).__keyWaiting = true));
    await page.keyboard.type(key);
    // Past the picker's debounce (if any) and the re-render, before the next key.
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => (window as unknown as { __keyLatency: number[] }).__keyLatency);
}

export async function pickerRun(browser: Browser): Promise<PickerRun> {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  try {
    await signIn(page, { pid: ACCOUNTANT.pid, from: `/parties/${ACCOUNTANT.partyId}/inbox` });
    await waitForFirstRow(page, 180_000);
    const mark = 'innboks:party-index-ready';
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 180_000,
      polling: 50,
    });
    const readyAt = await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
      mark,
    );
    const exchange = (await resources(page)).find((r) => r.name.includes('/authentication/api/v1/exchange/'));

    const openMs = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const button = document.querySelector('header button[aria-haspopup="dialog"]');
          if (!(button instanceof HTMLElement)) return reject(new Error('no picker trigger'));
          const t0 = performance.now();
          button.click();
          const check = () => {
            const ready =
              document.querySelector('[role="dialog"] ul li') &&
              document.activeElement instanceof HTMLInputElement &&
              document.activeElement.type === 'search';
            if (ready) resolve(performance.now() - t0);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
    );
    const search = page.getByRole('dialog').getByRole('searchbox');
    const keystrokeMs: number[] = [];
    for (const text of TYPED) {
      await search.fill('');
      await page.waitForTimeout(300);
      keystrokeMs.push(...(await typeAndMeasure(page, text)));
    }
    const heapBytes = await heapAfterGc(page);
    const b = await probe(page);
    return {
      // Usable: the first inbox row is there and the picker can search.
      tokenToUsableMs: exchange ? Math.max(readyAt, b.firstRowAt ?? NaN) - exchange.responseEnd : NaN,
      openMs,
      keystrokeMs,
      heapBytes,
      longestTaskMs: Math.max(0, ...b.longTasks.map((t) => t.duration)),
    };
  } finally {
    await context.close();
  }
}
