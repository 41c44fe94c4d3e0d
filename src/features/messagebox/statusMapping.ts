import type { InstanceSummary } from '../../api/storage';

/**
 * A plain-language status from the process state. The task type says what the person is asked
 * to do (Altinn's task types: data, signing, payment, confirmation, feedback); a process that has
 * ended was submitted. Message keys are `status.{PlainStatus}`.
 */
export type PlainStatus =
  | 'filling-in'
  | 'signing'
  | 'paying'
  | 'confirming'
  | 'awaiting-feedback'
  | 'in-progress'
  | 'submitted'
  | 'archived'
  | 'not-started';

const BY_TASK_TYPE: Record<string, PlainStatus> = {
  data: 'filling-in',
  signing: 'signing',
  payment: 'paying',
  confirmation: 'confirming',
  feedback: 'awaiting-feedback',
};

type StatusInput = Pick<InstanceSummary, 'currentTask' | 'processEnded' | 'processStarted' | 'isArchived'>;

export function plainStatus(instance: StatusInput): PlainStatus {
  if (instance.currentTask) {
    return BY_TASK_TYPE[instance.currentTask.altinnTaskType ?? ''] ?? 'in-progress';
  }
  if (instance.processEnded) return 'submitted';
  // Archived without an ended process: a message (e.g. a service owner's letter) filed away.
  if (instance.isArchived) return 'archived';
  return instance.processStarted ? 'in-progress' : 'not-started';
}

/** Whether the person still has something to do (only then a due date is a warning). */
export function isActionable(status: PlainStatus): boolean {
  return status !== 'submitted' && status !== 'archived';
}
