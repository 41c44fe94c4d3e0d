import type { DownloadErrorKind } from './types';

/**
 * How the engine reaches the platform: a path under the platform (e.g. `/storage/api/v1/…`) in, an
 * OK response out. The page's version goes through the app's API client; the service worker's adds
 * the token the page handed it and asks the page for a fresh one after a 401.
 */
export type PlatformFetch = (path: string, signal: AbortSignal) => Promise<Response>;

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
  readonly kind: DownloadErrorKind;
  readonly status: number;

  constructor(kind: DownloadErrorKind, status = 0) {
    super(`download failed (${kind}${status ? ` ${status}` : ''})`);
    this.kind = kind;
    this.status = status;
  }
}

export function errorKindForStatus(status: number): DownloadErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return 'http';
}

export function toDownloadError(error: unknown): DownloadError {
  if (error instanceof DownloadError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new DownloadError('cancelled');
  if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'ZipCancelledError') {
    return new DownloadError('cancelled');
  }
  return new DownloadError('network');
}

export async function fetchJson<T>(
  fetchPlatform: PlatformFetch,
  path: string,
  signal: AbortSignal,
  parse: (data: unknown) => T,
): Promise<T> {
  const response = await fetchPlatform(path, signal);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (signal.aborted) throw new DownloadError('cancelled');
    void error;
    throw new DownloadError('http', response.status);
  }
  try {
    return parse(data);
  } catch {
    throw new DownloadError('http', response.status);
  }
}

export function dataPath(partyId: number | string, instanceGuid: string, dataGuid: string): string {
  return `/storage/api/v1/instances/${encodeURIComponent(String(partyId))}/${encodeURIComponent(instanceGuid)}/data/${encodeURIComponent(dataGuid)}`;
}

export function instancePath(partyId: number | string, instanceGuid: string): string {
  return `/storage/api/v1/instances/${encodeURIComponent(String(partyId))}/${encodeURIComponent(instanceGuid)}`;
}
