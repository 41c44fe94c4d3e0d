import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import type { InstanceSummary } from '../../../api/storage';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { useI18n } from '../../../i18n/useT';
import type { BulkActionKind, BulkTarget } from '../bulk/bulkActions';
import { BulkFailures } from '../bulk/BulkFailures';
import { BulkToolbar } from '../bulk/BulkToolbar';
import { UndoSnackbar } from '../bulk/UndoSnackbar';
import { useBulkActions, type AppliedChange } from '../bulk/useBulkActions';
import { useSelection } from '../bulk/useSelection';
import { ListSkeleton } from '../ListSkeleton';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog';
import { useListShortcuts } from '../shortcuts/useListShortcuts';
import type { Folder } from '../urlState';
import type { RowTexts } from '../useRowTexts';
import { AllPartiesRows } from './AllPartiesRows';
import { allPartiesHref } from './allPartiesHref';
import { LoadProgress } from './LoadProgress';
import type { AllPartiesList as AllPartiesListData } from './useAllPartiesList';
import { useRowCommands } from './useRowCommands';

/** Whether a bulk result takes rows out of the folder shown (so they leave the list at once). */
function leavesFolder(kind: BulkActionKind, folder: Folder): boolean {
  return (kind === 'moveToBin' && folder !== 'bin') || (kind === 'restore' && folder === 'bin');
}

/** The merged list with selection, bulk actions and shortcuts. */
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
  const { t } = useI18n();
  const navigate = useNavigate();
  const orderedIds = useMemo(() => list.rows.map((row) => row.id), [list.rows]);
  const selection = useSelection(orderedIds);
  const rowCommands = useRowCommands(orderedIds);
  const [helpOpen, setHelpOpen] = useState(false);
  const removed = useRef(new Map<string, InstanceSummary>());

  const onApplied = useCallback(
    ({ outcome, undo }: AppliedChange) => {
      const ids = new Set(outcome.succeeded.map((target) => target.id));
      if (outcome.kind === 'markRead' || outcome.kind === 'markUnread') {
        // Read status never moves a row (Storage leaves lastChanged alone), so this is safe to show at once.
        const previous = new Map(outcome.succeeded.map((target) => [target.id, target.readStatus]));
        const status = outcome.kind === 'markRead' ? 'Read' : 'Unread';
        list.update(ids, (row) => ({
          ...row,
          readStatus: undo ? (previous.get(row.id) ?? row.readStatus) : status,
        }));
        return;
      }
      if (!leavesFolder(outcome.kind, folder)) return;
      if (!undo) {
        for (const row of list.rows) if (ids.has(row.id)) removed.current.set(row.id, row);
        list.update(ids, () => null);
      } else {
        list.insert([...ids].flatMap((id) => removed.current.get(id) ?? []));
      }
    },
    [folder, list],
  );
  const bulk = useBulkActions(onApplied);

  const hrefOf = useCallback(
    (row: InstanceSummary) =>
      allPartiesHref(folder, search, { partyId: row.partyId, instanceGuid: row.guid }),
    [folder, search],
  );
  const targetsOf = (ids: Iterable<string>): BulkTarget[] => {
    const wanted = new Set(ids);
    return list.rows
      .filter((row) => wanted.has(row.id))
      .map((row) => ({
        id: row.id,
        partyId: row.partyId,
        guid: row.guid,
        title: `${texts.title(row.appId)} (${partyName(row.partyId)})`,
        readStatus: row.readStatus,
      }));
  };
  const act = (kind: BulkActionKind, ids: Iterable<string>) => void bulk.run(kind, targetsOf(ids));
  /** Shortcut actions apply to the selection, or to the focused row when nothing is selected. */
  const actOnCurrent = (kind: BulkActionKind) => {
    if (selection.selectedIds.size > 0) return act(kind, selection.selectedIds);
    const current = rowCommands.current();
    if (current) act(kind, [current]);
  };

  useListShortcuts({
    next: () => rowCommands.move(1),
    previous: () => rowCommands.move(-1),
    open: () => {
      const row = list.rows.find((r) => r.id === rowCommands.current());
      if (row) void navigate(hrefOf(row));
    },
    back: () => {
      if (!open) return;
      void navigate(allPartiesHref(folder, search));
      rowCommands.focusId(`${open.partyId}/${open.instanceGuid}`);
    },
    focusSearch: () => document.querySelector<HTMLInputElement>('[data-shortcut-target="search"]')?.focus(),
    toggleSelect: () => {
      const current = rowCommands.current();
      if (current) selection.toggle(current, false);
    },
    markRead: () => actOnCurrent('markRead'),
    markUnread: () => actOnCurrent('markUnread'),
    moveToBin: () => actOnCurrent(folder === 'bin' ? 'restore' : 'moveToBin'),
    showHelp: () => setHelpOpen(true),
  });

  const inserted = useInsertedAnnouncement(list.parties, partyName);

  return (
    <Box>
      <LoadProgress parties={list.parties} nameOf={partyName} onRetry={list.retry} />
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between' }}>
        <BulkToolbar
          folder={folder}
          loadedCount={list.rows.length}
          selectedCount={selection.selectedIds.size}
          allState={selection.allState}
          busy={bulk.busy}
          onSelectAll={selection.selectAllLoaded}
          onClear={selection.clear}
          onAction={(kind) => act(kind, selection.selectedIds)}
        />
        <Button size="small" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          {t('shortcuts.open')}
        </Button>
      </Box>
      <UndoSnackbar offer={bulk.offer} onUndo={() => void bulk.undo()} onClose={bulk.closeOffer} />
      <BulkFailures failures={bulk.failures} onDismiss={bulk.dismissFailures} />
      <Box role="status">
        <VisuallyHidden>{bulk.announcement}</VisuallyHidden>
        <VisuallyHidden>{inserted}</VisuallyHidden>
      </Box>
      {list.starting ? (
        <ListSkeleton />
      ) : list.rows.length === 0 && list.complete ? (
        <Typography sx={{ py: 4, textAlign: 'center' }}>{t('allParties.empty')}</Typography>
      ) : (
        <AllPartiesRows
          rows={list.rows}
          texts={texts}
          label={`${t('allParties.heading')}: ${t(`allParties.folder.${folder}`)}`}
          hrefOf={hrefOf}
          partyName={partyName}
          openGuid={open?.instanceGuid ?? null}
          isSelected={selection.isSelected}
          onToggle={selection.toggle}
          registerScroller={rowCommands.registerScroller}
        />
      )}
      <Box sx={{ py: 2, display: 'flex', justifyContent: 'center', minHeight: 72 }}>
        {!list.complete && !list.starting ? (
          <Button variant="outlined" onClick={list.loadMore}>
            {t('allParties.loadMore')}
          </Button>
        ) : (
          list.rows.length > 0 && <Typography color="text.secondary">{t('allParties.end')}</Typography>
        )}
      </Box>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </Box>
  );
}

/** "The messages of X are now in the list" once a failed party's retry succeeds. */
function useInsertedAnnouncement(
  parties: readonly { partyId: number; state: string }[],
  partyName: (partyId: number) => string,
): string {
  const { t } = useI18n();
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
