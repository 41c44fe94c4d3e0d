import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RunningEmulator } from '../main.ts';
import { altinnToken, get, startTestEmulator } from './test-client.ts';
import { bulkParty, bulkSpecs, guid, ids, pdfBytes, pids } from './test-fixture.ts';

interface Page {
  count: number;
  self: string;
  next: string | null;
  instances: {
    id: string;
    appId: string;
    lastChanged: string;
    selfLinks: { platform: string };
    data?: { id: string; isRead: boolean }[];
    status: Record<string, unknown>;
  }[];
}

const now = Date.now();
let emu: RunningEmulator;
let sophie: string;
let sophieHigh: string;
let ola: string;
beforeAll(async () => {
  emu = await startTestEmulator({ bulk: 1000, now });
  sophie = await altinnToken(emu, pids.sophie);
  sophieHigh = await altinnToken(emu, pids.sophie, { acr: 'idporten-loa-high' });
  ola = await altinnToken(emu, pids.ola);
});
afterEach(async () => {
  await fetch(`${emu.platformUrl}/__emulator/reset`, { method: 'POST' });
});
afterAll(async () => {
  await emu.close();
});

const list = async (query: string, token = sophie): Promise<Page> => {
  const res = await get(emu, `/storage/api/v1/instances?${query}`, token);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
};
const guids = (page: Page): string[] => page.instances.map((i) => i.id.split('/')[1] ?? '');

describe('GET /storage/api/v1/instances', () => {
  it('lists a party newest first with selfLinks, count, self and a null next', async () => {
    const page = await list('instanceOwner.partyId=501337');
    expect(Object.keys(page)).toEqual(['count', 'self', 'next', 'instances']);
    expect(page.self).toBe(`${emu.platformUrl}/storage/api/v1/instances?instanceOwner.partyId=501337`);
    expect(page.next).toBeNull();
    // Level 3: the level-4 app is silently missing; hard-deleted never shows.
    expect(guids(page)).toEqual([
      ids.active,
      ids.archivedRecently,
      ids.softDeleted,
      ids.hiddenTask,
      ids.archivedLongAgo,
    ]);
    expect(page.count).toBe(5);
    const first = page.instances[0];
    expect(first?.selfLinks.platform).toBe(
      `${emu.platformUrl}/storage/api/v1/instances/501337/${ids.active}`,
    );
    expect(Object.keys(first ?? {}).slice(0, 5)).toEqual([
      'id',
      'instanceOwner',
      'appId',
      'org',
      'selfLinks',
    ]);
    // Hard-deleted data elements are removed for end users.
    expect(first?.data?.map((d) => d.id)).toEqual([ids.pdf, ids.bigFile]);
  });

  it('shows level-4 apps to a level-4 token', async () => {
    expect(guids(await list('instanceOwner.partyId=501337', sophieHigh))).toContain(ids.levelFour);
  });

  it('filters on status, process, app, org, search and dates', async () => {
    expect(
      guids(await list('instanceOwner.partyId=501337&status.isArchived=true&status.isSoftDeleted=false')),
    ).toEqual([ids.archivedRecently, ids.archivedLongAgo]);
    expect(guids(await list('instanceOwner.partyId=501337&status.isSoftDeleted=true'))).toEqual([
      ids.softDeleted,
    ]);
    expect(guids(await list('instanceOwner.partyId=501337&status.isHardDeleted=true'))).toEqual([]);
    expect(guids(await list('instanceOwner.partyId=501337&process.isComplete=true'))).toEqual([
      ids.archivedRecently,
      ids.archivedLongAgo,
    ]);
    expect(guids(await list('instanceOwner.partyId=501337&process.currentTask=Task_hidden'))).toEqual([
      ids.hiddenTask,
    ]);
    expect(guids(await list('instanceOwner.partyId=501337&appId=skd/arkiv&status.isArchived=false'))).toEqual(
      [ids.hiddenTask],
    );
    expect(guids(await list('instanceOwner.partyId=501337&org=skd'))).toHaveLength(3);
    expect(guids(await list('instanceOwner.partyId=501337&searchString=flytte'))).toEqual([ids.active]);
    // ILIKE '%s%': case-insensitive, `_` and `%` are wildcards, `\` escapes them.
    expect(guids(await list('instanceOwner.partyId=501337&searchString=FLYTTE'))).toEqual([ids.active]);
    expect(guids(await list('instanceOwner.partyId=501337&searchString=fl_tte%25melding'))).toEqual([
      ids.active,
    ]);
    expect(guids(await list('instanceOwner.partyId=501337&searchString=fl%5C_tte'))).toEqual([]);
    expect(guids(await list('instanceOwner.partyId=501337&searchString=sak%201_'))).toEqual([ids.hiddenTask]);
    const since = new Date(now - 2.5 * 86_400_000).toISOString();
    expect(guids(await list(`instanceOwner.partyId=501337&lastChanged=gt:${since}`))).toEqual([
      ids.active,
      ids.archivedRecently,
    ]);
    const nowIso = new Date(now).toISOString();
    expect(guids(await list(`instanceOwner.partyId=501337&visibleAfter=gt:${nowIso}`))).toEqual([
      ids.hiddenTask,
    ]);
    expect(guids(await list(`instanceOwner.partyId=501337&order=asc:lastChanged&size=2`))).toEqual([
      ids.archivedLongAgo,
      ids.hiddenTask,
    ]);
    expect(guids(await list(`instanceOwner.partyId=501337&A3Ref=${ids.active.slice(-12)}`))).toEqual([
      ids.active,
    ]);
  });

  it('finds the party from X-Ai-InstanceOwnerIdentifier, with the real errors', async () => {
    const byHeader = async (value: string, query = ''): Promise<Response> =>
      get(emu, `/storage/api/v1/instances?size=1${query}`, sophie, {
        headers: { 'X-Ai-InstanceOwnerIdentifier': value },
      });
    const person = await byHeader(`person: ${pids.sophie}`);
    expect(guids((await person.json()) as Page)).toEqual([ids.active]);
    const org = await byHeader('Organisation:897069651');
    expect(guids((await org.json()) as Page)).toEqual([ids.subunit]);
    const unknown = await byHeader('Person:01017599999');
    expect(await unknown.json()).toMatchObject({ count: 0, instances: [] });
    expect(await (await byHeader('Org:897069651')).json()).toBe('Invalid InstanceOwnerIdentifier.');
    expect(await (await byHeader('Person:123')).json()).toBe('Person number needs to be exactly 11 digits.');
    expect(await (await byHeader('Organisation:12')).json()).toBe(
      'Organization number needs to be exactly 9 digits.',
    );
    expect(await (await byHeader('Organisation:897069651', '&instanceOwner.partyId=500001')).json()).toBe(
      'Both InstanceOwner.PartyId and InstanceOwnerIdentifier cannot be present at the same time.',
    );
  });

  it('leaves data out with includeDataElements=false', async () => {
    const page = await list('instanceOwner.partyId=501337&includeDataElements=false');
    expect(page.instances[0]).not.toHaveProperty('data');
  });

  it('pages through 1,000 instances at size=7: every readable instance exactly once, in order', async () => {
    const expected = bulkSpecs(1000, now)
      .map((spec, index) => ({ spec, index }))
      .filter(({ spec }) => spec.appId !== 'ttd/hoy')
      .sort((a, b) => b.spec.lastChanged - a.spec.lastChanged || b.index - a.index)
      .map(({ spec }) => guid(spec.n));
    const seen: string[] = [];
    let url: string | null =
      `${emu.platformUrl}/storage/api/v1/instances?instanceOwner.partyId=${bulkParty}&size=7`;
    let pages = 0;
    let shortPagesWithNext = 0;
    while (url) {
      const res = await fetch(url, { headers: { Authorization: `Bearer ${sophie}` } });
      const page = (await res.json()) as Page;
      expect(page.count).toBe(page.instances.length);
      if (page.next && page.instances.length < 7) shortPagesWithNext++;
      if (page.next) expect(page.next).toMatch(/continuationToken=\d+%253b\d+$/);
      seen.push(...guids(page));
      url = page.next;
      pages++;
      expect(pages).toBeLessThan(200);
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(shortPagesWithNext).toBeGreaterThan(0);
  });

  it('answers the real errors for bad input and keeps serving', async () => {
    const bad = async (query: string): Promise<Response> =>
      get(emu, `/storage/api/v1/instances?${query}`, sophie);
    const noParty = await bad('appId=ttd/skjema');
    expect(noParty.status).toBe(400);
    expect(await noParty.json()).toBe(
      'Either InstanceOwnerPartyId or InstanceOwnerIdentifier need to be defined.',
    );
    const badBool = await bad('instanceOwner.partyId=501337&status.isArchived=abc');
    expect(badBool.status).toBe(400);
    expect(badBool.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await badBool.json()).toMatchObject({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { 'status.isArchived': ["The value 'abc' is not valid."] },
      traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/) as unknown,
    });
    const badDate = await bad('instanceOwner.partyId=501337&lastChanged=gt:yesterday');
    expect(await badDate.json()).toBe('Invalid date expression: gt:yesterday for query key: lastChanged');
    const badRef = await bad('instanceOwner.partyId=501337&A3Ref=abc');
    expect(await badRef.json()).toBe('The A3 reference needs to be exactly 12 characters long.');
    const badToken = await bad('instanceOwner.partyId=501337&continuationToken=%%zz');
    expect(badToken.status).toBe(500);
    expect((await get(emu, '/storage/api/v1/instances?instanceOwner.partyId=501337')).status).toBe(401);
    expect((await list('instanceOwner.partyId=501337')).count).toBe(5);
  });
});

describe('a user never sees another party', () => {
  const foreign = [
    { partyId: 999999, guid: ids.otherParty },
    { partyId: 500600, guid: ids.noAccessElement },
    { partyId: 512345, guid: ids.olaOwn },
  ];

  it('drops foreign parties from lists and answers 403 on every single-instance endpoint', async () => {
    for (const { partyId, guid: g } of foreign) {
      const page = await list(`instanceOwner.partyId=${partyId}`);
      expect(page.instances).toEqual([]);
      for (const path of [
        `/storage/api/v1/instances/${g}`,
        `/storage/api/v1/instances/${partyId}/${g}`,
        `/storage/api/v1/instances/${partyId}/${g}/events`,
        `/storage/api/v1/instances/${partyId}/${g}/process/history`,
        `/storage/api/v1/instances/${partyId}/${g}/dataelements`,
        `/storage/api/v1/instances/${partyId}/${g}/data/${ids.pdf}`,
        `/storage/api/v1/instances/${partyId}/${g}/events/${guid(1, 'eeeeeeee')}`,
        `/storage/api/v1/sbl/instances/${partyId}/${g}`,
        `/storage/api/v1/sbl/instances/${partyId}/${g}/events`,
      ]) {
        const res = await get(emu, path, sophie);
        expect(res.status, path).toBe(403);
        expect(await res.text()).toBe('');
      }
      for (const [method, path] of [
        ['PUT', `/storage/api/v1/instances/${partyId}/${g}/readstatus?status=Read`],
        ['DELETE', `/storage/api/v1/instances/${partyId}/${g}`],
        ['DELETE', `/storage/api/v1/sbl/instances/${partyId}/${g}`],
        ['PUT', `/storage/api/v1/sbl/instances/${partyId}/${g}/undelete`],
      ] as const) {
        expect((await get(emu, path, sophie, { method })).status, `${method} ${path}`).toBe(403);
      }
    }
    const search = await get(emu, '/storage/api/v1/sbl/instances/search', sophie, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ instanceOwnerPartyIdList: foreign.map((f) => f.partyId), includeActive: true }),
    });
    expect(await search.json()).toEqual([]);
  });

  it('lets a user read subunits, children of no-access elements and represented persons, not more', async () => {
    expect(guids(await list('instanceOwner.partyId=500001'))).toEqual([ids.subunit]);
    expect(guids(await list('instanceOwner.partyId=500601'))).toEqual([ids.noAccessChild]);
    expect(guids(await list('instanceOwner.partyId=512345', ola))).toEqual([ids.olaOwn]);
    expect(guids(await list('instanceOwner.partyId=501337', ola))).toEqual([]);
    const gjentagende = await altinnToken(emu, pids.gjentagende);
    expect(guids(await list('instanceOwner.partyId=510003', gjentagende))).toEqual([ids.otherPerson]);
  });

  it('answers 403 on a level-4 app for a level-3 token and 200 for level 4', async () => {
    expect((await get(emu, `/storage/api/v1/instances/${ids.levelFour}`, sophie)).status).toBe(403);
    expect((await get(emu, `/storage/api/v1/instances/${ids.levelFour}`, sophieHigh)).status).toBe(200);
  });
});

describe('single instance and sub-resources', () => {
  it('serves an instance on both routes and a JSON-string 404 for unknown ones', async () => {
    const a = (await (await get(emu, `/storage/api/v1/instances/${ids.active}`, sophie)).json()) as Record<
      string,
      unknown
    >;
    const b = (await (
      await get(emu, `/storage/api/v1/instances/501337/${ids.active}`, sophie)
    ).json()) as Record<string, unknown>;
    expect(a).toEqual(b);
    expect(a['id']).toBe(`501337/${ids.active}`);
    const missing = guid(424242);
    const res = await get(emu, `/storage/api/v1/instances/501337/${missing}`, sophie);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toBe(`Unable to find instance ${missing}`);
    // Hard-deleted instances are gone for end users.
    expect((await get(emu, `/storage/api/v1/instances/${ids.hardDeleted}`, sophie)).status).toBe(404);
  });

  it('treats bad ids as unmatched routes: 404 with no body, including traversal attempts', async () => {
    for (const path of [
      '/storage/api/v1/instances/501337/not-a-guid',
      '/storage/api/v1/instances/abc/' + ids.active,
      '/storage/api/v1/instances/501337/..%2F..%2Fetc%2Fpasswd',
      '/storage/api/v1/instances/501337/../../../etc/passwd',
      '/storage/api/v1/nothing-here',
    ]) {
      const res = await get(emu, path, sophie);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toBe('');
    }
    expect((await get(emu, '/storage/api/v1/instances', sophie, { method: 'PATCH' })).status).toBe(405);
  });

  it('filters events by eventTypes and by from+to together', async () => {
    const base = `/storage/api/v1/instances/501337/${ids.active}/events`;
    const all = (await (await get(emu, base, sophie)).json()) as {
      instanceEvents: { eventType: string; created: string }[];
    };
    expect(all.instanceEvents).toHaveLength(7);
    const saved = (await (
      await get(emu, `${base}?eventTypes=Saved&eventTypes=Created`, sophie)
    ).json()) as typeof all;
    expect(saved.instanceEvents.map((e) => e.eventType)).toEqual(['Created', 'Saved', 'Saved']);
    const comma = (await (await get(emu, `${base}?eventTypes=Saved,Created`, sophie)).json()) as typeof all;
    expect(comma.instanceEvents).toEqual([]);
    const from = all.instanceEvents[2]?.created ?? '';
    const to = all.instanceEvents[3]?.created ?? '';
    const ranged = (await (await get(emu, `${base}?from=${from}&to=${to}`, sophie)).json()) as typeof all;
    expect(ranged.instanceEvents.map((e) => e.eventType)).toEqual(['Created', 'Saved']);
    const onlyFrom = (await (await get(emu, `${base}?from=${from}`, sophie)).json()) as typeof all;
    expect(onlyFrom.instanceEvents).toHaveLength(7);
    const badDate = await get(emu, `${base}?from=nonsense&to=${to}`, sophie);
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toBe(
      'Unable to perform query. Invalid format for time span. Use string format of UTC.',
    );
  });

  it('builds process history from process events', async () => {
    const res = await get(emu, `/storage/api/v1/instances/501337/${ids.active}/process/history`, sophie);
    const body = (await res.json()) as { processHistory: Record<string, unknown>[] };
    expect(body.processHistory.map((item) => [item['eventType'], item['elementId']])).toEqual([
      ['process_StartEvent', 'StartEvent_1'],
      ['process_StartTask', 'Task_1'],
      ['process_StartTask', 'Task_2'],
    ]);
    expect(body.processHistory[1]?.['ended']).toBeDefined();
    expect(body.processHistory[1]?.['performedBy']).toBe(pids.sophie);
  });

  it('lists data elements and downloads with Content-Disposition, marking the element read', async () => {
    const elements = (await (
      await get(emu, `/storage/api/v1/instances/501337/${ids.active}/dataelements`, sophie)
    ).json()) as {
      dataElements: { id: string; isRead: boolean; selfLinks: { platform: string } }[];
    };
    const pdf = elements.dataElements.find((e) => e.id === ids.pdf);
    expect(pdf?.isRead).toBe(false);
    const res = await fetch(pdf?.selfLinks.platform ?? '', {
      headers: { Authorization: `Bearer ${sophie}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      "attachment; filename=kvittering.pdf; filename*=UTF-8''kvittering.pdf",
    );
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdfBytes);
    const after = (await (
      await get(emu, `/storage/api/v1/instances/${ids.active}`, sophie)
    ).json()) as Page['instances'][number];
    expect(after.data?.find((d) => d.id === ids.pdf)?.isRead).toBe(true);

    const big = await get(emu, `/storage/api/v1/instances/501337/${ids.active}/data/${ids.bigFile}`, sophie);
    expect(big.headers.get('content-disposition')).toBe(
      'attachment; filename="stor fil ___.bin"; filename*=UTF-8\'\'stor%20fil%20%C3%A6%C3%B8%C3%A5.bin',
    );
    expect((await big.arrayBuffer()).byteLength).toBe(1_000_000);

    const gone = await get(
      emu,
      `/storage/api/v1/instances/501337/${ids.active}/data/${ids.hardDeletedData}`,
      sophie,
    );
    expect(gone.status).toBe(404);
    expect(await gone.json()).toBe(`Unable to find any data element with id: ${ids.hardDeletedData}.`);
  });

  it('sets read status case-insensitively and rejects unknown values', async () => {
    const path = `/storage/api/v1/instances/501337/${ids.active}/readstatus`;
    const ok = await get(emu, `${path}?status=read`, sophie, { method: 'PUT' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Page['instances'][number]).status['readStatus']).toBe('Read');
    const bad = await get(emu, `${path}?status=Seen`, sophie, { method: 'PUT' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toBe(
      'Invalid read status: Seen. Accepted types include: Unread, Read, UpdatedSinceLastReview',
    );
  });

  it('soft-deletes, hard-deletes, honours the deletion-prevention window, and reset restores it all', async () => {
    const soft = await get(emu, `/storage/api/v1/instances/501337/${ids.active}`, sophie, {
      method: 'DELETE',
    });
    expect(soft.status).toBe(200);
    const softBody = (await soft.json()) as Page['instances'][number];
    expect(softBody.status).toMatchObject({ isSoftDeleted: true, isHardDeleted: false });
    expect(typeof softBody.status['softDeleted']).toBe('string');
    const events = (await (
      await get(emu, `/storage/api/v1/instances/501337/${ids.active}/events?eventTypes=Deleted`, sophie)
    ).json()) as { instanceEvents: unknown[] };
    expect(events.instanceEvents).toHaveLength(1);
    expect(guids(await list('instanceOwner.partyId=501337&status.isSoftDeleted=true'))).toContain(ids.active);

    const prevented = await get(emu, `/storage/api/v1/instances/501337/${ids.archivedRecently}`, sophie, {
      method: 'DELETE',
    });
    expect(prevented.status).toBe(403);
    expect(await prevented.json()).toBe('Instance cannot be deleted yet due to application restrictions.');

    const hard = await get(emu, `/storage/api/v1/instances/501337/${ids.archivedLongAgo}?hard=true`, sophie, {
      method: 'DELETE',
    });
    expect(hard.status).toBe(200);
    expect((await get(emu, `/storage/api/v1/instances/${ids.archivedLongAgo}`, sophie)).status).toBe(404);
    const badHard = await get(emu, `/storage/api/v1/instances/501337/${ids.active}?hard=maybe`, sophie, {
      method: 'DELETE',
    });
    expect(badHard.status).toBe(400);

    await fetch(`${emu.platformUrl}/__emulator/reset`, { method: 'POST' });
    expect(guids(await list('instanceOwner.partyId=501337&status.isSoftDeleted=true'))).toEqual([
      ids.softDeleted,
    ]);
    expect((await get(emu, `/storage/api/v1/instances/${ids.archivedLongAgo}`, sophie)).status).toBe(200);
  });
});

describe('GET .../events/{eventId}', () => {
  it('serves one event, and a ProblemDetails 404 (application/problem+json) for an unknown id', async () => {
    const base = `/storage/api/v1/instances/501337/${ids.active}/events`;
    const one = await get(emu, `${base}/${guid(4, 'eeeeeeee')}`, sophie);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id: guid(4, 'eeeeeeee'), eventType: 'Saved' });
    const missing = await get(emu, `${base}/${guid(99, 'eeeeeeee')}`, sophie);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await missing.json()).toMatchObject({ title: 'Not Found', status: 404 });
  });
});
