import type { Page } from '@playwright/test';

/**
 * Records, inside the page, every list row (`data-row-id`, "partyId/guid") present in the DOM at
 * every animation frame and every DOM change, together with the URL path at that moment. A
 * row that showed for a single frame under the wrong URL is caught, which a test polling from
 * outside would miss.
 */
export interface RowSighting {
  path: string;
  rowId: string;
  /** How many animation frames painted it under this path, and over how long (ms). */
  frames: number;
  spanMs: number;
}

export interface RowWatch {
  read(): Promise<RowSighting[]>;
  /** How many frames were sampled while the path started with `prefix`. */
  framesUnder(prefix: string): Promise<number>;
}

interface WatchState {
  seen: Map<string, { frames: number; first: number; last: number }>;
  frames: string[];
}

export async function watchRows(page: Page): Promise<RowWatch> {
  await page.addInitScript(() => {
    const state: WatchState = { seen: new Map(), frames: [] };
    (window as unknown as { __rowWatch: WatchState }).__rowWatch = state;
    const sample = (inFrame: boolean): void => {
      const path = location.pathname;
      const now = performance.now();
      for (const element of document.querySelectorAll('[data-row-id]')) {
        const key = `${path}|${element.getAttribute('data-row-id') ?? ''}`;
        const entry = state.seen.get(key) ?? { frames: 0, first: now, last: now };
        entry.last = now;
        if (inFrame) entry.frames += 1;
        state.seen.set(key, entry);
      }
    };
    const frame = (): void => {
      sample(true);
      state.frames.push(location.pathname);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(() => sample(false)).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
    });
  });
  return {
    read: async () => {
      const entries = await page.evaluate(() => [
        ...(window as unknown as { __rowWatch: WatchState }).__rowWatch.seen.entries(),
      ]);
      return entries.map(([key, { frames, first, last }]) => {
        const [path = '', rowId = ''] = key.split('|');
        return { path, rowId, frames, spanMs: Math.round(last - first) };
      });
    },
    framesUnder: (prefix) =>
      page.evaluate(
        (p) =>
          (window as unknown as { __rowWatch: WatchState }).__rowWatch.frames.filter((f) => f.startsWith(p))
            .length,
        prefix,
      ),
  };
}
