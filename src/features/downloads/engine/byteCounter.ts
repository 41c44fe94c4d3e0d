/**
 * Passes a body through unchanged, counting bytes and noticing how it ends: completely, broken
 * off (a dropped connection), or cancelled by the reader (the person stopped the download).
 * Pull-based, so nothing is read ahead of the consumer.
 */
export interface ByteCounterEvents {
  onBytes(total: number): void;
  onEnd(): void;
  onError(error: unknown): void;
  onCancel(): void;
}

export function countBytes(
  body: ReadableStream<Uint8Array>,
  events: ByteCounterEvents,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let total = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        events.onError(error);
        controller.error(error);
        return;
      }
      if (chunk.done) {
        controller.close();
        events.onEnd();
        return;
      }
      total += chunk.value.length;
      controller.enqueue(chunk.value);
      events.onBytes(total);
    },
    async cancel(reason) {
      events.onCancel();
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}
