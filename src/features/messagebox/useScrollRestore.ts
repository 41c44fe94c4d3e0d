import { useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';

import { readScroll, saveScroll } from './scrollMemory';

interface Options {
  /** The list's URL key (party, folder, filters; not the open instance). */
  key: string;
  /** Rows are rendered (restoring before that would clamp to the top). */
  ready: boolean;
  /** The page is tall enough to reach `offset`, or nothing more can load. */
  canReach: (offset: number) => boolean;
  loadMore: () => void;
  /** False while the list is hidden (an instance open full page on a phone). */
  active: boolean;
  /** Whether the list is on screen right now (checked when saving, see below). */
  isShown: () => boolean;
}

/**
 * Remembers the window's scroll per list key and, when the person comes back with the back or
 * forward button, restores it once the rows are there, loading further pages if the old
 * position was deeper than the first one.
 */
export function useScrollRestore({ key, ready, canReach, loadMore, active, isShown }: Options): void {
  const navigationType = useNavigationType();
  const pending = useRef<{ key: string; offset: number } | null>(null);

  useEffect(() => {
    const offset = navigationType === 'POP' ? readScroll(key) : null;
    pending.current = offset === null ? null : { key, offset };
  }, [key, navigationType]);

  useEffect(() => {
    const target = pending.current;
    if (!target || target.key !== key || !ready || !active) return;
    if (canReach(target.offset)) {
      window.scrollTo({ top: target.offset, behavior: 'instant' });
      pending.current = null;
      // The virtualizer re-measures rows over the next frames (estimated → real heights, or
      // heights lost while the list was hidden) and nudges the scroll to keep a row in place;
      // hold the restored position while that settles (about a third of a second).
      let frames = 0;
      const hold = () => {
        if (Math.abs(window.scrollY - target.offset) > 1)
          window.scrollTo({ top: target.offset, behavior: 'instant' });
        if (++frames < 20) requestAnimationFrame(hold);
      };
      requestAnimationFrame(hold);
    } else {
      loadMore();
    }
  });

  useEffect(() => {
    if (!active) return;
    let frame = 0;
    const onScroll = () => {
      if (frame || pending.current) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // Hiding the list (an instance opening full page) clamps the scroll before `active`
        // turns false; that clamped position is not where the person was.
        if (isShown()) saveScroll(key, window.scrollY);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [key, active, isShown]);
}
