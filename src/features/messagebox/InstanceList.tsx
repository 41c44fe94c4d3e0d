import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { InstanceSummary } from '../../api/storage';
import { useT } from '../../i18n/useT';
import { InstanceRow } from './InstanceRow';
import type { InstanceList as ListData } from './useInstanceList';
import type { RowTexts } from './useRowTexts';
import { useScrollRestore } from './useScrollRestore';

interface Props {
  list: ListData;
  texts: RowTexts;
  label: string;
  scrollKey: string;
  hrefOf: (row: InstanceSummary) => string;
  selectedGuid: string | null;
  /** False while the list is hidden behind a full-page instance (phones). */
  active: boolean;
}

const ESTIMATED_ROW = 96;
/** Give up auto-loading after this many pages in a row that added no visible rows (client filters). */
const MAX_BARREN_PAGES = 10;

/**
 * The rows, virtualized against the window's scroll: only the rows in view (plus overscan) are
 * mounted, so 10,000 loaded rows keep a small DOM. More pages load as the end comes into view;
 * a visible "Load more" button does the same for keyboard users and after an error.
 */
export function InstanceList({ list, texts, label, scrollKey, hrefOf, selectedGuid, active }: Props) {
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  const [now] = useState(() => new Date());
  useLayoutEffect(() => setMargin(listRef.current?.offsetTop ?? 0), []);
  const virtualizer = useWindowVirtualizer({
    count: list.rows.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => list.rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  const isShown = useCallback(() => listRef.current?.offsetParent != null, []);
  const barren = useRef({ rows: list.rows.length, pages: 0 });
  useEffect(() => {
    if (!active || !list.hasNextPage || list.isFetchingNextPage || list.nextPageFailed) return;
    if (lastIndex < list.rows.length - 10) return;
    const state = barren.current;
    state.pages = list.rows.length > state.rows ? 0 : state.pages + 1;
    state.rows = list.rows.length;
    if (state.pages <= MAX_BARREN_PAGES) list.fetchNextPage();
  }, [active, lastIndex, list]);

  useScrollRestore({
    key: scrollKey,
    ready: list.status === 'success',
    active,
    canReach: (offset) =>
      !list.hasNextPage || margin + virtualizer.getTotalSize() >= offset + window.innerHeight,
    loadMore: list.fetchNextPage,
    isShown,
  });

  return (
    <Box>
      <Box
        component="ul"
        ref={listRef}
        aria-label={label}
        sx={{ listStyle: 'none', m: 0, p: 0, position: 'relative', height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = list.rows[item.index];
          if (!row) return null;
          return (
            <Box
              component="li"
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={-1}
              aria-posinset={item.index + 1}
              sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              <InstanceRow
                row={row}
                texts={texts}
                href={hrefOf(row)}
                selected={row.guid === selectedGuid}
                now={now}
              />
            </Box>
          );
        })}
      </Box>
      <Box sx={{ py: 2, display: 'flex', justifyContent: 'center', minHeight: 72 }}>
        {list.nextPageFailed ? (
          <Alert
            severity="error"
            variant="outlined"
            action={
              <Button color="inherit" onClick={list.retry}>
                {t('mb.error.retry')}
              </Button>
            }
          >
            {t('mb.error.more')}
          </Alert>
        ) : list.hasNextPage ? (
          <Button variant="outlined" onClick={list.fetchNextPage} aria-disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? t('mb.loadingMore') : t('mb.loadMore')}
          </Button>
        ) : (
          list.rows.length > 0 && <Typography color="text.secondary">{t('mb.allLoaded')}</Typography>
        )}
      </Box>
    </Box>
  );
}
