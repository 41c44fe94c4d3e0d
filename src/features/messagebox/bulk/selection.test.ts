import { describe, expect, it } from 'vitest';

import {
  emptySelection,
  keepShown,
  selectAll,
  selectAllState,
  toggleOne,
  toggleRange,
  type Selection,
} from './selection';

const rows = ['a', 'b', 'c', 'd', 'e'];
const selected = (s: Selection) => [...s.ids].sort();

describe('selection', () => {
  it('toggles one row and remembers it as the anchor', () => {
    const once = toggleOne(emptySelection, 'b');
    expect(selected(once)).toEqual(['b']);
    expect(once.anchor).toBe('b');
    expect(selected(toggleOne(once, 'b'))).toEqual([]);
  });

  it('shift-click selects the range from the anchor, in either direction', () => {
    const down = toggleRange(toggleOne(emptySelection, 'b'), 'd', rows);
    expect(selected(down)).toEqual(['b', 'c', 'd']);
    const up = toggleRange(toggleOne(emptySelection, 'd'), 'a', rows);
    expect(selected(up)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shift-click on a selected row clears the range instead', () => {
    const all = selectAll(rows);
    const anchored = toggleOne(all, 'e');
    expect(selected(anchored)).toEqual(['a', 'b', 'c', 'd']);
    expect(selected(toggleRange({ ...all, anchor: 'e' }, 'c', rows))).toEqual(['a', 'b']);
  });

  it('shift-click without an anchor is a plain toggle', () => {
    expect(selected(toggleRange(emptySelection, 'c', rows))).toEqual(['c']);
  });

  it('select all takes only the rows shown, and keepShown drops rows that left', () => {
    const all = selectAll(['a', 'b']);
    expect(selectAllState(all, rows)).toBe('some');
    expect(selectAllState(all, ['a', 'b'])).toBe('all');
    expect(selectAllState(emptySelection, rows)).toBe('none');
    expect(selectAllState(emptySelection, [])).toBe('none');
    const kept = keepShown({ ids: new Set(['a', 'z']), anchor: 'z' }, rows);
    expect(selected(kept)).toEqual(['a']);
    expect(kept.anchor).toBeNull();
    const same = { ids: new Set(['a']), anchor: 'a' };
    expect(keepShown(same, rows)).toBe(same);
  });
});
