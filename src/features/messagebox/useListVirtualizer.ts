import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export type ListVirtualizer = Virtualizer<Window, Element>;

export interface VirtualList {
  listRef: RefObject<HTMLUListElement | null>;
  virtualizer: ListVirtualizer;
}

/**
 * Rows virtualized against the window's scroll, keyed by row id so measured heights follow a
 * row when rows before it come or go. The list's distance from the top of the page is read
 * after every render (a toolbar line or an alert above the list moves it), but never while the
 * list is hidden (it would read 0).
 */
export function useListVirtualizer(rows: readonly { id: string }[], estimatedRow: number): VirtualList {
  const listRef = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  // After every render on purpose (no dependency list): what moves the list is outside it.
  // Converges at once: state changes only when the measured top differs.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || list.offsetParent === null) return;
    const top = Math.round(list.getBoundingClientRect().top + window.scrollY);
    if (top !== margin) setMargin(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => estimatedRow,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  return { listRef, virtualizer };
}
