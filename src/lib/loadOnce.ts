/** Code fetched on demand: `load` imports it (once at a time), `loaded` has it if it has arrived. */
export interface OnceLoader<T> {
  load(): Promise<T>;
  loaded(): T | null;
}

/**
 * Wraps a dynamic import of code the first page does without (bundle budget, issue 7). A failed
 * fetch (offline, a deploy that replaced the files) is not remembered: the next `load` imports again.
 */
export function loadOnce<T>(importer: () => Promise<T>): OnceLoader<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load: () =>
      (pending ??= importer().then(
        (result) => (value = result),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
    loaded: () => value,
  };
}
