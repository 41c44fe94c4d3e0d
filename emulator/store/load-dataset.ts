import { parseIso, shiftIso, ticksKey, ticksKeyOfMs } from './dates.ts';
import type { JsonObject } from './json.ts';
import { asArray, asObject, asString, field, isObject, toInt } from './json.ts';
import type { AppRecord, InstanceRecord, LoadedDataset, UserRecord } from './model.ts';
import { compareInstances } from './model.ts';
import type { InstanceOrigin } from './stored-instance.ts';
import { StoredInstance } from './stored-instance.ts';
import type { DatasetSource } from './source.ts';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function camelKeys(obj: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(obj)) {
    const name = key === 'SSN' ? 'ssn' : key.charAt(0).toLowerCase() + key.slice(1);
    out[name] = value;
  }
  return out;
}

function jsonFiles(source: DatasetSource, dir: string): string[] {
  return source.list(dir).filter((name) => name.toLowerCase().endsWith('.json'));
}

/** localtest party (string ids, `organisation`) → the authorization/register services' Party v1. */
export function toServiceParty(node: JsonObject): JsonObject {
  const children = asArray(field(node, 'childParties')).filter(isObject).map(toServiceParty);
  const str = (name: string): string | null => asString(field(node, name)) ?? null;
  return {
    partyId: toInt(field(node, 'partyId')) ?? 0,
    partyUuid: str('partyUuid'),
    partyTypeName: toInt(field(node, 'partyTypeName')) ?? 0,
    orgNumber: str('orgNumber') ?? '',
    ssn: str('ssn'),
    unitType: str('unitType'),
    name: str('name'),
    isDeleted: field(node, 'isDeleted') === true,
    onlyHierarchyElementWithNoAccess: field(node, 'onlyHierarchyElementWithNoAccess') === true,
    person: asObjectOrNull(field(node, 'person')),
    organization: asObjectOrNull(field(node, 'organization') ?? field(node, 'organisation')),
    childParties: children.length > 0 ? children : null,
    lastChangedInAltinn: str('lastChangedInAltinn'),
    lastChangedInExternalRegister: str('lastChangedInExternalRegister'),
  };
}

function asObjectOrNull(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

/** The obligation Storage's PEP enforces; 2 when the policy is absent or silent (localtest's default). */
export function minAuthLevelFromPolicy(xml: string | undefined): number {
  if (!xml) return 2;
  const pattern =
    /<(?:\w+:)?AttributeAssignmentExpression\b[^>]*Category="urn:altinn:minimum-authenticationlevel"[^>]*>\s*<(?:\w+:)?AttributeValue\b[^>]*>\s*(\d+)\s*</;
  const match = pattern.exec(xml);
  return match ? Number(match[1]) : 2;
}

function loadUsers(source: DatasetSource, dataset: LoadedDataset): void {
  for (const file of jsonFiles(source, 'Profile/User')) {
    const raw = asObject(source.readJson(`Profile/User/${file}`));
    const userId = toInt(field(raw, 'UserId'));
    const partyId = toInt(field(raw, 'PartyId'));
    if (userId === undefined || partyId === undefined) {
      dataset.warnings.push(`Profile/User/${file}: no UserId/PartyId, skipped`);
      continue;
    }
    const party = asObject(field(raw, 'Party'));
    const prefs = asObject(field(raw, 'ProfileSettingPreference'));
    const registerParty = dataset.parties.get(partyId);
    const pid = asString(field(party, 'ssn')) || asString(registerParty?.['ssn']) || null;
    const person = pid ? dataset.persons.get(pid) : undefined;
    const claims = asArray(source.readJson(`authorization/claims/${userId}.json`))
      .filter(isObject)
      .map((c) => ({
        type: asString(field(c, 'type')) ?? '',
        value: asString(field(c, 'value')) ?? '',
        valueType: asString(field(c, 'valueType')) ?? 'http://www.w3.org/2001/XMLSchema#string',
      }))
      .filter((c) => c.type.length > 0);
    const user: UserRecord = {
      userId,
      userName: asString(field(raw, 'UserName')) ?? '',
      phoneNumber: asString(field(raw, 'PhoneNumber')) ?? null,
      email: asString(field(raw, 'Email')) ?? null,
      partyId,
      partyUuid: asString(field(party, 'partyUuid')) ?? asString(registerParty?.['partyUuid']) ?? null,
      pid: pid && /^\d{11}$/.test(pid) ? pid : null,
      userType: toInt(field(raw, 'UserType')) ?? 0,
      language: asString(field(prefs, 'Language')) ?? 'nb',
      doNotPromptForParty: field(prefs, 'doNotPromptForParty') === true,
      name:
        asString(person?.['name']) ??
        asString(registerParty?.['name']) ??
        asString(field(raw, 'UserName')) ??
        String(userId),
      extraClaims: claims,
    };
    dataset.users.set(userId, user);
    if (user.pid) dataset.userIdByPid.set(user.pid, userId);
  }
}

function loadRegister(source: DatasetSource, dataset: LoadedDataset): void {
  for (const file of jsonFiles(source, 'Register/Person')) {
    const person = camelKeys(asObject(source.readJson(`Register/Person/${file}`)));
    const ssn = asString(person['ssn']);
    if (ssn) dataset.persons.set(ssn, person);
  }
  for (const file of jsonFiles(source, 'Register/Org')) {
    const org = camelKeys(asObject(source.readJson(`Register/Org/${file}`)));
    const orgNumber = asString(org['orgNumber']);
    if (orgNumber) dataset.organizations.set(orgNumber, org);
  }
  for (const file of jsonFiles(source, 'Register/Party')) {
    const party = toServiceParty(asObject(source.readJson(`Register/Party/${file}`)));
    const partyId = toInt(party['partyId']);
    if (partyId) dataset.parties.set(partyId, party);
  }
}

function loadPartyLists(source: DatasetSource, dataset: LoadedDataset): void {
  for (const file of jsonFiles(source, 'authorization/partylist')) {
    const userId = toInt(file.replace(/\.json$/i, ''));
    if (userId === undefined) continue;
    const list = asArray(source.readJson(`authorization/partylist/${file}`))
      .filter(isObject)
      .map(toServiceParty);
    dataset.partyLists.set(userId, list);
  }
}

function loadApplications(source: DatasetSource, dataset: LoadedDataset): void {
  for (const org of source.list('storage/applications')) {
    for (const app of source.list(`storage/applications/${org}`)) {
      const dir = `storage/applications/${org}/${app}`;
      const metadata = source.readJson(`${dir}/applicationmetadata.json`);
      if (!isObject(metadata)) continue;
      const id = `${org}/${app}`;
      const texts = new Map<string, JsonObject>();
      for (const file of jsonFiles(source, `${dir}/texts`)) {
        const text = asObject(source.readJson(`${dir}/texts/${file}`));
        const language = asString(text['language']) ?? file.replace(/\.json$/i, '');
        texts.set(language.toLowerCase(), text);
      }
      const record: AppRecord = {
        id,
        org,
        doc: { ...metadata, id, org: asString(metadata['org']) ?? org },
        minAuthLevel: minAuthLevelFromPolicy(source.readText(`${dir}/policy.xml`)),
        texts,
      };
      dataset.apps.set(id, record);
    }
  }
}

function loadInstances(source: DatasetSource, dataset: LoadedDataset, deltaMs: number): void {
  const origin: InstanceOrigin = { source, deltaMs };
  let rowId = 0;
  for (const partyDir of source.list('storage/instances')) {
    const partyId = toInt(partyDir);
    if (partyId === undefined) continue;
    const list: InstanceRecord[] = [];
    const add = (guidDir: string, appId: string, org: string, sortKey: string): void => {
      const record = new StoredInstance(++rowId, partyId, appId, org, sortKey, partyDir, guidDir, origin);
      dataset.instances.set(record.guid, record);
      list.push(record);
    };
    const index = source.instanceIndex?.(partyDir);
    if (index) {
      for (const entry of index) {
        if (!guidPattern.test(entry.guid)) continue;
        add(entry.guid, entry.appId, entry.org, ticksKeyOfMs(entry.lastChangedMs + deltaMs));
      }
    }
    for (const guidDir of index ? [] : source.list(`storage/instances/${partyDir}`)) {
      if (!guidPattern.test(guidDir)) continue;
      const raw = source.readJson(`storage/instances/${partyDir}/${guidDir}/instance.json`);
      if (!isObject(raw)) continue;
      const appId = asString(raw['appId']) ?? '';
      const lastChanged = asString(raw['lastChanged']) ?? asString(raw['created']);
      // Only the paging key is computed now; the document is read again and shifted when first used.
      // Keeping 100,000 parsed documents around costs ~7 KB each; a uniform shift keeps the order.
      add(
        guidDir,
        appId,
        asString(raw['org']) ?? appId.split('/')[0] ?? '',
        ticksKey(lastChanged === undefined ? undefined : shiftIso(lastChanged, deltaMs)),
      );
    }
    list.sort(compareInstances);
    const existing = dataset.byParty.get(partyId);
    dataset.byParty.set(partyId, existing ? [...existing, ...list].sort(compareInstances) : list);
  }
}

/** Reads a whole dataset (folder or generator) into memory. Blobs stay in the source until downloaded. */
export function loadDataset(source: DatasetSource, now: number = Date.now()): LoadedDataset {
  const dataset: LoadedDataset = {
    description: source.description,
    source,
    users: new Map(),
    userIdByPid: new Map(),
    parties: new Map(),
    persons: new Map(),
    organizations: new Map(),
    partyLists: new Map(),
    apps: new Map(),
    orgs: asObject(asObject(source.readJson('storage/orgs.json'))['orgs']),
    instances: new Map(),
    byParty: new Map(),
    warnings: [],
  };
  loadRegister(source, dataset);
  loadUsers(source, dataset);
  loadPartyLists(source, dataset);
  loadApplications(source, dataset);
  const reference = asString(asObject(source.readJson('storage/dataset.json'))['referenceTime']);
  const parsedReference = reference ? parseIso(reference) : undefined;
  if (reference && !parsedReference)
    dataset.warnings.push(`storage/dataset.json: bad referenceTime ${reference}`);
  loadInstances(source, dataset, parsedReference ? now - parsedReference.ms : 0);
  const unknownApps = new Set<string>();
  for (const record of dataset.instances.values()) {
    if (!dataset.apps.has(record.appId)) unknownApps.add(record.appId);
  }
  for (const appId of unknownApps) {
    // Storage's PDP finds no policy for such an app and denies: its instances are never readable.
    dataset.warnings.push(`instances refer to unknown app ${appId}; nobody can read them`);
  }
  return dataset;
}
