import type { DownloadsKey, DownloadsT } from '../../i18n/features/downloads/useDownloadsT';
import type { ArchiveLabels, DownloadErrorKind, EntryProblem } from './engine/types';

type T = DownloadsT;

const EVENT_TYPES = [
  'Created',
  'Saved',
  'Submited',
  'Deleted',
  'Undeleted',
  'ConfirmedComplete',
  'SubstatusUpdated',
  'Signed',
  'process_StartTask',
  'process_EndTask',
  'process_EndEvent',
] as const;

/** The text a ZIP carries, in the person's language: the worker has no translations of its own. */
export function archiveLabels(t: T): ArchiveLabels {
  return {
    readmeName: t('downloads.zip.readme'),
    title: t('downloads.zip.title'),
    reference: t('downloads.zip.reference'),
    app: t('downloads.zip.app'),
    serviceOwner: t('downloads.zip.serviceOwner'),
    status: t('downloads.zip.status'),
    statusArchived: t('downloads.zip.statusArchived'),
    statusInProgress: t('downloads.zip.statusInProgress'),
    created: t('downloads.zip.created'),
    lastChanged: t('downloads.zip.lastChanged'),
    archived: t('downloads.zip.archived'),
    files: t('downloads.zip.files'),
    history: t('downloads.zip.history'),
    problems: t('downloads.zip.problems'),
    failed: t('downloads.outcome.failed'),
    incomplete: t('downloads.outcome.incomplete'),
    infected: t('downloads.outcome.infected'),
    scanPending: t('downloads.scanPending'),
    you: t('downloads.zip.you'),
    anotherUser: t('downloads.zip.anotherUser'),
    generated: t('downloads.zip.generated'),
    folder: t('downloads.zip.folder'),
    noFiles: t('downloads.zip.noFiles'),
    events: Object.fromEntries(
      EVENT_TYPES.map((type) => [type, t(`downloads.event.${type}` as DownloadsKey)]),
    ),
  };
}

export function errorMessageKey(kind: DownloadErrorKind): DownloadsKey {
  switch (kind) {
    case 'network':
      return 'downloads.error.network';
    case 'unauthorized':
      return 'downloads.error.unauthorized';
    case 'forbidden':
      return 'downloads.error.forbidden';
    case 'not-found':
      return 'downloads.error.notFound';
    case 'cancelled':
      return 'downloads.cancelled';
    case 'http':
      return 'downloads.error.http';
  }
}

export function problemKey(outcome: EntryProblem['outcome']): DownloadsKey {
  switch (outcome) {
    case 'failed':
      return 'downloads.outcome.failed';
    case 'incomplete':
      return 'downloads.outcome.incomplete';
    case 'skipped-infected':
      return 'downloads.outcome.infected';
  }
}
