import { DEFAULT_DATASET_DIR } from './emulator.ts';
import { expect, test } from './fixtures.ts';
import { CONTROL_URL, IDPORTEN_URL, PLATFORM_URL } from './urls.ts';

// The journeys steer the emulator through this client; check each call against the running
// emulator so a contract drift shows up here and not as a puzzling journey failure.

const readSettings = async (): Promise<Record<string, unknown>> =>
  (await (await fetch(`${CONTROL_URL}/settings`)).json()) as Record<string, unknown>;

test('users lists the dataset persons with their reach', async ({ emulator }) => {
  const sophie = await emulator.user('Sophie Salt');
  expect(sophie.userId).toBe(1337);
  expect(sophie.pid).toMatch(/^\d{11}$/);
  expect(sophie.partyCount).toBeGreaterThan(1);
  await expect(emulator.user('Nobody At All')).rejects.toThrow('no test person');
});

test('settings change live values and reset puts them back', async ({ emulator }) => {
  await emulator.settings({ altinnRefreshTokenTtl: 5, profileRefused: true });
  expect(await readSettings()).toMatchObject({ altinnRefreshTokenTtl: 5, profileRefused: true });
  await emulator.reset();
  expect(await readSettings()).toMatchObject({ altinnRefreshTokenTtl: 1800, profileRefused: false });
  await expect(emulator.settings({ altinnRefreshTokenTtl: -1 })).rejects.toThrow('400');
});

test('a fault answers matching requests until its uses run out, and clearFaults removes it', async ({
  emulator,
}) => {
  const url = `${PLATFORM_URL}/storage/api/v1/applications`;
  expect((await fetch(url)).status).toBe(200);
  await emulator.fault({ method: 'GET', path: '/storage/api/v1/applications', status: 503, times: 1 });
  expect((await fetch(url)).status).toBe(503);
  expect((await fetch(url)).status).toBe(200);

  await emulator.fault({ path: '/storage/api/v1/applications', status: 429, retryAfter: 7 });
  const limited = await fetch(url);
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('7');
  await emulator.clearFaults();
  expect((await fetch(url)).status).toBe(200);
});

test('mintIdportenToken gives tokens the platform exchanges for an Altinn token', async ({ emulator }) => {
  const { pid } = await emulator.user('Ola Nordmann');
  const minted = await emulator.mintIdportenToken({ pid, acr: 'idporten-loa-substantial', expiresIn: 60 });
  expect(minted.expires_in).toBe(60);
  expect(minted.id_token.split('.')).toHaveLength(3);
  const exchange = await fetch(`${PLATFORM_URL}/authentication/api/v1/exchange/id-porten`, {
    headers: { authorization: `Bearer ${minted.access_token}` },
  });
  expect(exchange.status).toBe(200);
  expect((await exchange.text()).split('.')).toHaveLength(3);
  // The issuer is the one the app's config names.
  const discovery = (await (await fetch(`${IDPORTEN_URL}/.well-known/openid-configuration`)).json()) as {
    issuer: string;
  };
  expect(discovery.issuer).toBe(IDPORTEN_URL);
});

test('dataset swaps in a generated dataset and back to the default folder', async ({ emulator }) => {
  const before = (await emulator.users()).map((u) => u.name);
  expect(before).toContain('Sophie Salt');
  await emulator.dataset({ generate: { parties: 20, instances: 40, seed: 7 } });
  expect((await emulator.users()).map((u) => u.name)).not.toContain('Sophie Salt');
  await emulator.dataset({ dir: DEFAULT_DATASET_DIR });
  expect((await emulator.users()).map((u) => u.name)).toEqual(before);
});

test('a test may end with another dataset loaded', async ({ emulator }) => {
  // Leaves a generated dataset loaded on purpose; the next test shows the fixture undid it
  // (one worker runs this file in order).
  await emulator.dataset({ generate: { parties: 5, instances: 5, seed: 3 } });
  expect((await emulator.users()).map((u) => u.name)).not.toContain('Sophie Salt');
});

test('the next test starts on the default dataset again', async ({ emulator }) => {
  expect((await emulator.users()).map((u) => u.name)).toContain('Sophie Salt');
});
