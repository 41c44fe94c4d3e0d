import type { ReadStatus } from '../../../api/instance';
import { isApiError } from '../../../api/errors';
import { createBoundedScheduler } from '../allParties/boundedScheduler';

/**
 * Bulk actions on selected instances: run one platform call per instance (bounded, so a
 * selection of 500 is not 500 simultaneous requests), collect exactly which ones failed and why,
 * and describe how to undo what succeeded.
 */

export type BulkActionKind = 'markRead' | 'markUnread' | 'moveToBin' | 'restore';

/** What an action needs to know about one instance. */
export interface BulkTarget {
  /** `{partyId}/{guid}` */
  id: string;
  partyId: number;
  guid: string;
  /** The name shown to the person when this item fails (the app's title). */
  title: string;
  readStatus: ReadStatus;
  /** Archived (submitted): only then can Storage's deletion-prevention window apply. */
  archived?: boolean;
}

/** Why one item failed, in categories the UI turns into plain words. */
export type FailureReason =
  | 'notYetDeletable'
  | 'deleteForbidden'
  | 'forbidden'
  | 'notFound'
  | 'busy'
  | 'network'
  | 'serverError'
  | 'unexpected';

export interface BulkFailure {
  target: BulkTarget;
  reason: FailureReason;
}

export interface BulkOutcome {
  kind: BulkActionKind;
  succeeded: BulkTarget[];
  failed: BulkFailure[];
}

/** The platform calls, injected so tests run without a network. */
export interface BulkApi {
  setReadStatus: (partyId: number, guid: string, status: ReadStatus) => Promise<void>;
  moveToBin: (partyId: number, guid: string) => Promise<void>;
  restoreFromBin: (partyId: number, guid: string) => Promise<void>;
}

/** One step of an action (or of its undo) for one instance. */
export type BulkStep =
  | { call: 'readStatus'; target: BulkTarget; status: ReadStatus }
  | { call: 'toBin'; target: BulkTarget }
  | { call: 'restore'; target: BulkTarget };

/**
 * Maps an error to a reason. A 403 on a delete of an archived instance is nearly always Storage's
 * deletion-prevention window ("Instance cannot be deleted yet due to application restrictions."):
 * the apps a person can see are the apps they may delete from, and the ApiError deliberately
 * carries no body to tell the two 403s apart. That window counts from archiving, so a 403 on an
 * instance that is not archived is a plain refusal.
 */
export function failureReason(error: unknown, call: BulkStep['call'], archived = true): FailureReason {
  if (!isApiError(error)) return 'unexpected';
  // A timeout reads to the person like a lost connection: the request got no answer.
  if (error.kind === 'network' || error.kind === 'timeout') return 'network';
  if (error.kind === 'invalid-response') return 'unexpected';
  if (error.status === 403) {
    if (call !== 'toBin') return 'forbidden';
    return archived ? 'notYetDeletable' : 'deleteForbidden';
  }
  if (error.status === 404) return 'notFound';
  if (error.status === 429 || error.status === 503) return 'busy';
  if (error.status >= 500) return 'serverError';
  return 'unexpected';
}

/** The steps of an action. Marking an item that already has the wanted status is skipped. */
export function planAction(kind: BulkActionKind, targets: readonly BulkTarget[]): BulkStep[] {
  switch (kind) {
    case 'markRead':
      return targets
        .filter((t) => t.readStatus !== 'Read')
        .map((target) => ({ call: 'readStatus', target, status: 'Read' }));
    case 'markUnread':
      return targets
        .filter((t) => t.readStatus !== 'Unread')
        .map((target) => ({ call: 'readStatus', target, status: 'Unread' }));
    case 'moveToBin':
      return targets.map((target) => ({ call: 'toBin', target }));
    case 'restore':
      return targets.map((target) => ({ call: 'restore', target }));
  }
}

/**
 * The steps that undo what succeeded: read status back to what each item had (Unread, or
 * UpdatedSinceLastReview), out of the bin again, or back into it.
 */
export function planUndo(outcome: BulkOutcome): BulkStep[] {
  return outcome.succeeded.map((target): BulkStep => {
    switch (outcome.kind) {
      case 'markRead':
      case 'markUnread':
        return { call: 'readStatus', target, status: target.readStatus };
      case 'moveToBin':
        return { call: 'restore', target };
      case 'restore':
        return { call: 'toBin', target };
    }
  });
}

function runStep(api: BulkApi, step: BulkStep): Promise<void> {
  switch (step.call) {
    case 'readStatus':
      return api.setReadStatus(step.target.partyId, step.target.guid, step.status);
    case 'toBin':
      return api.moveToBin(step.target.partyId, step.target.guid);
    case 'restore':
      return api.restoreFromBin(step.target.partyId, step.target.guid);
  }
}

export const BULK_CONCURRENCY = 4;

/** Runs the steps, at most `concurrency` at a time; never throws, reports per item. */
export async function runSteps(
  kind: BulkActionKind,
  steps: readonly BulkStep[],
  api: BulkApi,
  concurrency = BULK_CONCURRENCY,
): Promise<BulkOutcome> {
  const scheduler = createBoundedScheduler(concurrency);
  const results = await Promise.allSettled(steps.map((step) => scheduler.run(() => runStep(api, step))));
  const outcome: BulkOutcome = { kind, succeeded: [], failed: [] };
  results.forEach((result, index) => {
    const step = steps[index];
    if (!step) return;
    if (result.status === 'fulfilled') outcome.succeeded.push(step.target);
    else
      outcome.failed.push({
        target: step.target,
        reason: failureReason(result.reason, step.call, step.target.archived !== false),
      });
  });
  return outcome;
}

/** The folder an instance is in after a successful step, for local list updates. */
export function readStatusAfter(kind: BulkActionKind): ReadStatus | null {
  if (kind === 'markRead') return 'Read';
  if (kind === 'markUnread') return 'Unread';
  return null;
}
