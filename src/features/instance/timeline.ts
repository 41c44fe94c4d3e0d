import type { InstanceEvent, ProcessHistoryItem } from '../../api/instance';
import { sourceOfPerformedBy, sourceOfPlatformUser, type ActorSource } from './actors';

/**
 * One history from two sources. The instance events carry the richest "who" (user id, org code)
 * and every non-process event; the process history (built by Storage from the process events)
 * is the authority on steps. Each process step from the history is kept unless the events
 * already have the same step at the same moment, so nothing is shown twice and nothing is lost
 * when the event list was cut short or filtered.
 */

export type TimelineWhat =
  | { kind: 'created' }
  | { kind: 'dataAdded'; dataId: string }
  | { kind: 'saved' }
  | { kind: 'submitted' }
  | { kind: 'taskStarted'; elementId: string; taskName: string | null }
  | { kind: 'taskEnded'; elementId: string; taskName: string | null }
  | { kind: 'completed' }
  | { kind: 'simple'; eventType: SimpleEventType }
  | { kind: 'other'; eventType: string };

export const SIMPLE_EVENT_TYPES = [
  'Deleted',
  'Undeleted',
  'ConfirmedComplete',
  'SubstatusUpdated',
  'Signed',
  'SentToSign',
  'SentToPayment',
  'SentToSendIn',
  'SentToFormFill',
  'InstanceForwarded',
  'InstanceRightRevoked',
  'NotificationSentSms',
  'MessageArchived',
  'MessageRead',
] as const;
export type SimpleEventType = (typeof SIMPLE_EVENT_TYPES)[number];

export interface TimelineEntry {
  key: string;
  /** ISO timestamp. */
  at: string;
  what: TimelineWhat;
  actor: ActorSource;
}

/** Event types that say nothing a person needs (the start event coincides with Created). */
const HIDDEN_EVENT_TYPES = new Set(['None', 'process_StartEvent', 'process_AbandonTask']);

/** Two records of the same step are at most this far apart (Storage writes them together). */
const SAME_MOMENT_MS = 2000;

function simpleType(eventType: string): SimpleEventType | null {
  return SIMPLE_EVENT_TYPES.find((t) => t === eventType) ?? null;
}

function whatOfEvent(event: InstanceEvent): TimelineWhat | null {
  if (HIDDEN_EVENT_TYPES.has(event.eventType)) return null;
  switch (event.eventType) {
    case 'Created':
      return event.dataId ? { kind: 'dataAdded', dataId: event.dataId } : { kind: 'created' };
    case 'Saved':
      return { kind: 'saved' };
    case 'Submited': // sic: Storage's InstanceEventType spells it so.
      return { kind: 'submitted' };
    case 'process_StartTask':
      return { kind: 'taskStarted', elementId: event.taskElementId ?? '', taskName: event.taskName };
    case 'process_EndTask':
      return { kind: 'taskEnded', elementId: event.taskElementId ?? '', taskName: event.taskName };
    case 'process_EndEvent':
      return { kind: 'completed' };
    default: {
      const simple = simpleType(event.eventType);
      return simple ? { kind: 'simple', eventType: simple } : { kind: 'other', eventType: event.eventType };
    }
  }
}

function stepKey(what: TimelineWhat): string | null {
  if (what.kind === 'taskStarted') return `start:${what.elementId}`;
  if (what.kind === 'taskEnded') return `end:${what.elementId}`;
  if (what.kind === 'completed') return 'end-event';
  return null;
}

function historySteps(item: ProcessHistoryItem, index: number): TimelineEntry[] {
  const actor = sourceOfPerformedBy(item.performedBy);
  const elementId = item.elementId ?? '';
  const entries: TimelineEntry[] = [];
  if (item.eventType === 'process_StartTask') {
    const started = item.started ?? item.occured;
    if (started) {
      entries.push({
        key: `history-${index}-start`,
        at: started,
        what: { kind: 'taskStarted', elementId, taskName: null },
        actor,
      });
    }
    // Storage folds the task's end into its start item.
    if (item.ended) {
      entries.push({
        key: `history-${index}-end`,
        at: item.ended,
        what: { kind: 'taskEnded', elementId, taskName: null },
        actor,
      });
    }
  } else if (item.eventType === 'process_EndTask') {
    const ended = item.ended ?? item.occured;
    if (ended) {
      entries.push({
        key: `history-${index}-end`,
        at: ended,
        what: { kind: 'taskEnded', elementId, taskName: null },
        actor,
      });
    }
  } else if (item.eventType === 'process_EndEvent') {
    const ended = item.ended ?? item.occured;
    if (ended) entries.push({ key: `history-${index}-done`, at: ended, what: { kind: 'completed' }, actor });
  }
  return entries;
}

function time(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

/** The merged history, newest first. Entries at the same moment keep their recorded order reversed. */
export function mergeTimeline(
  events: readonly InstanceEvent[],
  processHistory: readonly ProcessHistoryItem[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const what = whatOfEvent(event);
    if (what) {
      entries.push({
        key: `event-${event.id}`,
        at: event.created,
        what,
        actor: sourceOfPlatformUser(event.user),
      });
    }
  }
  const fromEvents = entries.slice();
  processHistory.forEach((item, index) => {
    for (const step of historySteps(item, index)) {
      const key = stepKey(step.what);
      const duplicate = fromEvents.some(
        (entry) => stepKey(entry.what) === key && Math.abs(time(entry.at) - time(step.at)) <= SAME_MOMENT_MS,
      );
      if (!duplicate) entries.push(step);
    }
  });
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => time(b.entry.at) - time(a.entry.at) || b.order - a.order)
    .map(({ entry }) => entry);
}
