/**
 * Every process the benchmark starts, so each is stopped by its own pid — on success, on an
 * error, and on Ctrl-C. Children run in their own process group (detached), and the group is
 * signalled: `npm`/`tsx` wrappers would otherwise leave their real server behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Tracked {
  name: string;
  child: ChildProcess;
  exited: Promise<void>;
}

const running = new Set<Tracked>();

export interface StartOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Lines are printed with this prefix when `verbose`; always kept for an error message. */
  verbose?: boolean;
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

export function start(
  name: string,
  command: string,
  args: readonly string[],
  options: StartOptions,
): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    if (options.verbose) process.stderr.write(text.replace(/^(?=.)/gm, `[${name}] `));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const tracked: Tracked = { name, child, exited };
  running.add(tracked);
  void exited.then(() => running.delete(tracked));
  return { child, output: () => output, exited };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM to each group, SIGKILL after `graceMs` to whatever still runs. */
export async function stopAll(graceMs = 5000): Promise<void> {
  const all = [...running];
  for (const t of all) signalGroup(t.child, 'SIGTERM');
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
  await Promise.race([Promise.all(all.map((t) => t.exited)), timeout]);
  for (const t of all) signalGroup(t.child, 'SIGKILL');
}

/** Synchronous last resort for `process.on('exit')`, where nothing can be awaited. */
function killAllNow(): void {
  for (const t of running) signalGroup(t.child, 'SIGKILL');
}

let installed = false;

/** Ctrl-C, SIGTERM and a crash all stop the children before the benchmark exits. */
export function installCleanup(extra: () => Promise<void>): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping what it started`);
      void extra()
        .catch(() => undefined)
        .then(() => stopAll(2000))
        .finally(() => process.exit(130));
    });
  }
}

/** Polls `url` until it answers 2xx, the child exits, or `timeoutMs` passes. */
export async function waitForUrl(url: string, started: Started, timeoutMs: number): Promise<void> {
  let gone = false;
  void started.exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`exited before ${url} answered:\n${started.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${started.output()}`);
}
