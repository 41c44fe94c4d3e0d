/**
 * `npm run bench` (issue 7): builds the app, serves it as in production, starts the emulator,
 * drives Debian's Chromium through the real sign-in, and prints a table of figures (each a
 * median over several runs with its min-max) plus bench/results/latest.json. Not a test: nothing
 * here fails on a timing; the only enforced number is the bundle budget (scripts/bundle-budget.ts).
 *
 *   flock /tmp/innboks-e2e.lock npm run bench [-- --runs 5] [--quick] [--only inbox,picker,...] [--verbose]
 *
 * The emulator's and the app's ports are fixed (the OIDC client names them), so run it under the
 * e2e lock; it refuses to start when a port is taken. Everything it starts is stopped by pid.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

import type { Browser } from '@playwright/test';

import { measureDist } from '../scripts/bundle-budget.ts';
import { launchBrowser } from './lib/browser.ts';
import { assertPortsFree, buildApp, distDir, root, startServers, useDataset } from './lib/environment.ts';
import { installCleanup, stopAll } from './lib/processes.ts';
import { figure, percentile } from './lib/stats.ts';
import { printTable, type Results } from './lib/report.ts';
import { allPartiesRun, type AllPartiesRun } from './scenarios/allParties.ts';
import { downloadRuns } from './scenarios/downloads.ts';
import { emulatorLatency } from './scenarios/emulatorLatency.ts';
import { signInToFirstRow, switchPartyAndOpen, type SignInRun, type SwitchRun } from './scenarios/inbox.ts';
import { ensureLighthouse, lighthouseRun, type LighthouseRun } from './scenarios/lighthouse.ts';
import { pickerRun, type PickerRun } from './scenarios/partyPicker.ts';
import { scrollRun, type ScrollRun } from './scenarios/scroll.ts';

const SECTIONS = [
  'bundle',
  'latency',
  'inbox',
  'lighthouse',
  'allParties',
  'downloads',
  'picker',
  'scroll',
] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  runs: number;
  quick: boolean;
  verbose: boolean;
  only: Set<Section>;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const runs = Number(value('runs') ?? (quick ? 1 : 3));
  const only = value('only')?.split(',') ?? [...SECTIONS];
  const unknown = only.filter((s) => !SECTIONS.some((k) => k === s));
  if (unknown.length > 0)
    throw new Error(`--only: unknown ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number from 1');
  return { runs, quick, verbose: argv.includes('--verbose'), only: new Set(only as Section[]) };
}

async function repeat<T>(label: string, runs: number, body: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = Date.now();
    out.push(await body());
    console.log(`bench: ${label} run ${i + 1}/${runs} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return out;
}

const MB = 1024 * 1024;

/** One section's failure is recorded and printed; the other sections still run. */
async function section(results: Results, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    console.error(`bench: ${name} failed: ${message}`);
    (results.errors ??= {})[name] = message;
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { runs, quick, verbose, only } = options;
  let browser: Browser | null = null;
  installCleanup(async () => {
    await browser?.close();
  });
  const started = Date.now();
  const results: Results = {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverageAtStart: loadavg().map((l) => +l.toFixed(1)) },
    options: { runs, quick },
  };
  try {
    if (only.has('latency'))
      await section(results, 'latency', async () => {
        console.log('bench: emulator latency (emulator/bench/page-latency.ts)');
        results.emulatorLatency = await emulatorLatency(quick ? 20 : 50, verbose);
      });
    const browserSections = [...only].filter((s) => s !== 'bundle' && s !== 'latency');
    if (browserSections.length > 0) await assertPortsFree();
    if (browserSections.length > 0 || only.has('bundle')) {
      console.log('bench: vite build -> bench/out/dist');
      await buildApp();
    }
    if (only.has('bundle')) {
      const report = measureDist(distDir);
      results.bundle = {
        firstPageJsGzip: report.firstPage.js.gzip,
        firstPageJsRaw: report.firstPage.js.raw,
        firstPageJsFiles: report.firstPage.js.files.length,
        firstPageCssGzip: report.firstPage.css.gzip,
        totalJsGzip: report.total.js.gzip,
        totalJsRaw: report.total.js.raw,
        totalCssGzip: report.total.css.gzip,
        budget: report.budget,
        target: report.target,
      };
    }
    if (browserSections.length === 0) return;

    if (only.has('lighthouse')) await ensureLighthouse();
    const servers = await startServers(verbose);
    results.server = servers.server;
    const { emulator } = servers;
    browser = await launchBrowser();
    const b = browser;

    if (only.has('inbox') || only.has('lighthouse')) await useDataset(emulator, 'default');
    if (only.has('inbox'))
      await section(results, 'inbox', async () => {
        const signIns: SignInRun[] = await repeat('sign-in to first row', runs, () => signInToFirstRow(b));
        const switches: SwitchRun[] = await repeat('switch party, open instance', runs, () =>
          switchPartyAndOpen(b),
        );
        const first = signIns[0];
        results.inbox = {
          callbackToFirstRow: figure(
            signIns.map((r) => r.callbackToFirstRowMs),
            'ms',
          ),
          tokenToFirstRow: figure(
            signIns.map((r) => r.tokenToFirstRowMs),
            'ms',
          ),
          chooseToFirstRow: figure(
            switches.map((r) => r.chooseToFirstRowMs),
            'ms',
          ),
          openInstance: figure(
            switches.map((r) => r.openInstanceMs),
            'ms',
          ),
          loadedJs: first ? { ...first.js } : undefined,
          loadedCss: first ? { ...first.css } : undefined,
          requestsForOnePage: first?.requests,
        };
      });
    if (only.has('lighthouse'))
      await section(results, 'lighthouse', async () => {
        const lh: LighthouseRun[] = await repeat('lighthouse (mobile)', quick ? 1 : Math.min(runs, 3), () =>
          lighthouseRun('Ola Nordmann', '/parties/512345/inbox', verbose),
        );
        results.lighthouse = {
          performance: figure(
            lh.map((r) => r.performance ?? NaN),
            'score',
          ),
          accessibility: figure(
            lh.map((r) => r.accessibility ?? NaN),
            'score',
          ),
          bestPractices: figure(
            lh.map((r) => r.bestPractices ?? NaN),
            'score',
          ),
          lcp: figure(
            lh.map((r) => r.metrics.lcpMs ?? NaN),
            'ms',
          ),
          tbt: figure(
            lh.map((r) => r.metrics.tbtMs ?? NaN),
            'ms',
          ),
          finalUrl: lh[0]?.finalUrl,
          failing: lh[0]?.failing,
        };
      });
    if (only.has('allParties') || only.has('downloads')) {
      await useDataset(emulator, { parties: 100, instances: 1000 });
    }
    if (only.has('allParties'))
      await section(results, 'allParties', async () => {
        const all: AllPartiesRun[] = await repeat('all parties (100)', runs, () => allPartiesRun(b));
        results.allParties = {
          parties: all[0]?.parties,
          callbackToFirstRow: figure(
            all.map((r) => r.callbackToFirstRowMs),
            'ms',
          ),
          callbackToComplete: figure(
            all.map((r) => r.callbackToCompleteMs),
            'ms',
          ),
          maxInFlight: figure(
            all.map((r) => r.maxInFlight),
            'count',
          ),
          storageRequests: figure(
            all.map((r) => r.storageRequests),
            'count',
          ),
        };
      });
    if (only.has('downloads'))
      await section(results, 'downloads', async () => {
        const dl = await repeat('downloads (300 MiB, ZIP 50 x 2 MB)', quick ? 1 : runs, () =>
          downloadRuns(b, emulator),
        );
        const growth = (x: { baseline: number; peak: number } | null) =>
          x ? (x.peak - x.baseline) / MB : NaN;
        results.downloads = {
          file300MiB: {
            seconds: figure(
              dl.map((r) => r.file300MiB.seconds),
              's',
            ),
            pagePeakMB: figure(
              dl.map((r) => r.file300MiB.page.peak / MB),
              'MB',
            ),
            pageGrowthMB: figure(
              dl.map((r) => growth(r.file300MiB.page)),
              'MB',
            ),
            workerPeakMB: figure(
              dl.map((r) => (r.file300MiB.worker?.peak ?? NaN) / MB),
              'MB',
            ),
            workerGrowthMB: figure(
              dl.map((r) => growth(r.file300MiB.worker)),
              'MB',
            ),
          },
          zip50x2MB: {
            seconds: figure(
              dl.map((r) => r.zip50x2MB.seconds),
              's',
            ),
            pagePeakMB: figure(
              dl.map((r) => r.zip50x2MB.page.peak / MB),
              'MB',
            ),
            pageGrowthMB: figure(
              dl.map((r) => growth(r.zip50x2MB.page)),
              'MB',
            ),
            workerPeakMB: figure(
              dl.map((r) => (r.zip50x2MB.worker?.peak ?? NaN) / MB),
              'MB',
            ),
            workerGrowthMB: figure(
              dl.map((r) => growth(r.zip50x2MB.worker)),
              'MB',
            ),
          },
        };
      });
    if (only.has('picker') || only.has('scroll')) {
      const sizes = quick ? [15_000] : [15_000, 100_000];
      const pickers: NonNullable<Results['picker']> = (results.picker = {});
      for (const parties of sizes) {
        const instances = parties === 100_000 ? 100_000 : 1000;
        const loadMs = await useDataset(emulator, { parties, instances });
        console.log(
          `bench: dataset ${parties} parties / ${instances} instances loaded in ${(loadMs / 1000).toFixed(1)} s`,
        );
        if (only.has('picker'))
          await section(results, `picker ${parties}`, async () => {
            const picker: PickerRun[] = await repeat(`party picker (${parties})`, runs, () => pickerRun(b));
            const keys = picker.flatMap((r) => r.keystrokeMs);
            pickers[String(parties)] = {
              tokenToUsable: figure(
                picker.map((r) => r.tokenToUsableMs),
                'ms',
              ),
              open: figure(
                picker.map((r) => r.openMs),
                'ms',
              ),
              keystrokeP50: figure(
                picker.map((r) => percentile(r.keystrokeMs, 50)),
                'ms',
              ),
              keystrokeP95: figure(
                picker.map((r) => percentile(r.keystrokeMs, 95)),
                'ms',
              ),
              keystrokes: keys.length,
              heapMB: figure(
                picker.map((r) => r.heapBytes / MB),
                'MB',
              ),
              longestTask: figure(
                picker.map((r) => r.longestTaskMs),
                'ms',
              ),
            };
          });
        if (only.has('scroll') && (parties === 100_000 || quick))
          await section(results, 'scroll', async () => {
            const target = quick ? 2000 : 10_000;
            const scroll: ScrollRun[] = await repeat(`scroll ${target} rows`, runs, () =>
              scrollRun(b, target),
            );
            results.scroll = {
              instances,
              targetRows: target,
              rowsScrolled: figure(
                scroll.map((r) => r.rowsScrolled),
                'count',
              ),
              seconds: figure(
                scroll.map((r) => r.seconds),
                's',
              ),
              maxRowsMounted: figure(
                scroll.map((r) => r.maxRowsMounted),
                'count',
              ),
              longTasksOver50: figure(
                scroll.map((r) => r.longTasksOver50),
                'count',
              ),
              longestTask: figure(
                scroll.map((r) => r.longestTaskMs),
                'ms',
              ),
              frameP50: figure(
                scroll.map((r) => percentile(r.frameMs, 50)),
                'ms',
              ),
              frameP95: figure(
                scroll.map((r) => percentile(r.frameMs, 95)),
                'ms',
              ),
              frameMax: figure(
                scroll.map((r) => Math.max(...r.frameMs)),
                'ms',
              ),
            };
          });
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await stopAll();
    results.seconds = Math.round((Date.now() - started) / 1000);
    // Only a full run is kept in git (bench/results); quick runs stay in bench/out (ignored).
    const dir = join(root, 'bench', quick ? 'out' : 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, quick ? 'latest-quick.json' : 'latest.json');
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    console.log(`\nbench: ${results.seconds} s; results in ${file.replace(`${root}/`, '')}`);
  }
}

await main();
