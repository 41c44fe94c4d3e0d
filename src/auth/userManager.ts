import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';

import type { RuntimeConfig } from '../config/runtimeConfig';

/** UserManager with access to the end-session endpoint, which we call with a POST ourselves. */
export class InnboksUserManager extends UserManager {
  endSessionEndpoint(): Promise<string | undefined> {
    return this._client.metadataService.getEndSessionEndpoint();
  }
}

export function createUserManager(config: RuntimeConfig, origin: string): InnboksUserManager {
  return new InnboksUserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/signed-out`,
    response_type: 'code',
    scope: config.oidc.scopes,
    acr_values: config.oidc.acrValues,
    // Tokens (the "user") live in memory only; see README.md. The state store holds only the
    // redirect round trip (PKCE verifier, nonce, our return path) and must survive the
    // navigation to ID-porten and back, so it uses sessionStorage; entries are removed on use.
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'innboks.oidc.' }),
    // ID-porten supports no iframe-based silent renew; renewal is a full-page prompt=none redirect.
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
    // Keep acr, auth_time, iss and aud on the profile: we check them after the callback.
    filterProtocolClaims: false,
    revokeTokenTypes: ['access_token', 'refresh_token'],
    staleStateAgeInSeconds: 900,
  });
}
