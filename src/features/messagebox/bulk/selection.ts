/**
 * Which rows are selected, as a pure value. Ids are instance ids (`{partyId}/{guid}`), so a
 * selection survives re-sorting and rows arriving; the anchor is the row of the last plain click,
 * from which Shift+click selects a range, as in every file manager.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  anchor: string | null;
}

export const emptySelection: Selection = { ids: new Set(), anchor: null };

/** A plain click or Space on a row's checkbox. */
export function toggleOne(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * Shift+click: every row from the anchor to `id` (in the order shown) takes the state the
 * clicked row is getting. Without an anchor (or one no longer shown) it is a plain toggle.
 */
export function toggleRange(selection: Selection, id: string, ordered: readonly string[]): Selection {
  const from = selection.anchor === null ? -1 : ordered.indexOf(selection.anchor);
  const to = ordered.indexOf(id);
  if (from < 0 || to < 0) return toggleOne(selection, id);
  const select = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  const [start, end] = from <= to ? [from, to] : [to, from];
  for (const rowId of ordered.slice(start, end + 1)) {
    if (select) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { ids, anchor: id };
}

/** "Select all loaded": every row shown now (never rows not yet fetched). */
export function selectAll(ordered: readonly string[]): Selection {
  return { ids: new Set(ordered), anchor: null };
}

/** Drops ids that are no longer shown (moved to another folder, filtered out). */
export function keepShown(selection: Selection, ordered: readonly string[]): Selection {
  const shown = new Set(ordered);
  const ids = new Set([...selection.ids].filter((id) => shown.has(id)));
  if (ids.size === selection.ids.size) return selection;
  return { ids, anchor: selection.anchor !== null && shown.has(selection.anchor) ? selection.anchor : null };
}

export type SelectAllState = 'none' | 'some' | 'all';

export function selectAllState(selection: Selection, ordered: readonly string[]): SelectAllState {
  if (ordered.length === 0) return 'none';
  const count = ordered.filter((id) => selection.ids.has(id)).length;
  if (count === 0) return 'none';
  return count === ordered.length ? 'all' : 'some';
}
