/**
 * Runs `task` for each item with at most `limit` running at once and yields the results in the
 * items' order. A ZIP is written in order, but the next files' requests can already be on their
 * way (their bodies wait in the network layer until read, so memory stays bounded). One failure
 * is one result, never the end of the run.
 */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export async function* mapAhead<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): AsyncGenerator<Settled<R>> {
  const running: Promise<Settled<R>>[] = [];
  let next = 0;
  const start = (): void => {
    const index = next;
    next += 1;
    running.push(
      task(items[index] as T, index).then(
        (value): Settled<R> => ({ ok: true, value }),
        (error: unknown): Settled<R> => ({ ok: false, error }),
      ),
    );
  };
  while (next < items.length && running.length < Math.max(1, limit)) start();
  while (running.length > 0) {
    const result = await (running.shift() as Promise<Settled<R>>);
    if (next < items.length) start();
    yield result;
  }
}
