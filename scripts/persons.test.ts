import { describe, expect, it } from 'vitest';

import { describeUsers, isListedUser } from './lib/persons.ts';

describe('describeUsers', () => {
  it('says whom each person can act for', () => {
    const lines = describeUsers([
      { name: 'Sophie Salt', userId: 1337, partyCount: 3 },
      { name: 'Ola Nordmann', userId: 12345, partyCount: 1 },
      { name: 'Kari', userId: 1, partyCount: 2 },
    ]);
    expect(lines[0]).toMatch(/^ {2}Sophie Salt +acts for themselves and 2 other parties$/);
    expect(lines[1]).toMatch(/Ola Nordmann +acts for only themselves$/);
    expect(lines[2]).toMatch(/and 1 other party$/);
  });

  it('shortens a long list', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ name: `P${i}`, userId: i, partyCount: 1 }));
    const lines = describeUsers(many, 5);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toContain('15 more');
  });

  it('accepts the users endpoint shape, identity number included, and prints no number', () => {
    const fromApi: unknown = {
      pid: '01039012345',
      name: 'Sophie Salt',
      userId: 1337,
      partyId: 501337,
      partyCount: 3,
    };
    expect(isListedUser(fromApi)).toBe(true);
    if (!isListedUser(fromApi)) return;
    expect(describeUsers([fromApi]).join('\n')).not.toContain('01039012345');
    expect(isListedUser({ name: 'x' })).toBe(false);
  });
});
