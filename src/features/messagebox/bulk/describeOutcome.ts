import type { MessageParams } from '../../../i18n/languages';
import type { MessageKey } from '../../../i18n/messages/nb';
import type { BulkActionKind, BulkFailure, BulkOutcome, FailureReason } from './bulkActions';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const DONE: Record<BulkActionKind, MessageKey> = {
  markRead: 'bulk.done.markRead',
  markUnread: 'bulk.done.markUnread',
  moveToBin: 'bulk.done.moveToBin',
  restore: 'bulk.done.restore',
};

const REASON: Record<FailureReason, MessageKey> = {
  notYetDeletable: 'bulk.reason.notYetDeletable',
  deleteForbidden: 'bulk.reason.deleteForbidden',
  forbidden: 'bulk.reason.forbidden',
  notFound: 'bulk.reason.notFound',
  busy: 'bulk.reason.busy',
  network: 'bulk.reason.network',
  serverError: 'bulk.reason.serverError',
  unexpected: 'bulk.reason.unexpected',
};

export function describeFailure(failure: BulkFailure, t: Translate): string {
  return t('bulk.failedItem', { title: failure.target.title, reason: t(REASON[failure.reason]) });
}

/** The short line for the snackbar: what was done. */
export function doneMessage(outcome: BulkOutcome, t: Translate): string {
  return t(DONE[outcome.kind], { count: outcome.succeeded.length });
}

/** The whole result for the live region: what was done, and each failure by name and reason. */
export function announcement(outcome: BulkOutcome, t: Translate): string {
  const parts = [];
  if (outcome.succeeded.length > 0) parts.push(doneMessage(outcome, t));
  if (outcome.failed.length > 0) {
    parts.push(`${t('bulk.failedHeading', { count: outcome.failed.length })}:`);
    for (const failure of outcome.failed) parts.push(describeFailure(failure, t));
  }
  return parts.join(' ');
}
