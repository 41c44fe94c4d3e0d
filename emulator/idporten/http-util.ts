import type { IncomingMessage, ServerResponse } from 'node:http';

/** Form posts to our own pages are tiny; anything bigger is not a browser filling in the login form. */
export const MAX_FORM_BYTES = 16 * 1024;

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage, limit = MAX_FORM_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge('request body too large');
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    received += buf.length;
    if (received > limit) throw new BodyTooLarge('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks, received);
}

export function isFormPost(req: IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

/**
 * Headers for every response on the ID-porten origin. `form-action` must name the app origins too:
 * browsers apply it to the whole redirect chain after the login and logout forms, and that chain
 * ends at the app's callback.
 */
export function securityHeaders(appOrigins: readonly string[]): Record<string, string> {
  const formAction = ["'self'", ...appOrigins].join(' ');
  return {
    'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}
