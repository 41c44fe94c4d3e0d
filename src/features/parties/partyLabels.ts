import type { Party } from '../../api/authorization';
import type { MessageKey } from '../../i18n/messages/nb';
import type { MessageParams } from '../../i18n/languages';
import { maskIdentityNumber } from '../../lib/maskIdentityNumber';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export function partyKindKey(party: Party): MessageKey {
  switch (party.kind) {
    case 'person':
      return 'party.person';
    case 'subunit':
      return 'party.subunit';
    case 'selfIdentified':
      return 'party.selfIdentified';
    case 'bankruptcyEstate':
      return 'partyPicker.kind.bankruptcyEstate';
    default:
      return 'party.organisation';
  }
}

/**
 * A party's name for display. Altinn can send a party without a name; an empty line would leave
 * a row, the header or a heading with nothing to read, so it is called "(uten navn)" instead.
 */
export function partyName(party: Pick<Party, 'name'>, t: Translate): string {
  return party.name.trim() === '' ? t('party.unnamed') : party.name;
}

/** "897 069 650": how Brønnøysund and Altinn print organisation numbers. */
export function formatOrgNumber(orgNumber: string): string {
  return /^\d{9}$/.test(orgNumber) ? orgNumber.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') : orgNumber;
}

/**
 * The second line of a party row, also read out as part of its name: kind, org number or the
 * masked birth date (never the full identity number), deleted.
 */
export function partyDetails(party: Party, t: Translate): string {
  return [
    t(partyKindKey(party)),
    party.orgNumber ? t('party.orgNumber', { orgNumber: formatOrgNumber(party.orgNumber) }) : null,
    party.ssn ? t('partyPicker.birthDate', { masked: maskIdentityNumber(party.ssn) }) : null,
    party.isDeleted ? t('party.deleted') : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
