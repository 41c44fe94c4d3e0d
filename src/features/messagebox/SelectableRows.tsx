import Box from '@mui/material/Box';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

import type { InstanceSummary } from '../../../api/storage';
import { SelectRowCheckbox } from '../bulk/SelectRowCheckbox';
import { InstanceRow } from '../InstanceRow';
import { ROW_ATTRIBUTE } from '../shortcuts/rowFocus';
import type { RowTexts } from '../useRowTexts';

const ESTIMATED_ROW = 104;

/**
 * The merged rows, virtualized against the window's scroll like the single-party list, each
 * with a selection checkbox beside the row's link (a checkbox cannot live inside a link) and
 * the party it belongs to.
 */
export function AllPartiesRows({
  rows,
  texts,
  label,
  hrefOf,
  partyName,
  openGuid,
  isSelected,
  onToggle,
  registerScroller,
}: {
  rows: readonly InstanceSummary[];
  texts: RowTexts;
  label: string;
  hrefOf: (row: InstanceSummary) => string;
  partyName: (partyId: number) => string;
  openGuid: string | null;
  isSelected: (id: string) => boolean;
  onToggle: (id: string, range: boolean) => void;
  /** Lets keyboard navigation bring an unmounted row into view before focusing it. */
  registerScroller: (scrollTo: ((index: number) => void) | null) => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  const [now] = useState(() => new Date());
  useLayoutEffect(() => setMargin(listRef.current?.offsetTop ?? 0), []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  useLayoutEffect(() => {
    registerScroller((index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
    return () => registerScroller(null);
  }, [registerScroller, virtualizer]);

  return (
    <Box
      component="ul"
      ref={listRef}
      aria-label={label}
      sx={{ listStyle: 'none', m: 0, p: 0, position: 'relative', height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        // Named with the party too: the same service often shows up for several parties.
        const title = `${texts.title(row.appId)}, ${partyName(row.partyId)}`;
        return (
          <Box
            component="li"
            key={item.key}
            data-index={item.index}
            {...{ [ROW_ATTRIBUTE]: row.id }}
            ref={virtualizer.measureElement}
            aria-setsize={-1}
            aria-posinset={item.index + 1}
            sx={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              display: 'flex',
              alignItems: 'stretch',
            }}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <Box sx={{ pt: 1, borderBottom: 1, borderColor: 'divider' }}>
              <SelectRowCheckbox id={row.id} title={title} checked={isSelected(row.id)} onToggle={onToggle} />
            </Box>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <InstanceRow
                row={row}
                texts={texts}
                href={hrefOf(row)}
                selected={row.guid === openGuid}
                now={now}
                partyName={partyName(row.partyId)}
              />
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
