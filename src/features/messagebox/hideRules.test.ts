import { describe, expect, it } from 'vitest';

import type { AppInfo } from '../../api/applications';
import { hiddenReason, isShownInList } from './hideRules';

const now = new Date('2026-11-27T09:00:00Z');
const app = (over: Partial<AppInfo> = {}): AppInfo => ({
  id: 'ssb/ra',
  org: 'ssb',
  title: {},
  hideAlways: false,
  hideOnTask: [],
  ...over,
});
const at = (elementId: string | null, visibleAfter: string | null = '2026-11-01T00:00:00Z') => ({
  visibleAfter,
  currentTask: elementId ? { elementId, altinnTaskType: 'data', name: null } : null,
});

describe('hide rules', () => {
  it('shows an ordinary instance', () => {
    expect(isShownInList(at('Task_1'), app(), now)).toBe(true);
    expect(isShownInList(at(null, null), app(), now)).toBe(true);
  });

  it('hides until visibleAfter has passed', () => {
    expect(hiddenReason(at('Task_1', '2026-11-28T09:00:00Z'), app(), now)).toBe('not-yet-visible');
    expect(hiddenReason(at('Task_1', '2026-11-27T09:00:00Z'), app(), now)).toBeNull();
  });

  it('hides always when the app says so', () => {
    expect(hiddenReason(at(null), app({ hideAlways: true }), now)).toBe('hidden-always');
  });

  it('hides on the listed tasks only', () => {
    const hiding = app({ hideOnTask: ['Task_1'] });
    expect(hiddenReason(at('Task_1'), hiding, now)).toBe('hidden-on-task');
    expect(hiddenReason(at('Task_2'), hiding, now)).toBeNull();
    expect(hiddenReason(at(null), hiding, now)).toBeNull();
  });

  it('hides nothing by app rules when the app is unknown', () => {
    expect(isShownInList(at('Task_1'), undefined, now)).toBe(true);
  });
});
