import { test as base, expect, type Page } from '@playwright/test';

import { DEFAULT_DATASET_DIR, emulatorClient, type EmulatorClient } from './emulator.ts';
import { findSecretsInUrls, type UrlSecretHit } from './url-secrets.ts';

/** Every URL the browser requested or navigated to during the test (fragments included). */
export interface UrlLog {
  urls(): string[];
  /** Hits for JWTs, token parameters and the given national identity numbers, redacted. */
  secrets(pids?: readonly string[]): UrlSecretHit[];
  /** Fails the test when any recorded URL carries a token or one of `pids`. */
  expectNoSecrets(pids?: readonly string[]): void;
}

interface JourneyFixtures {
  emulator: EmulatorClient;
  /** Console messages of type `error` from every page of the test, in order. */
  consoleErrors: string[];
  urlLog: UrlLog;
  /** Uncaught exceptions in the app; any one of them fails the test after it ends. */
  pageErrors: string[];
  resetEmulator: void;
}

/**
 * The journeys' `test`: a fresh emulator (default dataset without changes, default settings,
 * no faults, no sessions) before each test, page errors that fail the test, console errors
 * attached to the report, and a log of every URL for the no-secrets-in-URLs check.
 */
export const test = base.extend<JourneyFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their deps.
  emulator: async ({}, use) => {
    const client = emulatorClient();
    let swapped = false;
    await use({
      ...client,
      dataset: async (request) => {
        swapped = true;
        await client.dataset(request);
      },
    });
    // Reset keeps whatever dataset is loaded, so put the default back for the next test.
    if (swapped) await client.dataset({ dir: DEFAULT_DATASET_DIR });
  },

  resetEmulator: [
    async ({ emulator }, use) => {
      await emulator.reset();
      await use();
    },
    { auto: true },
  ],

  consoleErrors: [
    async ({ context }, use, testInfo) => {
      const errors: string[] = [];
      context.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
      });
      await use(errors);
      if (errors.length > 0) {
        await testInfo.attach('console-errors.txt', { body: errors.join('\n'), contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],

  pageErrors: [
    async ({ context }, use, testInfo) => {
      const errors: string[] = [];
      context.on('weberror', (webError) => {
        const error = webError.error();
        errors.push(`${error.name}: ${error.message}\n${error.stack ?? ''}`);
      });
      await use(errors);
      if (errors.length > 0) {
        await testInfo.attach('page-errors.txt', { body: errors.join('\n\n'), contentType: 'text/plain' });
      }
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],

  urlLog: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('request', (request) => {
        seen.push(request.url());
      });
      // Requests never include the fragment; navigations (and SPA hash changes) do.
      const watch = (page: Page): void => {
        page.on('framenavigated', (frame) => seen.push(frame.url()));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      const secrets = (pids: readonly string[] = []): UrlSecretHit[] => findSecretsInUrls(seen, pids);
      await use({
        urls: () => [...seen],
        secrets,
        expectNoSecrets: (pids = []) => {
          expect(secrets(pids), 'tokens or identity numbers in URLs').toEqual([]);
        },
      });
    },
    { auto: true },
  ],
});

export { expect };
