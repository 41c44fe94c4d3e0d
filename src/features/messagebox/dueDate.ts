export type DueState = 'overdue' | 'due-soon' | 'due';

const DUE_SOON_MS = 7 * 24 * 3600 * 1000;

/** Overdue once the deadline has passed; due soon within 7 days of it. */
export function dueState(dueBefore: string | null, now: Date): DueState | null {
  if (!dueBefore) return null;
  const due = Date.parse(dueBefore);
  if (Number.isNaN(due)) return null;
  if (due <= now.getTime()) return 'overdue';
  return due - now.getTime() <= DUE_SOON_MS ? 'due-soon' : 'due';
}
