import Box from '@mui/material/Box';
import { useLayoutEffect, useState } from 'react';

import type { InstanceSummary } from '../../api/storage';
import { SelectRowCheckbox } from './bulk/SelectRowCheckbox';
import { InstanceRow } from './InstanceRow';
import { ROW_ATTRIBUTE } from './shortcuts/rowFocus';
import type { VirtualList } from './useListVirtualizer';
import type { RowTexts } from './useRowTexts';

export interface SelectableRowsProps extends VirtualList {
  rows: readonly InstanceSummary[];
  texts: RowTexts;
  label: string;
  hrefOf: (row: InstanceSummary) => string;
  /** The party each row belongs to, in the all-parties view; absent in one party's list. */
  partyName?: (partyId: number) => string;
  openGuid: string | null;
  isSelected: (id: string) => boolean;
  onToggle: (id: string, range: boolean) => void;
  /** Lets keyboard navigation bring an unmounted row into view before focusing it. */
  registerScroller: (scrollTo: ((index: number) => void) | null) => void;
}

/**
 * The rows of a list one can act on, for one party's list and the all-parties view alike:
 * virtualized (only rows in view are mounted), each with a selection checkbox beside the row's
 * link (a checkbox cannot live inside a link) and `data-row-id` for the shortcuts.
 */
export function SelectableRows({
  rows,
  texts,
  label,
  hrefOf,
  partyName,
  openGuid,
  isSelected,
  onToggle,
  registerScroller,
  listRef,
  virtualizer,
}: SelectableRowsProps) {
  const [now] = useState(() => new Date());
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
        const party = partyName?.(row.partyId);
        // Named with the party too where there are several: the same service often shows up
        // for several parties.
        const title = party ? `${texts.title(row.appId)}, ${party}` : texts.title(row.appId);
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
                partyName={party}
              />
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
