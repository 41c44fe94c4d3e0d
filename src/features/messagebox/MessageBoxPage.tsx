import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';

import { ListAnnouncer } from '../../components/ListAnnouncer';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n/useT';
import type { InstanceSummary } from '../../api/storage';
import { leavesFolder } from './bulk/leavesFolder';
import type { AppliedChange } from './bulk/useBulkActions';
import { useListActions } from './bulk/useListActions';
import { FilterBar } from './FilterBar';
import { FolderNav } from './FolderNav';
import { InstanceList } from './InstanceList';
import { ListSkeleton } from './ListSkeleton';
import { ListEmpty, ListError } from './ListStates';
import { SearchBox } from './SearchBox';
import { useFilterOptions } from './useFilterOptions';
import { useInstanceList } from './useInstanceList';
import { useRowTexts } from './useRowTexts';
import {
  defaultListFilters,
  hasActiveFilters,
  listStateKey,
  partyFolderPath,
  type Folder,
  type ListFilters,
} from './urlState';

export interface MessageBoxPageProps {
  partyId: number;
  partyName: string;
  folder: Folder;
  filters: ListFilters;
  instanceGuid: string | null;
  /** The all-parties view of this folder, for people with more than one party (else null). */
  allPartiesHref?: string | null;
  /** The open instance beside the list: the app layer composes the instance view in here (features do not import each other). */
  renderInstance: (open: {
    partyId: number;
    instanceGuid: string;
    folder: Folder;
    listPath: string;
  }) => ReactNode;
}

/**
 * One party's folder: heading, folders, search and filters, the list, and the open instance
 * beside it on wide screens (alone, full page, on narrow ones). Everything it shows follows the
 * URL, and every choice made here is a navigation.
 */
export function MessageBoxPage({
  partyId,
  partyName,
  folder,
  filters,
  instanceGuid,
  allPartiesHref = null,
  renderInstance,
}: MessageBoxPageProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const list = useInstanceList(partyId, folder, filters);
  const texts = useRowTexts(list.rows, language);
  const options = useFilterOptions(list.rows, filters, texts, language);
  const folderName = t(`mb.folder.${folder}`);
  const heading = t('mb.heading', { folder: folderName, party: partyName });
  const title = filters.q
    ? t('mb.documentTitle.search', { q: filters.q, folder: folderName, party: partyName })
    : heading;
  const filtered = hasActiveFilters(filters);
  const clearHref = partyFolderPath(partyId, folder, { ...defaultListFilters, sort: filters.sort });
  const apply = useCallback(
    (patch: Partial<ListFilters>) =>
      void navigate(partyFolderPath(partyId, folder, { ...filters, ...patch })),
    [navigate, partyId, folder, filters],
  );
  const open = instanceGuid !== null;
  const hrefOf = useCallback(
    (row: { guid: string }) => partyFolderPath(partyId, folder, filters, row.guid),
    [partyId, folder, filters],
  );
  const listPath = partyFolderPath(partyId, folder, filters);

  // Rows just moved out of this folder leave at once; the refetch that follows every bulk
  // action (useBulkActions) then agrees. Undo brings them back the same way.
  const [moved, setMoved] = useState<ReadonlySet<string>>(() => new Set());
  const onApplied = useCallback(
    ({ outcome, undo }: AppliedChange) => {
      if (!leavesFolder(outcome.kind, folder)) return;
      setMoved((current) => {
        const next = new Set(current);
        for (const target of outcome.succeeded) {
          if (undo) next.delete(target.id);
          else next.add(target.id);
        }
        return next;
      });
    },
    [folder],
  );
  const rows = useMemo(
    () => (moved.size === 0 ? list.rows : list.rows.filter((row) => !moved.has(row.id))),
    [list.rows, moved],
  );
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const listKey = `${partyId}/${folder}?${listStateKey(filters)}`;
  const actions = useListActions<InstanceSummary>({
    rows,
    folder,
    nameOf: (row) => texts.title(row.appId),
    hrefOf,
    backHref: open ? listPath : null,
    openId: open ? `${partyId}/${instanceGuid}` : null,
    onApplied,
  });

  return (
    <Stack>
      <Box sx={{ display: { xs: open ? 'none' : 'block', md: 'block' } }}>
        <PageHeading title={title}>{heading}</PageHeading>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 2 }}>
          <FolderNav
            current={folder}
            hrefOf={(f) => partyFolderPath(partyId, f, { ...defaultListFilters, sort: filters.sort })}
          />
          {allPartiesHref && (
            <Link component={RouterLink} to={allPartiesHref} sx={{ mb: 2 }}>
              {t('mb.allPartiesLink')}
            </Link>
          )}
        </Box>
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap' }}>
          <SearchBox value={filters.q} onSearch={(q) => apply({ q })} />
        </Stack>
        <FilterBar
          filters={filters}
          options={options}
          onChange={apply}
          clearHref={filtered ? clearHref : null}
        />
        {list.truncatedAt !== null && (
          // A status, not an alert: it explains the list, and is read after it without cutting in.
          <Notice severity="info" role="status" sx={{ mt: 2 }}>
            {t('mb.truncated', { count: list.truncatedAt })}
          </Notice>
        )}
      </Box>
      <Box
        sx={{
          mt: 2,
          display: 'grid',
          gap: 2,
          gridTemplateColumns: {
            xs: 'minmax(0, 1fr)',
            md: open ? 'minmax(0, 1fr) minmax(0, 1fr)' : 'minmax(0, 1fr)',
          },
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: { xs: open ? 'none' : 'block', md: 'block' }, minWidth: 0 }}>
          <ListAnnouncer
            listKey={listKey}
            ids={rowIds}
            ready={list.status === 'success'}
            hasMore={list.hasNextPage}
          />
          {/* Not on an empty folder (nothing to act on), but kept while a bulk move empties it,
              so Undo stays reachable after moving the last rows. */}
          {list.status === 'success' && (rows.length > 0 || moved.size > 0) && actions.controls}
          {list.status === 'pending' ? (
            <ListSkeleton />
          ) : list.status === 'error' ? (
            <ListError onRetry={list.retry} error={list.error} />
          ) : rows.length === 0 && !list.hasNextPage ? (
            <ListEmpty folder={folder} filtered={filtered} clearHref={clearHref} />
          ) : (
            <InstanceList
              list={list}
              rows={rows}
              selection={actions.selection}
              registerScroller={actions.registerScroller}
              texts={texts}
              label={t('mb.list.label', { folder: folderName })}
              scrollKey={listKey}
              hrefOf={hrefOf}
              selectedGuid={instanceGuid}
              active={!open || window.matchMedia('(min-width: 900px)').matches}
            />
          )}
        </Box>
        {instanceGuid && (
          <Box sx={{ position: { md: 'sticky' }, top: { md: 16 }, minWidth: 0 }}>
            {renderInstance({ partyId, instanceGuid, folder, listPath })}
          </Box>
        )}
      </Box>
      {actions.overlay}
    </Stack>
  );
}
