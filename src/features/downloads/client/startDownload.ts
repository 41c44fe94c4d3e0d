import { currentAltinnToken, platformBasePath, renewedAltinnToken } from '../../../api/download';
import { DownloadError, toDownloadError } from '../engine/platformFetch';
import type { DownloadErrorKind, DownloadOutcome, DownloadPlan, DownloadProgress } from '../engine/types';
import { isJobToPage, jobUrl, newJobId, PING, startMessage, type PageToJob } from '../protocol';
import type { FallbackMode } from './fallback';
import { downloadWorker } from './serviceWorker';

export interface DownloadListener {
  onProgress(progress: DownloadProgress): void;
  onDone(outcome: DownloadOutcome): void;
  onError(kind: DownloadErrorKind, status: number): void;
}

export type DownloadMode = 'service-worker' | FallbackMode;

export interface RunningDownload {
  mode: DownloadMode;
  cancel(): void;
}

const READY_TIMEOUT_MS = 5_000;
// The browser may stop an idle worker after 30 s; a message now and then keeps it serving a long
// download even where a streaming response alone does not count as activity.
const PING_EVERY_MS = 10_000;

/**
 * Opens the tab for "open in new tab" synchronously inside the click, before any await, so the
 * popup blocker sees the person's gesture. The download then navigates it.
 */
export function openBlankTab(): Window | null {
  const tab = window.open('about:blank', '_blank');
  if (tab) tab.opener = null;
  return tab;
}

function hiddenFrame(url: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'download';
  frame.src = url;
  document.body.append(frame);
  return frame;
}

async function viaWorker(
  worker: ServiceWorker,
  plan: DownloadPlan,
  listener: DownloadListener,
  tab: Window | null,
): Promise<RunningDownload | null> {
  const token = currentAltinnToken();
  if (!token) return null;
  const base = await platformBasePath();
  const jobId = newJobId();
  const channel = new MessageChannel();
  const port = channel.port1;
  const send = (message: PageToJob): void => port.postMessage(message);
  let frame: HTMLIFrameElement | null = null;
  let ping: ReturnType<typeof setInterval> | null = null;
  let settled = false;
  const cleanUp = (): void => {
    settled = true;
    if (ping) clearInterval(ping);
    // Give the download manager time to take over the response before the frame goes.
    const f = frame;
    setTimeout(() => f?.remove(), 5_000);
    port.close();
  };

  const ready = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    port.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isJobToPage(message)) return;
      switch (message.type) {
        case 'ready':
          clearTimeout(timer);
          resolve(true);
          break;
        case 'need-token':
          void renewedAltinnToken().then((fresh) => send({ type: 'token', token: fresh }));
          break;
        case 'progress':
          if (!settled) listener.onProgress(message.progress);
          break;
        case 'done':
          if (!settled) listener.onDone(message.outcome);
          cleanUp();
          break;
        case 'error':
          if (!settled) listener.onError(message.kind, message.status);
          cleanUp();
          break;
        case 'started':
          break;
      }
    };
  });
  worker.postMessage(startMessage(jobId, plan, token, base), [channel.port2]);
  if (!(await ready)) {
    port.close();
    return null;
  }
  const url = jobUrl(jobId, plan);
  if (tab) tab.location.href = url;
  else frame = hiddenFrame(url);
  ping = setInterval(() => worker.postMessage(PING), PING_EVERY_MS);
  return {
    mode: 'service-worker',
    cancel: () => {
      if (settled) return;
      send({ type: 'cancel' });
    },
  };
}

function viaPage(plan: DownloadPlan, listener: DownloadListener, tab: Window | null): RunningDownload {
  const abort = new AbortController();
  let settled = false;
  // The fallback (and the ZIP engine with fflate) loads only when a browser needs it, keeping it
  // out of the first page's JavaScript.
  const fallback = import('./fallback');
  const run = fallback.then((f) =>
    plan.kind === 'file'
      ? f.fallbackFile(plan, abort.signal, listener.onProgress, tab)
      : f.fallbackZip(plan, abort.signal, listener.onProgress),
  );
  run.then(
    (outcome) => {
      settled = true;
      listener.onDone(outcome);
    },
    (error: unknown) => {
      settled = true;
      const e = abort.signal.aborted ? new DownloadError('cancelled') : toDownloadError(error);
      listener.onError(e.kind, e.status);
    },
  );
  return {
    mode: plan.kind === 'file' ? 'blob' : hasFilePicker() ? 'file-picker' : 'blob',
    cancel: () => {
      if (!settled) abort.abort();
    },
  };
}

function hasFilePicker(): boolean {
  return typeof window !== 'undefined' && 'showSaveFilePicker' in window;
}

/**
 * Starts a download through the service worker when there is one, else in the page. `tab` is a
 * window from `openBlankTab()` for "open in new tab".
 */
export async function startDownload(
  plan: DownloadPlan,
  listener: DownloadListener,
  tab: Window | null = null,
): Promise<RunningDownload> {
  const worker = await downloadWorker();
  if (worker) {
    try {
      const running = await viaWorker(worker, plan, listener, tab);
      if (running) return running;
    } catch {
      // Fall through to the page: a worker that cannot take the job must not stop the download.
    }
  }
  return viaPage(plan, listener, tab);
}
