import type { DownloadErrorKind, DownloadOutcome, DownloadPlan, DownloadProgress } from './engine/types';

/**
 * The messages between the page and the download service worker. The page starts a job by posting
 * `start` (with the Altinn token) to the worker and transferring one end of a MessageChannel; the
 * rest of the job's conversation goes over that port. Then the page navigates a hidden frame (or
 * a new tab) to the job's `/download/…` URL, which carries a random job id and never the token.
 */
export const SW_SCRIPT_URL = '/download-sw.js';
export const SW_SCOPE = '/download/';
const PREFIX = 'innboks-download/';

export interface StartMessage {
  type: `${typeof PREFIX}start`;
  jobId: string;
  plan: DownloadPlan;
  token: string;
  /** Same-origin base path of the platform proxy, e.g. `/platform`. */
  platformBase: string;
}

export interface PingMessage {
  type: `${typeof PREFIX}ping`;
}

export type PageToJob = { type: 'token'; token: string | null } | { type: 'cancel' };

export type JobToPage =
  | { type: 'ready' }
  | { type: 'started' }
  | { type: 'need-token' }
  | { type: 'progress'; progress: DownloadProgress }
  | { type: 'done'; outcome: DownloadOutcome }
  | { type: 'error'; kind: DownloadErrorKind; status: number };

export function startMessage(
  jobId: string,
  plan: DownloadPlan,
  token: string,
  platformBase: string,
): StartMessage {
  return { type: `${PREFIX}start`, jobId, plan, token, platformBase };
}

export const PING: PingMessage = { type: `${PREFIX}ping` };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isStartMessage(value: unknown): value is StartMessage {
  return (
    isRecord(value) &&
    value.type === `${PREFIX}start` &&
    typeof value.jobId === 'string' &&
    /^[A-Za-z0-9_-]{16,64}$/.test(value.jobId) &&
    typeof value.token === 'string' &&
    typeof value.platformBase === 'string' &&
    isRecord(value.plan) &&
    typeof value.plan.kind === 'string'
  );
}

export function isPageToJob(value: unknown): value is PageToJob {
  return (
    isRecord(value) &&
    ((value.type === 'token' && (typeof value.token === 'string' || value.token === null)) ||
      value.type === 'cancel')
  );
}

export function isJobToPage(value: unknown): value is JobToPage {
  return isRecord(value) && typeof value.type === 'string';
}

/** 128 random bits, URL-safe: the only thing in the URL that ties a navigation to its job. */
export function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The URL the browser's download manager fetches for a job. The file name is for show only. */
export function jobUrl(jobId: string, plan: DownloadPlan): string {
  const job = `job=${encodeURIComponent(jobId)}`;
  if (plan.kind === 'file') {
    const path = [plan.partyId, plan.instanceGuid, plan.dataGuid]
      .map((p) => encodeURIComponent(String(p)))
      .join('/');
    return `${SW_SCOPE}${path}?name=${encodeURIComponent(plan.fileName)}&${job}`;
  }
  return `${SW_SCOPE}zip/${encodeURIComponent(plan.zipName)}?${job}`;
}
