import { getAltinnToken, reauthenticate, renewAfterUnauthorized } from '../auth/altinnToken';
import { ApiError } from './errors';
import { stepAfterRenewal, stepAfterUnauthorized } from './unauthorizedPolicy';

/**
 * The only module that calls `fetch`. The platform is reached under a same-origin base path
 * (`/platform`), proxied by Vite in development and nginx in production, because Altinn's
 * platform APIs send no CORS headers.
 */
let basePath = '/platform';

export function configureApiClient(options: { basePath: string }): void {
  basePath = options.basePath === '/' ? '' : options.basePath;
}

export interface RequestOptions {
  method?: 'GET' | 'PUT' | 'DELETE' | 'POST';
  accept?: 'json' | 'text';
  signal?: AbortSignal;
}

function endpointOf(path: string): string {
  return path.split('?')[0] ?? path;
}

async function send(path: string, bearer: string | null, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: options.accept === 'text' ? 'text/plain' : 'application/json' });
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
  try {
    return await fetch(`${basePath}${path}`, {
      method: options.method ?? 'GET',
      headers,
      signal: options.signal,
      // The platform's cookies (if any) are not ours to send; the bearer header is the credential.
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, endpointOf(path));
  }
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
  if (!response.ok) throw new ApiError('http', response.status, endpointOf(path));
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
      if (!response.ok) throw new ApiError('http', response.status, endpointOf(path));
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
  } catch {
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
