/**
 * The CI bundle budget (issue 7): the JavaScript the first page after sign-in needs — the HTML
 * entry, the message-box route it lands on, and everything they import statically — must be at
 * most 230 kB gzip. Deterministic: sizes come from the built files (gzip level 9), the graph from
 * Vite's manifest, not from a browser.
 *
 *   tsx scripts/bundle-budget.ts            builds into a temporary folder, checks, removes it
 *   tsx scripts/bundle-budget.ts --dist DIR reads an existing build (it must have .vite/manifest.json)
 *   add --json to print the report as JSON (the benchmark reads it)
 *
 * It builds into its own folder so a preview server serving dist/ for someone's e2e run is
 * never swapped out under it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import {
  evaluateBudget,
  formatBudgetReport,
  type BudgetReport,
  type ViteManifest,
} from './lib/bundleBudget.ts';
import { localBin, run } from './lib/spawn.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The download service worker is built as a second entry; it is not page code. */
const SERVICE_WORKER_KEY = 'src/sw/download-sw.ts';

export function measureDist(dist: string): BudgetReport {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
  return evaluateBudget({
    manifest,
    html: readFileSync(join(dist, 'index.html'), 'utf8'),
    exclude: [SERVICE_WORKER_KEY],
    sizeOf: (file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    },
  });
}

export async function buildInto(outDir: string): Promise<boolean> {
  const vite = localBin(root, 'vite');
  if (!vite) {
    console.error('vite is not installed in node_modules; run `npm ci` first.');
    return false;
  }
  return (
    (await run(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root })) ===
    0
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const distIndex = args.indexOf('--dist');
  const json = args.includes('--json');
  let dist = distIndex >= 0 ? args[distIndex + 1] : undefined;
  let temporary: string | undefined;
  try {
    if (!dist) {
      temporary = mkdtempSync(join(tmpdir(), 'innboks-budget-'));
      dist = temporary;
      if (!(await buildInto(dist))) {
        console.error('bundle budget: the build failed.');
        process.exitCode = 1;
        return;
      }
    }
    const report = measureDist(dist);
    console.log(json ? JSON.stringify(report) : formatBudgetReport(report));
    process.exitCode = report.withinBudget ? 0 : 1;
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

// Run only as a script, so the benchmark can import measureDist.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
