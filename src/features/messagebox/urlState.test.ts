import { describe, expect, it } from 'vitest';
import {
  allPartiesPath,
  defaultListFilters,
  hasActiveFilters,
  type ListFilters,
  parseDay,
  parseListFilters,
  parseMessageBoxRoute,
  partyFolderPath,
  serialiseListFilters,
} from './urlState';

const full: ListFilters = {
  q: 'skatt og moms',
  orgs: ['nav', 'skd'],
  apps: ['skd/mva-melding'],
  status: { kind: 'task', elementId: 'Task_2' },
  unread: true,
  from: '2026-01-01',
  to: '2026-02-28',
  range: null,
  sort: 'oldest',
};

describe('list filters in the query string', () => {
  it('round-trips every field', () => {
    expect(parseListFilters(serialiseListFilters(full))).toEqual(full);
  });

  it('round-trips each status kind and quick range', () => {
    for (const status of [{ kind: 'in-progress' }, { kind: 'completed' }] as const) {
      const state = { ...defaultListFilters, status, range: '7d' as const };
      expect(parseListFilters(serialiseListFilters(state))).toEqual(state);
    }
  });

  it('leaves defaults out so the plain list has an empty query', () => {
    expect(serialiseListFilters(defaultListFilters)).toBe('');
    expect(hasActiveFilters(defaultListFilters)).toBe(false);
    expect(hasActiveFilters({ ...defaultListFilters, sort: 'oldest' })).toBe(false);
    expect(hasActiveFilters({ ...defaultListFilters, unread: true })).toBe(true);
  });

  it('gives the same string for the same state in any order', () => {
    const a = serialiseListFilters({ ...full, orgs: ['skd', 'nav'] });
    const b = serialiseListFilters({ ...full, orgs: ['nav', 'skd'] });
    expect(a).toBe(b);
  });

  it('turns garbage into defaults', () => {
    const parsed = parseListFilters(
      'org=%3Cscript%3E&app=nope&app=a/b/c&status=task:&status=weird&unread=yes&from=2026-02-30&to=tomorrow&range=week&sort=random',
    );
    expect(parsed).toEqual(defaultListFilters);
  });

  it('keeps the first valid status and ignores repeated junk values', () => {
    expect(parseListFilters('status=completed').status).toEqual({ kind: 'completed' });
    expect(parseListFilters('org=skd&org=skd&org=bad!').orgs).toEqual(['skd']);
  });

  it('swaps a reversed date range instead of showing nothing', () => {
    const parsed = parseListFilters('from=2026-03-01&to=2026-01-01');
    expect([parsed.from, parsed.to]).toEqual(['2026-01-01', '2026-03-01']);
  });

  it('trims and bounds the search text', () => {
    expect(parseListFilters(`q=${'x'.repeat(500)}`).q).toHaveLength(200);
    expect(parseListFilters('q=%20%20skatt%20').q).toBe('skatt');
  });

  it('a quick range wins over from/to when serialised', () => {
    expect(serialiseListFilters({ ...defaultListFilters, range: 'today', from: '2026-01-01' })).toBe(
      'range=today',
    );
  });
});

describe('parseDay', () => {
  it('accepts real calendar days only', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2025-02-29')).toBeNull();
    expect(parseDay('2025-13-01')).toBeNull();
    expect(parseDay('25-01-01')).toBeNull();
  });
});

describe('route params', () => {
  it('parses a valid party folder route with and without an instance', () => {
    expect(parseMessageBoxRoute({ partyId: '501337', folder: 'archive' })).toEqual({
      partyId: 501337,
      folder: 'archive',
      instanceGuid: null,
    });
    expect(
      parseMessageBoxRoute({
        partyId: '501337',
        folder: 'inbox',
        instanceGuid: '6323A337-26E7-4D40-89E8-F5BB3D80BE3A',
      }),
    ).toEqual({ partyId: 501337, folder: 'inbox', instanceGuid: '6323a337-26e7-4d40-89e8-f5bb3d80be3a' });
  });

  it('rejects bad party ids, folders and guids', () => {
    expect(parseMessageBoxRoute({ partyId: '0', folder: 'inbox' })).toBeNull();
    expect(parseMessageBoxRoute({ partyId: '12a', folder: 'inbox' })).toBeNull();
    expect(parseMessageBoxRoute({ partyId: '1', folder: 'sent' })).toBeNull();
    expect(parseMessageBoxRoute({ partyId: '1', folder: 'inbox', instanceGuid: 'x' })).toBeNull();
  });

  it('builds paths that parse back', () => {
    expect(partyFolderPath(501337, 'inbox')).toBe('/parties/501337/inbox');
    expect(partyFolderPath(501337, 'bin', { ...defaultListFilters, q: 'mva' }, 'abc')).toBe(
      '/parties/501337/bin/abc?q=mva',
    );
    expect(allPartiesPath('archive', defaultListFilters, { partyId: 5, instanceGuid: 'g' })).toBe(
      '/all/archive/5/g',
    );
    expect(allPartiesPath('inbox', { ...defaultListFilters, sort: 'oldest' })).toBe('/all/inbox?sort=oldest');
  });
});
