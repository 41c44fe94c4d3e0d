import { describe, expect, it } from 'vitest';

import { parseInstance, type InstanceDetail } from '../../api/instance';
import { translate } from '../../i18n/languages';
import { altinnReference, instanceState, resolveText, statusWording, taskLabel } from './statusWording';

function instance(overrides: Record<string, unknown>): InstanceDetail {
  return parseInstance({
    id: '501337/5137079a-fe1c-47fe-8bcb-fadf27a9993f',
    instanceOwner: { partyId: '501337' },
    appId: 'skd/skattemelding',
    org: 'skd',
    status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false, readStatus: 'Read' },
    ...overrides,
  });
}

const texts = { 'task.Task_1': 'Utfylling', 'substatus.accepted.label': 'Godkjent' };
const day = (iso: string) => iso.slice(0, 10);

describe('status wording', () => {
  it('names the current step from the app texts', () => {
    const state = instanceState(
      instance({
        process: {
          started: '2026-11-01T10:00:00Z',
          currentTask: { elementId: 'Task_1', name: 'Fill in', started: '2026-11-02T10:00:00Z' },
        },
      }),
    );
    const wording = statusWording(state, texts, day);
    expect(wording).toEqual({
      key: 'instance.status.inProgressStep',
      params: { step: 'Utfylling' },
      since: '2026-11-02T10:00:00Z',
    });
    expect(translate('nb', wording.key, wording.params)).toBe('Pågår: Utfylling');
  });

  it('falls back to the process name, then the task id', () => {
    expect(taskLabel('Task_2', 'Signering', {})).toBe('Signering');
    expect(taskLabel('Task_2', null, {})).toBe('Task_2');
  });

  it('says archived with the archive date, before looking at the process', () => {
    const state = instanceState(
      instance({
        process: { started: '2026-11-01T10:00:00Z', ended: '2026-11-03T10:00:00Z' },
        status: {
          isArchived: true,
          archived: '2026-11-03T10:00:01Z',
          isSoftDeleted: false,
          readStatus: 'Read',
        },
      }),
    );
    const wording = statusWording(state, texts, day);
    expect(translate('en', wording.key, wording.params)).toBe('Completed and archived 2026-11-03');
  });

  it('says in the bin first, whatever else is true', () => {
    const state = instanceState(
      instance({
        status: {
          isArchived: true,
          archived: '2026-11-03T10:00:00Z',
          isSoftDeleted: true,
          softDeleted: '2026-11-10T10:00:00Z',
          readStatus: 'Read',
        },
      }),
    );
    expect(state).toEqual({ kind: 'deleted', since: '2026-11-10T10:00:00Z' });
    expect(translate('nn', ...keyAndParams(statusWording(state, texts, day)))).toBe(
      'I papirkorga sidan 2026-11-10',
    );
  });

  it('says completed for an ended process not yet archived, and not started without a process', () => {
    expect(
      statusWording(instanceState(instance({ process: { ended: '2026-11-03T10:00:00Z' } })), texts, day).key,
    ).toBe('instance.status.completed');
    expect(statusWording(instanceState(instance({})), texts, day).key).toBe('instance.status.notStarted');
  });

  it('gives the Altinn reference as the last 12 characters of the guid', () => {
    expect(altinnReference('5137079a-fe1c-47fe-8bcb-fadf27a9993f')).toBe('fadf27a9993f');
  });

  it('resolves a substatus text key in the app texts, else shows it as given', () => {
    expect(resolveText('substatus.accepted.label', texts)).toBe('Godkjent');
    expect(resolveText('<b>Plain</b>', texts)).toBe('<b>Plain</b>');
    expect(resolveText(null, texts)).toBeNull();
  });
});

function keyAndParams(wording: ReturnType<typeof statusWording>) {
  return [wording.key, wording.params] as const;
}
