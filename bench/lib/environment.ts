/**
 * What the benchmark runs against: a production build of the app served by nginx as in
 * production (scripts/serve-nginx.ts; `vite preview` when nginx is missing), and the emulator
 * as its own process on its fixed ports, so the browser's and the emulator's work never share
 * one event loop. Datasets are switched through the emulator's control API.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { emulatorClient, type EmulatorClient } from '../../e2e/support/emulator.ts';
import { IDPORTEN_URL } from '../../e2e/support/urls.ts';
import { nginxExecutablePath } from '../../scripts/lib/nginx.ts';
import { busyPorts, E2E_PORTS } from '../../scripts/lib/ports.ts';
import { localBin, run } from '../../scripts/lib/spawn.ts';
import { APP_URL } from './browser.ts';
import { start, waitForUrl } from './processes.ts';
import { isExecutable } from '../../scripts/lib/isExecutable.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outDir = join(root, 'bench', 'out');
export const distDir = join(outDir, 'dist');

function bin(name: string): string {
  const path = localBin(root, name);
  if (!path) throw new Error(`${name} is not installed in node_modules; run \`npm ci\` first.`);
  return path;
}

export async function assertPortsFree(): Promise<void> {
  // The previous lock holder's servers may still be on their way down: give them 30 s.
  let busy = await busyPorts(E2E_PORTS);
  for (let i = 0; i < 30 && busy.length > 0; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    busy = await busyPorts(E2E_PORTS);
  }
  if (busy.length > 0) {
    throw new Error(
      `${busy.map((b) => `${b.port} (${b.what})`).join(', ')} in use. Stop it, and run the benchmark under the e2e lock: flock /tmp/innboks-e2e.lock npm run bench`,
    );
  }
}

/** A production build of its own (bench/out/dist), so dist/ of a running e2e server is left alone. */
export async function buildApp(): Promise<void> {
  const code = await run(bin('vite'), ['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
  });
  if (code !== 0) throw new Error('vite build failed');
}

export interface Servers {
  emulator: EmulatorClient;
  server: 'nginx' | 'vite preview';
}

export async function startServers(verbose: boolean): Promise<Servers> {
  const emulator = start('emulator', bin('tsx'), ['emulator/main.ts'], { cwd: root, verbose });
  await waitForUrl(`${IDPORTEN_URL}/.well-known/openid-configuration`, emulator, 120_000);
  const useNginx =
    isExecutable(nginxExecutablePath(process.env)) && existsSync(join(root, 'scripts', 'serve-nginx.ts'));
  const app = useNginx
    ? start('app', bin('tsx'), ['scripts/serve-nginx.ts', '--listen', '127.0.0.1:4173', '--root', distDir], {
        cwd: root,
        verbose,
      })
    : start('app', bin('vite'), ['preview', '--outDir', distDir], { cwd: root, verbose });
  await waitForUrl(`${APP_URL}/`, app, 60_000);
  return { emulator: emulatorClient(), server: useNginx ? 'nginx' : 'vite preview' };
}

export type Dataset = 'default' | { parties: number; instances: number };

export const DEFAULT_DATASET_DIR = join(root, 'emulator', 'datasets', 'default');

/** Loads a dataset and clears sessions, faults and settings; the generator seed is fixed. */
export async function useDataset(emulator: EmulatorClient, dataset: Dataset): Promise<number> {
  const started = performance.now();
  if (dataset === 'default') await emulator.dataset({ dir: DEFAULT_DATASET_DIR });
  else await emulator.dataset({ generate: { ...dataset, seed: 1 } });
  await emulator.reset();
  return performance.now() - started;
}
