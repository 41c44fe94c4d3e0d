import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import { altinnToken, get, startTestEmulator } from './test-client.ts';
import { pids } from './test-fixture.ts';

let emu: RunningEmulator;
let sophie: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  sophie = await altinnToken(emu, pids.sophie);
});
afterEach(async () => {
  await fetch(`${emu.platformUrl}/__emulator/reset`, { method: 'POST' });
});
afterAll(async () => {
  await emu.close();
});

describe('GET /authorization/api/v1/parties', () => {
  it('returns the reportee list in the service shape: int ids, organization, nulls, childParties', async () => {
    const res = await get(emu, '/authorization/api/v1/parties?userId=1337', sophie);
    expect(res.status).toBe(200);
    const parties = (await res.json()) as Record<string, unknown>[];
    expect(parties.map((p) => p['partyId'])).toEqual([501337, 500000, 500600, 500700]);
    const org = parties[1] ?? {};
    expect(Object.keys(org)).toEqual([
      'partyId',
      'partyUuid',
      'partyTypeName',
      'orgNumber',
      'ssn',
      'unitType',
      'name',
      'isDeleted',
      'onlyHierarchyElementWithNoAccess',
      'person',
      'organization',
      'childParties',
      'lastChangedInAltinn',
      'lastChangedInExternalRegister',
    ]);
    expect(org).not.toHaveProperty('organisation');
    expect((org['childParties'] as Record<string, unknown>[]).map((c) => c['partyId'])).toEqual([
      500001, 500002,
    ]);
    expect(parties[2]?.['onlyHierarchyElementWithNoAccess']).toBe(true);
    expect(parties[3]?.['isDeleted']).toBe(true);
  });

  it('answers 403 for another user, ProblemDetails 404 for userId 0, 400 for garbage, 401 without token', async () => {
    const other = await get(emu, '/authorization/api/v1/parties?userId=12345', sophie);
    expect(other.status).toBe(403);
    expect(await other.text()).toBe('');
    const zero = await get(emu, '/authorization/api/v1/parties', sophie);
    expect(zero.status).toBe(404);
    expect(await zero.json()).toMatchObject({ title: 'Not Found', status: 404 });
    const garbage = await get(emu, '/authorization/api/v1/parties?userId=abc', sophie);
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ errors: { userId: ["The value 'abc' is not valid."] } });
    expect((await get(emu, '/authorization/api/v1/parties?userId=1337')).status).toBe(401);
  });

  it('validates a selected party: own, represented and subunits true; no-access elements and strangers false', async () => {
    const valid = async (partyId: number): Promise<unknown> =>
      (await get(emu, `/authorization/api/v1/parties/${partyId}/validate?userId=1337`, sophie)).json();
    expect(await valid(501337)).toBe(true);
    expect(await valid(500000)).toBe(true);
    expect(await valid(500002)).toBe(true);
    expect(await valid(500601)).toBe(true);
    expect(await valid(500600)).toBe(false);
    expect(await valid(999999)).toBe(false);
    expect((await get(emu, '/authorization/api/v1/parties/501337/validate?userId=1337')).status).toBe(401);
  });

  it('falls back to the own party for a user without a party list file', async () => {
    const ola = await altinnToken(emu, pids.ola);
    const parties = (await (
      await get(emu, '/authorization/api/v1/parties?userId=12345', ola)
    ).json()) as Record<string, unknown>[];
    expect(parties.map((p) => p['partyId'])).toEqual([512345]);
  });
});

describe('GET /profile/api/v1/users/current', () => {
  it('returns the UserProfile with the Register party and person filled in', async () => {
    const res = await get(emu, '/profile/api/v1/users/current', sophie);
    expect(res.status).toBe(200);
    const profile = (await res.json()) as Record<string, unknown>;
    expect(profile).toMatchObject({ userId: 1337, userName: 'SophieDDG', partyId: 501337, userType: 1 });
    expect(profile['party']).toMatchObject({
      partyId: 501337,
      person: { ssn: pids.sophie, firstName: 'Sophie' },
    });
    expect(profile['profileSettingPreference']).toMatchObject({ language: 'nb', doNotPromptForParty: false });
  });

  it('answers 403 empty when the setting refuses it, and 415 for a non-JSON Content-Type', async () => {
    await fetch(`${emu.platformUrl}/__emulator/settings`, {
      method: 'POST',
      body: JSON.stringify({ profileRefused: true }),
    });
    const refused = await get(emu, '/profile/api/v1/users/current', sophie);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('');
    await fetch(`${emu.platformUrl}/__emulator/reset`, { method: 'POST' });
    const wrongType = await get(emu, '/profile/api/v1/users/current', sophie, {
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
  });
});

describe('applications and texts', () => {
  it('serves applications anonymously: all, by org, by id, and a JSON-string 404', async () => {
    const all = (await (await get(emu, '/storage/api/v1/applications')).json()) as {
      applications: { id: string }[];
    };
    expect(all.applications.map((a) => a.id).sort()).toEqual(['skd/arkiv', 'ttd/hoy', 'ttd/skjema']);
    const ttd = (await (await get(emu, '/storage/api/v1/applications/ttd')).json()) as {
      applications: { id: string }[];
    };
    expect(ttd.applications.map((a) => a.id).sort()).toEqual(['ttd/hoy', 'ttd/skjema']);
    const one = (await (await get(emu, '/storage/api/v1/applications/ttd/skjema')).json()) as Record<
      string,
      unknown
    >;
    expect(one['title']).toMatchObject({ nb: 'Tittel ttd/skjema' });
    const missing = await get(emu, '/storage/api/v1/applications/ttd/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toBe('Could not find an application with appId=ttd/nope');
    expect((await get(emu, '/storage/api/v1/applications/t-d')).status).toBe(400);
  });

  it('serves texts to authenticated callers with the language rule', async () => {
    expect((await get(emu, '/storage/api/v1/applications/ttd/skjema/texts/nb')).status).toBe(401);
    const nb = await get(emu, '/storage/api/v1/applications/ttd/skjema/texts/nb', sophie);
    expect(((await nb.json()) as Record<string, unknown>)['id']).toBe('ttd-skjema-nb');
    const bad = await get(emu, '/storage/api/v1/applications/ttd/skjema/texts/nob', sophie);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toBe('The language must be a two letter ISO language name.');
    const none = await get(emu, '/storage/api/v1/applications/ttd/skjema/texts/en', sophie);
    expect(none.status).toBe(404);
    expect(none.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  });
});
