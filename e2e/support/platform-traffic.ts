import { createHash } from 'node:crypto';

import { expect, type Page, type Request } from '@playwright/test';

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
  /**
   * A one-way fingerprint of that token (12 hex digits of its SHA-256), to tell two tokens apart:
   * a refresh within the same second keeps `iat`, so `iat` alone cannot.
   */
  tokenId: string | null;
  /**
   * For a successful token exchange or refresh, the fingerprint of the token it returned (filled
   * in once the body has been read), so a test can check a retry carried exactly that token.
   */
  issuedTokenId: string | null;
}

export interface PlatformTraffic {
  calls(): PlatformCall[];
  /** Calls whose path starts with `prefix`, e.g. `/authentication/api/v1/refresh`. */
  to(prefix: string): PlatformCall[];
}

const PREFIX = '/platform';

function bearerToken(request: Request): string | undefined {
  const header = request.headers()['authorization'];
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

function fingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}

function tokenId(request: Request): string | null {
  const token = bearerToken(request);
  return token ? fingerprint(token) : null;
}

/** Paths whose 200 body is an Altinn token: a bare string, or the same string as JSON. */
const ISSUING = ['/authentication/api/v1/exchange/', '/authentication/api/v1/refresh'];

function tokenTimes(request: Request): { iat: number | null; exp: number | null } {
  const payload = bearerToken(request)?.split('.')[1];
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
    const call: PlatformCall = {
      method: request.method(),
      path: url.pathname.slice(PREFIX.length),
      status: response.status(),
      at: Date.now(),
      tokenIssuedAt: iat,
      tokenExpiresAt: exp,
      tokenId: tokenId(request),
      issuedTokenId: null,
    };
    calls.push(call);
    if (response.status() === 200 && ISSUING.some((path) => call.path.startsWith(path))) {
      response.text().then(
        (body) => {
          call.issuedTokenId = fingerprint(body.trim().replace(/^"|"$/g, ''));
        },
        () => undefined,
      );
    }
  });
  return {
    calls: () => [...calls],
    to: (prefix) => calls.filter((call) => call.path.startsWith(prefix)),
  };
}

const REFRESH = '/authentication/api/v1/refresh';

/**
 * `call` carried exactly the token returned by the last successful refresh answered before it:
 * the 401-refresh-retry path used the new token. (Within one second Altinn's refresh re-signs the
 * same claims into the same token, so "different from the refused token" would be the wrong test.)
 */
export async function expectCarriedRefreshedToken(
  traffic: PlatformTraffic,
  call: PlatformCall | undefined,
): Promise<void> {
  expect(call, 'the retried call').toBeDefined();
  const refresh = traffic
    .to(REFRESH)
    .filter((candidate) => candidate.status === 200 && candidate.at <= (call?.at ?? 0))
    .at(-1);
  expect(refresh, 'a refresh answered before the retry').toBeDefined();
  await expect
    .poll(() => refresh?.issuedTokenId ?? null, { message: 'the refresh body read' })
    .not.toBeNull();
  expect(call?.tokenId, 'the retry carried the refreshed token').toBe(refresh?.issuedTokenId);
}
