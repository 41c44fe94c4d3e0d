const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When Storage will allow deleting an archived instance: `status.archived` +
 * `application.preventInstanceDeletionForDays` (InstanceHelper.IsPreventedFromDeletion refuses
 * while now is before that). Null when nothing prevents it or it cannot be computed.
 */
export function deletionAllowedFrom(archived: string | null, preventDays: number | null): Date | null {
  if (!archived || preventDays === null || preventDays <= 0) return null;
  const start = Date.parse(archived);
  if (Number.isNaN(start)) return null;
  return new Date(start + preventDays * DAY_MS);
}

/** Whether deletion is still refused at `now` (so the UI can say so before the person tries). */
export function isDeletionPrevented(archived: string | null, preventDays: number | null, now: Date): boolean {
  const from = deletionAllowedFrom(archived, preventDays);
  return from !== null && now.getTime() < from.getTime();
}
