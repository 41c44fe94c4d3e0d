import type * as EngineModule from './bulkEngine';

export type BulkEngine = typeof EngineModule;

let loaded: BulkEngine | null = null;
let loading: Promise<BulkEngine> | null = null;

/**
 * The bulk engine, fetched once. A failed fetch (offline, a deploy that replaced the files) is
 * not remembered: the next action imports again.
 */
export function loadBulkEngine(): Promise<BulkEngine> {
  loading ??= import('./bulkEngine').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The engine if it has arrived (it has whenever an action has run), else null. */
export function loadedBulkEngine(): BulkEngine | null {
  return loaded;
}

/**
 * Fetches the engine ahead of the first action, on intent: a row ticked, the pointer or focus on
 * the toolbar. A failure here is silent; the action itself tries again and says so.
 */
export function preloadBulkEngine(): void {
  if (!loaded) loadBulkEngine().catch(() => undefined);
}
