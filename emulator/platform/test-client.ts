import type { RunningEmulator } from '../main.ts';
import { startEmulator } from '../main.ts';
import type { FixtureOptions } from './test-fixture.ts';
import { buildFixture } from './test-fixture.ts';

export async function startTestEmulator(options: FixtureOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ source: buildFixture(options), platformPort: 0, idportenPort: 0 });
}

export interface MintOptions {
  acr?: 'idporten-loa-substantial' | 'idporten-loa-high';
  scope?: string;
  expiresIn?: number;
}

/** An ID-porten access token from the real provider, through the control API. */
export async function idportenToken(
  emu: RunningEmulator,
  pid: string,
  options: MintOptions = {},
): Promise<string> {
  const res = await fetch(`${emu.platformUrl}/__emulator/idporten/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ pid, scope: 'openid altinn:instances.read altinn:instances.write', ...options }),
  });
  if (!res.ok) throw new Error(`mint failed: ${res.status}`);
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

/** An Altinn token, exchanged exactly as the app does it. */
export async function altinnToken(
  emu: RunningEmulator,
  pid: string,
  options: MintOptions = {},
): Promise<string> {
  const res = await fetch(`${emu.platformUrl}/authentication/api/v1/exchange/id-porten`, {
    headers: { Authorization: `Bearer ${await idportenToken(emu, pid, options)}` },
  });
  if (!res.ok) throw new Error(`exchange failed: ${res.status}`);
  return res.text();
}

export function get(
  emu: RunningEmulator,
  path: string,
  token?: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(`${emu.platformUrl}${path}`, { ...init, headers });
}

export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
