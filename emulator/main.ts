import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { applyFault } from './control/apply-fault.ts';
import type { EmulatorRuntime, GenerateParams } from './control/control-routes.ts';
import { createControlHandler } from './control/control-routes.ts';
import { FaultRegistry } from './control/faults.ts';
import { generateDataset } from './generate/generator.ts';
import { createIdPorten } from './idporten/provider.ts';
import type { IdPorten } from './idporten/types.ts';
import type { PlatformEnv } from './platform/context.ts';
import { createPlatformHandler } from './platform/server.ts';
import { createAltinnKeys } from './platform/tokens.ts';
import { freshSettings } from './settings.ts';
import type { EmulatorSettings } from './settings.ts';
import { createDirectorySource } from './store/directory-source.ts';
import { loadDataset } from './store/load-dataset.ts';
import { createMemorySource } from './store/memory-source.ts';
import { PlatformStore } from './store/platform-store.ts';
import type { DatasetSource } from './store/source.ts';

export const host = '127.0.0.1';
export const defaultDataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'datasets', 'default');

export interface EmulatorOptions {
  /** 5101 by default; 0 picks a free port (tests, benchmarks). */
  platformPort?: number;
  /** 5102 by default; 0 picks a free port. */
  idportenPort?: number;
  appOrigins?: string[];
  /** A dataset folder; ignored when `source` or `generate` is given. */
  dataDir?: string;
  generate?: GenerateParams;
  /** An already built dataset (tests). */
  source?: DatasetSource;
}

export interface RunningEmulator {
  platformUrl: string;
  idportenUrl: string;
  store: PlatformStore;
  settings: EmulatorSettings;
  idporten: IdPorten;
  /** Notes for the start-up banner (e.g. the dataset fell back to empty). */
  notes: string[];
  close(): Promise<void>;
}

function isDataset(dir: string): boolean {
  return existsSync(path.join(dir, 'Profile')) || existsSync(path.join(dir, 'storage'));
}

/**
 * Generated dates are written relative to the moment of loading, so the loader has no dates to
 * shift (shifting every document of a 100,000-instance party costs seconds on first use).
 */
function generatedNow(params: GenerateParams): GenerateParams & { now: number } {
  return { ...params, now: Date.now() };
}

async function initialSource(options: EmulatorOptions, notes: string[]): Promise<DatasetSource> {
  if (options.source) return options.source;
  if (options.generate) return generateDataset(generatedNow(options.generate));
  const dir = path.resolve(options.dataDir ?? defaultDataDir);
  if (isDataset(dir)) return createDirectorySource(dir);
  if (options.dataDir) throw new Error(`No dataset at ${dir} (expected Profile/ or storage/ in it).`);
  notes.push(`No default dataset at ${dir}; starting with an empty one. Use --data DIR or --generate.`);
  return createMemorySource('empty dataset', new Map());
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Starts ID-porten and the platform in this process. Both bind to 127.0.0.1 only. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const notes: string[] = [];
  const source = await initialSource(options, notes);
  const store = new PlatformStore(loadDataset(source));
  notes.push(...store.dataset.warnings);
  const settings = freshSettings();
  const faults = new FaultRegistry();
  const keys = await createAltinnKeys();

  // The provider needs its issuer URL, which is only known once the port is bound.
  const idportenRef: { current?: IdPorten } = {};
  const idportenServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const fault = faults.take((req.method ?? 'GET').toUpperCase(), (req.url ?? '/').split('?')[0] ?? '/');
      if (fault && (await applyFault(fault, req, res, false)) === 'handled') return;
      if (idportenRef.current) idportenRef.current.handler(req, res);
      else res.writeHead(503, { 'Retry-After': '1' }).end();
    })();
  });
  const idportenPort = await listen(idportenServer, options.idportenPort ?? 5102);
  const idportenUrl = `http://${host}:${idportenPort}`;
  // Known once the platform listens, which it does last: it never accepts a request it cannot answer.
  let platformUrl = '';

  const idp = await createIdPorten({
    issuer: idportenUrl,
    appOrigins: options.appOrigins ?? ['http://127.0.0.1:5173', 'http://127.0.0.1:4173'],
    clientId: 'innboks',
    settings,
    persons: () =>
      [...store.dataset.users.values()]
        .filter((user) => user.pid !== null)
        .map((user) => ({ pid: user.pid ?? '', name: user.name })),
    isKnownPid: (pid) => store.userByPid(pid) !== undefined,
  }).catch(async (error: unknown) => {
    await closeServer(idportenServer);
    throw error;
  });
  idportenRef.current = idp;

  const env: PlatformEnv = {
    store,
    settings,
    keys,
    origin: () => platformUrl,
    idportenJwks: () => idp.publicJwks(),
  };
  const runtime: EmulatorRuntime = {
    store,
    settings,
    faults,
    idporten: idp,
    async loadDirectory(dir) {
      if (!isDataset(dir)) throw new Error(`No dataset at ${dir} (expected Profile/ or storage/ in it).`);
      store.replace(loadDataset(createDirectorySource(dir)));
    },
    async generate(params) {
      store.replace(loadDataset(generateDataset(generatedNow(params))));
    },
  };
  const platformServer = createServer(
    createPlatformHandler(env, { faults, control: createControlHandler(runtime) }),
  );
  try {
    platformUrl = `http://${host}:${await listen(platformServer, options.platformPort ?? 5101)}`;
  } catch (error) {
    await closeServer(idportenServer);
    throw error;
  }

  return {
    platformUrl,
    idportenUrl,
    store,
    settings,
    idporten: idp,
    notes,
    async close() {
      await Promise.all([closeServer(platformServer), closeServer(idportenServer)]);
    },
  };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const { runCli } = await import('./cli.ts');
  await runCli(process.argv.slice(2), startEmulator);
}
