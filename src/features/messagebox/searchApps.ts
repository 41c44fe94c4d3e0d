import type { AppInfo } from '../../api/applications';

/**
 * Apps whose title, in any language, contains the search text (case-insensitive), as Altinn's own
 * message box search does (altinn-api.md §7.1: titles of all languages joined). Storage's
 * `searchString` only looks at presentation texts, so these become `appId` filters.
 */
export function appsMatchingTitle(apps: Iterable<AppInfo>, q: string): string[] {
  const needle = q.trim().toLocaleLowerCase();
  if (!needle) return [];
  const matches: string[] = [];
  for (const app of apps) {
    if (Object.values(app.title).some((title) => title.toLocaleLowerCase().includes(needle)))
      matches.push(app.id);
  }
  return matches.sort();
}
