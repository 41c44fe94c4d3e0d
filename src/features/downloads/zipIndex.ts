import { toCsv, type CsvDelimiter } from './csv';
import { altinnReference, type Instance, type InstanceEvent, type ProcessHistoryItem } from './engine/models';
import type { ArchiveLabels, EntryOutcome } from './engine/types';
import { sanitizeFileName } from './sanitizeFileName';

/**
 * The indexes inside a ZIP: `index.json` for machines, `LESMEG.txt` for people, and for a whole
 * archive `index.csv` (Excel) too. They are written last, once every file's outcome is known, so
 * an archive that lacks a file says so inside itself.
 */

export interface ZipEntryRecord {
  /** Path inside the ZIP. */
  path: string;
  elementId: string;
  dataType: string;
  contentType: string | null;
  /** Size Storage reports for the element. */
  size: number | null;
  bytesWritten: number;
  outcome: EntryOutcome;
  fileScanResult: string | null;
  created: string | null;
}

export interface InstanceIndexInput {
  instance: Instance;
  appTitle: string;
  events: readonly InstanceEvent[];
  history: readonly ProcessHistoryItem[];
  entries: readonly ZipEntryRecord[];
  userId: number | null;
  generatedAt: string;
}

type Actor =
  { kind: 'you' } | { kind: 'organisation'; org: string } | { kind: 'user'; userId: number | null };

function actorOf(event: InstanceEvent, userId: number | null): Actor {
  const user = event.user;
  if (user?.orgId) return { kind: 'organisation', org: user.orgId };
  if (userId !== null && user?.userId === userId) return { kind: 'you' };
  return { kind: 'user', userId: user?.userId ?? null };
}

export function instanceState(instance: Instance): 'archived' | 'deleted' | 'in-progress' {
  if (instance.status?.isSoftDeleted) return 'deleted';
  if (instance.status?.isArchived || instance.process?.ended) return 'archived';
  return 'in-progress';
}

/**
 * index.json. Identity numbers in the event users are left out (ASVS: personal data only where
 * needed); the user id and the organisation say who acted.
 */
export function buildInstanceIndex(input: InstanceIndexInput): Record<string, unknown> {
  const { instance } = input;
  return {
    format: 'innboks-instance-index/1',
    generatedAt: input.generatedAt,
    complete: input.entries.every((e) => e.outcome === 'ok'),
    instance: {
      id: instance.id,
      reference: altinnReference(instance.id),
      appId: instance.appId,
      appTitle: input.appTitle,
      org: instance.org,
      state: instanceState(instance),
      currentTask: instance.process?.currentTask?.elementId ?? null,
      substatus: instance.status?.substatus ?? null,
      created: instance.created ?? null,
      lastChanged: instance.lastChanged ?? null,
      archived: instance.status?.archived ?? null,
      dueBefore: instance.dueBefore ?? null,
      readStatus: instance.status?.readStatus ?? null,
    },
    files: input.entries.map((e) => ({
      path: e.path,
      dataElementId: e.elementId,
      dataType: e.dataType,
      contentType: e.contentType,
      size: e.size,
      bytesWritten: e.bytesWritten,
      outcome: e.outcome,
      fileScanResult: e.fileScanResult,
      created: e.created,
    })),
    events: input.events.map((event) => ({
      created: event.created,
      eventType: event.eventType,
      dataId: event.dataId ?? null,
      actor: actorOf(event, input.userId),
    })),
    processHistory: input.history.map((item) => ({
      eventType: item.eventType ?? null,
      elementId: item.elementId ?? null,
      occured: item.occured ?? null,
      started: item.started ?? null,
      ended: item.ended ?? null,
    })),
  };
}

function outcomeLabel(outcome: EntryOutcome, labels: ArchiveLabels): string {
  switch (outcome) {
    case 'failed':
      return labels.failed;
    case 'incomplete':
      return labels.incomplete;
    case 'skipped-infected':
      return labels.infected;
    case 'ok':
      return '';
  }
}

function line(label: string, value: string | null | undefined): string | null {
  return value ? `${label}: ${value}` : null;
}

/** LESMEG.txt: plain text (never HTML), so no name from the data can become markup. */
export function buildInstanceReadme(input: InstanceIndexInput, labels: ArchiveLabels): string {
  const { instance } = input;
  const state =
    instanceState(input.instance) === 'in-progress' ? labels.statusInProgress : labels.statusArchived;
  const problems = input.entries.filter((e) => e.outcome !== 'ok');
  const out: (string | null)[] = [
    input.appTitle,
    '='.repeat(Math.min(input.appTitle.length, 60)),
    line(labels.reference, altinnReference(instance.id)),
    line(labels.serviceOwner, instance.org),
    line(labels.status, state),
    line(labels.created, instance.created),
    line(labels.lastChanged, instance.lastChanged),
    line(labels.archived, instance.status?.archived),
    line(labels.generated, input.generatedAt),
    '',
  ];
  if (problems.length > 0) {
    out.push(`${labels.problems}:`);
    for (const p of problems) out.push(`  ! ${p.path} (${outcomeLabel(p.outcome, labels)})`);
    out.push('');
  }
  out.push(`${labels.files}:`);
  if (input.entries.length === 0) out.push(`  ${labels.noFiles}`);
  for (const e of input.entries) {
    const note = [
      e.outcome !== 'ok' ? outcomeLabel(e.outcome, labels) : '',
      e.fileScanResult === 'Pending' ? labels.scanPending : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`  - ${e.path} (${e.bytesWritten} B${note ? `; ${note}` : ''})`);
  }
  out.push('', `${labels.history}:`);
  for (const event of [...input.events].sort((a, b) => b.created.localeCompare(a.created))) {
    const actor = actorOf(event, input.userId);
    const who =
      actor.kind === 'you' ? labels.you : actor.kind === 'organisation' ? actor.org : labels.anotherUser;
    out.push(`  ${event.created}  ${labels.events[event.eventType] ?? event.eventType}  (${who})`);
  }
  return `${out.filter((l): l is string => l !== null).join('\r\n')}\r\n`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The person's own calendar day of an instant, `YYYY-MM-DD`. */
export function localDay(iso: string | null | undefined): string {
  const date = iso ? new Date(iso) : new Date(NaN);
  if (Number.isNaN(date.getTime())) return '0000-00-00';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD <app title> <reference>`, dated by when it was archived. */
export function instanceFolderName(instance: Instance, title: string): string {
  const day = localDay(instance.status?.archived ?? instance.lastChanged ?? instance.created);
  return sanitizeFileName(`${day} ${title} ${altinnReference(instance.id)}`, altinnReference(instance.id));
}

export interface ArchiveRow {
  folder: string;
  instance: Instance;
  appTitle: string;
  files: number;
  problems: number;
}

export function buildArchiveIndexJson(
  rows: readonly ArchiveRow[],
  meta: { partyId: number; from: string | null; to: string | null; generatedAt: string },
): Record<string, unknown> {
  return {
    format: 'innboks-archive-index/1',
    generatedAt: meta.generatedAt,
    partyId: meta.partyId,
    lastChangedFrom: meta.from,
    lastChangedBefore: meta.to,
    complete: rows.every((r) => r.problems === 0),
    instances: rows.map((r) => ({
      folder: r.folder,
      id: r.instance.id,
      reference: altinnReference(r.instance.id),
      appId: r.instance.appId,
      appTitle: r.appTitle,
      org: r.instance.org,
      created: r.instance.created ?? null,
      archived: r.instance.status?.archived ?? null,
      lastChanged: r.instance.lastChanged ?? null,
      files: r.files,
      problems: r.problems,
    })),
  };
}

export function buildArchiveIndexCsv(
  rows: readonly ArchiveRow[],
  labels: ArchiveLabels,
  delimiter: CsvDelimiter,
): string {
  const header = [
    labels.archived,
    labels.title,
    labels.reference,
    labels.serviceOwner,
    labels.app,
    labels.created,
    labels.lastChanged,
    labels.files,
    labels.problems,
    labels.folder,
    'id',
  ];
  const body = rows.map((r) => [
    localDay(r.instance.status?.archived ?? r.instance.lastChanged),
    r.appTitle,
    altinnReference(r.instance.id),
    r.instance.org,
    r.instance.appId,
    r.instance.created ?? '',
    r.instance.lastChanged ?? '',
    r.files,
    r.problems,
    r.folder,
    r.instance.id,
  ]);
  return toCsv([header, ...body], delimiter);
}
