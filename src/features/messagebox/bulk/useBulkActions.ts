import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { queryKeys } from '../../../api/queryKeys';
import { useT } from '../../../i18n/useT';
import type { BulkActionKind, BulkFailure, BulkOutcome, BulkTarget } from './bulkActions';
import { loadBulkEngine, type BulkEngine } from './loadBulkEngine';

/** What happened, for the list to update its rows without waiting for a refetch. */
export interface AppliedChange {
  outcome: BulkOutcome;
  /** True when this is an Undo of `outcome.kind` being reverted. */
  undo: boolean;
}

export interface UndoOffer {
  /** Changes every time, so a new result restarts the snackbar's timer. */
  key: number;
  message: string;
  canUndo: boolean;
  undoing: boolean;
}

export interface BulkActionsState {
  busy: boolean;
  /** Text for the live region: the last result, failures named. */
  announcement: string;
  /** Failures of the last action, shown until dismissed (a snackbar is too short-lived for them). */
  failures: BulkFailure[];
  /** The action's code could not be fetched (offline): nothing was changed, and it says so. */
  unavailable: boolean;
  offer: UndoOffer | null;
  run: (kind: BulkActionKind, targets: readonly BulkTarget[]) => Promise<void>;
  undo: () => Promise<void>;
  closeOffer: () => void;
  dismissFailures: () => void;
}

/**
 * Runs a bulk action, reports it, and offers Undo. After every action (and every undo) the
 * affected parties' list and instance keys are invalidated, so the lists refetch what Storage
 * now says; `onApplied` lets a list patch its rows at once where that is safe.
 */
export function useBulkActions(onApplied: (change: AppliedChange) => void): BulkActionsState {
  const t = useT();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [failures, setFailures] = useState<BulkFailure[]>([]);
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const last = useRef<BulkOutcome | null>(null);
  const counter = useRef(0);

  const refresh = useCallback(
    async (targets: readonly BulkTarget[]) => {
      const parties = new Set(targets.map((target) => target.partyId));
      await Promise.all(
        [...parties].flatMap((partyId) => [
          queryClient.invalidateQueries({ queryKey: [...queryKeys.party(partyId), 'instances'] }),
          queryClient.invalidateQueries({ queryKey: [...queryKeys.party(partyId), 'instance'] }),
        ]),
      );
    },
    [queryClient],
  );

  /** The engine, or null (said in the page) when its code cannot be fetched. */
  const engine = useCallback(async (): Promise<BulkEngine | null> => {
    try {
      const loaded = await loadBulkEngine();
      setUnavailable(false);
      return loaded;
    } catch {
      // Said by the page (an alert), not by the live region too.
      setUnavailable(true);
      return null;
    }
  }, []);

  /** Read status is safe to show in the cached lists at once; everything else waits for the refetch. */
  const patch = useCallback(
    ({ patchReadStatus }: BulkEngine, outcome: BulkOutcome, undo: boolean) => {
      if (outcome.kind !== 'markRead' && outcome.kind !== 'markUnread') return;
      const byParty = new Map<number, Map<string, BulkTarget['readStatus']>>();
      for (const target of outcome.succeeded) {
        const status = undo ? target.readStatus : outcome.kind === 'markRead' ? 'Read' : 'Unread';
        const statuses = byParty.get(target.partyId) ?? new Map<string, BulkTarget['readStatus']>();
        statuses.set(target.id, status);
        byParty.set(target.partyId, statuses);
      }
      for (const [partyId, statuses] of byParty) patchReadStatus(queryClient, partyId, statuses);
    },
    [queryClient],
  );

  const run = useCallback(
    async (kind: BulkActionKind, targets: readonly BulkTarget[]) => {
      // Busy from the first moment: the engine may still be arriving, and a second press must
      // not start the same action twice.
      setBusy(true);
      const loaded = await engine();
      if (!loaded) return setBusy(false);
      const { planAction, runSteps, api, announcement, doneMessage } = loaded;
      const steps = planAction(kind, targets);
      if (steps.length === 0) {
        setBusy(false);
        setSaid(t('bulk.nothingToDo'));
        return;
      }
      setSaid(t('bulk.working'));
      const outcome = await runSteps(kind, steps, api);
      setBusy(false);
      last.current = outcome;
      if (outcome.succeeded.length > 0) {
        patch(loaded, outcome, false);
        onApplied({ outcome, undo: false });
      }
      setFailures(outcome.failed);
      setSaid(announcement(outcome, t));
      counter.current += 1;
      setOffer(
        outcome.succeeded.length > 0
          ? { key: counter.current, message: doneMessage(outcome, t), canUndo: true, undoing: false }
          : null,
      );
      await refresh(outcome.succeeded);
    },
    [engine, onApplied, patch, refresh, t],
  );

  const undo = useCallback(async () => {
    const outcome = last.current;
    if (!outcome) return;
    last.current = null;
    // Undo is only offered after an action ran, so the engine is already here.
    const loaded = await engine();
    if (!loaded) {
      last.current = outcome;
      return;
    }
    const { planUndo, runSteps, api, announcement } = loaded;
    setOffer((current) => current && { ...current, undoing: true, message: t('bulk.undoing') });
    const undone = await runSteps(outcome.kind, planUndo(outcome), api);
    const reverted = {
      ...outcome,
      succeeded: outcome.succeeded.filter((target) => undone.succeeded.some((u) => u.id === target.id)),
    };
    patch(loaded, reverted, true);
    onApplied({ outcome: reverted, undo: true });
    const message =
      undone.failed.length === 0 ? t('bulk.undone') : t('bulk.undoFailed', { count: undone.failed.length });
    setFailures(undone.failed);
    setSaid(
      undone.failed.length === 0 ? message : `${message} ${announcement({ ...undone, succeeded: [] }, t)}`,
    );
    counter.current += 1;
    setOffer({ key: counter.current, message, canUndo: false, undoing: false });
    await refresh(outcome.succeeded);
  }, [engine, onApplied, patch, refresh, t]);

  return {
    busy,
    announcement: said,
    failures,
    unavailable,
    offer,
    run,
    undo,
    closeOffer: useCallback(() => setOffer(null), []),
    dismissFailures: useCallback(() => setFailures([]), []),
  };
}
