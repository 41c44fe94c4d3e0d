/**
 * What a download job is and what it reports: shared by the page and the service worker, so it
 * travels through postMessage (plain data only).
 */

/** The human text an archive carries (LESMEG.txt, CSV headers), in the person's language. */
export interface ArchiveLabels {
  readmeName: string;
  title: string;
  reference: string;
  app: string;
  serviceOwner: string;
  status: string;
  statusArchived: string;
  statusInProgress: string;
  created: string;
  lastChanged: string;
  archived: string;
  files: string;
  history: string;
  problems: string;
  failed: string;
  incomplete: string;
  infected: string;
  scanPending: string;
  you: string;
  anotherUser: string;
  generated: string;
  folder: string;
  noFiles: string;
  /** Plain words for Storage event types, e.g. `Submited` → "Sendt inn". */
  events: Record<string, string>;
}

export interface FilePlan {
  kind: 'file';
  partyId: number;
  instanceGuid: string;
  dataGuid: string;
  fileName: string;
  disposition: 'attachment' | 'inline';
}

export interface InstanceZipPlan {
  kind: 'instance-zip';
  partyId: number;
  instanceGuid: string;
  zipName: string;
  language: string;
  /** The signed-in user's id, so the history can say "you". */
  userId: number | null;
  labels: ArchiveLabels;
}

export interface ArchiveZipPlan {
  kind: 'archive-zip';
  partyId: number;
  zipName: string;
  language: string;
  userId: number | null;
  /** ISO instants for `lastChanged=gte:` / `lt:`; null for no bound. */
  from: string | null;
  to: string | null;
  labels: ArchiveLabels;
  /** Delimiter for the CSV: `;` where Excel's list separator is a semicolon (Norwegian locales). */
  csvDelimiter: ',' | ';';
  /** How many instances are fetched at once. */
  parallel: number;
}

export type DownloadPlan = FilePlan | InstanceZipPlan | ArchiveZipPlan;

export type EntryOutcome = 'ok' | 'failed' | 'incomplete' | 'skipped-infected';

export interface EntryProblem {
  /** The name in the ZIP (or of the file). */
  name: string;
  outcome: Exclude<EntryOutcome, 'ok'>;
}

export interface DownloadProgress {
  bytesDone: number;
  /** Known for a single file and an instance ZIP; null while an archive is still being listed. */
  bytesTotal: number | null;
  filesDone: number;
  filesTotal: number | null;
  instancesDone: number;
  instancesTotal: number | null;
}

export type DownloadErrorKind = 'network' | 'http' | 'unauthorized' | 'forbidden' | 'not-found' | 'cancelled';

export interface DownloadOutcome {
  problems: EntryProblem[];
}

export function emptyProgress(): DownloadProgress {
  return {
    bytesDone: 0,
    bytesTotal: null,
    filesDone: 0,
    filesTotal: null,
    instancesDone: 0,
    instancesTotal: null,
  };
}
