import { getAltinnToken, reauthenticate, renewAfterUnauthorized } from '../auth/altinnToken';
import { ApiError } from './errors';
import { parseRetryAfter } from './retryPolicy';
import { stepAfterRenewal, stepAfterUnauthorized } from './unauthorizedPolicy';

/**
 * The only module that calls `fetch`. The platform is reached under a same-origin base path
 * (`/platform`), proxied by Vite in development and nginx in production, because Altinn's
 * platform APIs send no CORS headers.
 */
let basePath = '/platform';

/**
 * How long one platform call may take, answer and body together, before it is abandoned and
 * reported as a timeout (`platform.requestTimeoutSeconds` in config.json). Storage answers a list
 * page in well under a second; 25 s leaves room for a slow gateway without leaving the person
 * looking at a spinner for a minute.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 25_000;
let requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS;

export function configureApiClient(options: { basePath: string; requestTimeoutMs?: number }): void {
  basePath = options.basePath === '/' ? '' : options.basePath;
  requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
}

export interface RequestOptions {
  method?: 'GET' | 'PUT' | 'DELETE' | 'POST';
  accept?: 'json' | 'text';
  signal?: AbortSignal;
  /**
   * A body read as a stream (a file download) gets no overall deadline: a 300 MB file may
   * rightly take minutes. Its reader must watch for a stall itself (the downloads feature gives
   * up after 20 s without a byte).
   */
  streaming?: boolean;
}

function endpointOf(path: string): string {
  return path.split('?')[0] ?? path;
}

/** The caller's signal combined with this request's deadline (none for a stream). */
function signalFor(options: RequestOptions): AbortSignal | undefined {
  if (options.streaming) return options.signal;
  const deadline = AbortSignal.timeout(requestTimeoutMs);
  return options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
}

/**
 * `AbortSignal.timeout` rejects with a `TimeoutError`; the caller's own abort with `AbortError`.
 * Checked by name: the DOMException may come from another realm (a worker, a test environment).
 */
function errorNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === name;
}

function isTimeout(error: unknown): boolean {
  return errorNamed(error, 'TimeoutError');
}

function isAbort(error: unknown): boolean {
  return errorNamed(error, 'AbortError');
}

async function send(path: string, bearer: string | null, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: options.accept === 'text' ? 'text/plain' : 'application/json' });
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
  try {
    return await fetch(`${basePath}${path}`, {
      method: options.method ?? 'GET',
      headers,
      signal: signalFor(options),
      // The platform's cookies (if any) are not ours to send; the bearer header is the credential.
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (isTimeout(error)) throw new ApiError('timeout', 0, endpointOf(path));
    if (isAbort(error)) throw error;
    throw new ApiError('network', 0, endpointOf(path));
  }
}

/** A failed answer as an ApiError, with what `Retry-After` asked for on 429 and 503. */
function httpError(response: Response, path: string): ApiError {
  const retryAfterMs =
    response.status === 429 || response.status === 503
      ? parseRetryAfter(response.headers.get('Retry-After'), Date.now())
      : null;
  return new ApiError('http', response.status, endpointOf(path), retryAfterMs);
}

/**
 * A request with an explicit bearer token and no 401 handling: for the token exchange and the
 * refresh call, whose 401 means "this token is no good" rather than "renew and retry".
 */
export async function requestWithToken(
  path: string,
  token: string,
  options: RequestOptions = {},
): Promise<Response> {
  const response = await send(path, token, options);
  if (!response.ok) throw httpError(response, path);
  return response;
}

/**
 * A request with the session's Altinn token. A 401 triggers one renewal and one retry; when that
 * fails the person is sent through sign-in again and this promise never settles (the page leaves).
 */
export async function requestWithSession(path: string, options: RequestOptions = {}): Promise<Response> {
  let retried = false;
  for (;;) {
    const response = await send(path, getAltinnToken(), options);
    if (response.status !== 401) {
      if (!response.ok) throw httpError(response, path);
      return response;
    }
    if (stepAfterUnauthorized(retried) === 'reauthenticate') return reauthenticate();
    if (stepAfterRenewal(await renewAfterUnauthorized()) === 'reauthenticate') return reauthenticate();
    retried = true;
  }
}

/** Parses a JSON body and checks it at the boundary; a body that does not fit is an ApiError. */
export async function readJson<T>(response: Response, path: string, parse: (data: unknown) => T): Promise<T> {
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    // The deadline covers the body too: a server that sends headers and then goes quiet.
    if (isTimeout(error)) throw new ApiError('timeout', 0, endpointOf(path));
    if (isAbort(error)) throw error;
    throw new ApiError('invalid-response', response.status, endpointOf(path));
  }
  try {
    return parse(data);
  } catch {
    throw new ApiError('invalid-response', response.status, endpointOf(path));
  }
}

/** Fetches `/config.json` from the app's own origin (not the platform), bypassing caches. */
export async function fetchRuntimeConfigJson(): Promise<
  | { kind: 'ok'; json: unknown }
  | { kind: 'http'; status: number }
  | { kind: 'not-json' }
  | { kind: 'network' }
> {
  let response: Response;
  try {
    response = await fetch('/config.json', { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    return { kind: 'network' };
  }
  if (!response.ok) return { kind: 'http', status: response.status };
  // A dev server or CDN with an SPA fallback answers a missing file with index.html and 200.
  if (response.headers.get('content-type')?.includes('text/html')) return { kind: 'http', status: 404 };
  try {
    return { kind: 'ok', json: await response.json() };
  } catch {
    return { kind: 'not-json' };
  }
}
