/**
 * Runs async jobs with at most `limit` in flight, in the order they were queued. The all-parties
 * view queues one job per party page: thousands of parties must never become thousands of
 * simultaneous requests, and a slow or failing party must not hold up the others.
 *
 * A job's failure rejects only that job's promise; the queue keeps going. Retrying is queueing
 * the job again, so a retry waits its turn like any other request.
 */
export interface BoundedScheduler {
  /** Queues a job; the promise settles with the job's own result or error. */
  run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Jobs started and not yet settled. */
  readonly inFlight: number;
  /** Jobs waiting for a free slot. */
  readonly queued: number;
  /** Rejects every queued job, aborts the running ones and refuses new jobs. */
  dispose(): void;
}

interface QueuedJob {
  start: (signal: AbortSignal) => void;
  cancel: () => void;
}

export class SchedulerDisposedError extends Error {
  override readonly name = 'SchedulerDisposedError';
  constructor() {
    super('The scheduler was disposed');
  }
}

export function createBoundedScheduler(limit: number): BoundedScheduler {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
  const waiting: QueuedJob[] = [];
  const controller = new AbortController();
  let running = 0;
  let disposed = false;

  const pump = (): void => {
    while (!disposed && running < limit) {
      const next = waiting.shift();
      if (!next) return;
      running += 1;
      next.start(controller.signal);
    }
  };

  return {
    run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
      if (disposed) return Promise.reject(new SchedulerDisposedError());
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          start: (signal) => {
            // A job that throws synchronously is still a rejected job, not a stuck slot.
            Promise.resolve()
              .then(() => job(signal))
              .then(resolve, reject)
              .finally(() => {
                running -= 1;
                pump();
              });
          },
          cancel: () => reject(new SchedulerDisposedError()),
        });
        pump();
      });
    },
    get inFlight() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      controller.abort();
      for (const job of waiting.splice(0)) job.cancel();
    },
  };
}
