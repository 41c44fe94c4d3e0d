/** What a list looked like when it was last announced. */
export interface ListSnapshot {
  /** Which list this is: party, folder and filters. A new key is a new list. */
  key: string;
  ids: readonly string[];
}

export type ListAnnouncement =
  { kind: 'shown'; count: number; more: boolean } | { kind: 'new'; count: number } | null;

/**
 * What a screen reader should hear when a list changes under it, without moving focus:
 * - a list that is new (first load, other folder, search or filter) says how many rows it shows,
 *   and whether more will load — never a total the server did not give;
 * - the same list refreshed in the background says how many rows arrived that were not there;
 * - rows appended by loading the next page are what the person asked for, and say nothing.
 * Appended means: after the last row that was already there.
 */
export function announceListChange(
  previous: ListSnapshot | null,
  current: ListSnapshot,
  hasMore: boolean,
): ListAnnouncement {
  if (previous === null || previous.key !== current.key) {
    return { kind: 'shown', count: current.ids.length, more: hasMore };
  }
  const before = new Set(previous.ids);
  let lastKnown = -1;
  current.ids.forEach((id, index) => {
    if (before.has(id)) lastKnown = index;
  });
  let arrived = 0;
  for (let index = 0; index < lastKnown; index += 1) {
    const id = current.ids[index];
    if (id !== undefined && !before.has(id)) arrived += 1;
  }
  return arrived > 0 ? { kind: 'new', count: arrived } : null;
}
