import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { clearDrafts, saveDrafts, takeDraft, useDraftState } from './drafts';

function SearchField() {
  const [value, setValue] = useDraftState('test.search');
  return <input aria-label="Search" value={value} onChange={(e) => setValue(e.target.value)} />;
}

describe('drafts', () => {
  afterEach(() => window.sessionStorage.clear());

  it('saves typed text before a redirect and restores it once after', async () => {
    const first = render(<SearchField />);
    await userEvent.type(screen.getByLabelText('Search'), 'skattemelding');
    act(() => saveDrafts());
    first.unmount();

    render(<SearchField />);
    expect(screen.getByLabelText('Search')).toHaveValue('skattemelding');
    expect(takeDraft('test.search')).toBeNull();
  });

  it('does not store empty fields', () => {
    const view = render(<SearchField />);
    act(() => saveDrafts());
    expect(window.sessionStorage.getItem('innboks.draft.test.search')).toBeNull();
    view.unmount();
  });

  it('clearDrafts removes only drafts', () => {
    window.sessionStorage.setItem('innboks.draft.a', 'x');
    window.sessionStorage.setItem('oidc.something', 'y');
    clearDrafts();
    expect(window.sessionStorage.getItem('innboks.draft.a')).toBeNull();
    expect(window.sessionStorage.getItem('oidc.something')).toBe('y');
  });
});
