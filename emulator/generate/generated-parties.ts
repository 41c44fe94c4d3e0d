import { syntheticOrgNumber, syntheticPersonNumber } from '../datasets/lib/identity-numbers.ts';
import type { PartyListEntry, PartyRecord } from '../datasets/lib/parties.ts';
import { createRng, mixSeed } from '../datasets/lib/prng.ts';

/**
 * The accountant's party list, stored as compact typed arrays so 100,000 parties cost a few
 * megabytes; names, numbers and UUIDs are derived from (seed, index) whenever a file is read.
 * Party ids are dense from ACCOUNTANT_PARTY_ID, so a party's index is its id minus that base.
 */

export const ACCOUNTANT_USER_ID = 30000;
export const ACCOUNTANT_PARTY_ID = 600000;
/** The accountant's own firm: first organisation in the list, and the party with `instances` instances. */
export const BIG_PARTY_ID = 600001;

const enum Kind {
  Self = 0,
  Org = 1,
  Person = 2,
  Subunit = 3,
}

const prefixes = [
  'Fjord',
  'Nordlys',
  'Granli',
  'Havblikk',
  'Bjørkely',
  'Solsiden',
  'Trollheim',
  'Elvebakken',
  'Furulund',
  'Kvitstein',
  'Bølgen',
  'Lysaker',
  'Skarven',
  'Tindeland',
  'Vestby',
  'Østerdal',
  'Åsheim',
  'Brattli',
  'Kystlys',
  'Myrvoll',
  'Sjøglimt',
  'Fossheim',
  'Lundegård',
  'Steinrøys',
  'Vårsol',
  'Nordkapp',
  'Innlandet',
  'Rypefjell',
  'Sandvika',
  'Heimdal',
];
const trades = [
  'Bakeri',
  'Bygg',
  'Transport',
  'Frisør',
  'Eiendom',
  'Regnskap',
  'Elektro',
  'Rør',
  'Maskin',
  'Data',
  'Catering',
  'Consulting',
  'Fiskeoppdrett',
  'Gartneri',
  'Tannklinikk',
  'Møbler',
  'Sykkel',
  'Reklame',
  'Entreprenør',
  'Skog',
];
const forms = ['AS', 'AS', 'AS', 'AS', 'ENK', 'DA', 'SA', 'ANS', 'ASA', 'NUF'];
const cities = ['Bergen', 'Stavanger', 'Bodø', 'Hamar', 'Tromsø', 'Ålesund', 'Kristiansand', 'Lillehammer'];
const firstNames = [
  'Anne',
  'Bjørn',
  'Camilla',
  'Dag',
  'Eli',
  'Frode',
  'Guro',
  'Håkon',
  'Ingrid',
  'Jon',
  'Kristin',
  'Lars',
  'Marit',
  'Nils',
  'Oda',
  'Pål',
  'Ragnhild',
  'Sindre',
  'Tone',
  'Øystein',
];
const lastNames = [
  'Berg',
  'Haugen',
  'Johansen',
  'Lunde',
  'Moe',
  'Nilsen',
  'Olsen',
  'Pedersen',
  'Strand',
  'Vik',
  'Aas',
  'Bakke',
  'Dahl',
  'Eide',
  'Holm',
];

export interface PartyTable {
  seed: number;
  count: number;
  kinds: Uint8Array;
  /** Index of the main unit for subunits, -1 otherwise. */
  parents: Int32Array;
  deleted: Uint8Array;
  /** Subunit indexes per main unit index. */
  children: Map<number, number[]>;
}

/** Lays out `count` parties (at least 2: the accountant and the firm), deterministic from the seed. */
export function buildPartyTable(seed: number, count: number): PartyTable {
  const n = Math.max(2, count);
  const kinds = new Uint8Array(n);
  const parents = new Int32Array(n).fill(-1);
  const deleted = new Uint8Array(n);
  const children = new Map<number, number[]>();
  const rng = createRng(seed, 0x9a27);
  kinds[0] = Kind.Self;
  kinds[1] = Kind.Org;
  let i = 2;
  while (i < n) {
    const roll = rng.next();
    if (roll < 0.08) {
      kinds[i++] = Kind.Person;
      continue;
    }
    const main = i;
    kinds[i++] = Kind.Org;
    if (roll > 0.98) {
      deleted[main] = 1;
      continue;
    }
    if (roll > 0.86) {
      const subs: number[] = [];
      for (let s = rng.int(1, 3); s > 0 && i < n; s--) {
        kinds[i] = Kind.Subunit;
        parents[i] = main;
        subs.push(i++);
      }
      children.set(main, subs);
    }
  }
  return { seed, count: n, kinds, parents, deleted, children };
}

export const partyIdAt = (index: number): number => ACCOUNTANT_PARTY_ID + index;
export const indexOfParty = (table: PartyTable, partyId: number): number | undefined => {
  const index = partyId - ACCOUNTANT_PARTY_ID;
  return Number.isInteger(index) && index >= 0 && index < table.count ? index : undefined;
};

function uuidFor(seed: number, index: number): string {
  return createRng(seed, 0x0d1d, index).guid();
}

/** The accountant's synthetic identity number: the same for every seed, so e2e tests can log in. */
export const ACCOUNTANT_PID = syntheticPersonNumber(15, 6, 1975, 250);

export function partyAt(table: PartyTable, index: number): PartyRecord {
  const partyId = partyIdAt(index);
  const kind = table.kinds[index] as Kind;
  const h = mixSeed(table.seed, index);
  const partyUuid = uuidFor(table.seed, index);
  if (kind === Kind.Self) {
    return { partyId, partyUuid, partyTypeName: 1, name: 'Rita Revisor', ssn: ACCOUNTANT_PID };
  }
  if (kind === Kind.Person) {
    const name = `${firstNames[h % firstNames.length] ?? 'Anne'} ${lastNames[(h >>> 8) % lastNames.length] ?? 'Berg'}`;
    const ssn = syntheticPersonNumber(
      1 + ((h >>> 4) % 28),
      1 + ((h >>> 12) % 12),
      1940 + ((h >>> 16) % 60),
      (h >>> 20) % 500,
    );
    return { partyId, partyUuid, partyTypeName: 1, name, ssn };
  }
  if (index === 1) {
    return {
      partyId,
      partyUuid,
      partyTypeName: 2,
      name: 'Revisor Rita Regnskap AS',
      orgNumber: syntheticOrgNumber(index),
      unitType: 'AS',
    };
  }
  if (kind === Kind.Subunit) {
    const main = partyAt(table, table.parents[index] ?? 1);
    const base = main.name.replace(/ (AS|ENK|DA|SA|ANS|ASA|NUF)$/, '');
    const city = cities[h % cities.length] ?? 'Bergen';
    return {
      partyId,
      partyUuid,
      partyTypeName: 2,
      name: `${base} avd. ${city}`,
      orgNumber: syntheticOrgNumber(index),
      unitType: 'BEDR',
    };
  }
  const form = forms[(h >>> 16) % forms.length] ?? 'AS';
  const name = `${prefixes[h % prefixes.length] ?? 'Fjord'} ${trades[(h >>> 8) % trades.length] ?? 'Bygg'} ${form}`;
  return {
    partyId,
    partyUuid,
    partyTypeName: 2,
    name,
    orgNumber: syntheticOrgNumber(index),
    unitType: form,
    isDeleted: table.deleted[index] === 1,
  };
}

/** The accountant's reportee list as PartyListEntry trees (subunits nested under their main unit). */
export function accountantPartyList(table: PartyTable): PartyListEntry[] {
  const entries: PartyListEntry[] = [];
  for (let i = 0; i < table.count; i++) {
    if (table.kinds[i] === Kind.Subunit) continue;
    const subs = table.children.get(i);
    const entry: PartyListEntry = { party: partyAt(table, i) };
    if (subs) entry.children = subs.map((s) => ({ party: partyAt(table, s) }));
    entries.push(entry);
  }
  return entries;
}
