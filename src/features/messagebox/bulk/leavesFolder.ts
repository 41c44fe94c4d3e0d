import type { Folder } from '../urlState';
import type { BulkActionKind } from './bulkActions';

/**
 * Whether a bulk result takes rows out of the folder shown (so they leave the list at once).
 * Its own module: the lists need it on the first page, the rest of bulkActions.ts only once the
 * person acts (bulkEngine.ts).
 */
export function leavesFolder(kind: BulkActionKind, folder: Folder): boolean {
  return (kind === 'moveToBin' && folder !== 'bin') || (kind === 'restore' && folder === 'bin');
}
