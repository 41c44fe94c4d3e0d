import { Readable } from 'node:stream';

import type { JsonObject } from '../store/json.ts';
import type { MemoryEntry } from '../store/memory-source.ts';
import { createMemorySource } from '../store/memory-source.ts';
import type { DatasetSource } from '../store/source.ts';

/**
 * A small hand-made dataset for the contract tests. Every identity number is synthetic
 * (the localtest ones). Parties:
 *   501337 Sophie (user 1337): own; 500000 org with subunit 500001 and 500002 (bulk paging party);
 *   500600 a no-access hierarchy element with subunit 500601; 500700 a deleted org.
 *   512345 Ola (user 12345): only himself. 510002 Gjentagende (user 1002): himself + person 510003.
 *   999999 belongs to nobody in the dataset.
 */
export const pids = { sophie: '01039012345', ola: '01017512345', gjentagende: '17858296439' } as const;
export const bulkParty = 500002;

export function guid(n: number, prefix = '00000000'): string {
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const day = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

function party(partyId: number, name: string, extra: JsonObject = {}): JsonObject {
  return {
    partyId: String(partyId),
    partyUuid: `11111111-2222-4333-8444-${String(partyId).padStart(12, '0')}`,
    partyTypeName: 2,
    orgNumber: '',
    ssn: '',
    unitType: null,
    name,
    isDeleted: false,
    onlyHierarchyElementWithNoAccess: false,
    person: null,
    organisation: null,
    childParties: null,
    ...extra,
  };
}

function user(userId: number, partyId: number, ssn: string, userName: string): JsonObject {
  return {
    UserId: userId,
    UserName: userName,
    PhoneNumber: null,
    Email: `${userId}@example.invalid`,
    PartyId: partyId,
    Party: {
      partyId: String(partyId),
      partyUuid: `11111111-2222-4333-8444-${String(partyId).padStart(12, '0')}`,
      ssn,
    },
    UserType: 1,
    ProfileSettingPreference: { Language: 'nb', doNotPromptForParty: false },
  };
}

export interface InstanceSpec {
  n: number;
  partyId: number;
  appId: string;
  lastChanged: number;
  task?: string;
  taskType?: string;
  archived?: number;
  softDeleted?: number;
  hardDeleted?: number;
  readStatus?: string;
  title?: string;
  visibleAfter?: number;
  dueBefore?: number;
  data?: JsonObject[];
}

export function instanceDoc(spec: InstanceSpec): JsonObject {
  const id = guid(spec.n);
  const created = spec.lastChanged - 3_600_000;
  const status: JsonObject = {
    isArchived: spec.archived !== undefined,
    isSoftDeleted: spec.softDeleted !== undefined || spec.hardDeleted !== undefined,
    isHardDeleted: spec.hardDeleted !== undefined,
    readStatus: spec.readStatus ?? 'Unread',
  };
  if (spec.archived !== undefined) status['archived'] = iso(spec.archived);
  if (spec.softDeleted !== undefined) status['softDeleted'] = iso(spec.softDeleted);
  if (spec.hardDeleted !== undefined) status['hardDeleted'] = iso(spec.hardDeleted);
  const process: JsonObject = { started: iso(created), startEvent: 'StartEvent_1' };
  if (spec.archived !== undefined) {
    process['ended'] = iso(spec.archived);
    process['endEvent'] = 'EndEvent_1';
  } else {
    process['currentTask'] = {
      flow: 2,
      started: iso(created),
      elementId: spec.task ?? 'Task_1',
      name: 'Utfylling',
      altinnTaskType: spec.taskType ?? 'data',
      flowType: 'CompleteCurrentMoveToNext',
    };
  }
  const doc: JsonObject = {
    id: `${spec.partyId}/${id}`,
    instanceOwner: { partyId: String(spec.partyId) },
    appId: spec.appId,
    org: spec.appId.split('/')[0] ?? '',
  };
  if (spec.dueBefore !== undefined) doc['dueBefore'] = iso(spec.dueBefore);
  doc['visibleAfter'] = iso(spec.visibleAfter ?? created);
  doc['process'] = process;
  doc['status'] = status;
  doc['data'] = spec.data ?? [];
  doc['presentationTexts'] = { Title: spec.title ?? `Sak ${spec.n}` };
  doc['created'] = iso(created);
  doc['createdBy'] = '1337';
  doc['lastChanged'] = iso(spec.lastChanged);
  doc['lastChangedBy'] = '1337';
  return doc;
}

function dataElement(
  n: number,
  instance: number,
  filename: string,
  contentType: string,
  size: number,
  isRead: boolean,
): JsonObject {
  return {
    id: guid(n, 'dddddddd'),
    instanceGuid: guid(instance),
    dataType: 'ref-data-as-pdf',
    filename,
    contentType,
    blobStoragePath: `ttd/skjema/${guid(instance)}/data/${guid(n, 'dddddddd')}`,
    size,
    locked: false,
    isRead,
    tags: [],
    fileScanResult: 'NotApplicable',
    created: '2026-01-02T10:00:00Z',
    lastChanged: '2026-01-02T10:00:00Z',
  };
}

export const ids = {
  active: guid(1),
  archivedRecently: guid(2),
  levelFour: guid(3),
  softDeleted: guid(4),
  hardDeleted: guid(5),
  archivedLongAgo: guid(6),
  subunit: guid(7),
  noAccessElement: guid(8),
  noAccessChild: guid(9),
  otherParty: guid(10),
  olaOwn: guid(11),
  otherPerson: guid(12),
  hiddenTask: guid(13),
  pdf: guid(1, 'dddddddd'),
  bigFile: guid(2, 'dddddddd'),
  hardDeletedData: guid(3, 'dddddddd'),
};

export const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const bigFileSize = 1_000_000;

export interface FixtureOptions {
  /** Instances in the bulk party (every 50th needs level 4). */
  bulk?: number;
  now?: number;
}

/** The instances the fixture creates in the bulk party, for the paging tests. */
export function bulkSpecs(count: number, now: number): InstanceSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    n: 100_000 + i,
    partyId: bulkParty,
    appId: i % 50 === 49 ? 'ttd/hoy' : 'ttd/skjema',
    // Some share a timestamp so the row id has to break ties.
    lastChanged: now - 10 * day + Math.floor(i / 3) * 60_000,
  }));
}

export function buildFixture(options: FixtureOptions = {}): DatasetSource {
  const now = options.now ?? Date.now();
  const files = new Map<string, MemoryEntry>();
  const put = (path: string, json: unknown): void => void files.set(path, { json });

  put('Profile/User/1337.json', user(1337, 501337, pids.sophie, 'SophieDDG'));
  put('Profile/User/12345.json', user(12345, 512345, pids.ola, 'OlaNordmann'));
  put('Profile/User/1002.json', user(1002, 510002, pids.gjentagende, 'Gjentagende'));
  const sophie = party(501337, 'Sophie Salt', { partyTypeName: 1, ssn: pids.sophie });
  const org = party(500000, 'DDG Fitness AS', {
    orgNumber: '897069650',
    unitType: 'AS',
    childParties: [
      party(500001, 'DDG Fitness Oslo', { orgNumber: '897069651', unitType: 'BEDR' }),
      party(bulkParty, 'DDG Fitness Bergen', { orgNumber: '897069652', unitType: 'BEDR' }),
    ],
  });
  const noAccess = party(500600, 'Hovedenhet uten tilgang', {
    onlyHierarchyElementWithNoAccess: true,
    childParties: [party(500601, 'Underenhet med tilgang', { unitType: 'BEDR' })],
  });
  const deleted = party(500700, 'Slettet AS', { isDeleted: true });
  put('authorization/partylist/1337.json', [sophie, org, noAccess, deleted]);
  put('authorization/partylist/1002.json', [
    party(510002, 'Gjentagende Forelder', { partyTypeName: 1, ssn: pids.gjentagende }),
    party(510003, 'Barn Forelder', { partyTypeName: 1, ssn: '01899699552' }),
  ]);
  for (const p of [
    sophie,
    party(512345, 'Ola Nordmann', { partyTypeName: 1, ssn: pids.ola }),
    org,
    party(510002, 'Gjentagende Forelder', { partyTypeName: 1, ssn: pids.gjentagende }),
  ]) {
    put(`Register/Party/${String(p['partyId'])}.json`, { ...p, childParties: null });
  }
  put('Register/Person/01039012345.json', {
    SSN: pids.sophie,
    Name: 'Sophie Salt',
    FirstName: 'Sophie',
    LastName: 'Salt',
  });
  put('storage/orgs.json', {
    orgs: {
      ttd: {
        name: { nb: 'Testdepartementet', nn: 'Testdepartementet', en: 'Test Ministry' },
        orgnr: '991825827',
      },
    },
  });

  const app = (id: string, extra: JsonObject = {}): JsonObject => ({
    id,
    org: id.split('/')[0] ?? '',
    title: { nb: `Tittel ${id}`, nn: `Tittel ${id}`, en: `Title ${id}` },
    dataTypes: [
      {
        id: 'ref-data-as-pdf',
        allowedContentTypes: ['application/pdf'],
        maxCount: 0,
        minCount: 0,
        enablePdfCreation: true,
      },
    ],
    partyTypesAllowed: { bankruptcyEstate: false, organisation: false, person: false, subUnit: false },
    autoDeleteOnProcessEnd: false,
    disallowUserInstantiation: false,
    ...extra,
  });
  put('storage/applications/ttd/skjema/applicationmetadata.json', app('ttd/skjema'));
  put('storage/applications/ttd/skjema/texts/nb.json', {
    id: 'ttd-skjema-nb',
    org: 'ttd',
    language: 'nb',
    resources: [
      { id: 'appName', value: 'Skjema for testing', variables: null },
      { id: 'substatus.accepted', value: 'Godkjent', variables: null },
    ],
  });
  put('storage/applications/ttd/hoy/applicationmetadata.json', app('ttd/hoy'));
  files.set(
    'storage/applications/ttd/hoy/policy.xml',
    '<xacml:Policy><xacml:ObligationExpressions><xacml:ObligationExpression FulfillOn="Permit" ObligationId="urn:altinn:obligation:authenticationLevel1"><xacml:AttributeAssignmentExpression AttributeId="urn:altinn:obligation1-assignment1" Category="urn:altinn:minimum-authenticationlevel"><xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#integer">4</xacml:AttributeValue></xacml:AttributeAssignmentExpression></xacml:ObligationExpression></xacml:ObligationExpressions></xacml:Policy>',
  );
  put(
    'storage/applications/skd/arkiv/applicationmetadata.json',
    app('skd/arkiv', {
      preventInstanceDeletionForDays: 30,
      messageBoxConfig: { hideSettings: { hideAlways: false, hideOnTask: ['Task_hidden'] } },
    }),
  );

  const specs: InstanceSpec[] = [
    {
      n: 1,
      partyId: 501337,
      appId: 'ttd/skjema',
      lastChanged: now - 1 * day,
      dueBefore: now + 3 * day,
      title: 'Flyttemelding',
      data: [
        dataElement(1, 1, 'kvittering.pdf', 'application/pdf', pdfBytes.length, false),
        dataElement(2, 1, 'stor fil æøå.bin', 'application/octet-stream', bigFileSize, true),
        {
          ...dataElement(3, 1, 'slettet.pdf', 'application/pdf', 0, true),
          deleteStatus: { isHardDeleted: true, hardDeleted: '2026-01-03T10:00:00Z' },
        },
      ],
    },
    {
      n: 2,
      partyId: 501337,
      appId: 'skd/arkiv',
      lastChanged: now - 2 * day,
      archived: now - 2 * day,
      readStatus: 'Read',
    },
    { n: 3, partyId: 501337, appId: 'ttd/hoy', lastChanged: now - 3 * day },
    { n: 4, partyId: 501337, appId: 'ttd/skjema', lastChanged: now - 4 * day, softDeleted: now - 4 * day },
    { n: 5, partyId: 501337, appId: 'ttd/skjema', lastChanged: now - 5 * day, hardDeleted: now - 5 * day },
    { n: 6, partyId: 501337, appId: 'skd/arkiv', lastChanged: now - 60 * day, archived: now - 60 * day },
    { n: 7, partyId: 500001, appId: 'ttd/skjema', lastChanged: now - 6 * day },
    { n: 8, partyId: 500600, appId: 'ttd/skjema', lastChanged: now - 6 * day },
    { n: 9, partyId: 500601, appId: 'ttd/skjema', lastChanged: now - 6 * day },
    { n: 10, partyId: 999999, appId: 'ttd/skjema', lastChanged: now - 6 * day },
    { n: 11, partyId: 512345, appId: 'ttd/skjema', lastChanged: now - 6 * day },
    { n: 12, partyId: 510003, appId: 'ttd/skjema', lastChanged: now - 6 * day },
    {
      n: 13,
      partyId: 501337,
      appId: 'skd/arkiv',
      lastChanged: now - 7 * day,
      task: 'Task_hidden',
      visibleAfter: now + day,
    },
    ...bulkSpecs(options.bulk ?? 0, now),
  ];
  for (const spec of specs) {
    const dir = `storage/instances/${spec.partyId}/${guid(spec.n)}`;
    put(`${dir}/instance.json`, instanceDoc(spec));
  }
  const a1 = `storage/instances/501337/${ids.active}`;
  const t0 = now - 2 * day;
  put(`${a1}/events.json`, {
    instanceEvents: [
      event(1, 'process_StartEvent', t0, { started: iso(t0), startEvent: 'StartEvent_1' }),
      event(2, 'process_StartTask', t0 + 1000, {
        started: iso(t0),
        currentTask: { elementId: 'Task_1', started: iso(t0 + 1000), altinnTaskType: 'data' },
      }),
      event(3, 'Created', t0 + 2000),
      event(4, 'Saved', t0 + 3000),
      event(5, 'Saved', t0 + 4000),
      event(6, 'process_EndTask', t0 + 5000, { currentTask: { elementId: 'Task_1', ended: iso(t0 + 5000) } }),
      event(7, 'process_StartTask', t0 + 6000, {
        currentTask: { elementId: 'Task_2', started: iso(t0 + 6000), altinnTaskType: 'confirmation' },
      }),
    ],
  });
  files.set(`${a1}/data/${ids.pdf}.pdf`, pdfBytes);
  files.set(`${a1}/data/${ids.bigFile}`, {
    blob: { size: bigFileSize, open: () => Readable.from(chunks(bigFileSize)) },
  });
  return createMemorySource('test fixture', files);
}

function* chunks(size: number): Generator<Buffer> {
  for (let sent = 0; sent < size; sent += 64 * 1024)
    yield Buffer.alloc(Math.min(64 * 1024, size - sent), 0x61);
}

function event(n: number, eventType: string, at: number, processInfo?: JsonObject): JsonObject {
  const e: JsonObject = {
    id: guid(n, 'eeeeeeee'),
    instanceId: `501337/${ids.active}`,
    created: iso(at),
    eventType,
    instanceOwnerPartyId: '501337',
    user: { userId: 1337, authenticationLevel: 2, nationalIdentityNumber: pids.sophie },
  };
  if (processInfo) e['processInfo'] = processInfo;
  return e;
}
