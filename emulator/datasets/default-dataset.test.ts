import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_TIME, buildDefaultDataset } from './default-dataset.ts';
import { fileProblems } from './lib/file-checks.ts';
import { isValidPersonNumber } from './lib/identity-numbers.ts';
import { serialiseDataset } from './lib/serialise.ts';
import type { DataElement, Instance, InstanceEvent, TextResource } from './lib/storage-types.ts';
import { day } from './lib/time.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), 'default');

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? walk(dir, rel) : [rel];
  });
}

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;

interface Stored {
  instance: Instance;
  events: InstanceEvent[];
  dir: string;
}

interface AppMeta {
  id: string;
  org: string;
  title: Record<string, string>;
  dataTypes: { id: string }[];
  preventInstanceDeletionForDays?: number;
  messageBoxConfig?: { hideSettings?: { hideAlways: boolean; hideOnTask?: string[] } };
}

const instances: Stored[] = [];
const appsById = new Map<string, AppMeta>();
const texts = new Map<string, TextResource>();
const minLevel = new Map<string, number>();

beforeAll(() => {
  for (const party of readdirSync(join(root, 'storage/instances'))) {
    for (const guid of readdirSync(join(root, 'storage/instances', party))) {
      const dir = `storage/instances/${party}/${guid}`;
      instances.push({
        instance: readJson<Instance>(`${dir}/instance.json`),
        events: readJson<{ instanceEvents: InstanceEvent[] }>(`${dir}/events.json`).instanceEvents,
        dir,
      });
    }
  }
  for (const org of readdirSync(join(root, 'storage/applications'))) {
    for (const app of readdirSync(join(root, 'storage/applications', org))) {
      const dir = `storage/applications/${org}/${app}`;
      appsById.set(`${org}/${app}`, readJson<AppMeta>(`${dir}/applicationmetadata.json`));
      for (const lang of ['nb', 'nn', 'en'])
        texts.set(`${org}/${app}/${lang}`, readJson<TextResource>(`${dir}/texts/${lang}.json`));
      const policy = readFileSync(join(root, dir, 'policy.xml'), 'utf8');
      const level =
        /Category="urn:altinn:minimum-authenticationlevel">\s*<xacml:AttributeValue[^>]*>(\d)</.exec(
          policy,
        )?.[1];
      minLevel.set(`${org}/${app}`, Number(level ?? 2));
    }
  }
});

describe('the committed default dataset', () => {
  it('is exactly what build-default.ts produces (rebuilding is byte-identical)', async () => {
    const built = await serialiseDataset(buildDefaultDataset().files);
    const onDisk = walk(root).sort();
    expect(onDisk).toEqual([...built.keys()].sort());
    const differing = [...built]
      .filter(([path, bytes]) => !readFileSync(join(root, path)).equals(bytes))
      .map(([p]) => p);
    expect(differing).toEqual([]);
  });

  it('stays under about 3 MB', () => {
    const total = walk(root).reduce((n, rel) => n + statSync(join(root, rel)).size, 0);
    console.log(`default dataset: ${walk(root).length} files, ${(total / 1024).toFixed(0)} KiB`);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  it('declares its reference time', () => {
    expect(readJson<{ referenceTime: string }>('storage/dataset.json').referenceTime).toBe(
      new Date(REFERENCE_TIME).toISOString().replace('.000Z', 'Z'),
    );
  });
});

describe('people and parties', () => {
  interface Profile {
    UserId: number;
    PartyId: number;
    Party: { partyId?: string; ssn?: string };
  }
  interface ListItem {
    partyId: string;
    partyTypeName: number;
    isDeleted: boolean;
    onlyHierarchyElementWithNoAccess: boolean;
    childParties: ListItem[] | null;
  }
  const profiles = (): Profile[] =>
    readdirSync(join(root, 'Profile/User')).map((f) => readJson<Profile>(`Profile/User/${f}`));
  const list = (userId: number): ListItem[] => readJson<ListItem[]>(`authorization/partylist/${userId}.json`);
  const flat = (items: ListItem[]): ListItem[] => items.flatMap((i) => [i, ...flat(i.childParties ?? [])]);

  it('has at least five persons who can log in with an identity number', () => {
    const loginable = profiles().filter((p) => /^\d{11}$/.test(p.Party.ssn ?? ''));
    expect(loginable.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps the localtest users and their ids', () => {
    const ids = profiles().map((p) => p.UserId);
    for (const id of [1337, 12345, 1001, 1002, 1003, 1004]) expect(ids).toContain(id);
    expect(readJson<Profile>('Profile/User/1337.json').Party).toEqual({
      partyId: '501337',
      partyUuid: 'e9dd7d91-32d8-4933-a108-07562762d572',
      ssn: '01039012345',
    });
  });

  it('gives new persons synthetic identity numbers (month + 80, valid check digits)', () => {
    const localtest = new Set(['01039012345', '01017512345', '01899699552', '17858296439', '08829698278']);
    const persons = readdirSync(join(root, 'Register/Person')).map((f) => f.replace('.json', ''));
    const fresh = persons.filter((pid) => !localtest.has(pid));
    expect(fresh.length).toBeGreaterThan(3);
    for (const pid of fresh) {
      expect(isValidPersonNumber(pid), pid).toBe(true);
      expect(Number(pid.slice(2, 4)), pid).toBeGreaterThan(80);
    }
  });

  it('has one user with many organisations, subunits, a deleted one and a hierarchy-only main unit', () => {
    const sophie = list(1337);
    expect(sophie.filter((p) => p.partyTypeName === 2).length).toBeGreaterThanOrEqual(8);
    expect(sophie.some((p) => (p.childParties ?? []).length >= 2)).toBe(true);
    expect(sophie.some((p) => p.isDeleted)).toBe(true);
    const hierarchyOnly = sophie.find((p) => p.onlyHierarchyElementWithNoAccess);
    expect(hierarchyOnly?.childParties?.length).toBeGreaterThan(0);
  });

  it('has a user who represents only themselves, one who represents another person, and an accountant', () => {
    expect(list(12345)).toHaveLength(1);
    const kari = list(20001);
    expect(kari.filter((p) => p.partyTypeName === 1).length).toBe(2);
    expect(flat(list(20003)).length).toBeGreaterThanOrEqual(40);
  });

  it('has a Register/Party file for every party in every list and every instance owner', () => {
    const ids = new Set(
      profiles().flatMap((p) =>
        existsSync(join(root, `authorization/partylist/${p.UserId}.json`))
          ? flat(list(p.UserId)).map((i) => i.partyId)
          : [],
      ),
    );
    for (const s of instances) ids.add(s.instance.instanceOwner.partyId);
    for (const id of ids) expect(existsSync(join(root, `Register/Party/${id}.json`)), id).toBe(true);
  });
});

describe('apps and service owners', () => {
  it('has at least 8 apps from at least 4 service owners, all named in orgs.json in nb, nn and en', () => {
    expect(appsById.size).toBeGreaterThanOrEqual(8);
    const owners = new Set([...appsById.values()].map((a) => a.org));
    expect(owners.size).toBeGreaterThanOrEqual(4);
    const orgs = readJson<{ orgs: Record<string, { name: Record<string, string> }> }>(
      'storage/orgs.json',
    ).orgs;
    for (const org of owners) expect(Object.keys(orgs[org]?.name ?? {}).sort()).toEqual(['en', 'nb', 'nn']);
  });

  it('titles every app in nb, nn and en, in metadata and in texts', () => {
    for (const [id, app] of appsById) {
      expect(Object.keys(app.title).sort(), id).toEqual(['en', 'nb', 'nn']);
      for (const lang of ['nb', 'nn', 'en']) {
        const t = texts.get(`${id}/${lang}`);
        expect(t?.id).toBe(`${id.replace('/', '-')}-${lang}`);
        expect(t?.resources.find((r) => r.id === 'appName')?.value).toBe(app.title[lang]);
      }
    }
  });

  it('has hideAlways, hideOnTask, a deletion-prevention window and a level-4 policy', () => {
    const all = [...appsById.values()];
    expect(all.some((a) => a.messageBoxConfig?.hideSettings?.hideAlways)).toBe(true);
    expect(all.some((a) => (a.messageBoxConfig?.hideSettings?.hideOnTask ?? []).includes('Task_1'))).toBe(
      true,
    );
    expect(all.some((a) => (a.preventInstanceDeletionForDays ?? 0) > 0)).toBe(true);
    expect([...minLevel.values()]).toContain(4);
  });
});

describe('instances', () => {
  const now = REFERENCE_TIME;
  const t = (iso: string | undefined): number => (iso ? Date.parse(iso) : NaN);
  const active = (s: Stored): boolean => !s.instance.status.isArchived && !s.instance.status.isSoftDeleted;

  it('number at least 150', () => {
    expect(instances.length).toBeGreaterThanOrEqual(150);
  });

  it('match their folder, reference an existing app and a readable owner id', () => {
    for (const { instance, dir } of instances) {
      const [, , party, guid] = dir.split('/');
      expect(instance.id).toBe(`${party}/${guid}`);
      expect(instance.instanceOwner.partyId).toBe(party);
      expect(appsById.has(instance.appId), instance.appId).toBe(true);
      expect(instance.org).toBe(instance.appId.split('/')[0]);
      expect(typeof instance.status.readStatus).toBe('string');
      expect(JSON.stringify(instance)).not.toContain('null,');
      expect(instance).not.toHaveProperty('selfLinks');
    }
  });

  it('have data files with matching size and MD5, real files of their content type', () => {
    let checked = 0;
    for (const { instance, dir } of instances) {
      for (const d of instance.data) {
        const bytes = readFileSync(join(root, dir, 'data', d.id));
        expect(bytes.length, d.id).toBe(d.size);
        expect(createHash('md5').update(bytes).digest('base64'), d.id).toBe(d.contentHash);
        expect(fileProblems(d.contentType, bytes), `${dir}/data/${d.id} (${d.contentType})`).toEqual([]);
        expect(appsById.get(instance.appId)?.dataTypes.map((x) => x.id)).toContain(d.dataType);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('cover every process task type and archived ones', () => {
    const types = new Set(
      instances.filter(active).map((s) => s.instance.process.currentTask?.altinnTaskType),
    );
    for (const type of ['data', 'confirmation', 'signing', 'payment', 'feedback'])
      expect(types).toContain(type);
    const archived = instances.filter(
      (s) => s.instance.status.isArchived && !s.instance.status.isSoftDeleted,
    );
    expect(archived.length).toBeGreaterThan(40);
    for (const s of archived) {
      expect(s.instance.process.ended).toBeDefined();
      expect(s.instance.process.currentTask).toBeUndefined();
      expect(s.instance.data.some((d) => d.dataType === 'ref-data-as-pdf')).toBe(true);
    }
  });

  it('cover the inbox states: due dates, visibleAfter, hidden, read states, substatus, deletion', () => {
    const is = instances.map((s) => s.instance);
    expect(is.some((i) => !i.status.isArchived && t(i.dueBefore) < now)).toBe(true);
    expect(is.some((i) => t(i.dueBefore) > now && t(i.dueBefore) < now + 3 * day)).toBe(true);
    expect(is.some((i) => t(i.dueBefore) > now + 50 * day)).toBe(true);
    expect(is.some((i) => t(i.visibleAfter) > now && t(i.visibleAfter) < now + 2 * day)).toBe(true);
    for (const status of ['Unread', 'Read', 'UpdatedSinceLastReview'])
      expect(is.some((i) => i.status.readStatus === status)).toBe(true);
    expect(is.filter((i) => i.status.substatus).length).toBeGreaterThan(10);
    expect(is.some((i) => i.status.isSoftDeleted && !i.status.isHardDeleted && !i.status.isArchived)).toBe(
      true,
    );
    expect(is.some((i) => i.status.isSoftDeleted && !i.status.isHardDeleted && i.status.isArchived)).toBe(
      true,
    );
    expect(is.some((i) => i.status.isHardDeleted)).toBe(true);
    expect(is.some((i) => (i.completeConfirmations ?? []).length > 0)).toBe(true);
    expect(is.filter((i) => i.presentationTexts).length).toBeGreaterThan(is.length / 2);
  });

  it('include instances hidden by hideAlways and by hideOnTask', () => {
    const hidden = instances.filter((s) => {
      const cfg = appsById.get(s.instance.appId)?.messageBoxConfig?.hideSettings;
      return (
        cfg?.hideAlways || (cfg?.hideOnTask ?? []).includes(s.instance.process.currentTask?.elementId ?? '')
      );
    });
    expect(
      hidden.filter((s) => appsById.get(s.instance.appId)?.messageBoxConfig?.hideSettings?.hideAlways).length,
    ).toBeGreaterThan(0);
    expect(
      hidden.filter((s) => !appsById.get(s.instance.appId)?.messageBoxConfig?.hideSettings?.hideAlways)
        .length,
    ).toBeGreaterThan(0);
  });

  it('include archived instances inside the deletion-prevention window and level-4-only ones', () => {
    const inWindow = instances.filter(({ instance: i }) => {
      const days = appsById.get(i.appId)?.preventInstanceDeletionForDays;
      return i.status.isArchived && days !== undefined && t(i.status.archived) + days * day > now;
    });
    expect(inWindow.length).toBeGreaterThan(0);
    expect(instances.some((s) => minLevel.get(s.instance.appId) === 4 && active(s))).toBe(true);
    expect(instances.some((s) => minLevel.get(s.instance.appId) === 4 && s.instance.status.isArchived)).toBe(
      true,
    );
  });

  it('carry every file scan result, read and unread data elements, and many attachment types', () => {
    const data: DataElement[] = instances.flatMap((s) => s.instance.data);
    for (const r of ['Clean', 'Pending', 'Infected', 'NotApplicable'])
      expect(
        data.some((d) => d.fileScanResult === r),
        r,
      ).toBe(true);
    expect(data.some((d) => d.isRead)).toBe(true);
    expect(data.some((d) => !d.isRead)).toBe(true);
    const types = new Set(data.map((d) => d.contentType));
    for (const type of [
      'application/pdf',
      'image/png',
      'image/jpeg',
      'application/xml',
      'application/json',
      'text/plain',
    ]) {
      expect(types, type).toContain(type);
    }
    expect([...types].some((ct) => ct.includes('wordprocessingml'))).toBe(true);
  });

  it('use substatus keys that resolve in nb, nn and en texts', () => {
    for (const { instance } of instances) {
      const sub = instance.status.substatus;
      if (!sub) continue;
      for (const lang of ['nb', 'nn', 'en']) {
        const ids = texts.get(`${instance.appId}/${lang}`)?.resources.map((r) => r.id) ?? [];
        expect(ids).toContain(sub.label);
        if (sub.description) expect(ids).toContain(sub.description);
      }
    }
  });

  it('have event histories that fit their state', () => {
    for (const { instance, events } of instances) {
      const types = events.map((e) => e.eventType);
      expect(types[0], instance.id).toBe('Created');
      expect(types).toContain('process_StartEvent');
      for (const e of events) {
        expect(e.instanceId).toBe(instance.id);
        expect(e.instanceOwnerPartyId).toBe(instance.instanceOwner.partyId);
        expect(typeof e.user.authenticationLevel).toBe('number');
        expect(t(e.created)).toBeLessThanOrEqual(now);
      }
      const sorted = [...events].sort((a, b) => t(a.created) - t(b.created));
      expect(events).toEqual(sorted);
      if (instance.status.isArchived) {
        expect(types).toContain('process_EndEvent');
        expect(types).toContain('Submited');
      }
      if (instance.status.isSoftDeleted) expect(types).toContain('Deleted');
      if (instance.status.substatus) expect(types).toContain('SubstatusUpdated');
      if (instance.completeConfirmations) expect(types).toContain('ConfirmedComplete');
      if (minLevel.get(instance.appId) === 4) {
        for (const e of events.filter((x) => x.user.userId !== undefined))
          expect(e.user.authenticationLevel).toBe(4);
      }
    }
    expect(instances.some((s) => s.events.some((e) => e.eventType === 'Undeleted'))).toBe(true);
    expect(instances.some((s) => s.events.some((e) => e.user.orgId !== undefined))).toBe(true);
    expect(instances.some((s) => new Set(s.events.map((e) => e.user.userId).filter(Boolean)).size > 1)).toBe(
      true,
    );
  });
});
