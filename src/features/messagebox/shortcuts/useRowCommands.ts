import { useCallback, useRef } from 'react';

import { focusedRowId, focusRow, neighbourRow } from './rowFocus';

/**
 * Keyboard movement over virtualized rows: the row to move to may not be mounted, so it is
 * scrolled into range first and focused on the next frame.
 */
export function useRowCommands(orderedIds: readonly string[]) {
  const scroller = useRef<((index: number) => void) | null>(null);
  const lastRow = useRef<string | null>(null);
  const registerScroller = useCallback((scrollTo: ((index: number) => void) | null) => {
    scroller.current = scrollTo;
  }, []);

  const current = useCallback((): string | null => {
    const focused = focusedRowId();
    if (focused) lastRow.current = focused;
    return focused ?? (lastRow.current && orderedIds.includes(lastRow.current) ? lastRow.current : null);
  }, [orderedIds]);

  const focusId = useCallback(
    (id: string) => {
      lastRow.current = id;
      if (focusRow(id)) return;
      const index = orderedIds.indexOf(id);
      if (index < 0) return;
      scroller.current?.(index);
      requestAnimationFrame(() => requestAnimationFrame(() => focusRow(id)));
    },
    [orderedIds],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      const target = neighbourRow(orderedIds, current(), step);
      if (target) focusId(target);
    },
    [current, focusId, orderedIds],
  );

  return { registerScroller, current, focusId, move };
}
