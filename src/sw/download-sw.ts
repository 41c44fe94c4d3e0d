import { canOpenInline } from '../features/downloads/fileTypes';
import { contentDisposition } from '../features/downloads/contentDisposition';
import { countBytes } from '../features/downloads/engine/byteCounter';
import {
  dataPath,
  DownloadError,
  errorKindForStatus,
  toDownloadError,
  type PlatformFetch,
} from '../features/downloads/engine/platformFetch';
import { runZipPlan } from '../features/downloads/engine/runZipPlan';
import { withStallGuard } from '../features/downloads/engine/stallGuard';
import type { DownloadProgress, FilePlan } from '../features/downloads/engine/types';
import {
  isPageToJob,
  isStartMessage,
  SW_SCOPE,
  type JobToPage,
  type StartMessage,
} from '../features/downloads/protocol';
import type { ExtendableMessageEventLike, ServiceWorkerScopeLike } from './swTypes';

/**
 * The download service worker. It exists so a 300 MB file or a ZIP of a whole archive can go
 * straight from the platform to the browser's download manager without being held in the page:
 * the browser asks for `/download/…?job=…`, and the worker answers with the platform's body (or a
 * ZIP built from several bodies) as a stream, adding the bearer token the page handed it.
 *
 * It handles nothing but its own scope, caches nothing, and forgets the token when the job ends
 * or after a minute if the download never starts.
 */
const sw = self as unknown as ServiceWorkerScopeLike;
const ORIGIN = sw.location.origin;
const UNSTARTED_JOB_TTL_MS = 60_000;
const TOKEN_WAIT_MS = 20_000;
const PROGRESS_EVERY_MS = 200;

interface Job {
  start: StartMessage;
  token: string | null;
  port: MessagePort;
  abort: AbortController;
  started: boolean;
  tokenWaiters: ((token: string | null) => void)[];
}

const jobs = new Map<string, Job>();

function post(job: Job, message: JobToPage): void {
  job.port.postMessage(message);
}

function finish(job: Job): void {
  job.token = null;
  jobs.delete(job.start.jobId);
  job.tokenWaiters.splice(0).forEach((resolve) => resolve(null));
  // Let the last message leave before the channel closes.
  setTimeout(() => job.port.close(), 1000);
}

function fail(job: Job, error: unknown): void {
  const e = toDownloadError(job.abort.signal.aborted ? new DownloadError('cancelled') : error);
  post(job, { type: 'error', kind: e.kind, status: e.status });
  finish(job);
}

function askForToken(job: Job): Promise<string | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), TOKEN_WAIT_MS);
    job.tokenWaiters.push((token) => {
      clearTimeout(timer);
      resolve(token);
    });
    post(job, { type: 'need-token' });
  });
}

function platformFetchFor(job: Job): PlatformFetch {
  return async (path, signal) => {
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(`${job.start.platformBase}${path}`, {
          headers: job.token ? { Authorization: `Bearer ${job.token}` } : {},
          credentials: 'omit',
          cache: 'no-store',
          signal,
        });
      } catch (error) {
        throw signal.aborted ? new DownloadError('cancelled') : toDownloadError(error);
      }
      if (response.status === 401 && attempt === 0) {
        // The Altinn token expired during a long download: the page renews it once.
        job.token = await askForToken(job);
        if (job.token) continue;
      }
      if (!response.ok) throw new DownloadError(errorKindForStatus(response.status), response.status);
      return withStallGuard(response);
    }
  };
}

function throttledProgress(job: Job): (progress: DownloadProgress) => void {
  let last = 0;
  return (progress) => {
    const now = Date.now();
    const final = progress.filesTotal !== null && progress.filesDone === progress.filesTotal;
    if (now - last < PROGRESS_EVERY_MS && !final) return;
    last = now;
    post(job, { type: 'progress', progress });
  };
}

function failurePage(status: number): Response {
  return new Response(
    'Nedlastingen mislyktes. Gå tilbake til Innboks og prøv igjen.\nThe download failed. Go back to Innboks and try again.\n',
    {
      status,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    },
  );
}

async function respondWithFile(job: Job, plan: FilePlan, done: () => void): Promise<Response> {
  const fetchPlatform = platformFetchFor(job);
  let upstream: Response;
  try {
    upstream = await fetchPlatform(
      dataPath(plan.partyId, plan.instanceGuid, plan.dataGuid),
      job.abort.signal,
    );
  } catch (error) {
    fail(job, error);
    done();
    return failurePage(502);
  }
  const type = upstream.headers.get('Content-Type');
  const inline = plan.disposition === 'inline' && canOpenInline(type);
  const length = upstream.headers.get('Content-Length');
  const total = length && /^\d+$/.test(length) ? Number(length) : null;
  const report = throttledProgress(job);
  const progress = (bytes: number): DownloadProgress => ({
    bytesDone: bytes,
    bytesTotal: total,
    filesDone: total !== null && bytes >= total ? 1 : 0,
    filesTotal: 1,
    instancesDone: 0,
    instancesTotal: null,
  });
  let seen = 0;
  const body = countBytes(upstream.body ?? new ReadableStream(), {
    onBytes: (n) => {
      seen = n;
      report(progress(n));
    },
    onEnd: () => {
      if (total !== null && seen < total) {
        fail(job, new DownloadError('network'));
      } else {
        post(job, { type: 'progress', progress: { ...progress(seen), filesDone: 1 } });
        post(job, { type: 'done', outcome: { problems: [] } });
        finish(job);
      }
      done();
    },
    onError: (error) => {
      fail(job, error);
      done();
    },
    onCancel: () => {
      job.abort.abort();
      fail(job, new DownloadError('cancelled'));
      done();
    },
  });
  const headers = new Headers({
    // An attachment is only ever saved, so its type need not be trusted; an inline one is one
    // of the few types the browser shows without running anything.
    'Content-Type': inline && type ? type : 'application/octet-stream',
    'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', plan.fileName),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  if (total !== null) headers.set('Content-Length', String(total));
  return new Response(body, { status: 200, headers });
}

function respondWithZip(job: Job, done: () => void): Response {
  const plan = job.start.plan;
  if (plan.kind === 'file') throw new Error('not a ZIP plan');
  const run = runZipPlan(plan, {
    fetchPlatform: platformFetchFor(job),
    signal: job.abort.signal,
    onProgress: throttledProgress(job),
    now: () => new Date(),
  });
  run.result.then(
    (outcome) => {
      post(job, { type: 'done', outcome });
      finish(job);
      done();
    },
    (error: unknown) => {
      job.abort.abort();
      fail(job, error);
      done();
    },
  );
  return new Response(run.readable, {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': contentDisposition('attachment', plan.zipName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function isOwnWindow(event: ExtendableMessageEventLike): boolean {
  if (event.origin !== ORIGIN || !event.source) return false;
  try {
    return new URL(event.source.url).origin === ORIGIN;
  } catch {
    return false;
  }
}

sw.addEventListener('install', () => {
  void sw.skipWaiting();
});

sw.addEventListener('message', (event) => {
  // Only windows of our own origin may hand over a token and start a job.
  if (!isOwnWindow(event)) return;
  const message = event.data;
  if (!isStartMessage(message)) return;
  const port = event.ports[0];
  if (!port || jobs.has(message.jobId)) return;
  const job: Job = {
    start: message,
    token: message.token,
    port,
    abort: new AbortController(),
    started: false,
    tokenWaiters: [],
  };
  jobs.set(message.jobId, job);
  port.onmessage = (portEvent: MessageEvent<unknown>) => {
    const data = portEvent.data;
    if (!isPageToJob(data)) return;
    if (data.type === 'token') job.tokenWaiters.splice(0).forEach((resolve) => resolve(data.token));
    if (data.type === 'cancel') job.abort.abort();
  };
  setTimeout(() => {
    if (!job.started && jobs.get(message.jobId) === job) finish(job);
  }, UNSTARTED_JOB_TTL_MS);
  post(job, { type: 'ready' });
});

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== ORIGIN || !url.pathname.startsWith(SW_SCOPE) || event.request.method !== 'GET') return;
  const job = jobs.get(url.searchParams.get('job') ?? '');
  if (!job || job.started) {
    // A stale link (a reload, or the download manager's retry): the token is gone by design.
    event.respondWith(failurePage(410));
    return;
  }
  job.started = true;
  post(job, { type: 'started' });
  let done!: () => void;
  // Keeps the worker alive for as long as the stream runs.
  event.waitUntil(new Promise<void>((resolve) => (done = resolve)));
  const plan = job.start.plan;
  event.respondWith(plan.kind === 'file' ? respondWithFile(job, plan, done) : respondWithZip(job, done));
});
