import { describe, expect, it } from 'vitest';

import {
  instancePath,
  parseAppDetail,
  parseInstance,
  parseInstanceEvents,
  parseProcessHistory,
} from './instance';

describe('instance parsing', () => {
  it('normalises an instance as Storage writes it (nulls omitted, string party id)', () => {
    const parsed = parseInstance({
      id: '512345/44BCA7B6-7cbc-4d90-8f6a-f24c30fd5d14',
      instanceOwner: { partyId: '512345', personNumber: '01017512345' },
      appId: 'brg/samordnet-registermelding',
      org: 'brg',
      process: {
        started: '2026-11-22T06:02:41Z',
        currentTask: { elementId: 'Task_1', name: 'Utfylling', altinnTaskType: 'data' },
      },
      status: {
        isArchived: false,
        isSoftDeleted: false,
        isHardDeleted: false,
        readStatus: 'Read',
        substatus: { label: 'x', description: null },
      },
      data: [
        {
          id: 'e1',
          dataType: 'stiftelsesdokument',
          contentType: 'application/pdf',
          size: 1089,
          fileScanResult: 'Infected',
          tags: [],
        },
      ],
    });
    expect(parsed.partyId).toBe(512345);
    expect(parsed.guid).toBe('44bca7b6-7cbc-4d90-8f6a-f24c30fd5d14');
    expect(parsed.process?.currentTask?.elementId).toBe('Task_1');
    expect(parsed.status.substatus).toEqual({ label: 'x', description: null });
    expect(parsed.data[0]).toMatchObject({
      fileScanResult: 'Infected',
      isRead: true,
      filename: null,
      references: [],
    });
    // The owner's identity number is not kept: nothing downstream can render it.
    expect(JSON.stringify(parsed)).not.toContain('01017512345');
  });

  it('refuses a body that is not an instance', () => {
    expect(() => parseInstance({ id: 'nope' })).toThrow();
    expect(() => parseInstance('Unable to find instance')).toThrow();
  });

  it('reads events and process history with their optional fields', () => {
    const events = parseInstanceEvents({
      instanceEvents: [
        {
          id: 'a',
          created: '2026-11-01T00:00:00Z',
          eventType: 'process_StartTask',
          user: { userId: 1, authenticationLevel: 3 },
          processInfo: { currentTask: { elementId: 'Task_1', name: 'Utfylling' } },
        },
        {
          created: '2026-11-02T00:00:00Z',
          eventType: 'Saved',
          dataId: 'd',
          user: { orgId: 'skd', authenticationLevel: 0 },
        },
      ],
    });
    expect(events[0]).toMatchObject({ taskElementId: 'Task_1', taskName: 'Utfylling', user: { userId: 1 } });
    expect(events[1]).toMatchObject({ id: 'event-1', dataId: 'd', user: { orgId: 'skd', userId: null } });
    expect(
      parseProcessHistory({
        processHistory: [
          { eventType: 'process_EndEvent', elementId: 'End', occured: '2026-11-02T00:00:00Z' },
        ],
      }),
    ).toEqual([
      {
        eventType: 'process_EndEvent',
        elementId: 'End',
        occured: '2026-11-02T00:00:00Z',
        started: null,
        ended: null,
        performedBy: '',
      },
    ]);
  });

  it('reads the app detail: data types, form data by classRef, deletion window', () => {
    const app = parseAppDetail({
      id: 'skd/skattemelding',
      preventInstanceDeletionForDays: 30,
      dataTypes: [
        { id: 'skjema', appLogic: { classRef: 'Altinn.App.Models.Skjema' }, taskId: 'Task_1' },
        { id: 'vedlegg', description: { nb: 'Vedlegg', en: null } },
      ],
    });
    expect(app.preventInstanceDeletionForDays).toBe(30);
    expect(app.dataTypes).toEqual([
      { id: 'skjema', description: {}, isFormData: true, taskId: 'Task_1' },
      { id: 'vedlegg', description: { nb: 'Vedlegg' }, isFormData: false, taskId: null },
    ]);
  });

  it('encodes path parts', () => {
    expect(instancePath(1, 'a/b')).toBe('/storage/api/v1/instances/1/a%2Fb');
  });
});
