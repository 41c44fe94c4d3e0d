import type { IncomingMessage, ServerResponse } from 'node:http';

import type { JSONWebKeySet, JWTPayload } from 'jose';

import type { EmulatorSettings } from '../settings.ts';
import type { PlatformStore } from '../store/platform-store.ts';
import type { AltinnKeys } from './tokens.ts';
import { verifyAltinnToken } from './tokens.ts';

/** Everything a platform route needs; one per running emulator. */
export interface PlatformEnv {
  store: PlatformStore;
  settings: EmulatorSettings;
  keys: AltinnKeys;
  /** The platform's own origin (e.g. http://127.0.0.1:5101), known once the server listens. */
  origin: () => string;
  /** ID-porten's public keys, for the token exchange. */
  idportenJwks: () => JSONWebKeySet;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  /** The raw query string without `?`, for `self` links that echo the request. */
  rawQuery: string;
  query: URLSearchParams;
  traceId: string;
  env: PlatformEnv;
  /** Set by a `drop` fault on a download: the handler cuts the connection halfway through the body. */
  dropMidBody: boolean;
}

export interface Principal {
  claims: JWTPayload;
  userId: number | undefined;
  authLevel: number;
  org: string | undefined;
}

const cookieName = 'AltinnStudioRuntime';

function tokenFrom(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header && /^bearer\s+/i.test(header)) return header.replace(/^bearer\s+/i, '').trim();
  const cookies = req.headers.cookie;
  if (!cookies) return undefined;
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function numberClaim(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

/** The JwtCookie scheme: Bearer first, then the runtime cookie; undefined means 401. */
export async function authenticate(ctx: RequestContext): Promise<Principal | undefined> {
  const token = tokenFrom(ctx.req);
  if (!token) return undefined;
  const claims = await verifyAltinnToken(ctx.env.keys, token);
  if (!claims) return undefined;
  return {
    claims,
    userId: numberClaim(claims['urn:altinn:userid']),
    authLevel: numberClaim(claims['urn:altinn:authlevel']) ?? 0,
    org: typeof claims['urn:altinn:org'] === 'string' ? claims['urn:altinn:org'] : undefined,
  };
}
