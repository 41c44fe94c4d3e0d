import type { Page, Request } from '@playwright/test';

/**
 * A record of the app's calls to the platform through its same-origin `/platform` proxy. Only
 * the bearer token's `iat` and `exp` are kept, never the token itself, so the record can be
 * printed in a failure message without leaking a credential.
 */
export interface PlatformCall {
  method: string;
  /** Path on the platform, without the `/platform` prefix and without the query. */
  path: string;
  status: number;
  /** Local epoch ms when the response arrived. */
  at: number;
  /** `iat` of the Altinn or ID-porten token the request carried, if any (seconds). */
  tokenIssuedAt: number | null;
  /** `exp` of that token (seconds). */
  tokenExpiresAt: number | null;
}

export interface PlatformTraffic {
  calls(): PlatformCall[];
  /** Calls whose path starts with `prefix`, e.g. `/authentication/api/v1/refresh`. */
  to(prefix: string): PlatformCall[];
}

const PREFIX = '/platform';

function tokenTimes(request: Request): { iat: number | null; exp: number | null } {
  const header = request.headers()['authorization'];
  const payload = header?.startsWith('Bearer ') ? header.slice(7).split('.')[1] : undefined;
  if (!payload) return { iat: null, exp: null };
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return {
      iat: typeof claims.iat === 'number' ? claims.iat : null,
      exp: typeof claims.exp === 'number' ? claims.exp : null,
    };
  } catch {
    return { iat: null, exp: null };
  }
}

/** Starts recording every platform response the page receives (call before navigating). */
export function recordPlatformTraffic(page: Page): PlatformTraffic {
  const calls: PlatformCall[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    // Neither ID-porten nor the emulator's control API has paths under /platform.
    if (!url.pathname.startsWith(`${PREFIX}/`)) return;
    const request = response.request();
    const { iat, exp } = tokenTimes(request);
    calls.push({
      method: request.method(),
      path: url.pathname.slice(PREFIX.length),
      status: response.status(),
      at: Date.now(),
      tokenIssuedAt: iat,
      tokenExpiresAt: exp,
    });
  });
  return {
    calls: () => [...calls],
    to: (prefix) => calls.filter((call) => call.path.startsWith(prefix)),
  };
}
