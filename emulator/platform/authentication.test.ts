import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import { altinnToken, decodeJwt, get, idportenToken, startTestEmulator } from './test-client.ts';
import { pids } from './test-fixture.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

const exchangePath = '/authentication/api/v1/exchange/id-porten';

describe('GET /authentication/api/v1/exchange/id-porten', () => {
  it('answers a bare JWT as text/plain with the §2.1 claim set', async () => {
    const idToken = await idportenToken(emu, pids.sophie);
    const res = await get(emu, exchangePath, idToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const token = await res.text();
    expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(typeof header['kid']).toBe('string');
    const claims = decodeJwt(token);
    const original = decodeJwt(idToken);
    expect(claims).toMatchObject({
      nameid: '1337',
      'urn:altinn:userid': '1337',
      'urn:altinn:username': 'SophieDDG',
      'urn:altinn:partyid': 501337,
      'urn:altinn:party:uuid': '11111111-2222-4333-8444-000000501337',
      'urn:altinn:authlevel': 3,
      pid: pids.sophie,
      acr: 'idporten-loa-substantial',
      iss: `${emu.platformUrl}/authentication/api/v1/openid/`,
      exp: original['exp'],
      client_id: 'innboks',
    });
    expect(typeof claims['urn:altinn:authenticatemethod']).toBe('string');
    expect(claims['sid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims['sid']).not.toBe(original['sid']);
    for (const dropped of ['aud', 'sub', 'at_hash']) expect(claims).not.toHaveProperty(dropped);
    expect(Math.abs(Number(claims['iat']) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('answers a JSON string when the client accepts only JSON', async () => {
    const res = await get(emu, exchangePath, await idportenToken(emu, pids.sophie), {
      headers: { Accept: 'application/json' },
    });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as unknown;
    expect(typeof body).toBe('string');
    expect(String(body)).toMatch(/^eyJ/);
  });

  it('maps idporten-loa-high to level 4', async () => {
    expect(
      decodeJwt(await altinnToken(emu, pids.sophie, { acr: 'idporten-loa-high' }))['urn:altinn:authlevel'],
    ).toBe(4);
  });

  it('answers 401 with an empty body without a token, with garbage, or with a foreign signature', async () => {
    const foreign = await generateKeyPair('RS256');
    const forged = await new SignJWT({
      pid: pids.sophie,
      acr: 'idporten-loa-substantial',
      scope: 'altinn:instances.read',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setExpirationTime('2m')
      .sign(foreign.privateKey);
    for (const token of [undefined, 'not-a-jwt', forged]) {
      const res = await get(emu, exchangePath, token);
      expect(res.status).toBe(401);
      expect(await res.text()).toBe('');
    }
  });

  it('answers 401 for a person the platform does not know', async () => {
    const res = await get(emu, exchangePath, await idportenToken(emu, '08829698278'));
    expect(res.status).toBe(401);
  });

  it('accepts an ID-porten token just past its expiry (the exchange allows 10 s of clock skew)', async () => {
    const token = await idportenToken(emu, pids.sophie, { expiresIn: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // Still inside the 10 s skew: accepted.
    expect((await get(emu, exchangePath, token)).status).toBe(200);
  });

  it('answers 403 when the token carries no altinn: scope', async () => {
    const res = await get(
      emu,
      exchangePath,
      await idportenToken(emu, pids.sophie, { scope: 'openid profile' }),
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('');
  });

  it('answers 400 text for an unknown provider, and 401 for providers it does not emulate', async () => {
    const res = await get(emu, '/authentication/api/v1/exchange/facebook', 'x');
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(
      "Invalid token provider: facebook. Trusted token providers are 'Maskinporten', 'Id-porten' and 'AltinnStudio'.",
    );
    expect((await get(emu, '/authentication/api/v1/exchange/maskinporten', 'x')).status).toBe(401);
  });
});

describe('GET /authentication/api/v1/refresh', () => {
  it('re-signs the claims with exp = now + 30 minutes', async () => {
    const token = await altinnToken(emu, pids.sophie);
    const res = await get(emu, '/authentication/api/v1/refresh', token);
    expect(res.status).toBe(200);
    const claims = decodeJwt(await res.text());
    expect(Number(claims['exp']) - Math.floor(Date.now() / 1000)).toBeGreaterThan(1790);
    expect(Number(claims['exp']) - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(1800);
    expect(claims['urn:altinn:userid']).toBe('1337');
    expect(claims['sid']).toBe(decodeJwt(token)['sid']);
  });

  it('follows the settings for its lifetime', async () => {
    await fetch(`${emu.platformUrl}/__emulator/settings`, {
      method: 'POST',
      body: JSON.stringify({ altinnRefreshTokenTtl: 60 }),
    });
    const res = await get(emu, '/authentication/api/v1/refresh', await altinnToken(emu, pids.sophie));
    const claims = decodeJwt(await res.text());
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(60);
    await fetch(`${emu.platformUrl}/__emulator/reset`, { method: 'POST' });
  });

  it('accepts the AltinnStudioRuntime cookie and refuses missing or expired tokens with 401', async () => {
    const token = await altinnToken(emu, pids.sophie);
    const viaCookie = await get(emu, '/authentication/api/v1/refresh', undefined, {
      headers: { Cookie: `AltinnStudioRuntime=${token}` },
    });
    expect(viaCookie.status).toBe(200);
    expect((await get(emu, '/authentication/api/v1/refresh')).status).toBe(401);
    const shortLived = await altinnToken(emu, pids.sophie, { expiresIn: 1 });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    // ClockSkew 0 on the platform: an expired Altinn token is refused at once.
    const expired = await get(emu, '/authentication/api/v1/refresh', shortLived);
    expect(expired.status).toBe(401);
    expect(await expired.text()).toBe('');
  });
});

describe('Altinn OpenID discovery', () => {
  it('publishes the issuer and a JWKS that verifies exchanged tokens', async () => {
    const res = await get(emu, '/authentication/api/v1/openid/.well-known/openid-configuration');
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc['issuer']).toBe(`${emu.platformUrl}/authentication/api/v1/openid/`);
    expect(doc['jwks_uri']).toBe(
      `${emu.platformUrl}/authentication/api/v1/openid/.well-known/openid-configuration/jwks`,
    );
    const jwks = (await (await fetch(String(doc['jwks_uri']))).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig' });
    const token = await altinnToken(emu, pids.sophie);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(jwks.keys[0]?.['kid']).toBe(header['kid']);
  });
});
