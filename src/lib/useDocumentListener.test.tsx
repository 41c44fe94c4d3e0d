import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useDocumentListener } from './useDocumentListener';

function Listener({ onKey, enabled }: { onKey: (key: string) => void; enabled: boolean }) {
  useDocumentListener('keydown', (event) => onKey(event.key), enabled);
  return null;
}

describe('useDocumentListener', () => {
  it('calls the latest listener while enabled, and nothing once disabled or unmounted', () => {
    const first = vi.fn();
    const second = vi.fn();
    const view = render(<Listener onKey={first} enabled />);
    fireEvent.keyDown(document, { key: 'j' });
    view.rerender(<Listener onKey={second} enabled />);
    fireEvent.keyDown(document, { key: 'k' });
    expect(first.mock.calls).toEqual([['j']]);
    expect(second.mock.calls).toEqual([['k']]);

    view.rerender(<Listener onKey={second} enabled={false} />);
    fireEvent.keyDown(document, { key: 'x' });
    view.rerender(<Listener onKey={second} enabled />);
    view.unmount();
    fireEvent.keyDown(document, { key: 'y' });
    expect(second.mock.calls).toEqual([['k']]);
  });
});
