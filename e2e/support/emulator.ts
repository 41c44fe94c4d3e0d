import type { MintedTokens, MintRequest } from '../../emulator/idporten/types.ts';
import type { EmulatorSettings } from '../../emulator/settings.ts';

import { fileURLToPath } from 'node:url';

import { CONTROL_URL } from './urls.ts';

/** The dataset `npm run emulator` loads when given none, as an absolute path for `dataset({ dir })`. */
export const DEFAULT_DATASET_DIR = fileURLToPath(new URL('../../emulator/datasets/default', import.meta.url));

/** A test person as `GET /__emulator/users` lists them. */
export interface EmulatorUser {
  /** Synthetic national identity number. Never log it or put it in a test title. */
  pid: string;
  name: string;
  userId: number;
  partyId: number;
  /** How many parties the person may act for (own party included). */
  partyCount: number;
}

/**
 * One injected fault, matched by method and path prefix (case-insensitive) on either emulator
 * origin. The first matching fault with uses left applies.
 */
export interface Fault {
  /** Any method when omitted. */
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | '*';
  /** Path prefix as the emulator sees it, without the app's /platform prefix, e.g. `/authentication/api/v1/refresh`. */
  path: string;
  status?: number;
  /** How many matching requests fail; every one until cleared when omitted. */
  times?: number;
  delayMs?: number;
  /** Seconds for the `Retry-After` header (429 and 503 get one by default). */
  retryAfter?: number;
  /** Answer with a body that is not valid JSON. */
  malformed?: boolean;
  /** Destroy the connection without an answer. */
  drop?: boolean;
}

export type DatasetRequest =
  { dir: string } | { generate: { parties: number; instances: number; seed: number } };

export type SettingsPatch = Partial<EmulatorSettings>;

export interface EmulatorClient {
  /**
   * Default settings, no faults, no ID-porten sessions, and the current dataset's changes
   * (read marks, deletes) undone. It keeps the most recently loaded dataset: the test fixture
   * reloads the default one after a test that swapped it.
   */
  reset(): Promise<void>;
  settings(patch: SettingsPatch): Promise<void>;
  fault(fault: Fault): Promise<void>;
  clearFaults(): Promise<void>;
  users(): Promise<EmulatorUser[]>;
  /** Looks a person up by display name; fails the test when there is none. */
  user(name: string): Promise<EmulatorUser>;
  dataset(request: DatasetRequest): Promise<void>;
  /** Tokens from the same provider and keys as a real login, for API-level checks. */
  mintIdportenToken(request: MintRequest): Promise<MintedTokens>;
}

function isUser(value: unknown): value is EmulatorUser {
  if (typeof value !== 'object' || value === null) return false;
  const u = value as Record<string, unknown>;
  return (
    typeof u.pid === 'string' &&
    typeof u.name === 'string' &&
    typeof u.userId === 'number' &&
    typeof u.partyId === 'number' &&
    typeof u.partyCount === 'number'
  );
}

function isMinted(value: unknown): value is MintedTokens {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.access_token === 'string' && typeof t.id_token === 'string' && typeof t.expires_in === 'number'
  );
}

export function emulatorClient(baseUrl: string = CONTROL_URL): EmulatorClient {
  async function call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${baseUrl}/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      // The control API's error bodies are plain messages; token responses never get here.
      throw new Error(`emulator ${method} /__emulator/${path}: ${response.status} ${text.slice(0, 300)}`);
    }
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }

  const users = async (): Promise<EmulatorUser[]> => {
    const list = await call('GET', 'users');
    if (!Array.isArray(list) || !list.every(isUser)) {
      throw new Error('emulator GET /__emulator/users: unexpected shape');
    }
    return list;
  };

  return {
    reset: async () => {
      await call('POST', 'reset');
    },
    settings: async (patch) => {
      await call('POST', 'settings', patch);
    },
    fault: async (fault) => {
      await call('POST', 'faults', fault);
    },
    clearFaults: async () => {
      await call('DELETE', 'faults');
    },
    users,
    user: async (name) => {
      const found = (await users()).find((u) => u.name === name);
      if (!found) throw new Error(`the emulator's dataset has no test person named ${name}`);
      return found;
    },
    dataset: async (request) => {
      await call('POST', 'dataset', request);
    },
    mintIdportenToken: async (request) => {
      const minted = await call('POST', 'idporten/token', request);
      if (!isMinted(minted)) throw new Error('emulator POST /__emulator/idporten/token: unexpected shape');
      return minted;
    },
  };
}
