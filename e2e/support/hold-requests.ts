import type { Page } from '@playwright/test';

/**
 * Holds the browser's requests to `url` until `release()` is called, so a short in-between
 * screen ("Logger inn …", "Logger ut …") stays up for as long as a test needs to look at it.
 * Unlike a fixed server-side delay, this cannot run out while a slow scan is still going.
 */
export interface HeldRequests {
  /** Resolves when the first matching request has been held. */
  reached: Promise<void>;
  release(): void;
}

export async function holdRequests(page: Page, url: string | RegExp): Promise<HeldRequests> {
  let release = (): void => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached = (): void => {};
  const reachedPromise = new Promise<void>((resolve) => {
    reached = resolve;
  });
  await page.route(url, async (route) => {
    reached();
    await released;
    await route.continue();
  });
  return { reached: reachedPromise, release };
}
