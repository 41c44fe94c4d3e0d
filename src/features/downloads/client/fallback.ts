import { requestPlatformData } from '../../../api/download';
import { isApiError } from '../../../api/errors';
import { runZipPlan } from '../engine/runZipPlan';
import { withStallGuard } from '../engine/stallGuard';
import { dataPath, DownloadError, errorKindForStatus, type PlatformFetch } from '../engine/platformFetch';
import type {
  ArchiveZipPlan,
  DownloadOutcome,
  DownloadProgress,
  FilePlan,
  InstanceZipPlan,
} from '../engine/types';

/**
 * Downloads without the service worker (an old browser, a private window that refuses workers).
 * One file: fetch → Blob → object URL → click → revoke. A ZIP: the same engine as the worker,
 * streamed to a file the person picks (File System Access API) or, failing that, collected into
 * a Blob, which the UI warns about for large archives.
 */
export type FallbackMode = 'file-picker' | 'blob';

const pageFetch: PlatformFetch = async (path, signal) => {
  try {
    return withStallGuard(await requestPlatformData(path, signal));
  } catch (error) {
    if (isApiError(error)) {
      throw new DownloadError(
        error.kind === 'network' ? 'network' : errorKindForStatus(error.status),
        error.status,
      );
    }
    throw error;
  }
};

function saveBlob(blob: Blob, name: string, target: Window | null, inline: boolean): void {
  const url = URL.createObjectURL(blob);
  if (inline && target) {
    target.location.href = url;
  } else {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  }
  // The browser has taken its reference by then; a later revoke frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function fallbackFile(
  plan: FilePlan,
  signal: AbortSignal,
  onProgress: (p: DownloadProgress) => void,
  target: Window | null,
): Promise<DownloadOutcome> {
  const response = await pageFetch(dataPath(plan.partyId, plan.instanceGuid, plan.dataGuid), signal);
  const blob = await response.blob();
  onProgress({
    bytesDone: blob.size,
    bytesTotal: blob.size,
    filesDone: 1,
    filesTotal: 1,
    instancesDone: 0,
    instancesTotal: null,
  });
  saveBlob(blob, plan.fileName, target, plan.disposition === 'inline');
  return { problems: [] };
}

interface SaveFilePickerWindow {
  showSaveFilePicker(options: { suggestedName: string; types?: unknown[] }): Promise<{
    createWritable(): Promise<WritableStream<Uint8Array>>;
  }>;
}

function hasFilePicker(value: unknown): value is SaveFilePickerWindow {
  return typeof value === 'object' && value !== null && 'showSaveFilePicker' in value;
}

export function fallbackZipMode(): FallbackMode {
  return hasFilePicker(window) ? 'file-picker' : 'blob';
}

export async function fallbackZip(
  plan: InstanceZipPlan | ArchiveZipPlan,
  signal: AbortSignal,
  onProgress: (p: DownloadProgress) => void,
): Promise<DownloadOutcome> {
  const picker = hasFilePicker(window) ? window : null;
  // Ask for the file first, while the click still counts as a user gesture.
  const writable = picker
    ? await (await picker.showSaveFilePicker({ suggestedName: plan.zipName })).createWritable()
    : null;
  const run = runZipPlan(plan, { fetchPlatform: pageFetch, signal, onProgress, now: () => new Date() });
  signal.addEventListener('abort', () => run.abort(new DownloadError('cancelled')));
  if (writable) {
    await Promise.all([run.readable.pipeTo(writable), run.result]);
    return run.result;
  }
  const [blob, outcome] = await Promise.all([new Response(run.readable).blob(), run.result]);
  saveBlob(blob, plan.zipName, null, false);
  return outcome;
}
