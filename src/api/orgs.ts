import { queryOptions } from '@tanstack/react-query';

import * as v from '../lib/validate';
import { looseTextMap } from './lenient';

/**
 * Service owner names from Altinn's CDN file altinn-orgs.json, reached on the app's own origin
 * (default `/cdn/orgs/altinn-orgs.json`, proxied like /platform). It is a public static file,
 * not a platform API: no token is sent. Any failure degrades to showing the org code.
 */
let orgsUrl = '/cdn/orgs/altinn-orgs.json';

export function configureOrgs(options: { url: string }): void {
  orgsUrl = options.url;
}

export type OrgNames = Map<string, Record<string, string>>;

const rawOrgs = v.object({ orgs: v.record(v.unknown()) });
// One owner with a name of the wrong shape shows its code; the others keep their names.
const rawOrg = v.orElse(v.object({ name: looseTextMap }), null);

export function parseOrgs(data: unknown): OrgNames {
  const raw = rawOrgs.parse(data);
  const names: OrgNames = new Map();
  for (const [code, org] of Object.entries(raw.orgs)) names.set(code, rawOrg.parse(org)?.name ?? {});
  return names;
}

/** The service owner's name in `language` (fallback nb → nn → en), else its code. */
export function orgName(names: OrgNames | undefined, org: string, language: string): string {
  const byLang = names?.get(org);
  if (!byLang) return org;
  return byLang[language] ?? byLang.nb ?? byLang.nn ?? byLang.en ?? org;
}

export async function fetchOrgs(signal?: AbortSignal): Promise<OrgNames> {
  // A static same-origin file: this module, part of the API layer, is its only reader.
  const response = await fetch(orgsUrl, { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`orgs file answered ${response.status}`);
  return parseOrgs(await response.json());
}

export function orgsQueryOptions() {
  return queryOptions({
    queryKey: ['orgs'] as const,
    queryFn: ({ signal }) => fetchOrgs(signal),
    staleTime: 24 * 60 * 60_000,
    gcTime: 24 * 60 * 60_000,
    retry: 1,
  });
}
