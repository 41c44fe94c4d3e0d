import { getAltinnToken, renewAfterUnauthorized } from '../auth/altinnToken';
import { validateRuntimeConfig } from '../config/runtimeConfig';
import { fetchRuntimeConfigJson, requestWithSession } from './client';

/**
 * What the download feature needs from the session and the API layer. Downloads run in a service
 * worker that has neither, so the page lends it the current Altinn token (in memory, over a
 * MessageChannel, never in a URL) and the platform's same-origin base path.
 */

/** The Altinn token to hand to the download worker right now. */
export function currentAltinnToken(): string | null {
  return getAltinnToken();
}

/**
 * A renewed token after the worker got a 401 mid-download: one renewal shared with every other
 * request that needed one at the same moment. Null when the platform refused.
 */
export async function renewedAltinnToken(): Promise<string | null> {
  return (await renewAfterUnauthorized()) ? getAltinnToken() : null;
}

let basePath: Promise<string> | null = null;

/**
 * The platform's base path from `/config.json`, read once. The API client keeps its copy private;
 * reading the same validated file gives the same answer without reaching into it.
 */
export function platformBasePath(): Promise<string> {
  basePath ??= fetchRuntimeConfigJson().then((loaded) => {
    const result = loaded.kind === 'ok' ? validateRuntimeConfig(loaded.json) : null;
    if (!result?.ok) {
      basePath = null;
      throw new Error('config.json could not be read for the download base path');
    }
    const path = result.config.platform.basePath;
    return path === '/' ? '' : path;
  });
  return basePath;
}

/**
 * One platform GET for the in-page fallback (no service worker): the session's token, one
 * renewal on 401. The caller streams or collects the body.
 */
export function requestPlatformData(path: string, signal: AbortSignal): Promise<Response> {
  return requestWithSession(path, { signal, streaming: true });
}
