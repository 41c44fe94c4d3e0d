import { describe, expect, it } from 'vitest';

import { describeUsers, isListedUser, purposesFromAbout } from './lib/persons.ts';

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
    const lines = describeUsers(many, new Map(), 5);
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

const about = `# The default dataset

## Test persons

| name        | userId | pid (synthetic) | what for                                          |
| ----------- | ------ | --------------- | ------------------------------------------------- |
| Sophie Salt | 1337   | 01039012345     | represents many organisations: DDG Fitness AS and more |
| Rik Forelder | 1003  | 08829698278     | represents only himself and has an empty inbox   |

## Apps

| app | what for |
| --- | -------- |
| 1   | not a person |
`;

describe('purposesFromAbout', () => {
  it('reads the what-for column by userId from the test-person table only', () => {
    const purposes = purposesFromAbout(about);
    expect([...purposes.keys()]).toEqual([1337, 1003]);
    expect(purposes.get(1003)).toBe('represents only himself and has an empty inbox');
  });

  it('puts the first clause next to the reach, and never an identity number', () => {
    const lines = describeUsers(
      [{ name: 'Sophie Salt', userId: 1337, partyCount: 3 }],
      purposesFromAbout(about),
    );
    expect(lines[0]).toMatch(
      /Sophie Salt +acts for themselves and 2 other parties — represents many organisations$/,
    );
    expect(lines.join('\n')).not.toContain('01039012345');
  });

  it('gives nothing for a file without the table', () => {
    expect(purposesFromAbout('# Something else\n\n| a | b |\n').size).toBe(0);
  });
});
