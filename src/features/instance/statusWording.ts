import type { InstanceDetail } from '../../api/instance';
import type { InstanceKey } from '../../i18n/features/instance/useInstanceT';

/**
 * Where an instance stands, in the order a person cares about: in the bin beats archived,
 * archived beats a finished process, and otherwise the step it is at.
 */
export type InstanceState =
  | { kind: 'deleted'; since: string | null }
  | { kind: 'archived'; since: string | null }
  | { kind: 'completed'; since: string | null }
  | { kind: 'in-progress'; taskId: string | null; taskName: string | null; since: string | null }
  | { kind: 'not-started' };

export function instanceState(instance: InstanceDetail): InstanceState {
  const { status, process } = instance;
  if (status.isSoftDeleted) return { kind: 'deleted', since: status.softDeleted };
  if (status.isArchived) return { kind: 'archived', since: status.archived ?? process?.ended ?? null };
  if (process?.ended) return { kind: 'completed', since: process.ended };
  const task = process?.currentTask;
  if (task) {
    return { kind: 'in-progress', taskId: task.elementId, taskName: task.name, since: task.started };
  }
  return process?.started
    ? { kind: 'in-progress', taskId: null, taskName: null, since: process.started }
    : { kind: 'not-started' };
}

/** Whether the person can still work on it in the app ("Open in the app"). */
export function isInProgress(instance: InstanceDetail): boolean {
  return instanceState(instance).kind === 'in-progress';
}

/**
 * The step's name as the app words it in the person's language (`task.{id}` in its texts), else
 * the name in the process definition, else the id.
 */
export function taskLabel(
  taskId: string | null,
  processName: string | null,
  texts: Record<string, string>,
): string | null {
  if (taskId && texts[`task.${taskId}`]) return texts[`task.${taskId}`] ?? null;
  return processName ?? taskId;
}

export interface StatusWording {
  key: InstanceKey;
  params: Record<string, string>;
  /** When the state began, for a "since" line; null when unknown. */
  since: string | null;
}

/** The status line. `formatDate` renders a timestamp in the person's language. */
export function statusWording(
  state: InstanceState,
  texts: Record<string, string>,
  formatDate: (iso: string) => string,
): StatusWording {
  const date = (iso: string | null) => (iso ? formatDate(iso) : '');
  switch (state.kind) {
    case 'deleted':
      return state.since
        ? { key: 'instance.status.deleted', params: { date: date(state.since) }, since: state.since }
        : { key: 'instance.status.deletedNoDate', params: {}, since: null };
    case 'archived':
      return state.since
        ? { key: 'instance.status.archived', params: { date: date(state.since) }, since: state.since }
        : { key: 'instance.status.archivedNoDate', params: {}, since: null };
    case 'completed':
      return state.since
        ? { key: 'instance.status.completed', params: { date: date(state.since) }, since: state.since }
        : { key: 'instance.status.completedNoDate', params: {}, since: null };
    case 'in-progress': {
      const step = taskLabel(state.taskId, state.taskName, texts);
      return step
        ? { key: 'instance.status.inProgressStep', params: { step }, since: state.since }
        : { key: 'instance.status.inProgress', params: {}, since: state.since };
    }
    case 'not-started':
      return { key: 'instance.status.notStarted', params: {}, since: null };
  }
}

/** The Altinn reference as Altinn shows it: the last 12 characters of the instance guid. */
export function altinnReference(instanceGuid: string): string {
  return instanceGuid.slice(-12);
}

/**
 * A substatus label or description is a text key in the app's texts (or, for older apps, the
 * text itself). Resolved to the person's language, else shown as given; always as plain text.
 */
export function resolveText(value: string | null, texts: Record<string, string>): string | null {
  if (!value) return null;
  return texts[value] ?? value;
}
