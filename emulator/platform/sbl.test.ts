import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import { altinnToken, get, startTestEmulator } from './test-client.ts';
import { ids, pids } from './test-fixture.ts';

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

const search = async (body: unknown): Promise<Response> =>
  get(emu, '/storage/api/v1/sbl/instances/search', sophie, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('POST /storage/api/v1/sbl/instances/search', () => {
  it('returns a bare array ordered by guid, hiding future visibleAfter and hidden tasks', async () => {
    const res = await search({
      instanceOwnerPartyIdList: [501337],
      includeActive: true,
      includeArchived: true,
      includeDeleted: true,
    });
    expect(res.status).toBe(200);
    const hits = (await res.json()) as Record<string, unknown>[];
    expect(hits.map((h) => h['id'])).toEqual([
      ids.active,
      ids.archivedRecently,
      ids.softDeleted,
      ids.archivedLongAgo,
    ]);
    const first = hits[0] ?? {};
    expect(first).toMatchObject({
      instanceOwnerId: '501337',
      org: 'ttd',
      appName: 'skjema',
      title: 'Skjema for testing, Flyttemelding',
      processCurrentTask: 'FormFilling',
      deleteStatus: 0,
      readStatus: 'Unread',
      substatus: null,
      archivedDateTime: null,
      presentationText: 'Flyttemelding',
    });
    expect(hits[1]).toMatchObject({ processCurrentTask: 'Archived', dueDateTime: null });
  });

  it('applies the status flags like GetStatusFromQueryParams', async () => {
    const only = async (flags: Record<string, boolean>): Promise<unknown[]> =>
      (
        (await (await search({ instanceOwnerPartyIdList: [501337], ...flags })).json()) as { id: string }[]
      ).map((h) => h.id);
    expect(await only({ includeActive: true })).toEqual([ids.active]);
    expect(await only({ includeArchived: true })).toEqual([ids.archivedRecently, ids.archivedLongAgo]);
    expect(await only({ includeDeleted: true })).toEqual([ids.softDeleted]);
    expect(await only({})).toHaveLength(4);
  });

  it('answers ValidationProblemDetails without a party list or with a broken body', async () => {
    const missing = await search({ includeActive: true });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ title: 'One or more validation errors occurred.' });
    const broken = await get(emu, '/storage/api/v1/sbl/instances/search', sophie, {
      method: 'POST',
      body: '{"instanceOwnerPartyIdList": [',
    });
    expect(broken.status).toBe(400);
    const huge = await get(emu, '/storage/api/v1/sbl/instances/search', sophie, {
      method: 'POST',
      body: 'x'.repeat(2_000_000),
    });
    expect(huge.status).toBe(413);
  });
});

describe('sbl single instance, events, delete and undelete', () => {
  it('serves a MessageBoxInstance and a 404 text for unknown instances', async () => {
    const res = await get(emu, `/storage/api/v1/sbl/instances/501337/${ids.active}?language=nb`, sophie);
    expect(((await res.json()) as Record<string, unknown>)['authorizedForWrite']).toBe(true);
    const missing = await get(
      emu,
      '/storage/api/v1/sbl/instances/501337/00000000-0000-4000-8000-00000000ffff',
      sophie,
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toBe('Could not find instance 501337/00000000-0000-4000-8000-00000000ffff');
  });

  it('collapses consecutive Saved events by the same user', async () => {
    const res = await get(emu, `/storage/api/v1/sbl/instances/501337/${ids.active}/events`, sophie);
    const events = (await res.json()) as { eventType: string; createdDateTime: string }[];
    expect(events.map((e) => e.eventType)).toEqual(['Created', 'Saved']);
  });

  it('deletes and undeletes with body true, and refuses within the prevention window', async () => {
    const del = await get(emu, `/storage/api/v1/sbl/instances/501337/${ids.active}`, sophie, {
      method: 'DELETE',
    });
    expect(del.status).toBe(200);
    expect(await del.json()).toBe(true);
    const deleted = (await (
      await get(emu, `/storage/api/v1/sbl/instances/501337/${ids.active}`, sophie)
    ).json()) as Record<string, unknown>;
    expect(deleted['deleteStatus']).toBe(1);
    const undo = await get(emu, `/storage/api/v1/sbl/instances/501337/${ids.active}/undelete`, sophie, {
      method: 'PUT',
    });
    expect(await undo.json()).toBe(true);
    const restored = (await (await get(emu, `/storage/api/v1/instances/${ids.active}`, sophie)).json()) as {
      status: Record<string, unknown>;
    };
    expect(restored.status['isSoftDeleted']).toBe(false);
    const prevented = await get(emu, `/storage/api/v1/sbl/instances/501337/${ids.archivedRecently}`, sophie, {
      method: 'DELETE',
    });
    expect(prevented.status).toBe(403);
    const hard = await get(
      emu,
      `/storage/api/v1/sbl/instances/501337/${ids.archivedLongAgo}?hard=true`,
      sophie,
      { method: 'DELETE' },
    );
    expect(await hard.json()).toBe(true);
    const undoHard = await get(
      emu,
      `/storage/api/v1/sbl/instances/501337/${ids.archivedLongAgo}/undelete`,
      sophie,
      { method: 'PUT' },
    );
    expect(undoHard.status).toBe(404);
    expect(await undoHard.json()).toBe('Instance was permanently deleted and cannot be restored.');
  });
});
