import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { applicationsQueryOptions, applicationTitle, textsQueryOptions } from '../../api/applications';
import { orgName, orgsQueryOptions } from '../../api/orgs';
import type { InstanceSummary } from '../../api/storage';
import type { Language } from '../../i18n/languages';

export interface RowTexts {
  title: (appId: string) => string;
  orgName: (org: string) => string;
  /** The substatus label in the user's language; null when unknown (never the raw key). */
  substatus: (row: InstanceSummary) => string | null;
  /** A task's name from the app's texts (`task.{id}`), else the process name, else the id. */
  taskName: (appId: string, elementId: string, fallback: string | null) => string;
}

const LOOKS_LIKE_KEY = /^[\w-]+(\.[\w-]+)+$/;

/**
 * Texts a row shows that come from other requests: titles (app metadata), service owner names
 * (the orgs file) and substatus labels (each app's texts in the user's language). Each degrades
 * on its own: a failed orgs file shows the org code, failed texts hide the substatus label.
 */
export function useRowTexts(rows: readonly InstanceSummary[], language: Language): RowTexts {
  const apps = useQuery(applicationsQueryOptions());
  const orgs = useQuery(orgsQueryOptions());
  const appIds = useMemo(() => [...new Set(rows.map((row) => row.appId))].sort(), [rows]);
  const texts = useQueries({
    queries: appIds.map((appId) => textsQueryOptions(appId, language)),
    combine: (results) => {
      const byApp = new Map<string, Record<string, string>>();
      results.forEach((result, index) => {
        const appId = appIds[index];
        if (appId && result.data) byApp.set(appId, result.data);
      });
      return byApp;
    },
  });

  return useMemo<RowTexts>(
    () => ({
      title: (appId) => applicationTitle(apps.data?.get(appId), appId, language),
      orgName: (org) => orgName(orgs.data, org, language),
      substatus: (row) => {
        if (!row.substatusLabel) return null;
        const resolved = texts.get(row.appId)?.[row.substatusLabel];
        if (resolved) return resolved;
        return LOOKS_LIKE_KEY.test(row.substatusLabel) ? null : row.substatusLabel;
      },
      taskName: (appId, elementId, fallback) =>
        texts.get(appId)?.[`task.${elementId}`] ?? fallback ?? elementId,
    }),
    [apps.data, orgs.data, texts, language],
  );
}
