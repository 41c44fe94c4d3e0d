/**
 * The link to the instance in its app ("Open in the app"), from the configured pattern with
 * {org}, {app}, {instanceOwnerPartyId} and {instanceGuid}. Every value is URI-encoded so none can
 * add a path, query or host, and only http(s) results are accepted: a link is a place a
 * `javascript:` or `data:` URL must never reach.
 */
export function buildAppLink(
  pattern: string,
  values: { appId: string; partyId: number; instanceGuid: string },
): string | null {
  const [org, app, ...rest] = values.appId.split('/');
  if (!org || !app || rest.length > 0) return null;
  const replacements: Record<string, string> = {
    '{org}': org,
    '{app}': app,
    '{instanceOwnerPartyId}': String(values.partyId),
    '{instanceGuid}': values.instanceGuid,
  };
  const built = pattern.replace(/\{(org|app|instanceOwnerPartyId|instanceGuid)\}/g, (match) =>
    encodeURIComponent(replacements[match] ?? ''),
  );
  let url: URL;
  try {
    url = new URL(built);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href;
}
