import { sanitizeFileName } from './sanitizeFileName';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function localMidnight(day: string, addDays = 0): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d + addDays);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The default: 1 January this year up to and including today. */
export function thisYearSoFar(now: Date): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01-01`, to: dayOf(now) };
}

export type ExportWindow = { ok: true; from: string | null; to: string | null } | { ok: false };

/**
 * Two optional calendar days (the person's own, from midnight) as Storage bounds: `from` is
 * `gte` its midnight, `to` is inclusive for people, so it is `lt` the next midnight.
 */
export function exportWindow(from: string, to: string): ExportWindow {
  const f = DAY.test(from) ? localMidnight(from) : null;
  const t = DAY.test(to) ? localMidnight(to, 1) : null;
  if ((from !== '' && !f) || (to !== '' && !t)) return { ok: false };
  if (f && t && f >= t) return { ok: false };
  return { ok: true, from: f ? f.toISOString() : null, to: t ? t.toISOString() : null };
}

export function exportZipName(prefix: string, party: string, from: string, to: string): string {
  const span = [from, to].filter(Boolean).join('–');
  return sanitizeFileName(`${prefix} ${party}${span ? ` ${span}` : ''}.zip`, 'arkiv.zip');
}
