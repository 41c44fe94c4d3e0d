import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import type { JsonObject } from '../store/json.ts';
import { lastChangedBy } from './sbl-routes.ts';
import { altinnToken, get, startTestEmulator } from './test-client.ts';
import { bulkParty, ids, pids } from './test-fixture.ts';

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

  it('matches searchString with ILIKE on presentation texts (trimmed) or as a substring of the app titles', async () => {
    const found = async (searchString: string): Promise<unknown[]> =>
      (
        (await (
          await search({ instanceOwnerPartyIdList: [501337], includeActive: true, searchString })
        ).json()) as { id: string }[]
      ).map((h) => h.id);
    expect(await found('  FLYTTE ')).toEqual([ids.active]);
    expect(await found('fl_tte%ding')).toEqual([ids.active]);
    expect(await found('fl\\_tte')).toEqual([]);
    // Every active instance of ttd/skjema by its title "Tittel ttd/skjema", whatever its texts say.
    expect(await found('TITTEL TTD/SKJ')).toEqual([ids.active]);
    expect(await found('Sak 4')).toEqual([]);
  });

  it('takes the newest 5000 rows first and filters them afterwards (PDP, visibility)', async () => {
    const big = await startTestEmulator({ bulk: 5010 });
    try {
      const token = await altinnToken(big, pids.sophie);
      const res = await get(big, '/storage/api/v1/sbl/instances/search', token, {
        method: 'POST',
        body: JSON.stringify({ instanceOwnerPartyIdList: [bulkParty] }),
      });
      const hits = (await res.json()) as { id: string }[];
      // 5010 rows, the 5000 newest kept, then every 50th (a level-4 app) dropped by the PDP.
      expect(hits).toHaveLength(4900);
      const sorted = hits.map((h) => h.id);
      expect(sorted).toEqual([...sorted].sort());
    } finally {
      await big.close();
    }
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

describe('MessageBoxInstance.lastChangedBy (FindLastChangedBy)', () => {
  it('names whoever changed a data element after the instance, else the instance', () => {
    const older: JsonObject = { lastChanged: '2026-01-01T10:00:00Z', lastChangedBy: 'older' };
    const doc: JsonObject = {
      lastChanged: '2026-01-02T10:00:00Z',
      lastChangedBy: '1337',
      data: [
        { lastChanged: '2026-01-03T10:00:00Z', lastChangedBy: '991825827' },
        { lastChanged: '2026-01-04T10:00:00Z', lastChangedBy: '12345' },
        { lastChanged: '2026-01-05T10:00:00Z' },
        older,
      ],
    };
    expect(lastChangedBy(doc)).toBe('12345');
    expect(lastChangedBy({ ...doc, data: [older] })).toBe('1337');
    expect(lastChangedBy({ lastChangedBy: '1337', data: [] })).toBe('1337');
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
