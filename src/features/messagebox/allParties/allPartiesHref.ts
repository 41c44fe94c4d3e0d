import { allPartiesPath, parseListFilters, type Folder } from '../urlState';
import { PARTIES_PARAM, parseChosenParties, serialiseChosenParties } from './partyScope';

/** The URL of an all-parties view, keeping the chosen parties next to the list filters. */
export function allPartiesHref(
  folder: Folder,
  search: URLSearchParams,
  open?: { partyId: number; instanceGuid: string } | null,
): string {
  const path = allPartiesPath(folder, parseListFilters(search), open);
  // Re-serialised from the parsed ids: only digits and commas ever reach the new URL.
  const chosen = parseChosenParties(search.get(PARTIES_PARAM));
  if (!chosen) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${PARTIES_PARAM}=${serialiseChosenParties(chosen)}`;
}
