/**
 * ID-porten requires `state` and `nonce` on every authorization request (together with PKCE, which
 * oidc-provider already enforces); oidc-provider treats both as optional for the code flow. The
 * check runs before the request reaches oidc-provider and answers the way oidc-provider answers
 * other bad requests: back to the client's registered redirect URI with `error=invalid_request`, or
 * an error page when the redirect URI cannot be trusted.
 */
export type MissingParamsOutcome =
  { kind: 'ok' } | { kind: 'redirect'; location: string } | { kind: 'page'; description: string };

export function checkRequiredAuthorizeParams(
  query: URLSearchParams,
  clientId: string,
  redirectUris: readonly string[],
  issuer: string,
): MissingParamsOutcome {
  // Other clients do not exist; oidc-provider reports that itself. PAR-style request_uri is not offered.
  if (query.get('client_id') !== clientId) return { kind: 'ok' };
  const missing = ['state', 'nonce'].filter((name) => !query.get(name));
  if (missing.length === 0) return { kind: 'ok' };
  const description = `missing required parameter(s) (${missing.join(',')})`;
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri || !redirectUris.includes(redirectUri)) return { kind: 'page', description };
  const target = new URL(redirectUri);
  target.searchParams.set('error', 'invalid_request');
  target.searchParams.set('error_description', description);
  const state = query.get('state');
  if (state) target.searchParams.set('state', state);
  target.searchParams.set('iss', issuer);
  return { kind: 'redirect', location: target.toString() };
}
