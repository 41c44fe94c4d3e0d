import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { generateDataset } from '../generate/generator.ts';
import type { RunningEmulator } from '../main.ts';
import { defaultDataDir } from '../main.ts';
import { loadDataset } from '../store/load-dataset.ts';
import { get, startTestEmulator } from './test-client.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterEach(async () => {
  await fetch(`${emu.platformUrl}/__emulator/reset`, { method: 'POST' });
});
afterAll(async () => {
  await emu.close();
});

type Orgs = Record<string, { name: Record<string, string>; orgnr: string }>;

describe('GET /orgs/altinn-orgs.json (the altinncdn.no stand-in)', () => {
  it('serves the dataset orgs as {"orgs": {...}} without a token, with CDN caching headers', async () => {
    const res = await get(emu, '/orgs/altinn-orgs.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{20,}"$/);
    expect(Number.isNaN(Date.parse(res.headers.get('last-modified') ?? ''))).toBe(false);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({
      orgs: {
        ttd: {
          name: { nb: 'Testdepartementet', nn: 'Testdepartementet', en: 'Test Ministry' },
          orgnr: '991825827',
        },
      },
    });
  });

  it('revalidates: a matching If-None-Match gets 304 with no body, another tag the file', async () => {
    const first = await get(emu, '/orgs/altinn-orgs.json?v=1');
    const etag = first.headers.get('etag') ?? '';
    const again = await get(emu, '/orgs/altinn-orgs.json', undefined, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await get(emu, '/orgs/altinn-orgs.json', undefined, {
      headers: { 'If-None-Match': '"something-else"' },
    });
    expect(other.status).toBe(200);
  });

  it('answers HEAD with the length and no body; other methods 405; other paths and casings 404', async () => {
    const full = await get(emu, '/orgs/altinn-orgs.json');
    const size = (await full.arrayBuffer()).byteLength;
    const head = await get(emu, '/orgs/altinn-orgs.json', undefined, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(size);
    const post = await get(emu, '/orgs/altinn-orgs.json', undefined, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await get(emu, '/orgs/other.json')).status).toBe(404);
    expect((await get(emu, '/ORGS/altinn-orgs.json')).status).toBe(404);
    expect((await get(emu, '/storage/api/v1/orgs/altinn-orgs.json')).status).toBe(404);
  });

  it('follows a dataset swap (new names, new ETag) and can be failed with a fault', async () => {
    const before = (await get(emu, '/orgs/altinn-orgs.json')).headers.get('etag');
    const swap = await fetch(`${emu.platformUrl}/__emulator/dataset`, {
      method: 'POST',
      body: JSON.stringify({ dir: defaultDataDir }),
    });
    expect(swap.status).toBe(200);
    const res = await get(emu, '/orgs/altinn-orgs.json');
    expect(res.headers.get('etag')).not.toBe(before);
    const orgs = ((await res.json()) as { orgs: Orgs }).orgs;
    expect(orgs['skd']).toEqual({
      name: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'Norwegian Tax Administration' },
      logo: null,
      orgnr: '974761076',
      homepage: 'https://www.skatteetaten.no',
      environments: ['tt02', 'production'],
    });

    await fetch(`${emu.platformUrl}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ path: '/orgs/', status: 503, times: 1 }),
    });
    const failed = await get(emu, '/orgs/altinn-orgs.json');
    expect(failed.status).toBe(503);
    expect((await get(emu, '/orgs/altinn-orgs.json')).status).toBe(200);
  });
});

describe('orgs in every dataset', () => {
  it('the generator names every service owner of its apps in nb, nn and en', () => {
    const dataset = loadDataset(generateDataset({ parties: 5, instances: 5, seed: 3, now: Date.now() }));
    const orgs = dataset.orgs as Orgs;
    const owners = new Set([...dataset.apps.values()].map((app) => app.org));
    expect(owners.size).toBeGreaterThan(3);
    for (const org of owners) expect(Object.keys(orgs[org]?.name ?? {}).sort()).toEqual(['en', 'nb', 'nn']);
  });
});

describe('vite.config.ts /cdn proxy', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'innboks-cdn-proxy-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('forwards /cdn/* to the emulator with the prefix stripped, next to /platform/*', async () => {
    // Its own emulator with the fixture's single org, so an answer from any other emulator shows.
    const own = await startTestEmulator();
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>x</title>');
    const saved = process.env['PLATFORM_URL'];
    process.env['PLATFORM_URL'] = own.platformUrl;
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    const server = await preview({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir },
      preview: { port: 0, strictPort: false, open: false },
    });
    try {
      const { port } = server.httpServer.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const viaProxy = await fetch(`${base}/cdn/orgs/altinn-orgs.json`);
      expect(viaProxy.status).toBe(200);
      expect(Object.keys(((await viaProxy.json()) as { orgs: Orgs }).orgs)).toEqual(['ttd']);
      const platform = await fetch(`${base}/platform/storage/api/v1/applications/ttd`);
      expect(platform.status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env['PLATFORM_URL'];
      else process.env['PLATFORM_URL'] = saved;
      await server.close();
      await own.close();
    }
  });
});
