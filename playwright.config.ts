import { defineConfig, devices } from '@playwright/test';

import { IDPORTEN_URL } from './e2e/support/urls.ts';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './scripts/lib/chromium.ts';
import { isExecutable } from './scripts/lib/isExecutable.ts';

const ci = Boolean(process.env.CI);

// E2E_BASE_URL points the same journeys at another server (a deployed nginx, or `vite preview`);
// then we do not build and serve the app ourselves, but still run the emulator it proxies to.
const externalApp = process.env.E2E_BASE_URL?.replace(/\/$/, '');
const baseURL = externalApp ?? 'http://127.0.0.1:4173';

// Playwright's own browser download is blocked on our machines; Debian's chromium is used
// unless the test runner provisioned another (see scripts/lib/chromium.ts).
const executablePath = chromiumExecutablePath(process.env, isExecutable);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores: one browser at a time, and journeys share the one emulator they reset.
  workers: 1,
  fullyParallel: false,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  // CI has 90 minutes in all; a hung run must end well before that with a report.
  globalTimeout: ci ? 30 * 60_000 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  // Playwright kills each command's whole process group when the run ends, so nothing is
  // left listening; with CI set, a busy port fails the run instead of testing a stale server.
  webServer: [
    {
      name: 'emulator',
      command: 'npm run emulator',
      // Ready when ID-porten's discovery answers: the emulator attaches the platform's request
      // handler in the same tick. Polling the platform itself could hit the moment it listens
      // without a handler, and that request hangs forever (Playwright's probe has no timeout).
      url: `${IDPORTEN_URL}/.well-known/openid-configuration`,
      reuseExistingServer: !ci,
      // Generous: on two busy cores tsx's first compile of the emulator can take a while.
      timeout: 120_000,
    },
    ...(externalApp
      ? []
      : [
          {
            name: 'app',
            // The built app behind nginx with the production template (deploy/nginx), so every
            // journey also runs under its CSP, headers and platform allow-list. nginx must be
            // installed (npm test installs it; see scripts/lib/nginxProvision.ts).
            command: 'npx vite build && npx tsx scripts/serve-nginx.ts --listen 127.0.0.1:4173 --root dist',
            url: `${baseURL}/`,
            reuseExistingServer: !ci,
            timeout: 180_000,
            // SIGTERM first, so serve-nginx stops nginx and removes its temp directory.
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
          },
        ]),
  ],
});
