import { fetchRuntimeConfigJson } from '../api/client';
import type { ConfigFailure } from '../components/ConfigErrorPage';
import { validateRuntimeConfig, type RuntimeConfig } from '../config/runtimeConfig';

export type ConfigLoad = { ok: true; config: RuntimeConfig } | { ok: false; failure: ConfigFailure };

export async function loadConfig(): Promise<ConfigLoad> {
  const fetched = await fetchRuntimeConfigJson();
  if (fetched.kind !== 'ok') return { ok: false, failure: fetched };
  const result = validateRuntimeConfig(fetched.json);
  return result.ok ? result : { ok: false, failure: { kind: 'invalid', problems: result.problems } };
}
