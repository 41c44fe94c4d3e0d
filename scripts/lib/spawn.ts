import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs a command with inherited output and no stdin (CI has none, and nothing here may wait
 * for a keypress). Resolves with the exit code; a signal or a spawn error counts as 1.
 */
export function run(command: string, args: readonly string[], { cwd, env }: RunOptions): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

/** A locally installed tool; never `npx`, which would try the network when the tool is missing. */
export function localBin(root: string, name: string): string | undefined {
  const path = join(root, 'node_modules', '.bin', name);
  return existsSync(path) ? path : undefined;
}
