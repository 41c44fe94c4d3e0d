import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, CDPSession, Download, Page, TestInfo } from '@playwright/test';
import { unzipSync } from 'fflate';

import type { EmulatorClient } from './support/emulator.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/login.ts';
import { screenshot } from './support/screenshots.ts';
import { PLATFORM_URL } from './support/urls.ts';

// Downloads (issue 5): one file, everything in an instance and a whole archive go through the
// download service worker to the browser's own download manager. Bytes are compared with what
// the emulator's platform API serves for the same data element, fetched here with a minted token.

const DEFAULT_DATASET = path.resolve('emulator/datasets/default');

// --- platform access from the test (Node), with a token minted by the emulator ---------------

async function altinnToken(emulator: EmulatorClient, pid: string): Promise<string> {
  const minted = await emulator.mintIdportenToken({ pid });
  const exchanged = await fetch(`${PLATFORM_URL}/authentication/api/v1/exchange/id-porten`, {
    headers: { Authorization: `Bearer ${minted.access_token}` },
  });
  expect(exchanged.status, 'token exchange').toBe(200);
  const shortLived = (await exchanged.text()).replace(/"/g, '').trim();
  const refreshed = await fetch(`${PLATFORM_URL}/authentication/api/v1/refresh`, {
    headers: { Authorization: `Bearer ${shortLived}` },
  });
  expect(refreshed.status, 'token refresh').toBe(200);
  return (await refreshed.text()).replace(/"/g, '').trim();
}

async function platformGet(token: string, pathAndQuery: string): Promise<Response> {
  const response = await fetch(`${PLATFORM_URL}${pathAndQuery}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status, `GET ${pathAndQuery.split('?')[0]}`).toBe(200);
  return response;
}

async function platformJson<T>(token: string, pathAndQuery: string): Promise<T> {
  return (await (await platformGet(token, pathAndQuery)).json()) as T;
}

function dataPath(instanceId: string, dataGuid: string): string {
  return `/storage/api/v1/instances/${instanceId}/data/${dataGuid}`;
}

async function sha256OfResponse(response: Response): Promise<{ hash: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    hash.update(chunk.value);
    size += chunk.value.length;
  }
  return { hash: hash.digest('hex'), size };
}

async function sha256OfFile(file: string): Promise<{ hash: string; size: number }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { hash: hash.digest('hex'), size: (await stat(file)).size };
}

async function savedPath(download: Download): Promise<string> {
  const failure = await download.failure();
  expect(failure, 'the browser finished the download').toBeNull();
  const file = await download.path();
  expect(file).toBeTruthy();
  return file as string;
}

interface StorageInstance {
  id: string;
  appId: string;
  lastChanged: string;
  status: { archived?: string; isArchived?: boolean };
  data: {
    id: string;
    dataType: string;
    filename?: string;
    contentType: string;
    size: number;
    fileScanResult: string;
  }[];
}

// --- heap sampling: the page and the download worker, every 100 ms over CDP -------------------

interface HeapSeries {
  target: string;
  baseline: number;
  peak: number;
  samples: number;
}

/** Talks to the service worker's own V8 isolate through the browser-level CDP session. */
async function workerHeapProbe(
  browser: Browser,
): Promise<{ used: () => Promise<number>; close: () => Promise<void> }> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/download-sw.js'));
  expect(target, 'the download worker is running').toBeDefined();
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target?.targetId ?? '',
    flatten: false,
  })) as { sessionId: string };
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const call = async (method: string): Promise<unknown> => {
    nextId += 1;
    const id = nextId;
    const result = new Promise<unknown>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    return result;
  };
  return {
    used: async () => ((await call('Runtime.getHeapUsage')) as { usedSize: number }).usedSize,
    close: () => cdp.detach(),
  };
}

async function pageRuntimeHeap(cdp: CDPSession): Promise<number> {
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

async function pageHeap(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

function sampler(name: string, read: () => Promise<number>) {
  const series: HeapSeries = { target: name, baseline: 0, peak: 0, samples: 0 };
  let timer: NodeJS.Timeout | null = null;
  let busy = false;
  return {
    series,
    async start() {
      series.baseline = await read();
      series.peak = series.baseline;
      timer = setInterval(() => {
        if (busy) return;
        busy = true;
        void read()
          .then((used) => {
            series.peak = Math.max(series.peak, used);
            series.samples += 1;
          })
          .catch(() => undefined)
          .finally(() => {
            busy = false;
          });
      }, 100);
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

const MB = 1024 * 1024;

// --- the worker's registration, made ahead so its heap can be sampled from the start ----------

function instancePath(instance: StorageInstance & { status: { isArchived?: boolean } }): string {
  const [party, guid] = instance.id.split('/');
  return `/parties/${party}/${instance.status.isArchived ? 'archive' : 'inbox'}/${guid}`;
}

async function registerWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register('/download-sw.js', {
      scope: '/download/',
      type: 'module',
    });
    if (registration.active) return;
    const installing = registration.installing ?? registration.waiting;
    await new Promise<void>((resolve) => {
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'activated') resolve();
      });
    });
  });
}

test.describe('downloads at scale (generated dataset)', () => {
  test.afterEach(async ({ emulator }) => {
    await emulator.dataset({ dir: DEFAULT_DATASET });
  });

  test('a 300 MiB file and a ZIP of fifty 2 MB files download from the app with a bounded heap in the page and the worker', async ({
    page,
    browser,
    emulator,
  }, testInfo: TestInfo) => {
    test.setTimeout(300_000);
    await emulator.dataset({ generate: { parties: 10, instances: 100, seed: 1 } });
    const rita = await emulator.user('Rita Revisor');
    const token = await altinnToken(emulator, rita.pid);

    // One 300 MiB file, from its instance view in the app.
    const big = await platformJson<StorageInstance>(
      token,
      '/storage/api/v1/instances/600000/3906f4f3-5b88-4f36-93cb-c89412429621',
    );
    const csv = big.data.find((d) => d.filename === 'eksport-300MiB.csv');
    expect(csv?.size).toBe(314_572_800);
    await signIn(page, { person: 'Rita Revisor', from: instancePath(big) });
    await expect(page.getByRole('button', { name: 'Last ned eksport-300MiB.csv' })).toBeVisible();
    const pageCdp = await page.context().newCDPSession(page);
    await pageCdp.send('Performance.enable');
    // The same registration the app makes on its first download, made first so the worker's
    // heap has a baseline before the download starts.
    await registerWorker(page);
    const worker = await workerHeapProbe(browser);
    const pageSampler = sampler('page', () => pageHeap(pageCdp));
    const pageRuntime = sampler('page (Runtime.getHeapUsage)', () => pageRuntimeHeap(pageCdp));
    const workerSampler = sampler('download worker', worker.used);
    await pageSampler.start();
    await pageRuntime.start();
    await workerSampler.start();
    const started = Date.now();
    const downloadEvent = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Last ned eksport-300MiB.csv' }).click();
    const download = await downloadEvent;
    const file = await savedPath(download);
    const fileSeconds = (Date.now() - started) / 1000;
    pageSampler.stop();
    pageRuntime.stop();
    workerSampler.stop();
    expect(download.suggestedFilename()).toBe('eksport-300MiB.csv');
    const expected = await sha256OfResponse(await platformGet(token, dataPath(big.id, csv?.id ?? '')));
    expect(await sha256OfFile(file)).toEqual(expected);
    const fileFigures = [pageSampler.series, pageRuntime.series, workerSampler.series];

    // Fifty 2 MB files as one ZIP.
    const scans = await platformJson<StorageInstance>(
      token,
      '/storage/api/v1/instances/600000/0dc5cd59-5452-45bf-bef0-2f877ab77384',
    );
    expect(scans.data.filter((d) => d.contentType === 'image/png')).toHaveLength(50);
    await page.goto(instancePath(scans));
    const zipButton = page.getByRole('button', { name: 'Last ned alt (ZIP)' });
    await expect(zipButton).toBeVisible();
    const zipCdp = await page.context().newCDPSession(page);
    await zipCdp.send('Performance.enable');
    const zipPage = sampler('page', () => pageHeap(zipCdp));
    const zipRuntime = sampler('page (Runtime.getHeapUsage)', () => pageRuntimeHeap(zipCdp));
    const zipWorker = sampler('download worker', worker.used);
    await zipPage.start();
    await zipRuntime.start();
    await zipWorker.start();
    const zipStarted = Date.now();
    const zipEvent = page.waitForEvent('download', { timeout: 120_000 });
    await zipButton.click();
    const zipFile = await savedPath(await zipEvent);
    const zipSeconds = (Date.now() - zipStarted) / 1000;
    zipPage.stop();
    zipRuntime.stop();
    zipWorker.stop();
    await worker.close();
    const entries = unzipSync(new Uint8Array(await readFile(zipFile)));
    const pngs = Object.keys(entries).filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(50);
    const first = scans.data.find((d) => d.filename === 'skannet-side-01.png');
    const original = Buffer.from(
      await (await platformGet(token, dataPath(scans.id, first?.id ?? ''))).arrayBuffer(),
    );
    expect(Buffer.from(entries['skannet-side-01.png'] ?? new Uint8Array()).equals(original)).toBe(true);

    const figures = {
      method:
        'CDP every 100 ms: page = Performance.getMetrics JSHeapUsedSize and Runtime.getHeapUsage usedSize on the page target; worker = Runtime.getHeapUsage usedSize on the service_worker target (browser CDP session, Target.sendMessageToTarget). Peak minus the sample taken just before the download started.',
      file300MiB: { seconds: fileSeconds, series: fileFigures },
      zip50x2MB: { seconds: zipSeconds, series: [zipPage.series, zipRuntime.series, zipWorker.series] },
    };
    await testInfo.attach('download-heap.json', {
      body: JSON.stringify(figures, null, 2),
      contentType: 'application/json',
    });
    console.log(
      [
        ...fileFigures.map((s) => ['300 MiB file', s] as const),
        ...figures.zip50x2MB.series.map((s) => ['50×2 MB ZIP', s] as const),
      ]
        .map(
          ([what, s]) =>
            `${what} / ${s.target}: baseline ${(s.baseline / MB).toFixed(1)} MB, peak ${(s.peak / MB).toFixed(1)} MB, +${((s.peak - s.baseline) / MB).toFixed(1)} MB over ${s.samples} samples`,
        )
        .join('\n') + `\n300 MiB in ${fileSeconds.toFixed(1)} s; ZIP in ${zipSeconds.toFixed(1)} s`,
    );
    // The architecture's budget: a 300 MB download adds less than 50 MB to the JavaScript heap.
    for (const s of [...fileFigures, ...figures.zip50x2MB.series]) {
      expect(s.samples, `${s.target} was sampled`).toBeGreaterThan(3);
      expect(s.peak - s.baseline, `${s.target} heap growth`).toBeLessThan(50 * MB);
    }
  });
});

// --- journeys through the real sign-in and the app's own buttons --------------------------------

const SOPHIE = 'Sophie Salt';
const SOPHIE_PARTY = 501337;
const ARCHIVED = `${SOPHIE_PARTY}/4ed2550d-c860-4885-80be-e7eba32df0b6`;
const ARCHIVED_RICH = `${SOPHIE_PARTY}/2ebb56a2-0fed-49e2-9ae0-db2ddb78a3a1`;
// Sophie's profile language is nynorsk; the download texts below read the same in bokmål
// except where a regular expression allows both.
const ZIP_DIALOG = /La(g|ga)r ZIP-fil/;

function archivedPath(instanceId: string): string {
  const [party, guid] = instanceId.split('/');
  return `/parties/${party}/archive/${guid}`;
}

async function signedInAsSophie(page: Page, emulator: EmulatorClient, from: string) {
  const sophie = await emulator.user(SOPHIE);
  await signIn(page, { person: SOPHIE, from });
  await expect(page).toHaveURL((url) => url.pathname === from);
  return { sophie, token: await altinnToken(emulator, sophie.pid) };
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test.describe('downloads from the instance view and the Archive folder', () => {
  test('the receipt PDF downloads with its own name and exactly the bytes the platform holds', async ({
    page,
    emulator,
    urlLog,
  }) => {
    const { sophie, token } = await signedInAsSophie(page, emulator, archivedPath(ARCHIVED));
    const instance = await platformJson<StorageInstance>(token, `/storage/api/v1/instances/${ARCHIVED}`);
    const receipt = instance.data.find((d) => d.dataType === 'ref-data-as-pdf');
    expect(receipt?.filename).toBe('Samordnet registermelding.pdf');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Last ned ${receipt?.filename ?? ''}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Samordnet registermelding.pdf');
    const saved = await readFile(await savedPath(download));
    const original = Buffer.from(
      await (await platformGet(token, dataPath(ARCHIVED, receipt?.id ?? ''))).arrayBuffer(),
    );
    expect(saved.subarray(0, 5).toString()).toBe('%PDF-');
    expect(saved.equals(original)).toBe(true);
    urlLog.expectNoSecrets([sophie.pid]);
  });

  test('everything in an instance arrives as one ZIP with every file, index.json and the readme; the progress dialog passes axe', async ({
    page,
    emulator,
  }, testInfo) => {
    const { token } = await signedInAsSophie(page, emulator, archivedPath(ARCHIVED_RICH));
    const instance = await platformJson<StorageInstance>(token, `/storage/api/v1/instances/${ARCHIVED_RICH}`);
    // Slow the data a little so the dialog can be looked at while it works.
    await emulator.fault({
      method: 'GET',
      path: `/storage/api/v1/instances/${ARCHIVED_RICH}/data/`,
      delayMs: 700,
    });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned alt (ZIP)' }).click();
    const dialog = page.getByRole('dialog', { name: ZIP_DIALOG });
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeVisible();
    await expectNoAxeViolations(page, testInfo, 'zip-progress');
    await screenshot(page, testInfo, 'zip-progress');
    const zip = unzipSync(new Uint8Array(await readFile(await savedPath(await downloading))));
    await expect(dialog.getByText(/ZIP-fil(a|en) er lasta? ned/)).toBeVisible();
    await expectNoAxeViolations(page, testInfo, 'zip-done');
    await screenshot(page, testInfo, 'zip-done');

    const names = Object.keys(zip);
    expect(names).toContain('index.json');
    expect(names).toContain('LESMEG.txt');
    const index = JSON.parse(Buffer.from(zip['index.json'] ?? new Uint8Array()).toString('utf8')) as {
      complete: boolean;
      instance: { id: string; reference: string };
      files: { path: string; dataElementId: string; outcome: string; size: number; bytesWritten: number }[];
    };
    expect(index.complete).toBe(true);
    expect(index.instance.id).toBe(ARCHIVED_RICH);
    expect(index.instance.reference).toBe(ARCHIVED_RICH.slice(-12));
    expect(index.files.map((f) => f.dataElementId).sort()).toEqual(instance.data.map((d) => d.id).sort());
    expect(new Set(index.files.map((f) => f.path.toLowerCase())).size).toBe(instance.data.length);
    for (const file of index.files) {
      const original = Buffer.from(
        await (await platformGet(token, dataPath(ARCHIVED_RICH, file.dataElementId))).arrayBuffer(),
      );
      expect(Buffer.from(zip[file.path] ?? new Uint8Array()).equals(original), file.path).toBe(true);
      expect(file).toMatchObject({ outcome: 'ok', bytesWritten: original.length });
    }
    expect(Buffer.from(zip['LESMEG.txt'] ?? new Uint8Array()).toString('utf8')).toContain(
      ARCHIVED_RICH.slice(-12),
    );
  });

  test("a year of the party's archive exports with one folder per instance and an index matching the platform", async ({
    page,
    emulator,
  }, testInfo) => {
    test.setTimeout(120_000);
    const folder = `/parties/${SOPHIE_PARTY}/archive`;
    const { token } = await signedInAsSophie(page, emulator, folder);
    const now = new Date();
    const from = localDay(new Date(now.getFullYear() - 1, now.getMonth(), now.getDate() + 1));
    const to = localDay(now);

    await page.getByRole('button', { name: 'Eksporter arkiv' }).click();
    const chooser = page.getByRole('dialog', { name: 'Eksporter arkivet' });
    await chooser.getByLabel(/Fr(a|å) og med dato/).fill(from);
    await chooser.getByLabel('Til og med dato').fill(to);
    await expectNoAxeViolations(page, testInfo, 'export-chooser');
    await screenshot(page, testInfo, 'export-chooser');
    const downloading = page.waitForEvent('download');
    await chooser.getByRole('button', { name: 'Start eksport' }).click();
    const zip = unzipSync(new Uint8Array(await readFile(await savedPath(await downloading))));
    await expect(
      page.getByRole('dialog', { name: ZIP_DIALOG }).getByText(/ZIP-fil(a|en) er lasta? ned/),
    ).toBeVisible();

    // What the platform lists for the same window (paged through `next`).
    const gte = new Date(`${from}T00:00:00`).toISOString();
    const lt = new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString();
    const expected: StorageInstance[] = [];
    let next: string | null =
      `/storage/api/v1/instances?instanceOwner.partyId=${SOPHIE_PARTY}&status.isArchived=true&status.isSoftDeleted=false` +
      `&lastChanged=gte:${encodeURIComponent(gte)}&lastChanged=lt:${encodeURIComponent(lt)}&size=100`;
    while (next) {
      const page_: { instances: StorageInstance[]; next: string | null } = await platformJson(token, next);
      expected.push(...page_.instances);
      next = page_.next ? new URL(page_.next).pathname + new URL(page_.next).search : null;
    }
    expect(expected.length).toBeGreaterThan(3);

    const csv = Buffer.from(zip['index.csv'] ?? new Uint8Array());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
    // Sophie reads nynorsk: semicolons, as Norwegian Excel expects.
    const ids = rows.slice(1).map((row) => row.split(';').at(-1));
    expect(ids.sort()).toEqual(expected.map((i) => i.id).sort());
    const json = JSON.parse(Buffer.from(zip['index.json'] ?? new Uint8Array()).toString('utf8')) as {
      instances: { id: string; folder: string; reference: string; appId: string; files: number }[];
    };
    for (const instance of expected) {
      const row = json.instances.find((i) => i.id === instance.id);
      expect(row, instance.id).toBeDefined();
      expect(row?.reference).toBe(instance.id.slice(-12));
      expect(row?.appId).toBe(instance.appId);
      expect(row?.folder).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} .+ ${instance.id.slice(-12)}$`));
      expect(row?.files).toBe(instance.data.length);
      expect(zip[`${row?.folder ?? ''}/index.json`], `${row?.folder}/index.json`).toBeDefined();
      const firstFile = instance.data.find((d) => d.fileScanResult !== 'Infected');
      if (firstFile) {
        const inFolder = Object.keys(zip).filter((name) => name.startsWith(`${row?.folder ?? ''}/`));
        expect(inFolder.length).toBeGreaterThanOrEqual(instance.data.length);
      }
    }
  });

  test('a download cut off mid-way is reported and can be retried', async ({ page, emulator }, testInfo) => {
    // Behind a proxy a cut connection may only show as silence: the worker gives up after 20 s.
    test.setTimeout(120_000);
    const { token } = await signedInAsSophie(page, emulator, archivedPath(ARCHIVED));
    const instance = await platformJson<StorageInstance>(token, `/storage/api/v1/instances/${ARCHIVED}`);
    const receipt = instance.data.find((d) => d.dataType === 'ref-data-as-pdf');
    await emulator.fault({
      method: 'GET',
      path: dataPath(ARCHIVED, receipt?.id ?? ''),
      drop: true,
      times: 1,
    });

    await page.getByRole('button', { name: `Last ned ${receipt?.filename ?? ''}` }).click();
    const alert = page.getByRole('alert').filter({ hasText: receipt?.filename ?? '' });
    await expect(alert).toContainText(/brote?n før/, { timeout: 45_000 });
    await expectNoAxeViolations(page, testInfo, 'download-cut-off');
    await screenshot(page, testInfo, 'download-cut-off');

    const downloading = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    const saved = await readFile(await savedPath(await downloading));
    const original = Buffer.from(
      await (await platformGet(token, dataPath(ARCHIVED, receipt?.id ?? ''))).arrayBuffer(),
    );
    expect(saved.equals(original)).toBe(true);
    await expect(alert).toHaveCount(0);
  });
});
