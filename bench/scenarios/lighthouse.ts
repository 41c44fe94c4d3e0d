/**
 * Lighthouse (mobile) on the signed-in inbox. Tokens live in memory only, so Lighthouse's own
 * fresh navigation starts signed out; it runs in the same Chromium the benchmark signed in with
 * (a persistent context, Lighthouse attached over the remote-debugging port), so the app's
 * silent sign-in (prompt=none against the live ID-porten session) brings the navigation back to
 * the inbox. The score therefore covers a real reload of the inbox: app load, the silent round
 * trip to ID-porten, the token exchange and the first page of rows.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { run } from '../../scripts/lib/spawn.ts';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';
import { APP_URL, executablePath, signIn } from '../lib/browser.ts';
import { root } from '../lib/environment.ts';
import { start } from '../lib/processes.ts';

const toolDir = join(root, 'tools', 'lighthouse');

export interface LighthouseRun {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null };
  failing: { accessibility: string[]; bestPractices: string[] };
  finalUrl: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Installs tools/lighthouse from its own lockfile the first time. */
export async function ensureLighthouse(): Promise<void> {
  if (existsSync(join(toolDir, 'node_modules', 'lighthouse'))) return;
  console.log('bench: installing Lighthouse into tools/lighthouse (npm ci, its own lockfile)');
  const code = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: toolDir });
  if (code !== 0) throw new Error('npm ci in tools/lighthouse failed');
}

export async function lighthouseRun(person: string, path: string, verbose: boolean): Promise<LighthouseRun> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'innboks-bench-lh-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'],
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn(page, { person, from: path });
    await page.waitForURL(`${APP_URL}${path}`);
    await page.waitForLoadState('networkidle');
    // A cold HTTP cache (Lighthouse's own reset is off, see tools/lighthouse/run.mjs).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const child = start(
      'lighthouse',
      process.execPath,
      [join(toolDir, 'run.mjs'), '--port', String(port), '--url', `${APP_URL}${path}`],
      {
        cwd: root,
        verbose,
      },
    );
    await child.exited;
    const lines = child.output().trim().split('\n');
    const last = lines[lines.length - 1] ?? '';
    if (child.child.exitCode !== 0 || !last.startsWith('{')) {
      throw new Error(`lighthouse failed:\n${child.output().slice(-2000)}`);
    }
    return JSON.parse(last) as LighthouseRun;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
