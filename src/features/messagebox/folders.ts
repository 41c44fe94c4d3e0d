import type { Folder } from './urlState';

/**
 * Folder → Storage query parameters (altinn-api.md §5.4). Storage has no notion of folders; they
 * are combinations of the status flags.
 *
 * Deliberately NOT sent: `visibleAfter=lte:{now}`. Storage compares it as a string and an
 * instance without a stored `visibleAfter` never matches, and a "now" in the request would make
 * every page fetch a different query. The app applies visibleAfter on the client (hideRules.ts),
 * where it must apply hideSettings anyway.
 */
export function folderQueryParams(folder: Folder): Array<[string, string]> {
  switch (folder) {
    case 'inbox':
      return [
        ['status.isArchived', 'false'],
        ['status.isSoftDeleted', 'false'],
      ];
    case 'archive':
      return [
        ['status.isArchived', 'true'],
        ['status.isSoftDeleted', 'false'],
      ];
    case 'bin':
      // Archived or not: everything soft-deleted and recoverable. Hard-deleted never comes back.
      return [['status.isSoftDeleted', 'true']];
  }
}

/** Which folder an instance belongs in, from its status (to keep lists honest after a write). */
export function folderOfStatus(status: { isArchived: boolean; isSoftDeleted: boolean }): Folder {
  if (status.isSoftDeleted) return 'bin';
  return status.isArchived ? 'archive' : 'inbox';
}
