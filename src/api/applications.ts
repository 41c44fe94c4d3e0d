import { queryOptions } from '@tanstack/react-query';

import * as v from '../lib/validate';
import { readJson, requestWithSession } from './client';
import { hasStatus } from './errors';
import { looseBoolean, looseObject, looseText, looseTextMap } from './lenient';

/** What the message box needs of an app's metadata (altinn-api.md §9.5). */
export interface AppInfo {
  id: string;
  org: string;
  /** Title per language code as the app wrote it (nb, nn, en, sometimes nb-NO). */
  title: Record<string, string>;
  hideAlways: boolean;
  hideOnTask: string[];
}

const rawApp = v.object({
  id: v.string(),
  org: v.string(),
  title: looseTextMap,
  messageBoxConfig: looseObject({
    hideSettings: looseObject({
      hideAlways: looseBoolean,
      hideOnTask: v.orElse(v.nullish(v.array(v.string())), null),
    }),
  }),
});

function toAppInfo(input: unknown): AppInfo | null {
  const parsed = rawApp.safeParse(input);
  // One malformed app must not take every other app's title down with it.
  if (!parsed.success) return null;
  const raw = parsed.data;
  return {
    id: raw.id,
    org: raw.org,
    title: raw.title,
    hideAlways: raw.messageBoxConfig?.hideSettings?.hideAlways ?? false,
    hideOnTask: raw.messageBoxConfig?.hideSettings?.hideOnTask ?? [],
  };
}

const rawApplications = v.object({ applications: v.array(v.unknown()) });

export function parseApplications(data: unknown): Map<string, AppInfo> {
  const raw = rawApplications.parse(data);
  const apps = new Map<string, AppInfo>();
  for (const entry of raw.applications) {
    const app = toAppInfo(entry);
    if (app) apps.set(app.id, app);
  }
  return apps;
}

const TITLE_FALLBACK = ['nb', 'nn', 'en'] as const;

/** The app's title in `language`, else bokmål → nynorsk → English → any → the app id. */
export function applicationTitle(app: AppInfo | undefined, appId: string, language: string): string {
  if (!app) return appId;
  const exact = app.title[language] ?? app.title[`${language}-NO`];
  if (exact) return exact;
  for (const lang of TITLE_FALLBACK) {
    const value = app.title[lang] ?? app.title[`${lang}-NO`];
    if (value) return value;
  }
  return Object.values(app.title).find(Boolean) ?? appId;
}

const APPLICATIONS_PATH = '/storage/api/v1/applications';

export async function fetchApplications(signal?: AbortSignal): Promise<Map<string, AppInfo>> {
  const response = await requestWithSession(APPLICATIONS_PATH, { signal });
  return readJson(response, APPLICATIONS_PATH, parseApplications);
}

/** Every app's metadata: anonymous, the same for everyone, and it changes rarely (Storage caches it 5 min). */
export function applicationsQueryOptions() {
  return queryOptions({
    queryKey: ['applications'] as const,
    queryFn: ({ signal }) => fetchApplications(signal),
    staleTime: 60 * 60_000,
    gcTime: 2 * 60 * 60_000,
  });
}

const rawTextResource = v.object({ id: v.string(), value: looseText });
const rawTexts = v.object({ resources: v.array(v.unknown()) });

export function parseTexts(data: unknown): Record<string, string> {
  const raw = rawTexts.parse(data);
  const texts: Record<string, string> = {};
  // One resource of the wrong shape costs that text only.
  for (const entry of raw.resources) {
    const resource = rawTextResource.safeParse(entry);
    if (resource.success && resource.data.value) texts[resource.data.id] = resource.data.value;
  }
  return texts;
}

const APP_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9_-]*$/i;

/** An app's text resources in one language; an app without texts in that language gives {}. */
export async function fetchTexts(
  appId: string,
  language: string,
  signal?: AbortSignal,
): Promise<Record<string, string>> {
  if (!APP_ID.test(appId) || !/^[a-z]{2}$/.test(language)) throw new Error('bad app id or language');
  const path = `${APPLICATIONS_PATH}/${appId}/texts/${language}`;
  try {
    const response = await requestWithSession(path, { signal });
    return await readJson(response, `${APPLICATIONS_PATH}/{org}/{app}/texts`, parseTexts);
  } catch (error) {
    if (hasStatus(error, 404)) return {};
    throw error;
  }
}

export function textsQueryOptions(appId: string, language: string) {
  return queryOptions({
    queryKey: ['applications', appId, 'texts', language] as const,
    queryFn: ({ signal }) => fetchTexts(appId, language, signal),
    staleTime: 60 * 60_000,
    // A failed texts request only costs a label: do not hammer the platform for it.
    retry: 1,
  });
}
