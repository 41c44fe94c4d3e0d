import { describe, expect, it } from 'vitest';

import { parseApplications, parseTexts } from './applications';
import { parseAppDetail, parseInstance, parseInstanceEvents, parseProcessHistory } from './instance';
import { isoTimestamp } from './lenient';
import { parseOrgs } from './orgs';
import { parseProfile } from './profile';
import { parseInstancesPage } from './storage';

// Issue 6: a field the app does not understand degrades that field, not the page; a body whose
// required structure is wrong is still an error. The last block feeds the parsers the hostile
// dataset's own instance documents (emulator/datasets/hostile), as the emulator serves them.

const id = '530001/0b7c3a7e-1111-4222-8333-444455556666';
const base = { id, instanceOwner: { partyId: '530001' }, appId: 'hst/ukjent', org: 'hst' };

describe('isoTimestamp', () => {
  it.each([
    ['2026-11-21T09:00:00Z', '2026-11-21T09:00:00Z'],
    ['2026-11-21T09:00:00.123Z', '2026-11-21T09:00:00.123Z'],
    ['2026-11-23T10:15:30.1234567Z', '2026-11-23T10:15:30.123Z'],
    ['2026-11-21T23:30:00+14:00', '2026-11-21T09:30:00.000Z'],
    ['2026-11-21T15:15:00.1234567+05:45', '2026-11-21T09:30:00.123Z'],
    ['2026-11-22T10:15:30', '2026-11-22T10:15:30.000Z'],
    ['2027-01-15', '2027-01-15T00:00:00.000Z'],
    ['9999-12-31T23:59:59.9999999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s as %s (no zone means UTC, as Storage means it)', (input, expected) => {
    expect(isoTimestamp(input)).toBe(expected);
  });

  it.each([['x'], ['2026-02-30'], ['2026-13-01T00:00:00Z'], [12345], [false], [null], ['']])(
    'reads %s as no date',
    (input) => {
      expect(isoTimestamp(input)).toBeNull();
    },
  );
});

describe('the instance list', () => {
  const good = {
    ...base,
    process: { currentTask: { elementId: 'Task_1', altinnTaskType: 'data' } },
    status: { isArchived: false },
  };

  it('keeps a row with an unknown readStatus, task type and status field, showing them as known defaults', () => {
    const page = parseInstancesPage({
      instances: [
        {
          ...good,
          process: {
            teleported: true,
            currentTask: { elementId: 'Task_Q', altinnTaskType: 'quantumReview' },
          },
          status: { readStatus: 'Skimmed', mood: { level: 'hostile' } },
        },
      ],
      next: null,
    });
    expect(page.instances).toHaveLength(1);
    expect(page.instances[0]).toMatchObject({
      readStatus: 'Unread',
      currentTask: { elementId: 'Task_Q', altinnTaskType: 'quantumReview' },
    });
  });

  it('blanks wrong-typed optional fields and keeps the rest of the row', () => {
    const page = parseInstancesPage({
      instances: [
        {
          ...good,
          dueBefore: 12345,
          visibleAfter: false,
          lastChanged: 'yesterday',
          presentationTexts: { tall: 42, tom: null, tekst: 'Feil typer' },
          status: { isArchived: 'true', substatus: 'not an object', readStatus: 'Read' },
          process: { currentTask: { name: ['array'], elementId: 'Task_1', altinnTaskType: 'data' } },
        },
      ],
      next: null,
    });
    expect(page.instances[0]).toMatchObject({
      dueBefore: null,
      visibleAfter: null,
      lastChanged: null,
      presentationTexts: { tekst: 'Feil typer' },
      isArchived: false,
      substatusLabel: null,
      readStatus: 'Read',
      currentTask: { name: null, elementId: 'Task_1' },
    });
  });

  it('keeps a row with every optional field missing', () => {
    const page = parseInstancesPage({ instances: [{ id, appId: 'hst/utentittel', org: 'hst' }], next: null });
    expect(page.instances[0]).toMatchObject({
      currentTask: null,
      lastChanged: null,
      presentationTexts: {},
      readStatus: 'Unread',
    });
  });

  it('normalises odd dates so every browser reads them alike', () => {
    const page = parseInstancesPage({
      instances: [
        { ...good, created: '2026-11-21T23:30:00+14:00', lastChanged: '2026-11-23T10:15:30.1234567Z' },
      ],
      next: null,
    });
    expect(page.instances[0]?.created).toBe('2026-11-21T09:30:00.000Z');
    expect(page.instances[0]?.lastChanged).toBe('2026-11-23T10:15:30.123Z');
  });

  it('leaves out a row without a usable id, keeps the others', () => {
    const page = parseInstancesPage({ instances: [{ ...good, id: 'nope' }, good], next: null });
    expect(page.instances.map((row) => row.id)).toEqual([id]);
  });

  it.each([
    ['instances not an array', { instances: { 0: base }, next: null }],
    ['no instances key', { count: 1 }],
    ['an array body', [base]],
    ['a page where no row fits', { instances: [{ id: 'nope' }, 7], next: null }],
    ['next of the wrong type', { instances: [], next: 7 }],
  ])('is an error when the required structure is wrong: %s', (_name, body) => {
    expect(() => parseInstancesPage(body)).toThrow();
  });
});

describe('one instance', () => {
  it('degrades unknown enums, wrong types and odd dates field by field', () => {
    const detail = parseInstance({
      ...base,
      dueBefore: 12345,
      created: '2026-11-21T23:30:00+14:00',
      process: { started: 7, currentTask: 'nope' },
      status: { readStatus: 'Skimmed', substatus: { label: 42, description: 'x' }, isSoftDeleted: 'no' },
      presentationTexts: { a: 1, b: 'ok' },
      data: [
        {
          id: 'a',
          dataType: 'vedlegg',
          size: '12',
          isRead: 'yes',
          fileScanResult: 'Quarantined',
          references: 7,
        },
        { dataType: 'no id' },
        { id: 'b', dataType: 5, contentType: 9, created: '2026-11-22T10:15:30' },
      ],
    });
    expect(detail).toMatchObject({
      dueBefore: null,
      created: '2026-11-21T09:30:00.000Z',
      process: { started: null, currentTask: null },
      status: { readStatus: 'Unread', substatus: null, isSoftDeleted: false },
      presentationTexts: { b: 'ok' },
    });
    expect(detail.data).toEqual([
      expect.objectContaining({
        id: 'a',
        size: 12,
        isRead: true,
        fileScanResult: 'NotApplicable',
        references: [],
      }),
      expect.objectContaining({
        id: 'b',
        dataType: '',
        contentType: 'application/octet-stream',
        created: '2026-11-22T10:15:30.000Z',
      }),
    ]);
  });

  it.each([
    ['a missing owner', { id, appId: 'a/b', org: 'a' }],
    ['a bad id', { ...base, id: '1/x' }],
    ['data not an array is fine, a text body is not', 'Unable to find instance'],
  ])('is an error for %s', (_name, body) => {
    expect(() => parseInstance(body)).toThrow();
  });

  it('keeps events of unknown types, leaves out events without a type or a readable time', () => {
    const events = parseInstanceEvents({
      instanceEvents: [
        { created: '2026-11-22T10:00:00Z', eventType: 'process_Teleported', user: { userId: 'x', orgId: 5 } },
        { created: '2026-11-22T11:00:00Z', eventType: '<img src=x onerror=alert(1)>' },
        { created: 'never', eventType: 'Saved' },
        { created: '2026-11-22T12:00:00Z' },
        { created: '2026-11-22T13:00:00.5+14:00', eventType: 'Saved', processInfo: 'x' },
      ],
    });
    expect(events.map((e) => [e.eventType, e.created])).toEqual([
      ['process_Teleported', '2026-11-22T10:00:00Z'],
      ['<img src=x onerror=alert(1)>', '2026-11-22T11:00:00Z'],
      ['Saved', '2026-11-21T23:00:00.500Z'],
    ]);
    expect(events[0]?.user).toMatchObject({ userId: null, orgId: null });
    expect(() => parseInstanceEvents({ instanceEvents: 'x' })).toThrow();
  });

  it('keeps process history items it can read', () => {
    expect(
      parseProcessHistory({
        processHistory: [{ eventType: 'process_StartTask', started: 5 }, { elementId: 'no type' }],
      }),
    ).toEqual([
      {
        eventType: 'process_StartTask',
        elementId: null,
        occured: null,
        started: null,
        ended: null,
        performedBy: '',
      },
    ]);
  });

  it('reads app detail with wrong-typed data type fields', () => {
    const app = parseAppDetail({
      id: 'hst/x',
      preventInstanceDeletionForDays: '30',
      dataTypes: [
        { id: 'vedlegg', description: { nb: 'Vedlegg', en: 4 }, appLogic: 'x', taskId: 1 },
        { x: 1 },
      ],
    });
    expect(app).toEqual({
      id: 'hst/x',
      preventInstanceDeletionForDays: null,
      dataTypes: [{ id: 'vedlegg', description: { nb: 'Vedlegg' }, isFormData: false, taskId: null }],
    });
  });
});

describe('apps, texts, service owners and the profile', () => {
  it('keeps an app whose title has a wrong-typed language or whose hide settings are odd', () => {
    const apps = parseApplications({
      applications: [
        { id: 'hst/a', org: 'hst', title: { nb: 'Tittel', en: 5 }, messageBoxConfig: { hideSettings: 'x' } },
        {
          id: 'hst/b',
          org: 'hst',
          title: 'not a map',
          messageBoxConfig: { hideSettings: { hideOnTask: [1] } },
        },
      ],
    });
    expect(apps.get('hst/a')).toMatchObject({ title: { nb: 'Tittel' }, hideAlways: false, hideOnTask: [] });
    expect(apps.get('hst/b')).toMatchObject({ title: {}, hideOnTask: [] });
  });

  it('keeps every text resource it can read', () => {
    expect(
      parseTexts({ resources: [{ id: 'a', value: 'A' }, { id: 'b', value: 2 }, 'x', { value: 'no id' }] }),
    ).toEqual({
      a: 'A',
    });
    expect(() => parseTexts({ resources: 'x' })).toThrow();
  });

  it('drops bidi overrides from titles and texts, so "fdp.exe" cannot pose as "exe.pdf"', () => {
    const apps = parseApplications({
      applications: [
        { id: 'hst/rtl', org: 'hst', title: { nb: 'Faktura \u202Efdp.exe\u202C', nn: 'a\u2067b\u2069' } },
      ],
    });
    expect(apps.get('hst/rtl')?.title).toEqual({ nb: 'Faktura fdp.exe', nn: 'ab' });
    expect(parseTexts({ resources: [{ id: 'a', value: 'x\u202Dy\u200Fz' }] })).toEqual({ a: 'xy\u200Fz' });
  });

  it('shows the code for an owner whose name is odd, the others keep theirs', () => {
    const names = parseOrgs({
      orgs: { hst: { name: 'x' }, skd: { name: { nb: 'Skatteetaten', en: null } } },
    });
    expect(names.get('hst')).toEqual({});
    expect(names.get('skd')).toEqual({ nb: 'Skatteetaten' });
  });

  it('reads a profile with wrong-typed optional fields', () => {
    expect(
      parseProfile({
        userId: 1,
        partyId: 2,
        party: { name: 3 },
        profileSettingPreference: { language: 1044 },
      }),
    ).toEqual({ userId: 1, partyId: 2, name: null, language: null });
    expect(() => parseProfile({ userId: 'x', partyId: 2 })).toThrow();
  });
});

describe('the hostile dataset as the emulator serves it', () => {
  // The documents as stored; the emulator adds selfLinks and otherwise serves them verbatim.
  const documents = import.meta.glob<Record<string, unknown>>(
    '../../emulator/datasets/hostile/storage/instances/*/*/instance.json',
    { eager: true, import: 'default' },
  );
  const served: Record<string, unknown>[] = Object.values(documents).map((doc) => ({
    ...doc,
    selfLinks: { platform: `http://127.0.0.1:5101/storage/api/v1/instances/${String(doc.id)}` },
  }));

  it('has its instances', () => {
    expect(served.length).toBeGreaterThanOrEqual(19);
  });

  it('lists every instance and parses every instance document', () => {
    const page = parseInstancesPage({ instances: served, count: served.length, next: null });
    expect(page.instances).toHaveLength(served.length);
    for (const doc of served) expect(() => parseInstance(doc)).not.toThrow();
    const many = served.find((doc) => Array.isArray(doc.data) && doc.data.length === 500);
    expect(parseInstance(many).data).toHaveLength(500);
  });
});
