import { describe, expect, it } from 'vitest';

import { listStreams, MAX_STREAMS } from './listRequest';
import { defaultListFilters, type ListFilters } from './urlState';

const now = new Date(2026, 10, 27, 12, 0);
const f = (over: Partial<ListFilters>): ListFilters => ({ ...defaultListFilters, ...over });
const pairs = (filters: ListFilters, matches: string[] = []) =>
  listStreams(501337, 'inbox', filters, matches, now).streams.map((s) => ({
    id: s.id,
    params: new URLSearchParams(s.params),
  }));

describe('list → Storage queries', () => {
  it('the plain inbox is one query with folder flags, order and page size', () => {
    const [only, ...rest] = pairs(defaultListFilters);
    expect(rest).toEqual([]);
    expect(only?.params.toString()).toBe(
      'instanceOwner.partyId=501337&status.isArchived=false&status.isSoftDeleted=false&order=desc%3AlastChanged&size=100&includeDataElements=false',
    );
  });

  it('maps status, date and sort onto Storage parameters', () => {
    const [task] = pairs(
      f({
        status: { kind: 'task', elementId: 'Task_2' },
        sort: 'oldest',
        from: '2026-11-01',
        to: '2026-11-01',
      }),
    );
    expect(task?.params.get('process.currentTask')).toBe('Task_2');
    expect(task?.params.get('order')).toBe('asc:lastChanged');
    expect(task?.params.getAll('lastChanged')).toEqual([
      `gte:${new Date(2026, 10, 1).toISOString()}`,
      `lt:${new Date(2026, 10, 2).toISOString()}`,
    ]);
    expect(pairs(f({ status: { kind: 'completed' } }))[0]?.params.get('process.isComplete')).toBe('true');
    expect(pairs(f({ status: { kind: 'in-progress' } }))[0]?.params.get('process.isComplete')).toBe('false');
  });

  it('one query per org or app, since Storage takes one of each', () => {
    expect(pairs(f({ orgs: ['nav', 'skd'] })).map((s) => s.params.get('org'))).toEqual(['nav', 'skd']);
    const apps = pairs(f({ orgs: ['skd'], apps: ['skd/mva-melding', 'nav/dagpenger'] }));
    expect(apps.map((s) => s.params.get('appId'))).toEqual(['skd/mva-melding']);
  });

  it('search = searchString query plus one appId query per title match', () => {
    const streams = pairs(f({ q: 'skatt' }), ['skd/mva-melding', 'skd/skattemelding']);
    expect(streams.map((s) => s.id)).toEqual([
      'all+search',
      'title:skd/mva-melding',
      'title:skd/skattemelding',
    ]);
    expect(streams[0]?.params.get('searchString')).toBe('skatt');
    expect(streams[1]?.params.get('searchString')).toBeNull();
    expect(streams[1]?.params.get('appId')).toBe('skd/mva-melding');
  });

  it('title matches outside the chosen orgs are not searched', () => {
    const streams = pairs(f({ q: 'skatt', orgs: ['nav'] }), ['skd/mva-melding']);
    expect(streams.map((s) => s.id)).toEqual(['org:nav+search']);
  });

  it('caps the number of queries and says so', () => {
    const many = Array.from({ length: 30 }, (_, i) => `org/app${i}`);
    const result = listStreams(1, 'archive', f({ q: 'a' }), many, now);
    expect(result.streams).toHaveLength(MAX_STREAMS);
    expect(result.truncated).toBe(true);
  });
});
