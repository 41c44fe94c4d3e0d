import type { IncomingMessage, ServerResponse } from 'node:http';

import type { JSONWebKeySet } from 'jose';

import type { EmulatorSettings } from '../settings.ts';

/** A person ID-porten can log in. The platform's dataset is the source; ID-porten only needs these. */
export interface TestPerson {
  /** National identity number, 11 digits (synthetic in every dataset we ship). */
  pid: string;
  name: string;
}

export type Acr = 'idporten-loa-substantial' | 'idporten-loa-high';

export interface IdPortenOptions {
  /** Issuer URL, e.g. `http://127.0.0.1:5102`. No trailing slash. */
  issuer: string;
  /** Browser origins allowed to call the token endpoint (CORS) and used to build redirect URIs. */
  appOrigins: string[];
  /** The registered public browser client. */
  clientId: string;
  /** Live settings object (mutated by the control API; read on every request). */
  settings: EmulatorSettings;
  /** Test persons for the login page, looked up on every request so dataset swaps apply at once. */
  persons: () => TestPerson[];
  /** Whether a typed national identity number is known to the platform (unknown ones still log in,
   *  as in ID-porten; the Altinn exchange then answers 401). */
  isKnownPid?: (pid: string) => boolean;
}

export interface MintRequest {
  pid: string;
  acr?: Acr;
  scope?: string;
  /** Access token lifetime in seconds; defaults to settings.idportenAccessTokenTtl. */
  expiresIn?: number;
}

export interface MintedTokens {
  access_token: string;
  id_token: string;
  expires_in: number;
}

export interface IdPorten {
  readonly issuer: string;
  /** Public signing keys, as served on the JWKS endpoint. The platform verifies exchanged tokens with them. */
  publicJwks(): JSONWebKeySet;
  /** Mint tokens with the same provider and keys as a real login (for `POST /__emulator/idporten/token`). */
  mint(request: MintRequest): Promise<MintedTokens>;
  /** Forget sessions, grants and tokens (for `POST /__emulator/reset`). */
  reset(): Promise<void>;
  /** Node request handler for everything on the ID-porten origin. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}
