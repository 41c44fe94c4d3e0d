/**
 * Gives the browser a chance to handle input and paint before long work continues. Chromium's
 * `scheduler.yield()` resumes ahead of other queued tasks; elsewhere a zero timeout does (it is
 * clamped to 4 ms after a few nested calls, which only slows the work, never the page).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs work in slices: call `maybeYield()` often; it yields once `budgetMs` has passed since the last yield. */
export function createSliceClock(budgetMs: number, yieldFn: () => Promise<void> = yieldToMain) {
  let sliceStart = performance.now();
  return {
    async maybeYield(): Promise<void> {
      if (performance.now() - sliceStart < budgetMs) return;
      await yieldFn();
      sliceStart = performance.now();
    },
  };
}
