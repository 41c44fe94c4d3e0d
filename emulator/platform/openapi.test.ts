import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import { altinnToken, get, startTestEmulator } from './test-client.ts';
import { ids, pids } from './test-fixture.ts';

/**
 * Responses checked against Altinn's published OpenAPI documents. The documents lag the service
 * source in places; every such place is listed below as an expected error with its reason, so a
 * new mismatch fails the test while the known ones are written down.
 */
// shared/ sits beside the project's root on every developer machine and in CI.
const openapiDir =
  process.env['ALTINN_OPENAPI_DIR'] ?? path.resolve(import.meta.dirname, '../../../shared/reference/openapi');

function loadSpec(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(openapiDir, name), 'utf8')) as Record<string, unknown>;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(loadSpec('altinn-platform-storage-v1.json'), 'storage');
ajv.addSchema(loadSpec('altinn-platform-profile-v1.json'), 'profile');

function errorsFor(ref: string, value: unknown): string[] {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`no schema ${ref}`);
  validate(value);
  return (validate.errors ?? []).map((e: ErrorObject) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? `:${String((e.params as { additionalProperty: string }).additionalProperty)}`
        : '';
    // Collapse array indices so one rule covers every element.
    return `${e.instancePath.replace(/\/\d+/g, '/*')} ${e.keyword}${extra}`;
  });
}

/** Known disagreements between the documents and the source (altinn-api.md), with the reason. */
const partyNulls = [
  // Register's Party.cs has these; the profile document predates them.
  ' additionalProperties:lastChangedInAltinn',
  ' additionalProperties:lastChangedInExternalRegister',
  // OpenAPI 3.0 cannot mark a $ref nullable; System.Text.Json writes `person: null`.
  '/person type',
  '/organization type',
];

/** Application.cs (§9.5) has these; the storage document predates them. */
const applicationGaps = [
  'additionalProperties:disallowUserInstantiation',
  'additionalProperties:preventInstanceDeletionForDays',
];
/** ProfileSettingPreference.cs (§3) has these; the profile document predates them. */
const preferenceGaps = [
  '/profileSettingPreference additionalProperties:preselectedPartyUuid',
  '/profileSettingPreference additionalProperties:showClientUnits',
  '/profileSettingPreference additionalProperties:shouldShowSubEntities',
  '/profileSettingPreference additionalProperties:shouldShowDeletedEntities',
];
const withoutGaps = (errors: string[], gaps: string[]): string[] =>
  errors.filter((e) => !gaps.some((gap) => e.endsWith(gap)));

let emu: RunningEmulator;
let sophie: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  sophie = await altinnToken(emu, pids.sophie);
});
afterAll(async () => {
  await emu.close();
});

const json = async (p: string, token = sophie): Promise<unknown> => (await get(emu, p, token)).json();

describe('responses against the OpenAPI documents', () => {
  it('GET instances matches InstanceQueryResponse', async () => {
    const body = await json('/storage/api/v1/instances?instanceOwner.partyId=501337');
    expect(errorsFor('storage#/components/schemas/InstanceQueryResponse', body)).toEqual([]);
  });

  it('GET instance, data elements, events and process history match their schemas', async () => {
    expect(
      errorsFor(
        'storage#/components/schemas/Instance',
        await json(`/storage/api/v1/instances/${ids.active}`),
      ),
    ).toEqual([]);
    expect(
      errorsFor(
        'storage#/components/schemas/DataElementList',
        await json(`/storage/api/v1/instances/501337/${ids.active}/dataelements`),
      ),
    ).toEqual([]);
    const events = await json(`/storage/api/v1/instances/501337/${ids.active}/events`);
    expect(errorsFor('storage#/components/schemas/InstanceEventList', events)).toEqual([]);
    const history = await json(`/storage/api/v1/instances/501337/${ids.active}/process/history`);
    expect(errorsFor('storage#/components/schemas/ProcessHistoryList', history)).toEqual([]);
  });

  it('applications and texts match ApplicationList, Application and TextResource', async () => {
    const list = errorsFor(
      'storage#/components/schemas/ApplicationList',
      await json('/storage/api/v1/applications'),
    );
    expect(list.length).toBeGreaterThan(0);
    expect(withoutGaps(list, applicationGaps)).toEqual([]);
    const one = errorsFor(
      'storage#/components/schemas/Application',
      await json('/storage/api/v1/applications/skd/arkiv'),
    );
    expect(one.sort()).toEqual([...applicationGaps.map((gap) => ` ${gap}`)].sort());
    expect(
      errorsFor(
        'storage#/components/schemas/TextResource',
        await json('/storage/api/v1/applications/ttd/skjema/texts/nb'),
      ),
    ).toEqual([]);
  });

  it('profile users/current matches UserProfile except the documented gaps', async () => {
    const errors = errorsFor(
      'profile#/components/schemas/UserProfile',
      await json('/profile/api/v1/users/current'),
    );
    // Sophie's own party has a Register person, so only `organization` is null there.
    const partyGaps = partyNulls.filter((e) => e !== '/person type').map((e) => `/party${e}`);
    expect(errors.sort()).toEqual([...partyGaps, ...preferenceGaps].sort());
  });

  it('authorization parties (no schema in its document) match the profile Party schema except the documented gaps', async () => {
    const parties = (await json('/authorization/api/v1/parties?userId=1337')) as unknown[];
    const errors = new Set<string>();
    for (const party of parties)
      for (const e of errorsFor('profile#/components/schemas/Party', party))
        errors.add(e.replace(/^\/childParties\/\*/, ''));
    expect([...errors].sort()).toEqual([...partyNulls].sort());
  });
});
