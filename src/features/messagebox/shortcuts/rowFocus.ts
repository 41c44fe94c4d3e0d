/**
 * Moving between rows by keyboard. Rows carry `data-row-id`; the row's first link (its title,
 * which opens it) takes focus, so a screen reader reads the row's name as focus arrives.
 */
export const ROW_ATTRIBUTE = 'data-row-id';

/** The id of the row holding focus, if any. */
export function focusedRowId(): string | null {
  const active = document.activeElement;
  if (!(active instanceof Element)) return null;
  return active.closest(`[${ROW_ATTRIBUTE}]`)?.getAttribute(ROW_ATTRIBUTE) ?? null;
}

/** The row `step` away from `current` (or the first row when there is none), clamped to the list. */
export function neighbourRow(
  ordered: readonly string[],
  current: string | null,
  step: 1 | -1,
): string | null {
  if (ordered.length === 0) return null;
  const index = current === null ? -1 : ordered.indexOf(current);
  if (index < 0) return ordered[0] ?? null;
  return ordered[Math.min(ordered.length - 1, Math.max(0, index + step))] ?? null;
}

export function focusRow(id: string): boolean {
  const row = document.querySelector(`[${ROW_ATTRIBUTE}="${CSS.escape(id)}"]`);
  const target =
    row?.querySelector<HTMLElement>('a[href], button') ?? (row instanceof HTMLElement ? row : null);
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
  return true;
}
