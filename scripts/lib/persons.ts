/** What `npm start` prints about the test persons: names, reach and purpose, never identity numbers. */

export interface ListedUser {
  name: string;
  userId: number;
  partyCount: number;
}

export function isListedUser(value: unknown): value is ListedUser {
  if (typeof value !== 'object' || value === null) return false;
  const u = value as Record<string, unknown>;
  return typeof u.name === 'string' && typeof u.userId === 'number' && typeof u.partyCount === 'number';
}

/**
 * The "what for" column of the dataset's ABOUT.md test-person table, by userId. Only that
 * column and the userId are read: the table also lists identity numbers, which we never print.
 * Anything unexpected yields an empty map, and the caller falls back to the party count.
 */
export function purposesFromAbout(markdown: string): Map<number, string> {
  const purposes = new Map<number, string>();
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Test persons'));
  if (!section) return purposes;
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  const header = rows[0]?.split('|').map((cell) => cell.trim()) ?? [];
  const idColumn = header.indexOf('userId');
  const forColumn = header.indexOf('what for');
  if (idColumn < 0 || forColumn < 0) return purposes;
  for (const row of rows.slice(2)) {
    const cells = row.split('|').map((cell) => cell.trim());
    const userId = Number(cells[idColumn]);
    const purpose = cells[forColumn];
    if (Number.isInteger(userId) && purpose) purposes.set(userId, purpose);
  }
  return purposes;
}

/** The first clause of a purpose, so one person stays on one line. */
function shorten(purpose: string, max = 70): string {
  const clause = purpose.split(/[;:]/)[0]?.trim() ?? purpose;
  return clause.length <= max ? clause : `${clause.slice(0, max - 1)}…`;
}

export function describeUsers(
  users: readonly ListedUser[],
  purposes: ReadonlyMap<number, string> = new Map(),
  limit = 12,
): string[] {
  const lines = users.slice(0, limit).map((user) => {
    const others = user.partyCount - 1;
    const reach =
      others <= 0 ? 'only themselves' : `themselves and ${others} other part${others === 1 ? 'y' : 'ies'}`;
    const purpose = purposes.get(user.userId);
    return `  ${user.name.padEnd(22)} acts for ${reach}${purpose ? ` — ${shorten(purpose)}` : ''}`;
  });
  if (users.length > limit) lines.push(`  … and ${users.length - limit} more on the login page`);
  return lines;
}
