import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';

import type { InstanceSummary } from '../../../api/storage';
import { useAllPartiesI18n } from '../../../i18n/features/allParties/useAllPartiesT';
import { leavesFolder } from '../bulk/leavesFolder';
import type { AppliedChange } from '../bulk/useBulkActions';
import { useListActions } from '../bulk/useListActions';
import { ListSkeleton } from '../ListSkeleton';
import { SelectableRows } from '../SelectableRows';
import { useListVirtualizer } from '../useListVirtualizer';
import type { Folder } from '../urlState';
import type { RowTexts } from '../useRowTexts';
import { allPartiesHref } from './allPartiesHref';
import { LoadProgress } from './LoadProgress';
import type { AllPartiesList as AllPartiesListData } from './useAllPartiesList';

const ESTIMATED_ROW = 104;

/** The merged list with its progress line, selection, bulk actions and shortcuts. */
export function AllPartiesList({
  list,
  texts,
  folder,
  search,
  partyName,
  open,
}: {
  list: AllPartiesListData;
  texts: RowTexts;
  folder: Folder;
  search: URLSearchParams;
  partyName: (partyId: number) => string;
  open: { partyId: number; instanceGuid: string } | null;
}) {
  const { t } = useAllPartiesI18n();
  const removed = useRef(new Map<string, InstanceSummary>());
  const { rows, update, insert } = list;

  const onApplied = useCallback(
    ({ outcome, undo }: AppliedChange) => {
      const ids = new Set(outcome.succeeded.map((target) => target.id));
      if (outcome.kind === 'markRead' || outcome.kind === 'markUnread') {
        // Read status never moves a row (Storage leaves lastChanged alone): safe to show at once.
        const previous = new Map(outcome.succeeded.map((target) => [target.id, target.readStatus]));
        const status = outcome.kind === 'markRead' ? 'Read' : 'Unread';
        update(ids, (row) => ({
          ...row,
          readStatus: undo ? (previous.get(row.id) ?? row.readStatus) : status,
        }));
        return;
      }
      if (!leavesFolder(outcome.kind, folder)) return;
      if (!undo) {
        for (const row of rows) if (ids.has(row.id)) removed.current.set(row.id, row);
        update(ids, () => null);
      } else {
        insert([...ids].flatMap((id) => removed.current.get(id) ?? []));
      }
    },
    [folder, rows, update, insert],
  );

  const hrefOf = useCallback(
    (row: InstanceSummary) =>
      allPartiesHref(folder, search, { partyId: row.partyId, instanceGuid: row.guid }),
    [folder, search],
  );
  const virtual = useListVirtualizer(rows, ESTIMATED_ROW);
  const inserted = useInsertedAnnouncement(list.parties, partyName);
  const actions = useListActions({
    rows,
    folder,
    nameOf: (row) => `${texts.title(row.appId)} (${partyName(row.partyId)})`,
    hrefOf,
    backHref: open ? allPartiesHref(folder, search) : null,
    openId: open ? `${open.partyId}/${open.instanceGuid}` : null,
    onApplied,
    announce: inserted,
  });

  return (
    <Box>
      <LoadProgress parties={list.parties} nameOf={partyName} onRetry={list.retry} />
      {actions.controls}
      {list.starting ? (
        <ListSkeleton />
      ) : rows.length === 0 && list.complete ? (
        <Typography sx={{ py: 4, textAlign: 'center' }}>{t('allParties.empty')}</Typography>
      ) : (
        <SelectableRows
          {...virtual}
          rows={rows}
          texts={texts}
          label={`${t('allParties.heading')}: ${t(`allParties.folder.${folder}`)}`}
          hrefOf={hrefOf}
          partyName={partyName}
          openGuid={open?.instanceGuid ?? null}
          isSelected={actions.selection.isSelected}
          onToggle={actions.selection.toggle}
          registerScroller={actions.registerScroller}
        />
      )}
      <Box sx={{ py: 2, display: 'flex', justifyContent: 'center', minHeight: 72 }}>
        {!list.complete && !list.starting ? (
          <Button variant="outlined" onClick={list.loadMore}>
            {t('allParties.loadMore')}
          </Button>
        ) : (
          rows.length > 0 && <Typography color="text.secondary">{t('allParties.end')}</Typography>
        )}
      </Box>
      {actions.overlay}
    </Box>
  );
}

/** "The messages of X are now in the list" once a failed party's retry succeeds. */
function useInsertedAnnouncement(
  parties: readonly { partyId: number; state: string }[],
  partyName: (partyId: number) => string,
): string {
  const { t } = useAllPartiesI18n();
  const failedBefore = useRef(new Set<number>());
  const [message, setMessage] = useState('');
  useEffect(() => {
    const recovered = parties.filter((p) => p.state === 'loaded' && failedBefore.current.has(p.partyId));
    for (const party of parties) {
      if (party.state === 'failed') failedBefore.current.add(party.partyId);
      else if (party.state === 'loaded') failedBefore.current.delete(party.partyId);
    }
    if (recovered.length > 0) {
      setMessage(recovered.map((p) => t('allParties.inserted', { name: partyName(p.partyId) })).join(' '));
    }
  }, [parties, partyName, t]);
  return message;
}
