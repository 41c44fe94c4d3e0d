import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Fault } from './faults.ts';

export type FaultOutcome = 'handled' | 'continue' | 'drop-mid-body';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies a fault before the real handler: wait, then cut the connection, answer with the fault's
 * status, or send a broken body. A `drop` on a download lets the handler start and cut mid-body.
 */
export async function applyFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  isDownload: boolean,
): Promise<FaultOutcome> {
  if (fault.delayMs) await delay(fault.delayMs);
  if (fault.drop) {
    if (isDownload && fault.status === undefined) return 'drop-mid-body';
    req.socket.destroy();
    return 'handled';
  }
  if (fault.status === undefined && !fault.malformed) return 'continue';
  const status = fault.status ?? 200;
  const headers: Record<string, string | number> = {};
  const retryAfter = fault.retryAfter ?? (status === 429 || status === 503 ? 1 : undefined);
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  if (fault.malformed) {
    // Looks like the start of a real JSON answer and then stops: a parser must reject it.
    const body = '{"instances":[{"id":"50002119/6323a337-26e7-4d40-89e8-f5bb3d80be3a","appId":';
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = Buffer.byteLength(body);
    res.writeHead(status, headers);
    res.end(body);
    return 'handled';
  }
  headers['Content-Length'] = 0;
  res.writeHead(status, headers);
  res.end();
  return 'handled';
}
