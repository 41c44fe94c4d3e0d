import { FLAG_DELETED, FLAG_HEADING, type PartyIndex } from './partyIndex';
import type { PartyMemory } from './partyMemory';
import { withHeadings, type PartySearch } from './partySearch';

/** Section headings in the item list; rows are indices ≥ 0. */
export const SECTION_FAVOURITES = -1;
export const SECTION_RECENT = -2;
export const SECTION_ALL = -3;

function known(index: PartyIndex, ids: readonly number[], showDeleted: boolean): number[] {
  const rows: number[] = [];
  for (const id of ids) {
    const row = index.rowOf.get(id);
    if (row === undefined) continue;
    const flags = index.flags[row] ?? 0;
    if (flags & FLAG_HEADING || (!showDeleted && flags & FLAG_DELETED)) continue;
    rows.push(row);
  }
  return rows;
}

/**
 * What the list shows. Without a query: favourites, recently used, then everyone (each under a
 * heading; a party can appear in more than one). With a query: only the matches, each subunit
 * under its main unit. Ids the list no longer has (access withdrawn) are skipped.
 */
export function pickerItems(index: PartyIndex, search: PartySearch, memory: PartyMemory): Int32Array {
  const all = withHeadings(index, search.matches);
  if (search.query !== '') return all;
  const favourites = known(index, memory.favourites, search.showDeleted);
  const recent = known(index, memory.recent, search.showDeleted);
  if (favourites.length === 0 && recent.length === 0) return all;
  const head: number[] = [];
  if (favourites.length > 0) head.push(SECTION_FAVOURITES, ...favourites);
  if (recent.length > 0) head.push(SECTION_RECENT, ...recent);
  head.push(SECTION_ALL);
  const out = new Int32Array(head.length + all.length);
  out.set(head);
  out.set(all, head.length);
  return out;
}

/** Whether an item can be chosen (section headings and access-less main units cannot). */
export function isSelectable(index: PartyIndex, item: number): boolean {
  return item >= 0 && ((index.flags[item] ?? 0) & FLAG_HEADING) === 0;
}
