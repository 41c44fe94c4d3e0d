import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef } from 'react';

import type { InstanceSummary } from '../../api/storage';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/useT';
import type { SelectionControls } from './bulk/useSelection';
import { SelectableRows } from './SelectableRows';
import type { InstanceList as ListData } from './useInstanceList';
import { useListVirtualizer } from './useListVirtualizer';
import type { RowTexts } from './useRowTexts';
import { useScrollRestore } from './useScrollRestore';

interface Props {
  list: ListData;
  /** The rows to show: the list's rows less any just moved out of this folder. */
  rows: readonly InstanceSummary[];
  texts: RowTexts;
  label: string;
  scrollKey: string;
  hrefOf: (row: InstanceSummary) => string;
  selectedGuid: string | null;
  /** False while the list is hidden behind a full-page instance (phones). */
  active: boolean;
  selection: Pick<SelectionControls, 'isSelected' | 'toggle'>;
  registerScroller: (scrollTo: ((index: number) => void) | null) => void;
}

const ESTIMATED_ROW = 96;
/** Give up auto-loading after this many pages in a row that added no visible rows (client filters). */
const MAX_BARREN_PAGES = 10;

/**
 * One party's rows (virtualized, selectable: SelectableRows), loading more pages as the end
 * comes into view; a visible "Load more" button does the same for keyboard users and after an
 * error. The back button brings the person back to the row they were at (useScrollRestore).
 */
export function InstanceList({
  list,
  rows,
  texts,
  label,
  scrollKey,
  hrefOf,
  selectedGuid,
  active,
  selection,
  registerScroller,
}: Props) {
  const t = useT();
  const virtual = useListVirtualizer(rows, ESTIMATED_ROW);
  const { virtualizer, listRef } = virtual;
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  const isShown = useCallback(() => listRef.current?.offsetParent != null, [listRef]);
  const barren = useRef({ rows: rows.length, pages: 0 });
  useEffect(() => {
    if (!active || !list.hasNextPage || list.isFetchingNextPage || list.nextPageFailed) return;
    if (lastIndex < rows.length - 10) return;
    const state = barren.current;
    state.pages = rows.length > state.rows ? 0 : state.pages + 1;
    state.rows = rows.length;
    if (state.pages <= MAX_BARREN_PAGES) list.fetchNextPage();
  }, [active, lastIndex, list, rows.length]);

  useScrollRestore({
    key: scrollKey,
    ready: list.status === 'success',
    rows,
    hasMore: list.hasNextPage,
    loadMore: list.fetchNextPage,
    virtualizer,
    active,
    isShown,
  });

  return (
    <Box>
      <SelectableRows
        {...virtual}
        rows={rows}
        texts={texts}
        label={label}
        hrefOf={hrefOf}
        openGuid={selectedGuid}
        isSelected={selection.isSelected}
        onToggle={selection.toggle}
        registerScroller={registerScroller}
      />
      <Box sx={{ py: 2, display: 'flex', justifyContent: 'center', minHeight: 72 }}>
        {list.nextPageFailed ? (
          <Notice
            severity="error"
            role="alert"
            action={
              <Button color="inherit" onClick={list.retry}>
                {t('mb.error.retry')}
              </Button>
            }
          >
            {t('mb.error.more')}
          </Notice>
        ) : list.hasNextPage ? (
          <Button variant="outlined" onClick={list.fetchNextPage} aria-disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? t('mb.loadingMore') : t('mb.loadMore')}
          </Button>
        ) : (
          rows.length > 0 && <Typography color="text.secondary">{t('mb.allLoaded')}</Typography>
        )}
      </Box>
    </Box>
  );
}
