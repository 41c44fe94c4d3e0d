/**
 * Peak JavaScript heap while the app downloads the generated 300 MiB file and zips fifty 2 MB
 * files (src/features/downloads/README.md): the page's heap and the download service worker's,
 * sampled over CDP every 100 ms, growth over the sample taken just before the click.
 */
import { rm } from 'node:fs/promises';

import type { Browser, CDPSession, Page } from '@playwright/test';

import type { EmulatorClient } from '../../e2e/support/emulator.ts';
import { PLATFORM_URL } from '../../e2e/support/urls.ts';
import { APP_URL, newProbedContext, signIn } from '../lib/browser.ts';
import { ACCOUNTANT } from './partyPicker.ts';

const BIG_FILE = '600000/3906f4f3-5b88-4f36-93cb-c89412429621';
const FIFTY_SCANS = '600000/0dc5cd59-5452-45bf-bef0-2f877ab77384';

export interface HeapPeak {
  baseline: number;
  peak: number;
  samples: number;
}

export interface DownloadRun {
  seconds: number;
  page: HeapPeak;
  worker: HeapPeak | null;
}

/** Which folder an instance is listed in, asked of the platform with a minted token. */
async function instancePath(emulator: EmulatorClient, instanceId: string): Promise<string> {
  const minted = await emulator.mintIdportenToken({ pid: ACCOUNTANT.pid });
  const exchanged = await fetch(`${PLATFORM_URL}/authentication/api/v1/exchange/id-porten`, {
    headers: { Authorization: `Bearer ${minted.access_token}` },
  });
  const token = (await exchanged.text()).replace(/"/g, '').trim();
  const instance = (await (
    await fetch(`${PLATFORM_URL}/storage/api/v1/instances/${instanceId}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json()) as { status?: { isArchived?: boolean } };
  const [party, guid] = instanceId.split('/');
  return `/parties/${party}/${instance.status?.isArchived ? 'archive' : 'inbox'}/${guid}`;
}

function sampler(read: () => Promise<number>) {
  const series: HeapPeak = { baseline: 0, peak: 0, samples: 0 };
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
          .finally(() => (busy = false));
      }, 100);
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

async function pageHeap(cdp: CDPSession): Promise<number> {
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/** The download worker's own isolate, through the browser-level CDP session (null if not reachable). */
async function workerProbe(
  browser: Browser,
): Promise<{ used: () => Promise<number>; close: () => Promise<void> } | null> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/download-sw.js'));
  if (!target) {
    await cdp.detach();
    return null;
  }
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as {
    sessionId: string;
  };
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  return {
    used: async () => {
      nextId += 1;
      const id = nextId;
      const result = new Promise<unknown>((resolve) => waiting.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
      });
      return ((await result) as { usedSize: number }).usedSize;
    },
    close: () => cdp.detach(),
  };
}

/** The app's own registration, made ahead so the worker has a heap baseline before the click. */
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

async function measureDownload(browser: Browser, page: Page, buttonName: string): Promise<DownloadRun> {
  const button = page.getByRole('button', { name: buttonName });
  await button.waitFor({ timeout: 60_000 });
  await registerWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const worker = await workerProbe(browser);
  const pageSampler = sampler(() => pageHeap(cdp));
  const workerSampler = worker ? sampler(worker.used) : null;
  await pageSampler.start();
  await workerSampler?.start();
  const started = Date.now();
  try {
    const event = page.waitForEvent('download', { timeout: 180_000 });
    await button.click();
    const download = await event;
    const failure = await download.failure();
    if (failure) throw new Error(`download failed: ${failure}`);
    const path = await download.path();
    const seconds = (Date.now() - started) / 1000;
    if (path) await rm(path, { force: true });
    return {
      seconds,
      page: { ...pageSampler.series },
      worker: workerSampler ? { ...workerSampler.series } : null,
    };
  } finally {
    pageSampler.stop();
    workerSampler?.stop();
    await worker?.close();
    await cdp.detach();
  }
}

export async function downloadRuns(
  browser: Browser,
  emulator: EmulatorClient,
): Promise<{ file300MiB: DownloadRun; zip50x2MB: DownloadRun }> {
  const context = await newProbedContext(browser);
  const page = await context.newPage();
  try {
    const bigPath = await instancePath(emulator, BIG_FILE);
    await signIn(page, { pid: ACCOUNTANT.pid, from: bigPath });
    const file300MiB = await measureDownload(browser, page, 'Last ned eksport-300MiB.csv');
    await page.goto(`${APP_URL}${await instancePath(emulator, FIFTY_SCANS)}`);
    const zip50x2MB = await measureDownload(browser, page, 'Last ned alt (ZIP)');
    return { file300MiB, zip50x2MB };
  } finally {
    await context.close();
  }
}
