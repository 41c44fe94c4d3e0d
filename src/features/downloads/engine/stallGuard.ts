/**
 * Ends a body that stops sending. A connection cut off behind a proxy does not always reach the
 * browser as an error (a dev proxy may leave the response open for ever); without this a download
 * would sit at "half done" until the person gives up. No byte for `ms` is a network failure.
 */
export class StalledError extends Error {
  override readonly name = 'StalledError';
}

export const STALL_MS = 20_000;

export function guardStalls(body: ReadableStream<Uint8Array>, ms = STALL_MS): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StalledError(`no data for ${ms} ms`)), ms);
      });
      try {
        const chunk = await Promise.race([reader.read(), stalled]);
        if (chunk.done) controller.close();
        else controller.enqueue(chunk.value);
      } catch (error) {
        void reader.cancel(error).catch(() => undefined);
        controller.error(error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The same response with a guarded body. */
export function withStallGuard(response: Response, ms = STALL_MS): Response {
  if (!response.body) return response;
  return new Response(guardStalls(response.body, ms), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
