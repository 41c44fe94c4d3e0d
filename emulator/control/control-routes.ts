import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

import type { IdPorten, MintRequest } from '../idporten/types.ts';
import { defaultSettings } from '../settings.ts';
import type { EmulatorSettings } from '../settings.ts';
import { BodyTooLargeError, readBody, sendEmpty, sendJson } from '../platform/http.ts';
import type { PlatformStore } from '../store/platform-store.ts';
import type { FaultRegistry } from './faults.ts';
import { parseFault } from './faults.ts';

export interface GenerateParams {
  parties: number;
  instances: number;
  seed: number;
}

/** What the control API can drive. `main.ts` builds it; tests may build their own. */
export interface EmulatorRuntime {
  store: PlatformStore;
  settings: EmulatorSettings;
  faults: FaultRegistry;
  idporten: IdPorten;
  loadDirectory(dir: string): Promise<void>;
  generate(params: GenerateParams): Promise<void>;
}

function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req, 100_000);
  if (text.trim() === '') return {};
  return JSON.parse(text) as unknown;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function listUsers(store: PlatformStore) {
  return [...store.dataset.users.values()]
    .filter((user) => user.pid !== null)
    .map((user) => ({
      pid: user.pid ?? '',
      name: user.name,
      userId: user.userId,
      partyId: user.partyId,
      partyCount: store.partyCount(user.userId),
    }));
}

const settingKinds: Record<keyof EmulatorSettings, 'number' | 'boolean'> = {
  idportenAccessTokenTtl: 'number',
  idportenIdTokenTtl: 'number',
  idportenRefreshTokens: 'boolean',
  idportenRefreshTokenTtl: 'number',
  idportenSessionTtl: 'number',
  altinnRefreshTokenTtl: 'number',
  profileRefused: 'boolean',
};

function applySettings(settings: EmulatorSettings, input: Record<string, unknown>): string | undefined {
  const next: Partial<Record<keyof EmulatorSettings, number | boolean>> = {};
  for (const [key, value] of Object.entries(input)) {
    const kind = settingKinds[key as keyof EmulatorSettings];
    if (!kind) return `Unknown setting: ${key}`;
    if (kind === 'number' && !(typeof value === 'number' && Number.isInteger(value) && value > 0)) {
      return `${key} must be a positive integer (seconds).`;
    }
    if (kind === 'boolean' && typeof value !== 'boolean') return `${key} must be true or false.`;
    next[key as keyof EmulatorSettings] = value as number | boolean;
  }
  Object.assign(settings, next);
  return undefined;
}

function positiveInt(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
    ? value
    : undefined;
}

/** `/__emulator/*`: test controls on the platform origin. JSON in, JSON out, no CORS. */
export function createControlHandler(runtime: EmulatorRuntime) {
  return async (req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const route = `${method} ${rawPath.replace(/\/+$/, '').toLowerCase()}`;
    let body: Record<string, unknown> = {};
    if (method === 'POST') {
      try {
        const parsed = record(await jsonBody(req));
        if (!parsed) return sendError(res, 400, 'The body must be a JSON object.');
        body = parsed;
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendError(res, 413, 'The body is too large.');
        return sendError(res, 400, 'The body is not valid JSON.');
      }
    }
    switch (route) {
      case 'GET /__emulator/users':
        return sendJson(res, 200, listUsers(runtime.store));
      case 'POST /__emulator/idporten/token': {
        if (typeof body['pid'] !== 'string') return sendError(res, 400, 'pid must be a string of 11 digits.');
        const request: MintRequest = { pid: body['pid'] };
        if (body['acr'] !== undefined) request.acr = body['acr'] as MintRequest['acr'];
        if (body['scope'] !== undefined) request.scope = body['scope'] as string;
        if (body['expiresIn'] !== undefined) request.expiresIn = body['expiresIn'] as number;
        try {
          return sendJson(res, 200, await runtime.idporten.mint(request));
        } catch (error) {
          // Bad requests surface as MintError; the message never contains the token or the pid.
          return sendError(res, 400, (error as Error).message);
        }
      }
      case 'POST /__emulator/reset':
        runtime.store.reset();
        runtime.faults.clear();
        Object.assign(runtime.settings, defaultSettings);
        await runtime.idporten.reset();
        return sendJson(res, 200, { reset: true, dataset: runtime.store.dataset.description });
      case 'POST /__emulator/dataset': {
        const generate = record(body['generate']);
        try {
          if (typeof body['dir'] === 'string') {
            if (!path.isAbsolute(body['dir'])) return sendError(res, 400, 'dir must be an absolute path.');
            await runtime.loadDirectory(body['dir']);
          } else if (generate) {
            const params = {
              parties: positiveInt(generate['parties'], 1_000_000),
              instances: positiveInt(generate['instances'], 2_000_000),
              seed: positiveInt(generate['seed'], Number.MAX_SAFE_INTEGER),
            };
            if (params.parties === undefined || params.instances === undefined || params.seed === undefined) {
              return sendError(res, 400, 'generate needs integer parties, instances and seed.');
            }
            await runtime.generate({
              parties: params.parties,
              instances: params.instances,
              seed: params.seed,
            });
          } else {
            return sendError(res, 400, 'Give either "dir" (an absolute path) or "generate".');
          }
        } catch (error) {
          return sendError(res, 400, (error as Error).message);
        }
        runtime.faults.clear();
        return sendJson(res, 200, {
          dataset: runtime.store.dataset.description,
          users: runtime.store.dataset.users.size,
          instances: runtime.store.dataset.instances.size,
        });
      }
      case 'GET /__emulator/faults':
        return sendJson(res, 200, runtime.faults.list());
      case 'POST /__emulator/faults': {
        const fault = parseFault(body);
        if (typeof fault === 'string') return sendError(res, 400, fault);
        runtime.faults.add(fault);
        return sendJson(res, 201, fault);
      }
      case 'DELETE /__emulator/faults':
        runtime.faults.clear();
        return sendJson(res, 200, []);
      case 'GET /__emulator/settings':
        return sendJson(res, 200, runtime.settings);
      case 'POST /__emulator/settings': {
        const error = applySettings(runtime.settings, body);
        if (error) return sendError(res, 400, error);
        return sendJson(res, 200, runtime.settings);
      }
      default:
        return sendEmpty(res, 404);
    }
  };
}
