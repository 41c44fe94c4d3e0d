/**
 * `npm start`: the emulator with its default dataset plus the Vite dev server, the app's URL
 * and whom to log in as. Ctrl-C stops both; if either stops, the other is stopped too.
 * Entry point is scripts/start.mjs (it loads this file through tsx).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { CONTROL_URL, IDPORTEN_URL } from '../e2e/support/urls.ts';

import { describeUsers, isListedUser, purposesFromAbout } from './lib/persons.ts';
import { busyPorts } from './lib/ports.ts';
import { localBin } from './lib/spawn.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const APP_URL = 'http://127.0.0.1:5173';
const PORTS = [
  { port: 5101, what: 'emulator platform' },
  { port: 5102, what: 'emulator ID-porten' },
  { port: 5173, what: 'vite dev server (the app)' },
] as const;
const STARTUP_LIMIT_MS = 90_000;

const children: ChildProcess[] = [];
let stopping = false;

/** Child output, line by line, behind a short tag so the two logs stay readable together. */
function start(tag: string, command: string, args: string[]): ChildProcess {
  // Own process group: Ctrl-C reaches only us and we stop each child's whole tree (tsx and
  // npm-style wrappers start grandchildren that a plain kill would orphan).
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${tag}] ${line}`));
  }
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${tag} stopped (${signal ?? `exit ${code ?? '?'}`}); stopping the rest.`);
      stopAll(code && code !== 0 ? code : 1);
    }
  });
  children.push(child);
  return child;
}

function stopAll(exitCode: number): void {
  stopping = true;
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  if (alive.length === 0) process.exit(exitCode);
  let left = alive.length;
  for (const child of alive) {
    child.once('exit', () => {
      left -= 1;
      if (left === 0) process.exit(exitCode);
    });
    signalGroup(child, 'SIGTERM');
  }
  // A child that ignores SIGTERM must not keep the terminal hostage.
  setTimeout(() => {
    for (const child of alive) signalGroup(child, 'SIGKILL');
    process.exit(exitCode);
  }, 5_000).unref();
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function readFileSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

async function waitFor(urls: string[]): Promise<boolean> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline && !stopping) {
    const ready = await Promise.all(urls.map(answers));
    if (ready.every(Boolean)) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

async function main(): Promise<void> {
  const tsx = localBin(root, 'tsx');
  const vite = localBin(root, 'vite');
  if (!tsx || !vite) {
    console.error('tsx or vite is missing; run `npm ci` first.');
    process.exit(1);
  }
  const busy = await busyPorts(PORTS);
  if (busy.length > 0) {
    for (const { port, what } of busy)
      console.error(`port ${port} (${what}) is already in use on 127.0.0.1.`);
    console.error('Is Innboks already running? Stop it (see `ss -ltnp`) and try again.');
    process.exit(1);
  }

  const onSignal = (): void => {
    if (!stopping) console.log('\nStopping the emulator and the app…');
    stopAll(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  // Last resort when we exit for any other reason: never leave the servers behind.
  process.on('exit', () => {
    for (const child of children) signalGroup(child, 'SIGKILL');
  });

  start('emulator', tsx, ['emulator/main.ts']);
  start('app', vite, []);

  const ready = await waitFor([
    `${CONTROL_URL}/users`,
    `${IDPORTEN_URL}/.well-known/openid-configuration`,
    `${APP_URL}/`,
  ]);
  if (!ready) {
    if (!stopping) {
      console.error(`Not ready within ${STARTUP_LIMIT_MS / 1000} s; stopping.`);
      stopAll(1);
    }
    return;
  }

  const response = await fetch(`${CONTROL_URL}/users`);
  const body: unknown = await response.json();
  const users = Array.isArray(body) ? body.filter(isListedUser) : [];
  const about = readFileSafe(join(root, 'emulator', 'datasets', 'default', 'ABOUT.md'));
  const purposes = about === undefined ? new Map<number, string>() : purposesFromAbout(about);
  console.log(
    [
      '',
      `Innboks is running: ${APP_URL}`,
      '',
      'Log in on the emulated ID-porten page with one of these test persons:',
      ...describeUsers(users, purposes),
      'More about each person: emulator/datasets/default/ABOUT.md',
      '',
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

await main();
