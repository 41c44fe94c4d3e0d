import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { applicationsQueryOptions, applicationTitle } from '../../api/applications';
import type { InstanceSummary } from '../../api/storage';
import type { Language } from '../../i18n/languages';
import type { FilterOptions } from './FilterBar';
import type { RowTexts } from './useRowTexts';
import type { ListFilters } from './urlState';

/**
 * Choices for the filters. Service owners and apps come from the app metadata (Storage has no
 * list of what a party actually has). Process steps are not listed anywhere either, so the
 * steps seen in this party's rows are offered (remembered while the page lives, so choosing one
 * does not make the others disappear).
 */
export function useFilterOptions(
  rows: readonly InstanceSummary[],
  filters: ListFilters,
  texts: RowTexts,
  language: Language,
): FilterOptions {
  const apps = useQuery(applicationsQueryOptions());
  // The page is remounted per party and folder, so this memory never crosses parties.
  const [seen, setSeen] = useState<ReadonlyMap<string, string>>(() => new Map());
  const additions = new Map<string, string>();
  for (const row of rows) {
    const task = row.currentTask;
    if (task?.elementId && !seen.has(task.elementId) && !additions.has(task.elementId)) {
      additions.set(task.elementId, texts.taskName(row.appId, task.elementId, task.name));
    }
  }
  if (filters.status?.kind === 'task' && !seen.has(filters.status.elementId)) {
    additions.set(filters.status.elementId, filters.status.elementId);
  }
  // Adjusting state while rendering (React's documented pattern): converges in one extra pass.
  if (additions.size > 0) setSeen(new Map([...seen, ...additions]));
  const taskList = [...seen.entries()]
    .map(([elementId, name]) => ({ elementId, name }))
    .sort((a, b) => a.elementId.localeCompare(b.elementId));

  const fromApps = useMemo(() => {
    const all = [...(apps.data?.values() ?? [])];
    const orgCodes = [...new Set(all.map((app) => app.org))];
    const orgs = orgCodes
      .map((code) => ({ code, name: texts.orgName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, language));
    const appList = all
      .filter((app) => filters.orgs.length === 0 || filters.orgs.includes(app.org))
      .map((app) => ({ id: app.id, title: applicationTitle(app, app.id, language) }))
      .sort((a, b) => a.title.localeCompare(b.title, language));
    return { orgs, apps: appList };
  }, [apps.data, texts, language, filters.orgs]);

  return { ...fromApps, tasks: taskList };
}
