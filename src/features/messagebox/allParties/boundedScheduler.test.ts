import { describe, expect, it } from 'vitest';

import { createBoundedScheduler, SchedulerDisposedError } from './boundedScheduler';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createBoundedScheduler', () => {
  it('never has more than the limit in flight and starts jobs in queue order', async () => {
    const scheduler = createBoundedScheduler(4);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 10 }, () => deferred<number>());
    const results = gates.map((gate, index) =>
      scheduler.run(async () => {
        started.push(index);
        active += 1;
        peak = Math.max(peak, active);
        const value = await gate.promise;
        active -= 1;
        return value;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    expect(scheduler.inFlight).toBe(4);
    expect(scheduler.queued).toBe(6);
    gates[2]?.resolve(2);
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    gates.forEach((gate, index) => gate.resolve(index));
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(4);
    expect(scheduler.inFlight).toBe(0);
  });

  it('isolates failures: one rejected job frees its slot and the others still run', async () => {
    const scheduler = createBoundedScheduler(2);
    const outcomes = await Promise.allSettled([
      scheduler.run(() => Promise.reject(new Error('party 500001 failed'))),
      scheduler.run(() => {
        throw new Error('synchronous throw');
      }),
      scheduler.run(() => Promise.resolve('b')),
      scheduler.run(() => Promise.resolve('c')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled']);
    expect(scheduler.inFlight).toBe(0);
  });

  it('retries by queueing the job again, which then succeeds', async () => {
    const scheduler = createBoundedScheduler(1);
    let calls = 0;
    const flaky = () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('503')) : Promise.resolve('ok');
    };
    await expect(scheduler.run(flaky)).rejects.toThrow('503');
    await expect(scheduler.run(flaky)).resolves.toBe('ok');
    expect(calls).toBe(2);
  });

  it('on dispose rejects queued jobs, aborts running ones and refuses new ones', async () => {
    const scheduler = createBoundedScheduler(1);
    let seenSignal: AbortSignal | null = null;
    const running = scheduler.run((signal) => {
      seenSignal = signal;
      return new Promise<never>(() => undefined);
    });
    const queued = scheduler.run(() => Promise.resolve('never'));
    await tick();
    scheduler.dispose();
    await expect(queued).rejects.toBeInstanceOf(SchedulerDisposedError);
    expect((seenSignal as AbortSignal | null)?.aborted).toBe(true);
    await expect(scheduler.run(() => Promise.resolve(1))).rejects.toBeInstanceOf(SchedulerDisposedError);
    void running;
  });

  it('refuses a limit below one', () => {
    expect(() => createBoundedScheduler(0)).toThrow(RangeError);
  });
});
