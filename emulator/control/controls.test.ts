import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import { altinnToken, get, startTestEmulator } from '../platform/test-client.ts';
import { ids, pids } from '../platform/test-fixture.ts';

let emu: RunningEmulator;
let sophie: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  sophie = await altinnToken(emu, pids.sophie);
});
afterEach(async () => {
  await control('POST', '/__emulator/reset');
});
afterAll(async () => {
  await emu.close();
});

function control(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${emu.platformUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A raw request that reports how many body bytes arrived before the connection ended. */
function rawGet(path: string, token: string): Promise<{ status?: number; bytes: number; error?: string }> {
  return new Promise((resolve) => {
    const req = request(
      `${emu.platformUrl}${path}`,
      { headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode, bytes }));
        res.on('error', (error) => resolve({ status: res.statusCode, bytes, error: error.message }));
        res.on('aborted', () => resolve({ status: res.statusCode, bytes, error: 'aborted' }));
      },
    );
    req.on('error', (error) => resolve({ bytes: 0, error: error.message }));
    req.end();
  });
}

describe('GET /__emulator/users', () => {
  it('lists persons with pid as an 11-digit string and numeric ids and counts', async () => {
    const users = (await (await control('GET', '/__emulator/users')).json()) as Record<string, unknown>[];
    const sophieRow = users.find((u) => u['userId'] === 1337);
    expect(sophieRow).toEqual({
      pid: pids.sophie,
      name: 'Sophie Salt',
      userId: 1337,
      partyId: 501337,
      partyCount: 6,
    });
    for (const user of users) expect(user['pid']).toMatch(/^\d{11}$/);
  });
});

describe('POST /__emulator/idporten/token', () => {
  it('mints tokens and refuses bad requests with 400', async () => {
    const ok = await control('POST', '/__emulator/idporten/token', { pid: pids.sophie });
    expect(ok.status).toBe(200);
    expect(Object.keys((await ok.json()) as object).sort()).toEqual([
      'access_token',
      'expires_in',
      'id_token',
    ]);
    expect((await control('POST', '/__emulator/idporten/token', { pid: '123' })).status).toBe(400);
    expect(
      (await control('POST', '/__emulator/idporten/token', { pid: pids.sophie, acr: 'Level9' })).status,
    ).toBe(400);
    expect(
      (await fetch(`${emu.platformUrl}/__emulator/idporten/token`, { method: 'POST', body: '{' })).status,
    ).toBe(400);
  });
});

describe('POST /__emulator/faults', () => {
  it('answers 429 with Retry-After the given number of times, then recovers', async () => {
    const add = await control('POST', '/__emulator/faults', {
      method: 'GET',
      path: '/storage/api/v1/instances',
      status: 429,
      times: 2,
      retryAfter: 3,
    });
    expect(add.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const res = await get(emu, '/storage/api/v1/instances?instanceOwner.partyId=501337', sophie);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('3');
    }
    expect((await get(emu, '/storage/api/v1/instances?instanceOwner.partyId=501337', sophie)).status).toBe(
      200,
    );
  });

  it('sends a malformed body that JSON parsing rejects', async () => {
    await control('POST', '/__emulator/faults', {
      method: 'GET',
      path: '/storage',
      malformed: true,
      times: 1,
    });
    const res = await get(emu, '/storage/api/v1/instances?instanceOwner.partyId=501337', sophie);
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('delays requests', async () => {
    await control('POST', '/__emulator/faults', {
      method: 'GET',
      path: '/storage/api/v1/applications',
      delayMs: 300,
      times: 1,
    });
    const started = Date.now();
    expect((await get(emu, '/storage/api/v1/applications')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('drops connections, mid-body for downloads, and keeps serving afterwards', async () => {
    await control('POST', '/__emulator/faults', {
      method: 'GET',
      path: '/storage/api/v1/instances',
      drop: true,
      times: 1,
    });
    const dropped = await rawGet('/storage/api/v1/instances?instanceOwner.partyId=501337', sophie);
    expect(dropped.status).toBeUndefined();
    expect(dropped.error).toBeDefined();

    await control('POST', '/__emulator/faults', {
      method: 'GET',
      path: `/storage/api/v1/instances/501337/${ids.active}/data`,
      drop: true,
      times: 1,
    });
    const half = await rawGet(`/storage/api/v1/instances/501337/${ids.active}/data/${ids.bigFile}`, sophie);
    expect(half.status).toBe(200);
    expect(half.error).toBeDefined();
    expect(half.bytes).toBeGreaterThan(0);
    expect(half.bytes).toBeLessThan(1_000_000);

    const whole = await rawGet(`/storage/api/v1/instances/501337/${ids.active}/data/${ids.bigFile}`, sophie);
    expect(whole).toEqual({ status: 200, bytes: 1_000_000 });
  });

  it('validates faults, lists them and clears them with DELETE', async () => {
    expect((await control('POST', '/__emulator/faults', { path: 'storage' })).status).toBe(400);
    expect((await control('POST', '/__emulator/faults', { path: '/storage', status: 'x' })).status).toBe(400);
    await control('POST', '/__emulator/faults', { method: 'GET', path: '/storage', status: 503 });
    expect(((await (await control('GET', '/__emulator/faults')).json()) as unknown[]).length).toBe(1);
    const failing = await get(emu, '/storage/api/v1/applications');
    expect(failing.status).toBe(503);
    expect(failing.headers.get('retry-after')).toBe('1');
    await control('DELETE', '/__emulator/faults');
    expect((await get(emu, '/storage/api/v1/applications')).status).toBe(200);
  });

  it('never applies to the control routes themselves', async () => {
    await control('POST', '/__emulator/faults', { path: '/', status: 500 });
    expect((await control('GET', '/__emulator/users')).status).toBe(200);
  });
});

describe('settings, reset and datasets', () => {
  it('validates settings and reset restores defaults', async () => {
    expect((await control('POST', '/__emulator/settings', { nonsense: 1 })).status).toBe(400);
    expect((await control('POST', '/__emulator/settings', { altinnRefreshTokenTtl: -5 })).status).toBe(400);
    const set = await control('POST', '/__emulator/settings', {
      idportenAccessTokenTtl: 30,
      profileRefused: true,
    });
    expect(await set.json()).toMatchObject({ idportenAccessTokenTtl: 30, profileRefused: true });
    await control('POST', '/__emulator/reset');
    expect(await (await control('GET', '/__emulator/settings')).json()).toMatchObject({
      idportenAccessTokenTtl: 120,
      profileRefused: false,
    });
  });

  it('loads a folder in localtest layout, and refuses relative or missing folders', async () => {
    expect((await control('POST', '/__emulator/dataset', { dir: 'relative/path' })).status).toBe(400);
    expect((await control('POST', '/__emulator/dataset', { dir: '/nonexistent/dataset' })).status).toBe(400);
    expect((await control('POST', '/__emulator/dataset', {})).status).toBe(400);
    const dir = writeLocaltestFolder();
    try {
      const loaded = await control('POST', '/__emulator/dataset', { dir });
      expect(loaded.status).toBe(200);
      const users = (await (await control('GET', '/__emulator/users')).json()) as Record<string, unknown>[];
      expect(users).toEqual([
        { pid: '01017512345', name: 'Ola Nordmann', userId: 12345, partyId: 512345, partyCount: 3 },
      ]);
      const ola = await altinnToken(emu, '01017512345');
      const parties = (await (
        await get(emu, '/authorization/api/v1/parties?userId=12345', ola)
      ).json()) as Record<string, unknown>[];
      expect(parties[1]).toMatchObject({
        partyId: 500000,
        organization: null,
        childParties: [{ partyId: 500001 }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generates a dataset on request, with dates around now, and refuses incomplete parameters', async () => {
    const own = await startTestEmulator();
    try {
      const post = (body: unknown): Promise<Response> =>
        fetch(`${own.platformUrl}/__emulator/dataset`, { method: 'POST', body: JSON.stringify(body) });
      expect((await post({ generate: { parties: 50, instances: 300 } })).status).toBe(400);
      const res = await post({ generate: { parties: 50, instances: 300, seed: 2 } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ users: 4, instances: expect.any(Number) as number });
      expect(own.store.partyInstances(600001)).toHaveLength(300);
      const token = await altinnToken(own, '15867525057');
      const page = (await (
        await get(own, '/storage/api/v1/instances?instanceOwner.partyId=600001&size=5', token)
      ).json()) as { instances: { lastChanged: string }[] };
      expect(page.instances).toHaveLength(5);
      const newest = Date.parse(page.instances[0]?.lastChanged ?? '');
      expect(newest).toBeLessThanOrEqual(Date.now());
      expect(newest).toBeGreaterThan(Date.now() - 30 * 86_400_000);
    } finally {
      await own.close();
    }
  });

  it('answers 404 for unknown control routes', async () => {
    expect((await control('GET', '/__emulator/nothing')).status).toBe(404);
  });
});

/** A dataset in localtest's own shapes: PascalCase profile, string ids, `organisation`, a BOM. */
function writeLocaltestFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'innboks-dataset-'));
  const write = (relative: string, value: unknown): void => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, `\uFEFF${JSON.stringify(value, null, 2)}`);
  };
  write('Profile/User/12345.json', {
    UserId: 12345,
    UserName: 'OlaNordmann',
    PartyId: 512345,
    Party: { partyId: '512345', partyUuid: 'c7a7d2a5-0b6e-4e55-9b0e-2a9a1b6f1c01', ssn: '01017512345' },
    UserType: 1,
    ProfileSettingPreference: { Language: 'nb', doNotPromptForParty: true },
  });
  const node = (partyId: string, name: string, children: unknown = null): Record<string, unknown> => ({
    partyId,
    partyUuid: null,
    partyTypeName: 2,
    orgNumber: '897069650',
    unitType: 'AS',
    name,
    isDeleted: false,
    onlyHierarchyElementWithNoAccess: false,
    person: null,
    organisation: null,
    childParties: children,
  });
  write('Register/Party/512345.json', {
    ...node('512345', 'Ola Nordmann'),
    partyTypeName: 1,
    ssn: '01017512345',
  });
  write('Register/Person/01017512345.json', { SSN: '01017512345', Name: 'Ola Nordmann', FirstName: 'Ola' });
  write('authorization/partylist/12345.json', [
    { ...node('512345', 'Ola Nordmann'), partyTypeName: 1, ssn: '01017512345' },
    node('500000', 'DDG Fitness AS', [node('500001', 'DDG Fitness Oslo')]),
  ]);
  return root;
}
