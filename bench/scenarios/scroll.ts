/**
 * Scrolling through 10,000 rows of the generated firm with 100,000 instances: the most rows
 * ever mounted, long tasks, and frame timings (requestAnimationFrame deltas).
 */
import type { Browser } from '@playwright/test';

import { newProbedContext, probe, resetProbe, signIn, waitForFirstRow } from '../lib/browser.ts';
import { ACCOUNTANT } from './partyPicker.ts';

export interface ScrollRun {
  rowsScrolled: number;
  seconds: number;
  maxRowsMounted: number;
  longTasksOver50: number;
  longestTaskMs: number;
  frameMs: number[];
}

export async function scrollRun(browser: Browser, targetRows: number): Promise<ScrollRun> {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  try {
    await signIn(page, { pid: ACCOUNTANT.pid, from: `/parties/${ACCOUNTANT.bigPartyId}/inbox` });
    await waitForFirstRow(page, 180_000);
    await page.waitForLoadState('networkidle');
    await resetProbe(page);
    const result = await page.evaluate(async (target) => {
      const frames: number[] = [];
      let last = performance.now();
      const started = last;
      let reached = 0;
      let progressAt = { rows: 0, at: started };
      // About 20 rows a frame, like a hard fling; the list loads more pages as its end nears.
      const step = 2000;
      await new Promise<void>((resolve) => {
        const tick = (now: number) => {
          frames.push(now - last);
          last = now;
          window.scrollBy(0, step);
          for (const row of document.querySelectorAll('[data-row-id]')) {
            const index = Number(row.getAttribute('aria-posinset'));
            if (index > reached) reached = index;
          }
          if (reached > progressAt.rows) progressAt = { rows: reached, at: now };
          // Done at the target, or when the list stops growing (a smaller dataset's end).
          if (reached >= target || now - progressAt.at > 15_000 || now - started > 240_000) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      return { reached, seconds: (performance.now() - started) / 1000, frames: frames.slice(1) };
    }, targetRows);
    const b = await probe(page);
    return {
      rowsScrolled: result.reached,
      seconds: result.seconds,
      maxRowsMounted: b.maxRows,
      longTasksOver50: b.longTasks.filter((t) => t.duration > 50).length,
      longestTaskMs: Math.max(0, ...b.longTasks.map((t) => t.duration)),
      frameMs: result.frames,
    };
  } finally {
    await context.close();
  }
}
