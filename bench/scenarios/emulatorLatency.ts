/**
 * The emulator's own latency for a 100-row page of the 100,000-instance party, from
 * emulator/bench/page-latency.ts (it runs an emulator of its own on ephemeral ports), so a slow
 * page is not blamed on the wrong side.
 */
import { root } from '../lib/environment.ts';
import { start } from '../lib/processes.ts';
import { localBin } from '../../scripts/lib/spawn.ts';

export interface LatencyLine {
  median: number;
  p95: number;
}

export interface EmulatorLatency {
  firstPage: LatencyLine | null;
  inboxPage1: LatencyLine | null;
  inboxPage52: LatencyLine | null;
  storeCut: LatencyLine | null;
}

function find(output: string, pattern: RegExp): LatencyLine | null {
  const match = pattern.exec(output);
  return match ? { median: Number(match[1]), p95: Number(match[2]) } : null;
}

const NUMBERS = String.raw`median ([\d.]+) ms, p95 ([\d.]+) ms`;

export async function emulatorLatency(runs: number, verbose: boolean): Promise<EmulatorLatency> {
  const tsx = localBin(root, 'tsx');
  if (!tsx) throw new Error('tsx is not installed');
  const child = start('page-latency', tsx, ['emulator/bench/page-latency.ts', '--runs', String(runs)], {
    cwd: root,
    verbose,
  });
  await child.exited;
  const output = child.output();
  if (child.child.exitCode !== 0) throw new Error(`page-latency failed:\n${output.slice(-2000)}`);
  return {
    firstPage: find(output, new RegExp(String.raw`first page, newest first\s+page 1\s+${NUMBERS}`)),
    inboxPage1: find(output, new RegExp(String.raw`inbox filter[^\n]*?page 1\s+${NUMBERS}`)),
    inboxPage52: find(output, new RegExp(String.raw`inbox filter[^\n]*?page 52\s+${NUMBERS}`)),
    storeCut: find(output, new RegExp(String.raw`Store page cut[^\n]*?${NUMBERS}`)),
  };
}
