import { useCallback, useMemo, useState } from 'react';

import {
  emptySelection,
  keepShown,
  selectAll,
  selectAllState,
  toggleOne,
  toggleRange,
  type SelectAllState,
} from './selection';

export interface SelectionControls {
  selectedIds: ReadonlySet<string>;
  isSelected: (id: string) => boolean;
  /** `range` = Shift was held: select (or clear) from the last clicked row to this one. */
  toggle: (id: string, range: boolean) => void;
  selectAllLoaded: () => void;
  clear: () => void;
  allState: SelectAllState;
}

/**
 * Row selection for a list whose rows are `orderedIds`, in the order shown. Ids that stop being
 * shown (moved away, filtered out) leave the selection by themselves, so an action never hits a
 * row the person cannot see.
 */
export function useSelection(orderedIds: readonly string[]): SelectionControls {
  const [raw, setRaw] = useState(emptySelection);
  const selection = useMemo(() => keepShown(raw, orderedIds), [raw, orderedIds]);
  const toggle = useCallback(
    (id: string, range: boolean) =>
      setRaw((current) => {
        const shown = keepShown(current, orderedIds);
        return range ? toggleRange(shown, id, orderedIds) : toggleOne(shown, id);
      }),
    [orderedIds],
  );
  return {
    selectedIds: selection.ids,
    isSelected: (id) => selection.ids.has(id),
    toggle,
    selectAllLoaded: useCallback(() => setRaw(selectAll(orderedIds)), [orderedIds]),
    clear: useCallback(() => setRaw(emptySelection), []),
    allState: selectAllState(selection, orderedIds),
  };
}
