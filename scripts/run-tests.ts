/**
 * `npm test`: lint, typecheck, dependency audit and SBOM, unit and e2e tests, in that order,
 * always all of them, then one summary line. Entry point is scripts/test.mjs (it loads this file
 * through tsx).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { APT_PACKAGES, resolveChromium } from './lib/chromium.ts';
import { provisionNginx } from './lib/nginxProvision.ts';
import { busyPorts, E2E_PORTS } from './lib/ports.ts';
import { auditProductionDependencies, writeSbom } from './lib/supplyChain.ts';
import { localBin, run } from './lib/spawn.ts';
import { formatSummaryLine, parseReport, summarize } from './lib/summary.ts';
import { isExecutable } from './lib/isExecutable.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.ci-out');
const vitestReport = join(outDir, 'vitest.json');
const playwrightReport = join(outDir, 'playwright.json');
/** CycloneDX SBOM of the production dependencies (ASVS 15.1.2). */
const sbomFile = join(outDir, 'sbom.cdx.json');
/** The summary line again, for .ci/run to print last (npm adds its own lines after a failure). */
const summaryFile = join(outDir, 'summary.txt');

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function banner(text: string): void {
  console.log(`\n::: ${text}`);
}

async function tool(name: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<boolean> {
  const bin = localBin(root, name);
  if (!bin) {
    console.error(`${name} is not installed in node_modules; run \`npm ci\` first.`);
    return false;
  }
  return (await run(bin, args, { cwd: root, env })) === 0;
}

/** Finds or installs a browser and returns the environment Playwright should run with. */
async function provisionChromium(): Promise<NodeJS.ProcessEnv | undefined> {
  const { plan, warnings } = resolveChromium({
    env: process.env,
    isExecutable,
    isRoot: process.getuid?.() === 0,
  });
  for (const warning of warnings) console.warn(warning);
  const env: NodeJS.ProcessEnv = { ...process.env };
  switch (plan.kind) {
    case 'use':
      console.log(`chromium: ${plan.path} (${plan.source})`);
      return { ...env, CHROMIUM_PATH: plan.path };
    case 'apt': {
      console.log(`chromium: none found; installing Debian's ${APT_PACKAGES.join(' ')} with apt-get`);
      const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
      const updated = (await run('apt-get', ['update', '-qq'], { cwd: root, env: aptEnv })) === 0;
      const installed =
        updated &&
        (await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES], {
          cwd: root,
          env: aptEnv,
        })) === 0;
      if (!installed || !isExecutable(plan.path)) {
        console.error('chromium: apt-get could not install chromium.');
        return undefined;
      }
      return { ...env, CHROMIUM_PATH: plan.path };
    }
    case 'playwright': {
      console.log("chromium: none found and not root; downloading Playwright's own chromium");
      if (!(await tool('playwright', ['install', 'chromium']))) return undefined;
      delete env.CHROMIUM_PATH;
      return env;
    }
  }
}

/**
 * Fixed ports (the issuer and redirect URIs name them): a leftover server would either be
 * tested by mistake or make Playwright wait minutes before failing, so the e2e step refuses.
 */
async function portsAreFree(): Promise<boolean> {
  const needed = process.env.E2E_BASE_URL ? E2E_PORTS.filter((p) => p.port !== 4173) : E2E_PORTS;
  const busy = await busyPorts(needed);
  for (const { port, what } of busy) {
    console.error(`port ${port} (${what}) is already in use on 127.0.0.1.`);
  }
  if (busy.length > 0) {
    console.error('Stop whatever listens there (e.g. a running `npm start`; see `ss -ltnp`) and run again.');
  }
  return busy.length === 0;
}

async function e2e(): Promise<boolean> {
  const browserEnv = await provisionChromium();
  // The journeys run against the built app behind nginx (deploy/nginx), unless pointed elsewhere.
  const env = browserEnv && !process.env.E2E_BASE_URL ? await provisionNginx(root, browserEnv) : browserEnv;
  if (!env || !(await portsAreFree())) return false;
  return tool('playwright', ['test', '--reporter=list,json'], {
    ...env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });
  // A report left by an earlier run must never be counted as this run's result.
  rmSync(vitestReport, { force: true });
  rmSync(playwrightReport, { force: true });
  rmSync(summaryFile, { force: true });

  // Said up front too, so nobody waits through lint and unit tests to learn it.
  if (!(await portsAreFree())) console.error('The e2e step will fail unless those ports are freed.\n');

  const failedSteps: string[] = [];
  const step = async (name: string, body: () => Promise<boolean>): Promise<boolean> => {
    banner(name);
    const t0 = Date.now();
    const ok = await body();
    console.log(`::: ${name} ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return ok;
  };

  if (!(await step('lint', () => tool('eslint', ['.'])))) failedSteps.push('lint');
  if (!(await step('typecheck', () => tool('tsc', ['-b'])))) failedSteps.push('typecheck');
  if (!(await step('npm audit', () => auditProductionDependencies(root, join(outDir, 'audit.json')))))
    failedSteps.push('npm audit');
  if (!(await step('sbom', () => writeSbom(root, sbomFile)))) failedSteps.push('sbom');
  // Issue 7: the first signed-in page's JavaScript, gzip, from a build of its own (not dist/).
  if (!(await step('bundle budget', () => tool('tsx', ['scripts/bundle-budget.ts'])))) {
    failedSteps.push('bundle budget');
  }
  const unitOk = await step('unit tests', () =>
    tool('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]),
  );
  const e2eOk = await step('e2e tests', e2e);

  const summary = summarize(parseReport(readText(vitestReport)), parseReport(readText(playwrightReport)), {
    failedSteps,
    unitExitOk: unitOk,
    e2eExitOk: e2eOk,
  });

  console.log('');
  if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
  const part = (name: string, p: typeof summary.unit): string =>
    p.reported
      ? `${name} ${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped`
      : `${name}: no report`;
  console.log(`${part('unit', summary.unit)}; ${part('e2e', summary.e2e)}`);
  console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  writeFileSync(summaryFile, `${formatSummaryLine(summary)}\n`);
  console.log(formatSummaryLine(summary));
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

await main();
