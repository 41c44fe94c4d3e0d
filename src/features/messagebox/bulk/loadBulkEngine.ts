import { loadOnce } from '../../../lib/loadOnce';
import type * as EngineModule from './bulkEngine';

export type BulkEngine = typeof EngineModule;

const engine = loadOnce<BulkEngine>(() => import('./bulkEngine'));

/** The bulk engine, fetched once (a failed fetch is retried by the next action). */
export function loadBulkEngine(): Promise<BulkEngine> {
  return engine.load();
}

/** The engine if it has arrived (it has whenever an action has run), else null. */
export function loadedBulkEngine(): BulkEngine | null {
  return engine.loaded();
}

/**
 * Fetches the engine ahead of the first action, on intent: a row ticked, the pointer or focus on
 * the toolbar. A failure here is silent; the action itself tries again and says so.
 */
export function preloadBulkEngine(): void {
  if (!engine.loaded()) engine.load().catch(() => undefined);
}
