import type { DatasetFiles } from './lib/dataset-files.ts';
import { syntheticOrgNumber, syntheticPersonNumber } from './lib/identity-numbers.ts';
import type { PartyListEntry, PartyRecord, PersonDetails } from './lib/parties.ts';
import { partyListItem, profileUser, registerOrg, registerParty, registerPerson } from './lib/parties.ts';
import { writePdf } from './lib/pdf.ts';
import { createRng } from './lib/prng.ts';
import { hostileAbout } from './hostile-about.ts';
import {
  appTitles,
  fileNames,
  partyNames,
  payloads,
  RLO,
  unbroken10k,
  words10k,
} from './hostile-payloads.ts';

/**
 * The hostile dataset (issue 6): one person whose name, parties, apps, texts, instances, events
 * and file names carry script, markup, bidi overrides, huge strings, odd dates, unknown enum values,
 * wrong-typed and missing optional fields. A pure function of nothing, like the default dataset.
 *
 * There is deliberately no storage/dataset.json: dates are served exactly as written, so the odd
 * forms (+14:00 offsets, seven fractional digits, no fraction, date only) reach the app untouched
 * instead of being normalised by the loader's date shift.
 */

const SEED = 66_006;
const uuids = createRng(SEED, 1);
// Reset at the start of every build, so building twice gives the same GUIDs.
let guids = createRng(SEED, 2);

const at = (day: number, hour = 9, minute = 0): string =>
  new Date(Date.UTC(2026, 10, day, hour, minute)).toISOString().replace('.000Z', 'Z');

type Json = Record<string, unknown>;

const address: PersonDetails = {
  street: '<b>Skriptgata</b>',
  houseNumber: '1',
  postalCode: '0001',
  city: 'Oslo',
  municipalNumber: '0301',
  municipalName: 'Oslo',
};

export const HOSTILE_USER_ID = 30001;

export const hostilePerson: PartyRecord = {
  partyId: 530001,
  partyUuid: uuids.guid(),
  partyTypeName: 1,
  name: partyNames.person,
  ssn: syntheticPersonNumber(14, 3, 1988, 123),
};
const scriptOrg: PartyRecord = {
  partyId: 530010,
  partyUuid: uuids.guid(),
  partyTypeName: 2,
  name: partyNames.scriptOrg,
  orgNumber: syntheticOrgNumber(660_010),
  unitType: 'AS',
};
const subunit: PartyRecord = {
  partyId: 530011,
  partyUuid: uuids.guid(),
  partyTypeName: 2,
  name: partyNames.subunit,
  orgNumber: syntheticOrgNumber(660_011),
  unitType: 'BEDR',
};
/** Written with `name: null`: Register and the reportee list both allow it. */
const nameless: PartyRecord = {
  partyId: 530020,
  partyUuid: uuids.guid(),
  partyTypeName: 2,
  name: '',
  orgNumber: syntheticOrgNumber(660_020),
  unitType: 'AS',
};
const rtlPerson: PartyRecord = {
  partyId: 530030,
  partyUuid: uuids.guid(),
  partyTypeName: 1,
  name: partyNames.rtlPerson,
  ssn: syntheticPersonNumber(2, 7, 1951, 211),
};
const longOrg: PartyRecord = {
  partyId: 530040,
  partyUuid: uuids.guid(),
  partyTypeName: 2,
  name: partyNames.longOrg,
  orgNumber: syntheticOrgNumber(660_040),
  unitType: 'ASA',
};

const partyList: PartyListEntry[] = [
  { party: hostilePerson },
  { party: scriptOrg, children: [{ party: subunit }] },
  { party: nameless },
  { party: rtlPerson },
  { party: longOrg },
];
export const hostileParties = { hostilePerson, scriptOrg, subunit, nameless, rtlPerson, longOrg };

// --- apps -------------------------------------------------------------------------------------

export type HostileAppKey = keyof typeof appTitles | 'utentittel';

const ORG = 'hst';
const appIdOf = (key: HostileAppKey): string => `${ORG}/${key}`;

const texts = {
  substatusLabel: {
    nb: `${payloads.script}Under behandling`,
    nn: `${payloads.script}Under handsaming`,
    en: `${payloads.script}Being processed`,
  },
  substatusDescription: {
    nb: `${payloads.imgOnerror} Beskrivelse ${payloads.markdownJsLink} ${RLO}gnp.exe`,
    nn: `${payloads.imgOnerror} Skildring ${payloads.markdownJsLink}`,
    en: `${payloads.imgOnerror} Description ${payloads.markdownJsLink}`,
  },
  task: {
    nb: `<b onmouseover="window.__xss=1">Utfylling</b>`,
    nn: `<b onmouseover="window.__xss=1">Utfylling (nn)</b>`,
    en: `<b onmouseover="window.__xss=1">Filling in</b>`,
  },
  attachment: {
    nb: `${payloads.svgOnload} Vedlegg`,
    nn: `${payloads.svgOnload} Vedlegg (nn)`,
    en: `${payloads.svgOnload} Attachment`,
  },
} as const;

function applicationMetadata(key: HostileAppKey): Json {
  const title = key === 'utentittel' ? undefined : appTitles[key];
  return {
    id: appIdOf(key),
    versionId: '1.0.0',
    org: ORG,
    ...(title ? { title } : {}),
    validFrom: '2026-01-01T00:00:00Z',
    processId: `${key}-process`,
    dataTypes: [
      { id: 'ref-data-as-pdf', allowedContentTypes: ['application/pdf'], maxCount: 0, minCount: 0 },
      {
        id: 'skjema',
        allowedContentTypes: ['application/xml'],
        appLogic: { autoCreate: true, classRef: 'Altinn.App.Models.Skjema' },
        taskId: 'Task_1',
        maxCount: 1,
        minCount: 1,
      },
      {
        id: 'vedlegg',
        description: texts.attachment,
        allowedContentTypes: null,
        taskId: 'Task_1',
        maxCount: 600,
        minCount: 0,
      },
    ],
    partyTypesAllowed: { bankruptcyEstate: false, organisation: true, person: true, subUnit: true },
    created: '2026-01-01T00:00:00Z',
    createdBy: 'hostile',
    lastChanged: '2026-01-01T00:00:00Z',
    lastChangedBy: 'hostile',
  };
}

function textResource(key: HostileAppKey, lang: 'nb' | 'nn' | 'en'): Json {
  const resource = (id: string, value: string): Json => ({ id, value, variables: null });
  const title = key === 'utentittel' ? undefined : appTitles[key][lang];
  return {
    id: `${ORG}-${key}-${lang}`,
    org: ORG,
    language: lang,
    resources: [
      ...(title ? [resource('appName', title), resource('ServiceName', title)] : []),
      resource('datatype.vedlegg', texts.attachment[lang]),
      resource('substatus.hostile.description', texts.substatusDescription[lang]),
      resource('substatus.hostile.label', texts.substatusLabel[lang]),
      resource('task.Task_1', texts.task[lang]),
    ],
  };
}

// --- instances --------------------------------------------------------------------------------

export type HostileFolder = 'inbox' | 'archive' | 'bin';

export interface HostileInstance {
  /** A short name for the journeys and ABOUT.md. */
  key: string;
  partyId: number;
  guid: string;
  appId: string;
  folder: HostileFolder;
  /** What is hostile about it (ABOUT.md). */
  what: string;
}

interface Plan {
  key: string;
  owner: PartyRecord;
  app: HostileAppKey;
  folder: HostileFolder;
  what: string;
  /** Changes the plain instance document (hostile fields, missing fields, wrong types). */
  shape?: (doc: Json) => void;
  data?: (instanceGuid: string) => BuiltElement[];
  extraEvents?: (instanceId: string) => Json[];
}

interface BuiltElement {
  element: Json;
  bytes: Buffer;
}

function element(
  instanceGuid: string,
  key: HostileAppKey,
  dataType: string,
  filename: string | undefined,
  contentType: string,
  bytes: Buffer,
  created: string,
): BuiltElement {
  const id = guids.guid();
  return {
    element: {
      id,
      instanceGuid,
      dataType,
      ...(filename === undefined ? {} : { filename }),
      contentType,
      blobStoragePath: `${appIdOf(key)}/${instanceGuid}/data/${id}`,
      size: bytes.length,
      locked: false,
      isRead: false,
      tags: [],
      fileScanResult: 'Clean',
      created,
      createdBy: String(HOSTILE_USER_ID),
      lastChanged: created,
      lastChangedBy: String(HOSTILE_USER_ID),
    },
    bytes,
  };
}

const text = (value: string): Buffer => Buffer.from(value, 'utf8');
const pdf = (heading: string): Buffer =>
  writePdf({
    title: heading,
    creationDate: 'D:20261120090000Z',
    pages: [{ heading, lines: ['Hostile test data. Synthetic.'] }],
  });

const receipt = (guid: string, key: HostileAppKey): BuiltElement =>
  element(
    guid,
    key,
    'ref-data-as-pdf',
    `${payloads.imgOnerror}.pdf`,
    'application/pdf',
    pdf('Kvittering'),
    at(20, 10),
  );

function dangerousFiles(guid: string): BuiltElement[] {
  const key: HostileAppKey = 'filnavn';
  const created = at(21, 8);
  const plain = (name: string): BuiltElement =>
    element(
      guid,
      key,
      'vedlegg',
      name,
      'text/plain',
      text(`Fil med navnet ${JSON.stringify(name)}\n`),
      created,
    );
  return [
    plain(fileNames.traversal),
    plain(fileNames.device),
    plain(fileNames.newlines),
    element(guid, key, 'vedlegg', fileNames.disposition, 'application/pdf', pdf('Rapport'), created),
    element(guid, key, 'vedlegg', fileNames.long, 'application/pdf', pdf('Langt navn'), created),
    plain(fileNames.emoji),
    element(
      guid,
      key,
      'vedlegg',
      fileNames.rtl,
      'application/octet-stream',
      text('MZ not a program\n'),
      created,
    ),
    element(
      guid,
      key,
      'vedlegg',
      fileNames.html,
      'text/html',
      text(`<!doctype html><title>x</title>${payloads.script}${payloads.imgOnerror}\n`),
      created,
    ),
    element(
      guid,
      key,
      'vedlegg',
      fileNames.svg,
      'image/svg+xml',
      text(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"><script>window.__xss=1</script></svg>\n',
      ),
      created,
    ),
    plain(fileNames.dots),
    element(guid, key, 'vedlegg', fileNames.zeroBytes, 'text/plain', Buffer.alloc(0), created),
    element(guid, key, 'vedlegg', undefined, 'text/plain', text('Et vedlegg uten filnavn\n'), created),
  ];
}

function manyFiles(guid: string): BuiltElement[] {
  const out: BuiltElement[] = [];
  for (let n = 1; n <= 500; n++) {
    const name = `vedlegg ${String(n).padStart(3, '0')}.txt`;
    out.push(
      element(guid, 'mange', 'vedlegg', name, 'text/plain', text(`Vedlegg nummer ${n}\n`), at(19, 8, n % 60)),
    );
  }
  return out;
}

function inProgress(created: string): Json {
  return {
    process: {
      started: created,
      startEvent: 'StartEvent_1',
      currentTask: {
        flow: 2,
        started: created,
        elementId: 'Task_1',
        name: 'Utfylling',
        altinnTaskType: 'data',
        flowType: 'CompleteCurrentMoveToNext',
      },
    },
    status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false, readStatus: 'Unread' },
  };
}

function archived(created: string, ended: string): Json {
  return {
    process: { started: created, startEvent: 'StartEvent_1', ended, endEvent: 'EndEvent_1' },
    status: {
      isArchived: true,
      archived: ended,
      isSoftDeleted: false,
      isHardDeleted: false,
      readStatus: 'Read',
    },
  };
}

const hostileSubstatus = { label: 'substatus.hostile.label', description: 'substatus.hostile.description' };

const plans: Plan[] = [
  {
    key: 'skript',
    owner: hostilePerson,
    app: 'skript',
    folder: 'inbox',
    what: 'script tag in the title (nb/nn/en), substatus label and description from texts with script, img onerror and a markdown javascript: link; presentation texts with a script tag and a javascript: URL; receipt file name with img onerror',
    shape: (doc) => {
      (doc.status as Json).substatus = hostileSubstatus;
      doc.presentationTexts = {
        tittel: `${payloads.script}Presentasjon`,
        referanse: 'javascript:window.__xss=1',
      };
    },
    data: (guid) => [receipt(guid, 'skript')],
  },
  {
    key: 'bilde',
    owner: hostilePerson,
    app: 'bilde',
    folder: 'archive',
    what: 'img onerror / svg onload in the title; a plain-text substatus (not a text key) with img onerror, description with svg onload; presentation text with an iframe',
    shape: (doc) => {
      (doc.status as Json).substatus = {
        label: `${payloads.imgOnerror} Godkjent`,
        description: `${payloads.svgOnload} Beskrivelse`,
      };
      doc.presentationTexts = { vedlegg: payloads.iframe };
    },
    data: (guid) => [receipt(guid, 'bilde')],
  },
  {
    key: 'lenke',
    owner: hostilePerson,
    app: 'lenke',
    folder: 'inbox',
    what: 'javascript: links as markdown and as HTML in title and presentation texts; dueBefore 9999-12-31T23:59:59.9999999Z',
    shape: (doc) => {
      doc.dueBefore = '9999-12-31T23:59:59.9999999Z';
      doc.presentationTexts = { lenke: payloads.markdownJsLink, html: payloads.jsLink };
    },
  },
  {
    key: 'markdown',
    owner: hostilePerson,
    app: 'markdown',
    folder: 'archive',
    what: 'markdown (heading, bold, code, image with javascript:) and HTML (iframe, style attribute) in the title and presentation text',
    shape: (doc) => {
      doc.presentationTexts = { md: payloads.markdown, html: payloads.styleAttr };
    },
    data: (guid) => [receipt(guid, 'markdown')],
  },
  {
    key: 'rtl',
    owner: hostilePerson,
    app: 'rtl',
    folder: 'inbox',
    what: 'U+202E right-to-left override in the title, a presentation text and a plain substatus label',
    shape: (doc) => {
      (doc.status as Json).substatus = { label: `${RLO}tnevneppo`, description: null };
      doc.presentationTexts = { fil: `kvittering${RLO}fdp.exe` };
    },
  },
  {
    key: 'lang',
    owner: hostilePerson,
    app: 'lang',
    folder: 'inbox',
    what: '10,000-character title without a space (nb/nn) and of words (en); 10,000-character presentation text, substatus label and description',
    shape: (doc) => {
      (doc.status as Json).substatus = { label: words10k, description: unbroken10k };
      doc.presentationTexts = { lang: unbroken10k };
    },
  },
  {
    key: 'emoji',
    owner: hostilePerson,
    app: 'emoji',
    folder: 'archive',
    what: 'emoji (ZWJ sequences, flags) and stacked combining characters in title and presentation texts',
    shape: (doc) => {
      doc.presentationTexts = { emoji: payloads.emoji, zalgo: payloads.combining };
    },
    data: (guid) => [receipt(guid, 'emoji')],
  },
  {
    key: 'utentittel',
    owner: hostilePerson,
    app: 'utentittel',
    folder: 'inbox',
    what: 'an app with no title and no texts; the instance has no process, no lastChanged/lastChangedBy, no presentationTexts, no data and no readStatus',
    shape: (doc) => {
      delete doc.process;
      delete doc.lastChanged;
      delete doc.lastChangedBy;
      delete doc.data;
      delete (doc.status as Json).readStatus;
    },
  },
  {
    key: 'ukjent',
    owner: hostilePerson,
    app: 'ukjent',
    folder: 'inbox',
    what: 'unknown enum values: altinnTaskType "quantumReview", readStatus "Skimmed", fileScanResult "Quarantined"; unknown fields in status and process; events of unknown types (one with markup, one by a system user with a hostile name, one by an org id with a script tag)',
    shape: (doc) => {
      const process = doc.process as Json;
      (process.currentTask as Json).altinnTaskType = 'quantumReview';
      (process.currentTask as Json).elementId = 'Task_Quantum';
      process.teleported = true;
      const status = doc.status as Json;
      status.readStatus = 'Skimmed';
      status.mood = { level: 'hostile' };
      doc.presentationTexts = { status: 'ukjent' };
    },
    data: (guid) => {
      const file = element(
        guid,
        'ukjent',
        'vedlegg',
        'karantene.txt',
        'text/plain',
        text('karantene\n'),
        at(22, 8),
      );
      file.element.fileScanResult = 'Quarantined';
      return [file];
    },
    extraEvents: (instanceId) => [
      event(instanceId, 'process_Teleported', at(22, 10), {
        userId: HOSTILE_USER_ID,
        authenticationLevel: 3,
      }),
      event(instanceId, `${payloads.imgOnerror}`, at(22, 11), {
        userId: HOSTILE_USER_ID,
        authenticationLevel: 3,
      }),
      event(instanceId, 'Saved', at(22, 12), {
        systemUserId: guids.guid(),
        systemUserOwnerOrgNo: scriptOrg.orgNumber,
        systemUserName: `${payloads.imgOnerror} Systembruker`,
        authenticationLevel: 3,
      }),
      event(instanceId, 'Saved', at(22, 13), { orgId: payloads.script, authenticationLevel: 3 }),
    ],
  },
  {
    key: 'feiltype',
    owner: hostilePerson,
    app: 'ukjent',
    folder: 'inbox',
    what: 'wrong-typed optional fields: dueBefore a number, visibleAfter false, presentationTexts values 42 and null, substatus a string, task name an array, a data element size "12" and isRead "yes"',
    shape: (doc) => {
      doc.dueBefore = 12345;
      doc.visibleAfter = false;
      doc.presentationTexts = { tall: 42, tom: null, tekst: 'Feil typer' };
      (doc.status as Json).substatus = 'not an object';
      ((doc.process as Json).currentTask as Json).name = ['array'];
    },
    data: (guid) => {
      const file = element(
        guid,
        'ukjent',
        'vedlegg',
        'feil-typer.txt',
        'text/plain',
        text('feil typer\n'),
        at(22, 8),
      );
      file.element.size = '12';
      file.element.isRead = 'yes';
      return [file];
    },
  },
  {
    key: 'datoer',
    owner: hostilePerson,
    app: 'datoer',
    folder: 'inbox',
    what: 'dates in odd valid ISO-8601 forms: created with +14:00, lastChanged with seven fractional digits, process start without a fraction, task start with .1234567+05:45, dueBefore a date only, an element without a zone',
    shape: (doc) => {
      doc.created = '2026-11-21T23:30:00+14:00';
      doc.lastChanged = '2026-11-23T10:15:30.1234567Z';
      doc.dueBefore = '2027-01-15';
      const process = doc.process as Json;
      process.started = '2026-11-21T09:30:00Z';
      (process.currentTask as Json).started = '2026-11-21T15:15:00.1234567+05:45';
      doc.presentationTexts = { dato: 'Rare datoer' };
    },
    data: (guid) => {
      const file = element(
        guid,
        'datoer',
        'vedlegg',
        'dato.txt',
        'text/plain',
        text('dato\n'),
        '2026-11-22T10:15:30',
      );
      return [file];
    },
  },
  {
    key: 'mange',
    owner: hostilePerson,
    app: 'mange',
    folder: 'inbox',
    what: '500 data elements (vedlegg 001.txt … vedlegg 500.txt)',
    data: manyFiles,
  },
  {
    key: 'filnavn',
    owner: hostilePerson,
    app: 'filnavn',
    folder: 'inbox',
    what: 'file names ../../etc/passwd, CON.txt, with newlines, with `"` and `;` (Content-Disposition injection), 294 characters, emoji, U+202E, HTML and SVG with script, "...", a zero-byte file and one with no file name',
    data: dangerousFiles,
  },
  {
    key: 'skript-slettet',
    owner: hostilePerson,
    app: 'skript',
    folder: 'bin',
    what: 'the script-titled app, soft-deleted (in the bin), with the hostile substatus',
    shape: (doc) => {
      const status = doc.status as Json;
      status.isSoftDeleted = true;
      status.softDeleted = at(24, 9);
      status.substatus = hostileSubstatus;
    },
  },
  {
    key: 'skript-org',
    owner: scriptOrg,
    app: 'bilde',
    folder: 'inbox',
    what: 'owned by the organisation whose name is a script tag',
  },
  {
    key: 'underenhet',
    owner: subunit,
    app: 'skript',
    folder: 'archive',
    what: 'owned by the subunit whose name breaks out of an attribute',
    data: (guid) => [receipt(guid, 'skript')],
  },
  {
    key: 'navnlos',
    owner: nameless,
    app: 'rtl',
    folder: 'inbox',
    what: 'owned by the party with no name',
  },
  {
    key: 'rtl-person',
    owner: rtlPerson,
    app: 'emoji',
    folder: 'inbox',
    what: 'owned by the person whose name ends in a right-to-left override',
  },
  {
    key: 'lang-org',
    owner: longOrg,
    app: 'lang',
    folder: 'inbox',
    what: 'owned by the organisation with a 300-character name',
  },
];

function event(instanceId: string, eventType: string, created: string, user: Json, processInfo?: Json): Json {
  const [partyId = ''] = instanceId.split('/');
  return {
    id: guids.guid(),
    instanceId,
    created,
    eventType,
    instanceOwnerPartyId: partyId,
    user,
    ...(processInfo ? { processInfo } : {}),
  };
}

function standardEvents(instanceId: string, doc: Json): Json[] {
  const user = { userId: HOSTILE_USER_ID, authenticationLevel: 3 };
  const created = String(doc.created);
  const process = (doc.process ?? {}) as Json;
  const out = [
    event(instanceId, 'Created', created, user),
    event(instanceId, 'process_StartEvent', created, user, { started: created, startEvent: 'StartEvent_1' }),
    event(instanceId, 'process_StartTask', created, user, {
      started: created,
      startEvent: 'StartEvent_1',
      currentTask: {
        flow: 2,
        started: created,
        elementId: 'Task_1',
        name: 'Utfylling',
        altinnTaskType: 'data',
      },
    }),
    event(instanceId, 'Saved', at(21, 12), user),
  ];
  if (typeof process.ended === 'string') {
    const ended = process.ended;
    out.push(
      event(instanceId, 'Submited', ended, user),
      event(instanceId, 'process_EndTask', ended, user, {
        started: created,
        currentTask: {
          flow: 2,
          started: created,
          ended,
          elementId: 'Task_1',
          name: 'Utfylling',
          altinnTaskType: 'data',
        },
      }),
      event(instanceId, 'process_EndEvent', ended, user, { started: created, ended, endEvent: 'EndEvent_1' }),
    );
  }
  return out;
}

export interface HostileDataset {
  files: DatasetFiles;
  index: HostileInstance[];
}

export function buildHostileDataset(): HostileDataset {
  guids = createRng(SEED, 2);
  const files: DatasetFiles = new Map();
  const json = (path: string, value: unknown): void => {
    files.set(path, { json: value });
  };
  const index: HostileInstance[] = [];

  const user = {
    userId: HOSTILE_USER_ID,
    userName: 'hostile',
    party: hostilePerson,
    userType: 1 as const,
    language: 'nb' as const,
    phoneNumber: null,
    email: 'hostile@example.invalid',
    partyList,
  };
  json(`Profile/User/${HOSTILE_USER_ID}.json`, profileUser(user));
  const unnamed = (item: Json): Json =>
    item.partyId === String(nameless.partyId) ? { ...item, name: null } : item;
  json(
    `authorization/partylist/${HOSTILE_USER_ID}.json`,
    partyList.map((entry) => unnamed(partyListItem(entry))),
  );
  for (const party of [hostilePerson, scriptOrg, subunit, nameless, rtlPerson, longOrg]) {
    json(`Register/Party/${party.partyId}.json`, unnamed(registerParty(party)));
    if (party.ssn) json(`Register/Person/${party.ssn}.json`, registerPerson(party, address));
    if (party.orgNumber && party.name)
      json(`Register/Org/${party.orgNumber}.json`, registerOrg(party, address));
  }

  json('storage/orgs.json', {
    orgs: {
      [ORG]: {
        name: {
          nb: `${payloads.script}Hostil etat`,
          nn: `${payloads.imgOnerror}Hostil etat`,
          en: `${payloads.jsLink} Hostile agency`,
        },
        logo: 'javascript:window.__xss=1',
        orgnr: syntheticOrgNumber(660_001),
        homepage: 'javascript:window.__xss=1',
        environments: ['tt02', 'production'],
      },
    },
  });
  const appKeys: HostileAppKey[] = [...(Object.keys(appTitles) as (keyof typeof appTitles)[]), 'utentittel'];
  for (const key of appKeys) {
    const dir = `storage/applications/${appIdOf(key)}`;
    json(`${dir}/applicationmetadata.json`, applicationMetadata(key));
    if (key === 'utentittel') continue;
    for (const lang of ['nb', 'nn', 'en'] as const)
      json(`${dir}/texts/${lang}.json`, textResource(key, lang));
  }

  plans.forEach((plan, i) => {
    const guid = guids.guid();
    const instanceId = `${plan.owner.partyId}/${guid}`;
    const created = at(20 + (i % 5), 8 + i);
    const lastChanged = at(25, 6 + i);
    const base = plan.folder === 'archive' ? archived(created, at(23, 8 + i)) : inProgress(created);
    const elements = plan.data?.(guid) ?? [];
    const doc: Json = {
      id: instanceId,
      instanceOwner: {
        partyId: String(plan.owner.partyId),
        ...(plan.owner.ssn ? { personNumber: plan.owner.ssn } : { organisationNumber: plan.owner.orgNumber }),
      },
      appId: appIdOf(plan.app),
      org: ORG,
      ...base,
      data: elements.map((e) => e.element),
      created,
      createdBy: String(HOSTILE_USER_ID),
      lastChanged,
      lastChangedBy: String(HOSTILE_USER_ID),
    };
    plan.shape?.(doc);
    const dir = `storage/instances/${plan.owner.partyId}/${guid}`;
    json(`${dir}/instance.json`, doc);
    json(`${dir}/events.json`, {
      instanceEvents: [...standardEvents(instanceId, doc), ...(plan.extraEvents?.(instanceId) ?? [])],
    });
    for (const e of elements) files.set(`${dir}/data/${String(e.element.id)}`, { bytes: e.bytes });
    index.push({
      key: plan.key,
      partyId: plan.owner.partyId,
      guid,
      appId: appIdOf(plan.app),
      folder: plan.folder,
      what: plan.what,
    });
  });

  files.set('ABOUT.md', { text: hostileAbout(index) });
  return { files, index };
}
