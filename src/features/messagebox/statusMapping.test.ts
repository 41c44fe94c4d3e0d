import { describe, expect, it } from 'vitest';

import { isActionable, plainStatus } from './statusMapping';

const base = {
  currentTask: null,
  processEnded: null,
  processStarted: '2026-01-01T00:00:00Z',
  isArchived: false,
};
const task = (altinnTaskType: string | null) => ({
  ...base,
  currentTask: { elementId: 'Task_1', altinnTaskType, name: null },
});

describe('plainStatus', () => {
  it.each([
    ['data', 'filling-in'],
    ['signing', 'signing'],
    ['payment', 'paying'],
    ['confirmation', 'confirming'],
    ['feedback', 'awaiting-feedback'],
    ['somethingNew', 'in-progress'],
    [null, 'in-progress'],
  ])('task type %s → %s', (type, expected) => {
    expect(plainStatus(task(type))).toBe(expected);
  });

  it('an ended process is submitted, archived or not', () => {
    expect(plainStatus({ ...base, processEnded: '2026-02-01T00:00:00Z', isArchived: true })).toBe(
      'submitted',
    );
    expect(plainStatus({ ...base, processEnded: '2026-02-01T00:00:00Z' })).toBe('submitted');
  });

  it('archived without a process end is archived; no process at all is not started', () => {
    expect(plainStatus({ ...base, processStarted: null, isArchived: true })).toBe('archived');
    expect(plainStatus({ ...base, processStarted: null })).toBe('not-started');
    expect(plainStatus(base)).toBe('in-progress');
  });

  it('only unfinished work is actionable', () => {
    expect(isActionable('signing')).toBe(true);
    expect(isActionable('submitted')).toBe(false);
    expect(isActionable('archived')).toBe(false);
  });
});
