import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useSystemMedia } from './themePreference';

/** A matchMedia whose answer the test changes, telling listeners as a browser would. */
function fakeMatchMedia(initial: boolean) {
  let matches = initial;
  const listeners = new Set<() => void>();
  const matchMedia = vi.fn(
    (query: string) =>
      ({
        get matches() {
          return matches;
        },
        media: query,
        addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList,
  );
  return {
    matchMedia,
    listeners,
    set(value: boolean) {
      matches = value;
      for (const listener of listeners) listener();
    },
  };
}

describe('useSystemMedia', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('answers on the first render, so the first paint has the system scheme', () => {
    const media = fakeMatchMedia(true);
    window.matchMedia = media.matchMedia;
    const { result } = renderHook(() => useSystemMedia('(prefers-color-scheme: dark)'));
    expect(result.current).toBe(true);
    expect(media.matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
  });

  it('follows a change of the system setting and stops listening when unmounted', () => {
    const media = fakeMatchMedia(false);
    window.matchMedia = media.matchMedia;
    const { result, unmount } = renderHook(() => useSystemMedia('(prefers-reduced-motion: reduce)'));
    expect(result.current).toBe(false);
    act(() => media.set(true));
    expect(result.current).toBe(true);
    act(() => media.set(false));
    expect(result.current).toBe(false);
    unmount();
    expect(media.listeners.size).toBe(0);
  });
});
