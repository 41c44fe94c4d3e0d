import { syntheticOrgNumber, syntheticPersonNumber } from './identity-numbers.ts';
import type { PartyListEntry, PartyRecord, PersonDetails, UserRecord } from './parties.ts';
import { createRng } from './prng.ts';

/**
 * The people and parties of the default dataset: the localtest cast kept as localtest has them
 * (ids, UUIDs, names, identity numbers), extended with a deleted organisation, a main unit the user
 * reaches only through its subunits, a person who acts for another person, and an accountant with
 * forty clients. New identity numbers are synthetic (birth month + 80).
 */

const uuids = createRng(20261127, 1);

const person = (partyId: number, name: string, ssn: string, partyUuid = uuids.guid()): PartyRecord => ({
  partyId,
  partyUuid,
  partyTypeName: 1,
  name,
  ssn,
});
const org = (
  partyId: number,
  name: string,
  orgNumber: string,
  unitType: string,
  partyUuid = uuids.guid(),
  isDeleted = false,
): PartyRecord => ({ partyId, partyUuid, partyTypeName: 2, name, orgNumber, unitType, isDeleted });

// localtest parties, verbatim.
export const sophieParty = person(
  501337,
  'Sophie Salt',
  '01039012345',
  'e9dd7d91-32d8-4933-a108-07562762d572',
);
export const olaParty = person(512345, 'Ola Nordmann', '01017512345', '48153af4-265f-4b35-8ed9-232fafbc716e');
export const pengelensParty = person(
  510001,
  'Pengelens Partner',
  '01899699552',
  '186aaeb4-97e6-40f4-8d48-31782a66782b',
);
export const gjentagendeParty = person(
  510002,
  'Gjentagende Forelder',
  '17858296439',
  '6714969f-8cf7-4282-bd71-7627bc9d4380',
);
export const rikParty = person(510003, 'Rik Forelder', '08829698278', '8bda81c1-bbd6-4754-bd1f-1102f8164f33');
export const selfIdentifiedParty: PartyRecord = {
  partyId: 510004,
  partyUuid: 'fc27897e-3f96-4af8-9a41-d9bc4dee0599',
  partyTypeName: 3,
  name: 'Selvregistrert Bruker',
};
export const ddgFitness = org(
  500000,
  'DDG Fitness',
  '897069650',
  'AS',
  '77cab4d6-84bb-4eb2-91bd-710415a72d8a',
);
export const ddgOslo = org(
  500001,
  'DDG Fitness Oslo',
  '897069651',
  'BEDR',
  '5e5d1e4f-810b-4619-9901-093cbf1d8be3',
);
export const ddgBergen = org(
  500002,
  'DDG Fitness Bergen',
  '897069652',
  'BEDR',
  'cae55382-3065-4242-9b09-061c20e2a67d',
);
export const ddgTrondheim = org(
  500003,
  'DDG Fitness Trondheim',
  '897069653',
  'BEDR',
  'ab831058-2fa4-4c6b-8e6f-23aadbddf44e',
);
export const skogOgFjell = org(
  500004,
  'Skog og Fjell Consulting',
  '043871668',
  'BEDR',
  '7f6e1075-50a5-456e-a720-3ebd49f82050',
);
export const easHealth = org(
  500600,
  'EAS Health Consulting',
  '897069631',
  'AS',
  'c25f54e6-c0a2-4298-a6b3-9cc38963f0da',
);
export const borettslag = org(
  500700,
  'Oslos Vakreste Borettslag',
  '950474084',
  'BRL',
  '117e86a4-117f-41b0-8f2d-c383e2a69f9e',
);
export const easSortland = org(
  500800,
  'EAS Health Consulting Sortland',
  '910457292',
  'AS',
  '90995e9f-b100-477f-a7fb-f3ab7dd91062',
);
export const easStokmarknes = org(
  500801,
  'EAS Health Consulting Stokmarknes',
  '910471120',
  'AS',
  '3b10e49a-ec4c-4eb2-ba7c-995f31ce51d5',
);
export const easSvolvaer = org(
  500802,
  'EAS Health Consulting Svolvær',
  '910423495',
  'AS',
  '5de8f23d-04b8-4f98-a305-4d357c6e0b53',
);

// New parties.
export const saltverket = org(500900, 'Saltverket Design AS', syntheticOrgNumber(900), 'AS', undefined, true);
export const saltHolding = org(501000, 'Salt Holding AS', syntheticOrgNumber(1000), 'AS');
export const saltDrammen = org(501001, 'Salt Holding AS avd. Drammen', syntheticOrgNumber(1001), 'BEDR');
export const saltTromso = org(501002, 'Salt Holding AS avd. Tromsø', syntheticOrgNumber(1002), 'BEDR');
export const kariParty = person(520001, 'Kari Nordmann', syntheticPersonNumber(14, 3, 1978, 210));
export const perParty = person(520002, 'Per Nordmann', syntheticPersonNumber(2, 7, 1942, 120));
export const regineParty = person(520003, 'Regine Regnskap', syntheticPersonNumber(23, 9, 1981, 330));
export const regnskapsfirma = org(520100, 'Tall og Tid Regnskap AS', syntheticOrgNumber(520100), 'AS');

const firstParts = [
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
];
const lastParts = ['Bakeri', 'Bygg', 'Transport', 'Frisør', 'Eiendom'];

/** The accountant's forty clients: mostly companies (some with a branch), a few persons, two deleted. */
function buildClients(): PartyListEntry[] {
  const rng = createRng(20261127, 2);
  const clients: PartyListEntry[] = [];
  let nextId = 520101;
  for (let i = 0; i < 40; i++) {
    if (i % 9 === 4) {
      const first = ['Anne', 'Bjørn', 'Camilla', 'Dag', 'Eli'][(i / 9) | 0] ?? 'Anne';
      const last = ['Berg', 'Haugen', 'Johansen', 'Lunde', 'Moe'][(i * 7) % 5] ?? 'Berg';
      const birthYear = 1950 + ((i * 13) % 45);
      clients.push({
        party: person(
          nextId++,
          `${first} ${last}`,
          syntheticPersonNumber(1 + (i % 27), 1 + (i % 12), birthYear, 100 + i),
        ),
      });
      continue;
    }
    const name = `${firstParts[i % firstParts.length] ?? 'Fjord'} ${lastParts[(i * 3 + ((i / 10) | 0)) % lastParts.length] ?? 'Bygg'} AS`;
    const deleted = i === 17 || i === 33;
    const main = org(nextId, name, syntheticOrgNumber(nextId), 'AS', uuids.guid(), deleted);
    nextId++;
    const children: PartyListEntry[] = [];
    if (!deleted && rng.chance(0.25)) {
      const branches = rng.int(1, 2);
      for (let b = 0; b < branches; b++) {
        const city = ['Bergen', 'Stavanger', 'Bodø', 'Hamar'][(i + b) % 4] ?? 'Bergen';
        children.push({ party: org(nextId, `${name} avd. ${city}`, syntheticOrgNumber(nextId), 'BEDR') });
        nextId++;
      }
    }
    clients.push({ party: main, children });
  }
  return clients;
}

export const accountantClients = buildClients();

const list = (...entries: PartyListEntry[]): PartyListEntry[] => entries;
const ddgEntry = (children = true): PartyListEntry => ({
  party: ddgFitness,
  listName: 'DDG Fitness AS',
  children: children ? [{ party: ddgOslo }, { party: ddgBergen }, { party: ddgTrondheim }] : [],
});

export const users: UserRecord[] = [
  {
    userId: 1337,
    userName: 'SophieDDG',
    party: sophieParty,
    userType: 1,
    language: 'nn',
    phoneNumber: '90001337',
    email: '1337@altinnstudiotestusers.com',
    partyList: list(
      { party: sophieParty },
      ddgEntry(),
      { party: easHealth },
      { party: borettslag },
      { party: easSortland },
      { party: easStokmarknes },
      { party: easSvolvaer },
      { party: skogOgFjell },
      { party: saltverket },
      {
        party: saltHolding,
        onlyHierarchyElementWithNoAccess: true,
        children: [{ party: saltDrammen }, { party: saltTromso }],
      },
    ),
  },
  {
    userId: 12345,
    userName: 'OlaNordmann',
    party: olaParty,
    userType: 0,
    language: 'nb',
    phoneNumber: '12345678',
    email: 'test@test.com',
    partyList: list({ party: olaParty }),
  },
  {
    userId: 1001,
    userName: 'PengelensPartner',
    party: pengelensParty,
    userType: 0,
    language: 'nb',
    phoneNumber: '+4790000000',
    email: 'test@test.com',
    partyList: list({ party: pengelensParty }, ddgEntry(false)),
  },
  {
    userId: 1002,
    userName: 'GjentagendeForelder',
    party: gjentagendeParty,
    userType: 0,
    language: 'nb',
    phoneNumber: '12345678',
    email: 'test@test.com',
    partyList: list({ party: gjentagendeParty }, ddgEntry(false)),
  },
  {
    userId: 1003,
    userName: 'RikForelder',
    party: rikParty,
    userType: 0,
    language: 'nb',
    phoneNumber: '12345678',
    email: 'test@test.com',
    partyList: list({ party: rikParty }),
  },
  {
    userId: 1004,
    userName: 'SelvRegistrert',
    party: selfIdentifiedParty,
    userType: 2,
    language: 'nb',
    phoneNumber: null,
    email: 'test@test.com',
    partyList: list({ party: selfIdentifiedParty }),
  },
  {
    userId: 20001,
    userName: '',
    party: kariParty,
    userType: 1,
    language: 'en',
    phoneNumber: '41000001',
    email: 'kari.nordmann@example.com',
    partyList: list({ party: kariParty }, { party: perParty }),
  },
  {
    userId: 20003,
    userName: '',
    party: regineParty,
    userType: 1,
    language: 'nb',
    phoneNumber: '41000003',
    email: 'regine@tallogtid.example',
    partyList: list({ party: regineParty }, { party: regnskapsfirma }, ...accountantClients),
  },
];

/** Persons who act in event histories but have no login of their own in this dataset. */
export const bystander = { userId: 20004, pid: syntheticPersonNumber(5, 11, 1969, 400), name: 'Henrik Salt' };

export const defaultAddress: PersonDetails = {
  street: 'Storgata',
  houseNumber: '1',
  postalCode: '0155',
  city: 'Oslo',
  municipalNumber: '0301',
  municipalName: 'Oslo',
};
