/** What `npm start` prints about the test persons: names and reach, never identity numbers. */

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

export function describeUsers(users: readonly ListedUser[], limit = 12): string[] {
  const lines = users.slice(0, limit).map((user) => {
    const others = user.partyCount - 1;
    const reach =
      others <= 0 ? 'only themselves' : `themselves and ${others} other part${others === 1 ? 'y' : 'ies'}`;
    return `  ${user.name.padEnd(28)} acts for ${reach}`;
  });
  if (users.length > limit) lines.push(`  … and ${users.length - limit} more on the login page`);
  return lines;
}
