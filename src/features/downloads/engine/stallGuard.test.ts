import { describe, expect, it } from 'vitest';

import { guardStalls, StalledError } from './stallGuard';

describe('guardStalls', () => {
  it('passes a body through unchanged', async () => {
    const body = new Response('hello world').body;
    expect(body).not.toBeNull();
    const text = await new Response(guardStalls(body as ReadableStream<Uint8Array>, 1000)).text();
    expect(text).toBe('hello world');
  });

  it('fails a body that stops sending, and cancels it', async () => {
    let cancelled = false;
    const silent = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]));
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = guardStalls(silent, 30).getReader();
    expect((await reader.read()).value).toEqual(new Uint8Array([1, 2, 3]));
    await expect(reader.read()).rejects.toBeInstanceOf(StalledError);
    expect(cancelled).toBe(true);
  });
});
