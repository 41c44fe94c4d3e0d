import { expect } from '@playwright/test';

import type { EmulatorClient } from './emulator.ts';
import { PLATFORM_URL } from './urls.ts';

/**
 * Reads the platform directly, beside the browser, to check what it holds after a journey. The
 * token comes from the emulator's own ID-porten and the real exchange; it stays in this process.
 */
export async function altinnTokenFor(emulator: EmulatorClient, name: string): Promise<string> {
  const { pid } = await emulator.user(name);
  const minted = await emulator.mintIdportenToken({ pid });
  const exchanged = await fetch(`${PLATFORM_URL}/authentication/api/v1/exchange/id-porten`, {
    headers: { Authorization: `Bearer ${minted.access_token}` },
  });
  expect(exchanged.status, 'token exchange').toBe(200);
  return (await exchanged.text()).replace(/"/g, '').trim();
}

export async function platformGet(token: string, pathAndQuery: string): Promise<Response> {
  const response = await fetch(`${PLATFORM_URL}${pathAndQuery}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status, `GET ${pathAndQuery.split('?')[0]}`).toBe(200);
  return response;
}

export async function platformJson<T>(token: string, pathAndQuery: string): Promise<T> {
  return (await (await platformGet(token, pathAndQuery)).json()) as T;
}

/** Whether an instance is in the bin (soft-deleted) on the platform. */
export async function isSoftDeleted(token: string, instanceId: string): Promise<boolean> {
  const instance = await platformJson<{ status?: { isSoftDeleted?: boolean } }>(
    token,
    `/storage/api/v1/instances/${instanceId}`,
  );
  return instance.status?.isSoftDeleted === true;
}
