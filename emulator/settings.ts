/**
 * Runtime settings shared by the ID-porten and platform stand-ins. Changed through
 * `POST /__emulator/settings` and put back to these defaults by `POST /__emulator/reset`.
 */
export interface EmulatorSettings {
  /** Lifetime of ID-porten access tokens in seconds. ID-porten's default for API clients is 120. */
  idportenAccessTokenTtl: number;
  /** Lifetime of ID-porten ID tokens in seconds. */
  idportenIdTokenTtl: number;
  /** Whether ID-porten hands refresh tokens to the browser client (it may not in production). */
  idportenRefreshTokens: boolean;
  /** Lifetime of refresh tokens when they are on (ID-porten's default idle time is 600 s). */
  idportenRefreshTokenTtl: number;
  /** ID-porten SSO session lifetime in seconds (30 minutes in ID-porten). */
  idportenSessionTtl: number;
  /** Lifetime of tokens from `GET /authentication/api/v1/refresh` in seconds (JwtValidityMinutes = 30). */
  altinnRefreshTokenTtl: number;
  /** When true, `GET /profile/api/v1/users/current` answers 403, as production may for our scopes. */
  profileRefused: boolean;
}

export const defaultSettings: Readonly<EmulatorSettings> = Object.freeze({
  idportenAccessTokenTtl: 120,
  idportenIdTokenTtl: 3600,
  idportenRefreshTokens: false,
  idportenRefreshTokenTtl: 600,
  idportenSessionTtl: 1800,
  altinnRefreshTokenTtl: 1800,
  profileRefused: false,
});

export function freshSettings(): EmulatorSettings {
  return { ...defaultSettings };
}
