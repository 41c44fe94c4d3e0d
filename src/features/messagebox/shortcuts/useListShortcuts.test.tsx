import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useListShortcuts, type ShortcutHandlers } from './useListShortcuts';

function Harness({ handlers }: { handlers: ShortcutHandlers }) {
  useListShortcuts(handlers);
  return (
    <div>
      <label>
        Søk
        <input type="search" />
      </label>
      <button type="button">Knapp</button>
      <div role="dialog" aria-label="Dialog">
        <button type="button">I dialogen</button>
      </div>
    </div>
  );
}

describe('useListShortcuts', () => {
  it('runs the command for a key pressed outside text fields and stops the default', () => {
    const next = vi.fn();
    const markRead = vi.fn();
    render(<Harness handlers={{ next, markRead }} />);
    const notPrevented = fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'I', shiftKey: true });
    expect(next).toHaveBeenCalledTimes(1);
    expect(markRead).toHaveBeenCalledTimes(1);
    expect(notPrevented).toBe(false);
  });

  it('stays out of the way in a text field, in a dialog, and for Enter on a button', () => {
    const next = vi.fn();
    const open = vi.fn();
    render(<Harness handlers={{ next, open }} />);
    const field = screen.getByRole('searchbox', { name: 'Søk' });
    field.focus();
    fireEvent.keyDown(field, { key: 'j' });
    const inDialog = screen.getByRole('button', { name: 'I dialogen' });
    inDialog.focus();
    fireEvent.keyDown(inDialog, { key: 'j' });
    const button = screen.getByRole('button', { name: 'Knapp' });
    button.focus();
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(next).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    fireEvent.keyDown(button, { key: 'j' });
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('lets a key without a handler through untouched', () => {
    render(<Harness handlers={{}} />);
    expect(fireEvent.keyDown(document.body, { key: '/' })).toBe(true);
  });
});
