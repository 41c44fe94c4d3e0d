/**
 * Party records and the localtest file shapes they are written in: Register/Party (camelCase,
 * string ids), the reportee list (`organisation`, nested `childParties`), Profile/User (PascalCase),
 * Register/Person and Register/Org (PascalCase). Shared by the default dataset and the generator.
 */

export interface PartyRecord {
  partyId: number;
  partyUuid: string;
  /** 1 person, 2 organisation, 3 self-identified (the localtest files use 2 for subunits too). */
  partyTypeName: 1 | 2 | 3;
  name: string;
  ssn?: string;
  orgNumber?: string;
  unitType?: string;
  isDeleted?: boolean;
}

export interface PartyListEntry {
  party: PartyRecord;
  /** The name as the reportee list spells it, when it differs from the register. */
  listName?: string;
  onlyHierarchyElementWithNoAccess?: boolean;
  children?: PartyListEntry[];
}

export interface UserRecord {
  userId: number;
  userName: string;
  party: PartyRecord;
  userType: 0 | 1 | 2;
  language: 'nb' | 'nn' | 'en';
  phoneNumber: string | null;
  email: string;
  partyList: PartyListEntry[];
}

/** Register/Party/{partyId}.json */
export function registerParty(p: PartyRecord): Record<string, unknown> {
  return {
    partyId: String(p.partyId),
    partyUuid: p.partyUuid,
    partyTypeName: p.partyTypeName,
    orgNumber: p.orgNumber ?? '',
    ssn: p.ssn ?? '',
    unitType: p.unitType ?? null,
    name: p.name,
    isDeleted: p.isDeleted ?? false,
    onlyHierarchyElementWithNoAccess: false,
    person: null,
    organisation: null,
    childParties: null,
  };
}

/** One entry of authorization/partylist/{userId}.json, in localtest's shape. */
export function partyListItem(e: PartyListEntry): Record<string, unknown> {
  const p = e.party;
  const item: Record<string, unknown> = {
    partyId: String(p.partyId),
    partyUuid: p.partyUuid,
    partyTypeName: p.partyTypeName,
  };
  if (p.partyTypeName === 2) item.orgNumber = p.orgNumber ?? '';
  else item.ssn = p.ssn ?? '';
  item.unitType = p.unitType ?? null;
  item.name = e.listName ?? p.name;
  item.isDeleted = p.isDeleted ?? false;
  item.onlyHierarchyElementWithNoAccess = e.onlyHierarchyElementWithNoAccess ?? false;
  item.person = null;
  item.organisation = null;
  item.childParties = e.children && e.children.length > 0 ? e.children.map(partyListItem) : null;
  return item;
}

/** Profile/User/{userId}.json */
export function profileUser(u: UserRecord): Record<string, unknown> {
  return {
    UserId: u.userId,
    UserName: u.userName,
    PhoneNumber: u.phoneNumber,
    Email: u.email,
    PartyId: u.party.partyId,
    // Self-identified users have no register party details, as in localtest's 1004.
    Party:
      u.userType === 2
        ? {}
        : { partyId: String(u.party.partyId), partyUuid: u.party.partyUuid, ssn: u.party.ssn ?? '' },
    UserType: u.userType,
    ProfileSettingPreference:
      u.userType === 2 ? { Language: u.language } : { Language: u.language, doNotPromptForParty: true },
  };
}

export interface PersonDetails {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  municipalNumber: string;
  municipalName: string;
}

/** Register/Person/{ssn}.json */
export function registerPerson(p: PartyRecord, d: PersonDetails): Record<string, unknown> {
  const [first = '', ...rest] = p.name.split(' ');
  const last = rest.pop() ?? '';
  return {
    SSN: p.ssn,
    Name: p.name,
    FirstName: first,
    MiddleName: rest.join(' '),
    LastName: last,
    TelephoneNumber: '12345678',
    MobileNumber: '87654321',
    MailingAddress: `${d.street} ${d.houseNumber} ${d.postalCode} ${d.city}`,
    MailingPostalCode: d.postalCode,
    MailingPostalCity: d.city,
    AddressMunicipalNumber: d.municipalNumber,
    AddressMunicipalName: d.municipalName,
    AddressStreetName: d.street,
    AddressHouseNumber: d.houseNumber,
    AddressHouseLetter: null,
    AddressPostalCode: d.postalCode,
    AddressCity: d.city,
  };
}

/** Register/Org/{orgNumber}.json */
export function registerOrg(p: PartyRecord, d: PersonDetails): Record<string, unknown> {
  const domain = p.name.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'firma';
  const address = `${d.street} ${d.houseNumber} ${d.postalCode} ${d.city}`;
  return {
    OrgNumber: p.orgNumber,
    Name: p.name,
    UnitType: p.unitType ?? 'AS',
    TelephoneNumber: '12345678',
    MobileNumber: '92010000',
    FaxNumber: '92110000',
    EMailAddress: `post@${domain}.example`,
    InternetAddress: `https://${domain}.example`,
    MailingAddress: address,
    MailingPostalCode: d.postalCode,
    MailingPostalCity: d.city,
    BusinessAddress: address,
    BusinessPostalCode: d.postalCode,
    BusinessPostalCity: d.city,
  };
}

/** Every party reachable through a list, subunits included, in list order. */
export function flattenPartyList(entries: readonly PartyListEntry[]): PartyListEntry[] {
  return entries.flatMap((e) => [e, ...flattenPartyList(e.children ?? [])]);
}
