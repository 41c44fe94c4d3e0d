import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { Notice } from '../../../components/Notice';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { useT } from '../../../i18n/useT';
import { LazyShortcutsDialog } from '../shortcuts/LazyShortcutsDialog';
import { useListShortcuts } from '../shortcuts/useListShortcuts';
import { useRowCommands } from '../shortcuts/useRowCommands';
import type { Folder } from '../urlState';
import type { BulkActionKind, BulkTarget } from './bulkActions';
import { BulkToolbar } from './BulkToolbar';
import { LazyUndoSnackbar } from './LazyUndoSnackbar';
import { loadedBulkEngine, preloadBulkEngine } from './loadBulkEngine';
import { useBulkActions, type AppliedChange } from './useBulkActions';
import { useSelection, type SelectionControls } from './useSelection';

/** What the list actions need to know about one row. */
export interface ActionRow {
  /** `{partyId}/{guid}` */
  id: string;
  partyId: number;
  guid: string;
  readStatus: BulkTarget['readStatus'];
  /** Archived rows may be inside the app's deletion-prevention window; others cannot. */
  isArchived?: boolean;
}

export interface ListActionsOptions<R extends ActionRow> {
  rows: readonly R[];
  folder: Folder;
  /** The row's name in failure reports and its checkbox label (app title, plus party where useful). */
  nameOf: (row: R) => string;
  hrefOf: (row: R) => string;
  /** The list's own URL while an instance is open (Escape/u goes there), else null. */
  backHref: string | null;
  /** The open instance's row id, to put focus back on it after "back". */
  openId: string | null;
  onApplied: (change: AppliedChange) => void;
  /** Extra content for the live region (e.g. "party X's messages are now in the list"). */
  announce?: string;
}

export interface ListActions {
  selection: SelectionControls;
  /** For the rows component: lets keyboard navigation scroll an unmounted row into view. */
  registerScroller: (scrollTo: ((index: number) => void) | null) => void;
  /** Toolbar, shortcuts button, Undo snackbar, failures and the live region, in page order. */
  controls: ReactNode;
  /** The `?` overlay; render it anywhere. */
  overlay: ReactNode;
}

/**
 * Everything "acting on the list" needs, for any list of rows: selection (with Shift ranges and
 * select all loaded), bulk read/unread/bin/restore with per-item failures and Undo, the keyboard
 * shortcuts and their overlay. Rows must carry `data-row-id` (shortcuts/rowFocus.ts) and render a
 * SelectRowCheckbox with `selection.isSelected` / `selection.toggle`.
 */
export function useListActions<R extends ActionRow>({
  rows,
  folder,
  nameOf,
  hrefOf,
  backHref,
  openId,
  onApplied,
  announce = '',
}: ListActionsOptions<R>): ListActions {
  const t = useT();
  const navigate = useNavigate();
  const orderedIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const selected = useSelection(orderedIds);
  // Ticking a row (by click, Space or x) is the intent to act: the bulk engine starts coming.
  const { toggle: toggleSelected } = selected;
  const toggle = useCallback(
    (id: string, range: boolean) => {
      preloadBulkEngine();
      toggleSelected(id, range);
    },
    [toggleSelected],
  );
  const selection: SelectionControls = { ...selected, toggle };
  const rowCommands = useRowCommands(orderedIds);
  const bulk = useBulkActions(onApplied);
  const [helpOpen, setHelpOpen] = useState(false);

  const act = (kind: BulkActionKind, ids: Iterable<string>) => {
    const wanted = new Set(ids);
    const targets = rows
      .filter((row) => wanted.has(row.id))
      .map((row) => ({
        id: row.id,
        partyId: row.partyId,
        guid: row.guid,
        title: nameOf(row),
        readStatus: row.readStatus,
        archived: row.isArchived,
      }));
    void bulk.run(kind, targets);
  };
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
      const row = rows.find((r) => r.id === rowCommands.current());
      if (row) void navigate(hrefOf(row));
    },
    back: () => {
      if (backHref === null) return;
      void navigate(backHref);
      if (openId) rowCommands.focusId(openId);
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

  // Present whenever an action has produced failures: the engine brought them.
  const BulkFailures = loadedBulkEngine()?.BulkFailures;
  const controls = (
    <>
      <Box
        sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between' }}
        onPointerEnter={preloadBulkEngine}
        onFocus={preloadBulkEngine}
      >
        <BulkToolbar
          folder={folder}
          loadedCount={rows.length}
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
      <LazyUndoSnackbar offer={bulk.offer} onUndo={() => void bulk.undo()} onClose={bulk.closeOffer} />
      {BulkFailures && <BulkFailures failures={bulk.failures} onDismiss={bulk.dismissFailures} />}
      {bulk.unavailable && (
        <Notice severity="error" role="alert">
          {t('fault.network')}
        </Notice>
      )}
      <Box role="status">
        <VisuallyHidden>{bulk.announcement}</VisuallyHidden>
        <VisuallyHidden>{announce}</VisuallyHidden>
      </Box>
    </>
  );
  const overlay = <LazyShortcutsDialog open={helpOpen} onClose={useCallback(() => setHelpOpen(false), [])} />;
  return { selection, registerScroller: rowCommands.registerScroller, controls, overlay };
}
