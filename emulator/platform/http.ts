import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** ASP.NET's W3C trace id, as ProblemDetails carry it. */
export function newTraceId(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`;
}

const problemTypes: Record<number, [string, string]> = {
  400: ['https://tools.ietf.org/html/rfc9110#section-15.5.1', 'Bad Request'],
  401: ['https://tools.ietf.org/html/rfc9110#section-15.5.2', 'Unauthorized'],
  403: ['https://tools.ietf.org/html/rfc9110#section-15.5.4', 'Forbidden'],
  404: ['https://tools.ietf.org/html/rfc9110#section-15.5.5', 'Not Found'],
  405: ['https://tools.ietf.org/html/rfc9110#section-15.5.6', 'Method Not Allowed'],
  413: ['https://tools.ietf.org/html/rfc9110#section-15.5.14', 'Content Too Large'],
  415: ['https://tools.ietf.org/html/rfc9110#section-15.5.16', 'Unsupported Media Type'],
};

function finish(res: ServerResponse, status: number, contentType: string | undefined, body: string): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | number> = { 'Content-Length': Buffer.byteLength(body) };
  if (contentType) headers['Content-Type'] = contentType;
  res.writeHead(status, headers);
  res.end(body);
}

/** Newtonsoft/System.Text.Json output: compact JSON, `application/json; charset=utf-8`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  finish(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** `NotFound("text")` on an action with `[Produces("application/json")]`: a JSON string literal. */
export function sendJsonString(res: ServerResponse, status: number, text: string): void {
  sendJson(res, status, text);
}

/** `NotFound("text")` without `[Produces]`: the string formatter wins. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  finish(res, status, 'text/plain; charset=utf-8', text);
}

/** 401 from the JwtCookie challenge, `Forbid()`, unknown routes: no body at all. */
export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, 'Content-Length': 0 });
  res.end();
}

/** `NotFound()` / `BadRequest()` without a value: RFC 7807 ProblemDetails. */
export function sendProblem(res: ServerResponse, status: number, traceId: string): void {
  const [type, title] = problemTypes[status] ?? ['about:blank', 'Error'];
  finish(
    res,
    status,
    'application/problem+json; charset=utf-8',
    JSON.stringify({ type, title, status, traceId }),
  );
}

/** `[ApiController]` model-binding failure: ValidationProblemDetails. */
export function sendValidationProblem(
  res: ServerResponse,
  traceId: string,
  errors: Record<string, string[]>,
): void {
  finish(
    res,
    400,
    'application/problem+json; charset=utf-8',
    JSON.stringify({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors,
      traceId,
    }),
  );
}

export class BodyTooLargeError extends Error {}

/** Reads a request body up to `limit` bytes; larger bodies are refused rather than buffered. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError('body too large'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError('body too large'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** .NET `bool.TryParse`: case-insensitive true/false, surrounding whitespace allowed. */
export function parseDotnetBool(value: string): boolean | undefined {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  return undefined;
}

/** .NET `int` model binding: optional sign, digits, within Int32. */
export function parseDotnetInt(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** ASP.NET's `guid` route constraint accepts the D, N, B and P formats; we key on lower-case D. */
export function parseGuid(value: string): string | undefined {
  let v = value.trim();
  if ((v.startsWith('{') && v.endsWith('}')) || (v.startsWith('(') && v.endsWith(')'))) v = v.slice(1, -1);
  if (/^[0-9a-f]{32}$/i.test(v)) {
    v = `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
  }
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)
    ? v.toLowerCase()
    : undefined;
}
