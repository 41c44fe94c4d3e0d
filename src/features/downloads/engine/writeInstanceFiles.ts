import { extensionForContentType, worthCompressing } from '../fileTypes';
import { sanitizeFileName } from '../sanitizeFileName';
import type { NameAllocator } from '../uniqueNames';
import type { ZipEntryRecord } from '../zipIndex';
import type { ZipWriter } from '../zipWriter';
import { mapAhead } from './mapAhead';
import type { DataElement, Instance } from './models';
import { dataPath, DownloadError, toDownloadError, type PlatformFetch } from './platformFetch';

export interface Tally {
  bytesDone: number;
  filesDone: number;
}

export interface FilesContext {
  fetchPlatform: PlatformFetch;
  signal: AbortSignal;
  parallel: number;
  tally: Tally;
  report: () => void;
}

/** The receipt or form PDF first, then form data, then attachments, each group oldest first. */
export function orderElements(elements: readonly DataElement[]): DataElement[] {
  const rank = (e: DataElement): number => {
    if (e.dataType === 'ref-data-as-pdf') return 0;
    if ((e.contentType ?? '').includes('pdf') && !e.filename) return 1;
    if (!e.filename) return 2;
    return 3;
  };
  return [...elements]
    .filter((e) => !e.deleteStatus?.isHardDeleted)
    .sort((a, b) => rank(a) - rank(b) || (a.created ?? '').localeCompare(b.created ?? ''));
}

export function elementFileName(element: DataElement): string {
  return sanitizeFileName(
    element.filename,
    `${element.dataType}${extensionForContentType(element.contentType)}`,
  );
}

function isRetryable(error: unknown): boolean {
  const e = toDownloadError(error);
  return e.kind === 'network' || (e.kind === 'http' && e.status >= 500);
}

async function open(
  ctx: FilesContext,
  partyId: string,
  instanceGuid: string,
  element: DataElement,
): Promise<Response> {
  const path = dataPath(partyId, instanceGuid, element.id);
  try {
    return await ctx.fetchPlatform(path, ctx.signal);
  } catch (error) {
    if (ctx.signal.aborted || !isRetryable(error)) throw error;
    // One quiet retry for a blip; a second failure is reported, never hidden.
    await new Promise((resolve) => setTimeout(resolve, 400));
    return ctx.fetchPlatform(path, ctx.signal);
  }
}

/**
 * Writes every data element of one instance into `folder` of the ZIP under unique, sanitized
 * names. Infected files are left out; a file that cannot be fetched, or breaks off, is recorded
 * as such. Returns one record per element, for the index.
 */
export async function writeInstanceFiles(
  zip: ZipWriter,
  instance: Instance,
  folder: string,
  names: NameAllocator,
  ctx: FilesContext,
): Promise<ZipEntryRecord[]> {
  const [partyId = '', instanceGuid = ''] = instance.id.split('/');
  const elements = orderElements(instance.data ?? []);
  const records: ZipEntryRecord[] = [];
  const downloadable = elements.filter((e) => e.fileScanResult !== 'Infected');
  const opened = mapAhead(downloadable, ctx.parallel, (element) => open(ctx, partyId, instanceGuid, element));
  for (const element of elements) {
    const path = `${folder}${names.allocate(elementFileName(element))}`;
    const record: ZipEntryRecord = {
      path,
      elementId: element.id,
      dataType: element.dataType,
      contentType: element.contentType ?? null,
      size: element.size ?? null,
      bytesWritten: 0,
      outcome: 'ok',
      fileScanResult: element.fileScanResult ?? null,
      created: element.created ?? null,
    };
    records.push(record);
    if (element.fileScanResult === 'Infected') {
      record.outcome = 'skipped-infected';
      continue;
    }
    const next = await opened.next();
    if (ctx.signal.aborted) throw new DownloadError('cancelled');
    const settled = next.done ? null : next.value;
    if (!settled || !settled.ok || !settled.value.body) {
      if (settled && !settled.ok && toDownloadError(settled.error).kind === 'cancelled') throw settled.error;
      record.outcome = 'failed';
      continue;
    }
    const result = await zip.addFile(path, settled.value.body, {
      mtime: element.created ? new Date(element.created) : undefined,
      compress: worthCompressing(element.contentType),
      onBytes: (n) => {
        ctx.tally.bytesDone += n;
        ctx.report();
      },
    });
    if (ctx.signal.aborted) throw new DownloadError('cancelled');
    record.bytesWritten = result.bytes;
    record.outcome = result.complete ? 'ok' : 'incomplete';
    ctx.tally.filesDone += 1;
    ctx.report();
  }
  return records;
}
