import { createNameAllocator } from '../uniqueNames';
import { buildInstanceIndex, buildInstanceReadme, type InstanceIndexInput } from '../zipIndex';
import type { ZipWriter } from '../zipWriter';
import {
  appTitle,
  applicationSchema,
  eventsSchema,
  instanceSchema,
  processHistorySchema,
  type Application,
} from './models';
import { fetchJson, instancePath, type PlatformFetch } from './platformFetch';
import type { DownloadOutcome, DownloadProgress, InstanceZipPlan } from './types';
import { orderElements, writeInstanceFiles, type Tally } from './writeInstanceFiles';

export interface EngineContext {
  fetchPlatform: PlatformFetch;
  signal: AbortSignal;
  onProgress: (progress: DownloadProgress) => void;
  now: () => Date;
}

export const INDEX_JSON = 'index.json';

export async function fetchApplication(
  fetchPlatform: PlatformFetch,
  appId: string,
  signal: AbortSignal,
): Promise<Application | undefined> {
  const [org = '', app = ''] = appId.split('/');
  try {
    return await fetchJson(
      fetchPlatform,
      `/storage/api/v1/applications/${encodeURIComponent(org)}/${encodeURIComponent(app)}`,
      signal,
      (d) => applicationSchema.parse(d),
    );
  } catch {
    // Only the title comes from here: without it the archive still holds everything.
    return undefined;
  }
}

/** Everything in one instance as one ZIP: its files, `index.json` and `LESMEG.txt`. */
export async function runInstanceZip(
  plan: InstanceZipPlan,
  zip: ZipWriter,
  ctx: EngineContext,
): Promise<DownloadOutcome> {
  const base = instancePath(plan.partyId, plan.instanceGuid);
  const [instance, events, history] = await Promise.all([
    fetchJson(ctx.fetchPlatform, base, ctx.signal, (d) => instanceSchema.parse(d)),
    fetchJson(ctx.fetchPlatform, `${base}/events`, ctx.signal, (d) => eventsSchema.parse(d).instanceEvents),
    fetchJson(
      ctx.fetchPlatform,
      `${base}/process/history`,
      ctx.signal,
      (d) => processHistorySchema.parse(d).processHistory,
    ),
  ]);
  const app = await fetchApplication(ctx.fetchPlatform, instance.appId, ctx.signal);
  const elements = orderElements(instance.data ?? []);
  const tally: Tally = { bytesDone: 0, filesDone: 0 };
  const progress = (): DownloadProgress => ({
    bytesDone: tally.bytesDone,
    bytesTotal: elements.reduce((n, e) => n + (e.fileScanResult === 'Infected' ? 0 : (e.size ?? 0)), 0),
    filesDone: tally.filesDone,
    filesTotal: elements.filter((e) => e.fileScanResult !== 'Infected').length,
    instancesDone: 0,
    instancesTotal: 1,
  });
  ctx.onProgress(progress());
  const names = createNameAllocator([INDEX_JSON, plan.labels.readmeName]);
  const entries = await writeInstanceFiles(zip, instance, '', names, {
    fetchPlatform: ctx.fetchPlatform,
    signal: ctx.signal,
    parallel: 2,
    tally,
    report: () => ctx.onProgress(progress()),
  });
  const input: InstanceIndexInput = {
    instance,
    appTitle: appTitle(app, instance.appId, plan.language),
    events,
    history,
    entries,
    userId: plan.userId,
    generatedAt: ctx.now().toISOString(),
  };
  const encoder = new TextEncoder();
  await zip.addFile(INDEX_JSON, encoder.encode(JSON.stringify(buildInstanceIndex(input), null, 2)), {
    compress: true,
  });
  await zip.addFile(plan.labels.readmeName, encoder.encode(buildInstanceReadme(input, plan.labels)), {
    compress: true,
  });
  await zip.end();
  ctx.onProgress({ ...progress(), instancesDone: 1 });
  return {
    problems: entries
      .filter((e) => e.outcome !== 'ok')
      .map((e) => ({ name: e.path, outcome: e.outcome as Exclude<typeof e.outcome, 'ok'> })),
  };
}
