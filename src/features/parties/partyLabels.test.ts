import { describe, expect, it } from 'vitest';

import { translate } from '../../i18n/languages';
import type { MessageKey } from '../../i18n/messages/nb';
import { ownPartyStandIn } from './partyIndex';
import { formatOrgNumber, partyDetails, partyName } from './partyLabels';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('nb', key, params);

describe('party labels', () => {
  it('groups organisation numbers in threes', () => {
    expect(formatOrgNumber('897069650')).toBe('897 069 650');
    expect(formatOrgNumber('12345')).toBe('12345');
  });

  it('describes kind, number and deletion, with identity numbers masked', () => {
    const person = { ...ownPartyStandIn(1, 'Per'), ssn: '24056512345' };
    expect(partyDetails(person, t)).toBe('Person · Fødselsnr. 240565*****');
    expect(partyDetails(person, t)).not.toContain('12345');
    const subunit = {
      ...ownPartyStandIn(2, 'Avd'),
      kind: 'subunit' as const,
      orgNumber: '897069651',
      isDeleted: true,
    };
    expect(partyDetails(subunit, t)).toBe('Underenhet · Org.nr. 897 069 651 · Slettet');
  });
});

describe('partyName', () => {
  it('keeps a real name and names a party Altinn sent without one', () => {
    expect(partyName({ name: 'DDG Fitness AS' }, t)).toBe('DDG Fitness AS');
    expect(partyName({ name: '' }, t)).toBe('(uten navn)');
    expect(partyName({ name: '   ' }, t)).toBe('(uten navn)');
  });
});
