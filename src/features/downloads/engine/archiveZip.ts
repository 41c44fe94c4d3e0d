import { createNameAllocator } from '../uniqueNames';
import {
  buildArchiveIndexCsv,
  buildArchiveIndexJson,
  buildInstanceIndex,
  buildInstanceReadme,
  instanceFolderName,
  type ArchiveRow,
} from '../zipIndex';
import type { ZipWriter } from '../zipWriter';
import type { EngineContext } from './instanceZip';
import { INDEX_JSON } from './instanceZip';
import { mapAhead } from './mapAhead';
import {
  appTitle,
  applicationsSchema,
  eventsSchema,
  instancePageSchema,
  processHistorySchema,
  type Application,
  type Instance,
} from './models';
import { DownloadError, fetchJson, instancePath, toDownloadError, type PlatformFetch } from './platformFetch';
import type { ArchiveZipPlan, DownloadOutcome, DownloadProgress, EntryProblem } from './types';
import { orderElements, writeInstanceFiles, type Tally } from './writeInstanceFiles';

export const INDEX_CSV = 'index.csv';

/** The archive query of altinn-api.md §5.4: archived, not in the bin, last changed in the window. */
export function archiveQueryPath(plan: Pick<ArchiveZipPlan, 'partyId' | 'from' | 'to'>): string {
  const params = new URLSearchParams();
  params.set('instanceOwner.partyId', String(plan.partyId));
  params.set('status.isArchived', 'true');
  params.set('status.isSoftDeleted', 'false');
  if (plan.from) params.append('lastChanged', `gte:${plan.from}`);
  if (plan.to) params.append('lastChanged', `lt:${plan.to}`);
  params.set('size', '100');
  return `/storage/api/v1/instances?${params.toString()}`;
}

/**
 * `next` is an absolute URL on the platform's host; we reach the platform through our own base
 * path, so only its path and query are kept, verbatim (the continuation token is encoded twice).
 */
export function nextPath(next: string): string | null {
  try {
    const url = new URL(next);
    return `${url.pathname}${url.search}`;
  } catch {
    return next.startsWith('/storage/') ? next : null;
  }
}

async function listArchive(
  fetchPlatform: PlatformFetch,
  plan: ArchiveZipPlan,
  signal: AbortSignal,
  isShown: (instance: Instance) => boolean,
): Promise<Instance[]> {
  const found: Instance[] = [];
  const seen = new Set<string>();
  let path: string | null = archiveQueryPath(plan);
  // Pages may be short or empty and still have `next`; stop on a repeated link, never loop.
  const visited = new Set<string>();
  while (path && !visited.has(path)) {
    visited.add(path);
    const page: { instances: Instance[]; next?: string | null } = await fetchJson(
      fetchPlatform,
      path,
      signal,
      (d) => instancePageSchema.parse(d),
    );
    for (const instance of page.instances) {
      if (seen.has(instance.id) || !isShown(instance)) continue;
      seen.add(instance.id);
      found.push(instance);
    }
    path = page.next ? nextPath(page.next) : null;
  }
  return found;
}

async function fetchApplications(
  fetchPlatform: PlatformFetch,
  signal: AbortSignal,
): Promise<Map<string, Application>> {
  try {
    const { applications } = await fetchJson(fetchPlatform, '/storage/api/v1/applications', signal, (d) =>
      applicationsSchema.parse(d),
    );
    return new Map(applications.map((a) => [a.id, a]));
  } catch (error) {
    if (toDownloadError(error).kind === 'cancelled') throw error;
    return new Map();
  }
}

/**
 * A party's archive as one ZIP: a folder per instance with its files, `index.json` and the
 * readme, and at the top `index.csv` and `index.json` listing every instance. Instances'
 * histories are fetched `plan.parallel` at a time; files are streamed one after another.
 */
export async function runArchiveZip(
  plan: ArchiveZipPlan,
  zip: ZipWriter,
  ctx: EngineContext,
): Promise<DownloadOutcome> {
  const apps = await fetchApplications(ctx.fetchPlatform, ctx.signal);
  const now = ctx.now();
  // As the Archive folder shows it: apps that hide themselves always, and instances not yet
  // visible, are not the person's archive.
  const isShown = (instance: Instance): boolean =>
    !instance.status?.isHardDeleted &&
    !apps.get(instance.appId)?.messageBoxConfig?.hideSettings?.hideAlways &&
    !(instance.visibleAfter && new Date(instance.visibleAfter) > now);
  const instances = await listArchive(ctx.fetchPlatform, plan, ctx.signal, isShown);
  const tally: Tally = { bytesDone: 0, filesDone: 0 };
  let instancesDone = 0;
  const filesTotal = instances.reduce(
    (n, i) => n + orderElements(i.data ?? []).filter((e) => e.fileScanResult !== 'Infected').length,
    0,
  );
  const bytesTotal = instances.reduce(
    (n, i) =>
      n +
      orderElements(i.data ?? []).reduce(
        (m, e) => m + (e.fileScanResult === 'Infected' ? 0 : (e.size ?? 0)),
        0,
      ),
    0,
  );
  const progress = (): DownloadProgress => ({
    bytesDone: tally.bytesDone,
    bytesTotal,
    filesDone: tally.filesDone,
    filesTotal,
    instancesDone,
    instancesTotal: instances.length,
  });
  ctx.onProgress(progress());

  const rows: ArchiveRow[] = [];
  const problems: EntryProblem[] = [];
  const folders = createNameAllocator([INDEX_CSV, INDEX_JSON, plan.labels.readmeName]);
  const encoder = new TextEncoder();
  const histories = mapAhead(instances, plan.parallel, async (instance) => {
    const [partyId = '', guid = ''] = instance.id.split('/');
    const base = instancePath(partyId, guid);
    return Promise.all([
      fetchJson(ctx.fetchPlatform, `${base}/events`, ctx.signal, (d) => eventsSchema.parse(d).instanceEvents),
      fetchJson(
        ctx.fetchPlatform,
        `${base}/process/history`,
        ctx.signal,
        (d) => processHistorySchema.parse(d).processHistory,
      ),
    ]);
  });

  for (const instance of instances) {
    const title = appTitle(apps.get(instance.appId), instance.appId, plan.language);
    const folder = folders.allocate(instanceFolderName(instance, title));
    const next = await histories.next();
    if (ctx.signal.aborted) throw new DownloadError('cancelled');
    const settled = next.done ? null : next.value;
    if (settled && !settled.ok && toDownloadError(settled.error).kind === 'cancelled') throw settled.error;
    const [events, history] = settled?.ok ? settled.value : [[], []];
    const entries = await writeInstanceFiles(
      zip,
      instance,
      `${folder}/`,
      createNameAllocator([INDEX_JSON, plan.labels.readmeName]),
      {
        fetchPlatform: ctx.fetchPlatform,
        signal: ctx.signal,
        parallel: plan.parallel,
        tally,
        report: () => ctx.onProgress(progress()),
      },
    );
    const input = {
      instance,
      appTitle: title,
      events,
      history,
      entries,
      userId: plan.userId,
      generatedAt: now.toISOString(),
    };
    const instanceProblems = entries.filter((e) => e.outcome !== 'ok');
    if (!settled?.ok) problems.push({ name: `${folder}/${INDEX_JSON}`, outcome: 'failed' });
    for (const e of instanceProblems)
      problems.push({ name: e.path, outcome: e.outcome as EntryProblem['outcome'] });
    const index = { ...buildInstanceIndex(input), historyComplete: Boolean(settled?.ok) };
    await zip.addFile(`${folder}/${INDEX_JSON}`, encoder.encode(JSON.stringify(index, null, 2)), {
      compress: true,
    });
    await zip.addFile(
      `${folder}/${plan.labels.readmeName}`,
      encoder.encode(buildInstanceReadme(input, plan.labels)),
      {
        compress: true,
      },
    );
    rows.push({
      folder,
      instance,
      appTitle: title,
      files: entries.length,
      problems: instanceProblems.length + (settled?.ok ? 0 : 1),
    });
    instancesDone += 1;
    ctx.onProgress(progress());
  }

  const meta = { partyId: plan.partyId, from: plan.from, to: plan.to, generatedAt: now.toISOString() };
  await zip.addFile(INDEX_CSV, encoder.encode(buildArchiveIndexCsv(rows, plan.labels, plan.csvDelimiter)), {
    compress: true,
  });
  await zip.addFile(INDEX_JSON, encoder.encode(JSON.stringify(buildArchiveIndexJson(rows, meta), null, 2)), {
    compress: true,
  });
  await zip.end();
  ctx.onProgress(progress());
  return { problems };
}
