import { connect } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import { altinnToken, get, startTestEmulator } from './test-client.ts';
import { ids, pids } from './test-fixture.ts';

let emu: RunningEmulator;
let sophie: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  sophie = await altinnToken(emu, pids.sophie);
});
afterAll(async () => {
  await emu.close();
});

/** Sends raw bytes and returns whatever comes back before the server closes or 1 s passes. */
function raw(bytes: string): Promise<string> {
  const url = new URL(emu.platformUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    const timer = setTimeout(() => socket.destroy(), 1000);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

describe('bad input never crashes the platform', () => {
  it('answers odd paths and queries with the real statuses and no stack traces', async () => {
    const cases: [string, number][] = [
      [`/storage/api/v1/instances?instanceOwner.partyId=501337&size=%ZZ`, 400],
      [`/storage/api/v1/instances?instanceOwner.partyId=99999999999`, 400],
      [`/storage/api/v1/instances?instanceOwner.partyId=501337&size=-1`, 200],
      [`/storage/api/v1/instances?instanceOwner.partyId=501337&created=lt:2020-13-45`, 400],
      [`/storage/api/v1/instances?instanceOwner.partyId=501337&${'x'.repeat(6000)}=1`, 200],
      [`/storage/api/v1/instances/501337/${ids.active}%00`, 404],
      [`/storage/api/v1/instances/%2e%2e/%2e%2e/etc/passwd`, 404],
      [`/storage/api/v1/instances/501337/${ids.active}/data/..%2f..%2fpackage.json`, 404],
      [`/storage/api/v1/applications/ttd/skjema/texts/%E0%A4%A`, 400],
      [`/authorization/api/v1/parties?userId=1337&userId=abc`, 200],
      [`/profile/api/v1/users/current?%`, 200],
    ];
    for (const [path, status] of cases) {
      const res = await get(emu, path, sophie);
      const body = await res.text();
      expect(res.status, path).toBe(status);
      expect(body, path).not.toMatch(/\bat .+\.ts:\d+/);
    }
  });

  it('survives malformed HTTP on the socket and keeps serving', async () => {
    expect(await raw('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(
      await raw(`GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nX: ${'b'.repeat(20_000)}\r\n\r\n`),
    ).toMatch(/^HTTP\/1\.1 431/);
    expect(
      await raw(
        'GET http://elsewhere.invalid/storage/api/v1/applications HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      ),
    ).toMatch(/^HTTP\/1\.1 400/);
    const res = await get(emu, '/storage/api/v1/applications');
    expect(res.status).toBe(200);
  });

  it('answers HEAD with 405 like ASP.NET, so a HEAD never marks a download read', async () => {
    const head = await get(emu, `/storage/api/v1/instances/501337/${ids.active}/data/${ids.pdf}`, sophie, {
      method: 'HEAD',
    });
    expect(head.status).toBe(405);
    const instance = (await (await get(emu, `/storage/api/v1/instances/${ids.active}`, sophie)).json()) as {
      data: { id: string; isRead: boolean }[];
    };
    expect(instance.data.find((d) => d.id === ids.pdf)?.isRead).toBe(false);
  });

  it('refuses oversized and broken control bodies', async () => {
    const huge = await fetch(`${emu.platformUrl}/__emulator/settings`, {
      method: 'POST',
      body: 'x'.repeat(200_000),
    });
    expect(huge.status).toBe(413);
    const broken = await fetch(`${emu.platformUrl}/__emulator/faults`, { method: 'POST', body: '[1,2' });
    expect(broken.status).toBe(400);
    expect((await get(emu, `/storage/api/v1/instances/${ids.active}`, sophie)).status).toBe(200);
  });
});
