import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

/**
 * Serves the app a different `/config.json` for one test. The app reads its session limits and
 * everything else from that file, so a test that needs a two-second idle limit, or a broken
 * deployment, changes the file the browser gets, not the app's code.
 */

/** The local emulator preset the app is built with (public/config.json), as parsed JSON. */
export type ConfigJson = Record<string, unknown> & { session: Record<string, unknown> };

export function localPreset(): ConfigJson {
  const text = readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8');
  return JSON.parse(text) as ConfigJson;
}

const CONFIG_ROUTE = '**/config.json';

/** Answers `/config.json` with `body` as JSON (whatever it contains). */
export async function serveConfig(page: Page, body: unknown): Promise<void> {
  await page.route(CONFIG_ROUTE, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

/** The local preset with shorter session limits (fractions of a minute are allowed). */
export async function serveSessionLimits(
  page: Page,
  limits: { idleMinutes: number; idleWarningSeconds: number; absoluteMinutes?: number },
): Promise<void> {
  const config = localPreset();
  config.session = { ...config.session, ...limits };
  await serveConfig(page, config);
}

/** Answers `/config.json` with raw text and a status: a missing or unparsable file. */
export async function serveRawConfig(
  page: Page,
  { status, body, contentType }: { status: number; body: string; contentType: string },
): Promise<void> {
  await page.route(CONFIG_ROUTE, (route) => route.fulfill({ status, contentType, body }));
}
