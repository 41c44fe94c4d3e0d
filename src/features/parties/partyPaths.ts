import { matchPath } from 'react-router';

export type Folder = 'inbox' | 'archive' | 'bin';
const FOLDERS: readonly Folder[] = ['inbox', 'archive', 'bin'];

function asFolder(value: string | undefined): Folder | null {
  return FOLDERS.find((folder) => folder === value) ?? null;
}

/** The party the URL acts for (`/parties/:partyId/...`), or null on pages without one. */
export function partyIdFromPath(pathname: string): number | null {
  const match = matchPath({ path: '/parties/:partyId/*' }, pathname);
  const id = match?.params.partyId;
  if (!id || !/^[1-9]\d{0,14}$/.test(id)) return null;
  return Number(id);
}

/** The folder in the URL (party or all-parties view), inbox when there is none. */
export function folderFromPath(pathname: string): Folder {
  const party = matchPath({ path: '/parties/:partyId/:folder/*' }, pathname);
  const all = matchPath({ path: '/all/:folder/*' }, pathname);
  return asFolder(party?.params.folder ?? all?.params.folder) ?? 'inbox';
}

/** Where choosing a party goes: its box in the same folder, with none of the old party's filters. */
export function partyBoxPath(partyId: number, folder: Folder): string {
  return `/parties/${partyId}/${folder}`;
}

/**
 * History state of the `/` redirect to a message box: landing there is not the person choosing
 * that party, so it is not recorded as used (recent parties stay the ones they picked).
 */
export const HOME_REDIRECT_STATE = { homeRedirect: true } as const;

export function isHomeRedirect(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && (state as { homeRedirect?: unknown }).homeRedirect === true
  );
}
