import { describe, expect, it } from 'vitest';

import { dueState } from './dueDate';

const now = new Date('2026-11-27T09:00:00Z');

describe('dueState', () => {
  it('classifies deadlines', () => {
    expect(dueState('2026-11-22T09:00:00Z', now)).toBe('overdue');
    expect(dueState('2026-11-27T09:00:00Z', now)).toBe('overdue');
    expect(dueState('2026-11-29T09:00:00Z', now)).toBe('due-soon');
    expect(dueState('2026-12-04T09:00:00Z', now)).toBe('due-soon');
    expect(dueState('2026-12-04T09:00:01Z', now)).toBe('due');
  });

  it('no or unreadable deadline is no state', () => {
    expect(dueState(null, now)).toBeNull();
    expect(dueState('soon', now)).toBeNull();
  });
});
