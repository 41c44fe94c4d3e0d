import { applicationMetadata, appId, policyXml, textResource } from '../datasets/lib/apps.ts';
import { defaultAddress, kariParty, olaParty, perParty, rikParty } from '../datasets/lib/default-people.ts';
import type { PartyListEntry, PartyRecord, UserRecord } from '../datasets/lib/parties.ts';
import { partyListItem, profileUser, registerParty, registerPerson } from '../datasets/lib/parties.ts';
import { orgsJson, serviceOwners } from '../datasets/lib/service-owners.ts';
import type { Lang } from '../datasets/lib/storage-types.ts';
import { isoTime } from '../datasets/lib/time.ts';
import type { BlobRef, DatasetSource, InstanceIndexEntry } from '../store/source.ts';
import { generatedApps } from './generated-apps.ts';
import type { PartyInstances } from './generated-instances.ts';
import { InstanceCatalogue } from './generated-instances.ts';
import {
  ACCOUNTANT_PARTY_ID,
  ACCOUNTANT_USER_ID,
  BIG_PARTY_ID,
  accountantPartyList,
  buildPartyTable,
  indexOfParty,
  partyAt,
  partyIdAt,
} from './generated-parties.ts';

export {
  ACCOUNTANT_PARTY_ID,
  ACCOUNTANT_PID,
  ACCOUNTANT_USER_ID,
  BIG_PARTY_ID,
} from './generated-parties.ts';

/**
 * A large dataset built in memory from three numbers, in the layout of emulator/README.md, for
 * `--generate parties=N,instances=M,seed=S`. Nothing is written out: listings are computed when
 * asked for, JSON objects are built on read, and data files are generated when a download opens
 * them. See ABOUT.md in this folder for who is in it.
 */

export interface GenerateParams {
  parties: number;
  instances: number;
  seed: number;
  /**
   * Optional: write dates relative to this time (ms) instead of GENERATOR_REFERENCE_TIME, and leave
   * out storage/dataset.json, so the loader has no dates to shift (which costs seconds at 100,000
   * instances). Output is deterministic for the same (parties, instances, seed, now).
   */
  now?: number;
}

/** The same reference time as the default dataset; storage/dataset.json lets the loader shift to now. */
export const GENERATOR_REFERENCE_TIME = Date.UTC(2026, 10, 27, 9, 0, 0);
/** How many client parties (after the firm) get a handful of instances each. */
export const CLIENTS_WITH_INSTANCES = 100;

const langs: Lang[] = ['nb', 'nn', 'en'];

export function generateDataset(params: GenerateParams): DatasetSource {
  const seed = Math.trunc(params.seed) >>> 0;
  const instancesInBigParty = Math.max(0, Math.trunc(params.instances));
  const table = buildPartyTable(seed, Math.trunc(params.parties));
  const apps = generatedApps();
  const appsById = new Map(apps.map((a) => [appId(a), a]));

  const accountant = partyAt(table, 0);
  const accountantActor = { userId: ACCOUNTANT_USER_ID, pid: accountant.ssn ?? '', authenticationLevel: 3 };
  const accountantUser: UserRecord = {
    userId: ACCOUNTANT_USER_ID,
    userName: '',
    party: accountant,
    userType: 1,
    language: 'nb',
    phoneNumber: '41030000',
    email: 'rita.revisor@example.com',
    partyList: [],
  };
  const fixedUsers: UserRecord[] = [
    {
      userId: 12345,
      userName: 'OlaNordmann',
      party: olaParty,
      userType: 0,
      language: 'nb',
      phoneNumber: '12345678',
      email: 'test@test.com',
      partyList: [{ party: olaParty }],
    },
    {
      userId: 1003,
      userName: 'RikForelder',
      party: rikParty,
      userType: 0,
      language: 'nb',
      phoneNumber: '12345678',
      email: 'test@test.com',
      partyList: [{ party: rikParty }],
    },
    {
      userId: 20001,
      userName: '',
      party: kariParty,
      userType: 1,
      language: 'en',
      phoneNumber: '41000001',
      email: 'kari.nordmann@example.com',
      partyList: [{ party: kariParty }, { party: perParty }],
    },
  ];
  const fixedParties = new Map<number, PartyRecord>(
    [olaParty, rikParty, kariParty, perParty].map((p) => [p.partyId, p]),
  );
  const usersById = new Map<number, UserRecord>([
    [ACCOUNTANT_USER_ID, accountantUser],
    ...fixedUsers.map((u) => [u.userId, u] as const),
  ]);
  const partyListOf = (userId: number): PartyListEntry[] | undefined =>
    userId === ACCOUNTANT_USER_ID ? accountantPartyList(table) : usersById.get(userId)?.partyList;

  const partyById = (partyId: number): PartyRecord | undefined => {
    const fixed = fixedParties.get(partyId);
    if (fixed) return fixed;
    const index = indexOfParty(table, partyId);
    return index === undefined ? undefined : partyAt(table, index);
  };

  // Who holds instances.
  const holders = new Map<number, PartyInstances>();
  const hold = (p: PartyInstances): void => {
    if (p.count > 0) holders.set(p.partyId, p);
  };
  hold({
    partyId: BIG_PARTY_ID,
    owner: partyAt(table, 1),
    actor: accountantActor,
    count: instancesInBigParty,
  });
  hold({
    partyId: ACCOUNTANT_PARTY_ID,
    owner: accountant,
    actor: accountantActor,
    count: 4,
    downloadTests: true,
  });
  for (let index = 2; index < Math.min(table.count, 2 + CLIENTS_WITH_INSTANCES); index++) {
    const partyId = partyIdAt(index);
    hold({
      partyId,
      owner: partyAt(table, index),
      actor: accountantActor,
      count: 3 + (((seed >>> 3) + index * 7) % 4),
    });
  }
  const ola = { userId: 12345, pid: olaParty.ssn ?? '', authenticationLevel: 3 };
  const kari = { userId: 20001, pid: kariParty.ssn ?? '', authenticationLevel: 3 };
  hold({ partyId: olaParty.partyId, owner: olaParty, actor: ola, count: 25 });
  hold({ partyId: kariParty.partyId, owner: kariParty, actor: kari, count: 3 });
  hold({ partyId: perParty.partyId, owner: perParty, actor: kari, count: 8 });
  const now = params.now ?? GENERATOR_REFERENCE_TIME;
  const catalogue = new InstanceCatalogue(seed, now, apps, holders);

  const allPartyIds = (): number[] => {
    const ids: number[] = [...fixedParties.keys()];
    for (let i = 0; i < table.count; i++) ids.push(partyIdAt(i));
    return ids.sort((a, b) => a - b);
  };

  const parse = (path: string): string[] => path.split('/').filter((p) => p.length > 0);
  const stripJson = (name: string | undefined): string | undefined =>
    name?.endsWith('.json') ? name.slice(0, -'.json'.length) : undefined;
  const toId = (text: string | undefined): number | undefined =>
    text && /^\d+$/.test(text) ? Number(text) : undefined;
  const persons = (): PartyRecord[] => [accountant, ...fixedParties.values()];

  function list(dir: string): string[] {
    const p = parse(dir);
    const key = p.join('/');
    switch (key) {
      case '':
        return ['Profile', 'Register', 'authorization', 'storage'];
      case 'Profile':
        return ['User'];
      case 'Profile/User':
      case 'authorization/partylist':
        return [...usersById.keys()].sort((a, b) => a - b).map((id) => `${id}.json`);
      case 'Register':
        return ['Party', 'Person'];
      case 'Register/Party':
        return allPartyIds().map((id) => `${id}.json`);
      case 'Register/Person':
        return persons()
          .map((x) => `${x.ssn ?? ''}.json`)
          .sort();
      case 'authorization':
        return ['partylist'];
      case 'storage':
        return params.now === undefined
          ? ['applications', 'dataset.json', 'instances', 'orgs.json']
          : ['applications', 'instances', 'orgs.json'];
      case 'storage/applications':
        return [...new Set(apps.map((a) => a.org))].sort();
      case 'storage/instances':
        return catalogue.partyIds().map(String);
    }
    if (p[0] === 'storage' && p[1] === 'applications') {
      if (p.length === 3)
        return apps
          .filter((a) => a.org === p[2])
          .map((a) => a.app)
          .sort();
      if (p.length === 4 && appsById.has(`${p[2]}/${p[3]}`))
        return ['applicationmetadata.json', 'policy.xml', 'texts'];
      if (p.length === 5 && p[4] === 'texts' && appsById.has(`${p[2]}/${p[3]}`))
        return langs.map((l) => `${l}.json`).sort();
      return [];
    }
    if (p[0] === 'storage' && p[1] === 'instances') {
      const partyId = toId(p[2]);
      if (partyId === undefined) return [];
      if (p.length === 3) return [...catalogue.guids(partyId).guids];
      const built = p[3] ? catalogue.instance(partyId, p[3]) : undefined;
      if (!built) return [];
      if (p.length === 4) return ['data', 'events.json', 'instance.json'];
      if (p.length === 5 && p[4] === 'data') return built.instance.data.map((d) => d.id);
    }
    return [];
  }

  function readJson(path: string): unknown {
    const p = parse(path);
    const key = p.join('/');
    if (key === 'storage/dataset.json') {
      return params.now === undefined ? { referenceTime: isoTime(GENERATOR_REFERENCE_TIME) } : undefined;
    }
    if (key === 'storage/orgs.json') return orgsJson(serviceOwners);
    if (p[0] === 'Profile' && p[1] === 'User' && p.length === 3) {
      const user = usersById.get(toId(stripJson(p[2])) ?? -1);
      return user ? profileUser(user) : undefined;
    }
    if (p[0] === 'authorization' && p[1] === 'partylist' && p.length === 3) {
      return partyListOf(toId(stripJson(p[2])) ?? -1)?.map(partyListItem);
    }
    if (p[0] === 'Register' && p[1] === 'Party' && p.length === 3) {
      const party = partyById(toId(stripJson(p[2])) ?? -1);
      return party ? registerParty(party) : undefined;
    }
    if (p[0] === 'Register' && p[1] === 'Person' && p.length === 3) {
      const person = persons().find((x) => x.ssn === stripJson(p[2]));
      return person ? registerPerson(person, defaultAddress) : undefined;
    }
    if (p[0] === 'storage' && p[1] === 'applications') {
      const app = appsById.get(`${p[2]}/${p[3]}`);
      if (!app) return undefined;
      if (p.length === 5 && p[4] === 'applicationmetadata.json') return applicationMetadata(app);
      const lang = stripJson(p[5]);
      if (p.length === 6 && p[4] === 'texts' && langs.includes(lang as Lang))
        return textResource(app, lang as Lang);
      return undefined;
    }
    if (p[0] === 'storage' && p[1] === 'instances' && p.length === 5) {
      const partyId = toId(p[2]);
      const built = partyId === undefined || !p[3] ? undefined : catalogue.instance(partyId, p[3]);
      if (!built) return undefined;
      if (p[4] === 'instance.json') return built.instance;
      if (p[4] === 'events.json') return { instanceEvents: built.events };
    }
    return undefined;
  }

  function readText(path: string): string | undefined {
    const p = parse(path);
    if (p[0] === 'storage' && p[1] === 'applications' && p.length === 5 && p[4] === 'policy.xml') {
      const app = appsById.get(`${p[2]}/${p[3]}`);
      return app ? policyXml(app) : undefined;
    }
    const value = readJson(path);
    return value === undefined ? undefined : JSON.stringify(value);
  }

  function blob(path: string): BlobRef | undefined {
    const p = parse(path);
    if (p.length !== 6 || p[0] !== 'storage' || p[1] !== 'instances' || p[4] !== 'data') return undefined;
    const partyId = toId(p[2]);
    if (partyId === undefined || !p[3] || !p[5]) return undefined;
    return catalogue.blob(partyId, p[3], p[5]);
  }

  function instanceIndex(partyDir: string): InstanceIndexEntry[] {
    const partyId = toId(partyDir);
    return partyId === undefined ? [] : catalogue.index(partyId);
  }

  return {
    description: `generated dataset (parties=${table.count}, instances=${instancesInBigParty}, seed=${seed})`,
    list,
    readJson,
    readText,
    blob,
    instanceIndex,
  };
}
