import { useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';

import { anchorAt, readAnchor, saveAnchor, type ScrollAnchor } from './scrollMemory';
import type { ListVirtualizer } from './useListVirtualizer';

interface Options {
  /** The list's URL key (party, folder, filters; not the open instance). */
  key: string;
  /** Rows are rendered (restoring before that would clamp to the top). */
  ready: boolean;
  rows: readonly { id: string }[];
  hasMore: boolean;
  loadMore: () => void;
  virtualizer: ListVirtualizer;
  /** False while the list is hidden (an instance open full page on a phone). */
  active: boolean;
  /** Whether the list is on screen right now (checked when saving, see below). */
  isShown: () => boolean;
}

/** Frames the anchor must stay put before the restore lets go (rows re-measure over a few). */
const STABLE_FRAMES = 10;
const MAX_FRAMES = 90;

/**
 * Remembers which row was at the top of the screen per list key and, when the person comes
 * back with the back or forward button, puts that row back at the same place once it is loaded
 * (loading further pages if it was deeper than the first). The row's position is read from the
 * virtualizer on every frame until it settles, so re-measured heights cannot push it away.
 */
export function useScrollRestore({
  key,
  ready,
  rows,
  hasMore,
  loadMore,
  virtualizer,
  active,
  isShown,
}: Options): void {
  const navigationType = useNavigationType();
  const pending = useRef<{ key: string; anchor: ScrollAnchor } | null>(null);
  const restoring = useRef(false);

  useEffect(() => {
    const anchor = navigationType === 'POP' ? readAnchor(key) : null;
    pending.current = anchor === null ? null : { key, anchor };
  }, [key, navigationType]);

  useEffect(() => {
    const target = pending.current;
    if (!target || target.key !== key || !ready || !active) return;
    const index = rows.findIndex((row) => row.id === target.anchor.id);
    if (index < 0) {
      // Deeper than what is loaded, or gone (deleted since): load on, or give up.
      if (hasMore) loadMore();
      else pending.current = null;
      return;
    }
    pending.current = null;
    restoring.current = true;
    let frames = 0;
    let stable = 0;
    let frame = 0;
    const stop = () => {
      restoring.current = false;
      cancelAnimationFrame(frame);
      window.removeEventListener('wheel', stop);
      window.removeEventListener('touchstart', stop);
      window.removeEventListener('keydown', stop);
      window.removeEventListener('resize', stop);
    };
    // The person taking over (wheel, touch, keys) ends the restore at once, and so does a new
    // window size: every row is measured again for it, and the old place means little.
    window.addEventListener('wheel', stop, { passive: true });
    window.addEventListener('touchstart', stop, { passive: true });
    window.addEventListener('keydown', stop);
    window.addEventListener('resize', stop);
    const place = () => {
      const item = virtualizer.measurementsCache[index];
      if (!item) return stop();
      const top = item.start + target.anchor.delta;
      if (Math.abs(window.scrollY - top) > 1) {
        window.scrollTo({ top, behavior: 'instant' });
        stable = 0;
      } else stable += 1;
      if (stable >= STABLE_FRAMES || ++frames >= MAX_FRAMES) return stop();
      frame = requestAnimationFrame(place);
    };
    place();
  });

  useEffect(() => {
    if (!active) return;
    let frame = 0;
    const onScroll = () => {
      if (frame || pending.current || restoring.current) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // Hiding the list (an instance opening full page) clamps the scroll before `active`
        // turns false; that clamped position is not where the person was.
        if (!isShown() || restoring.current) return;
        const anchor = anchorAt(window.scrollY, virtualizer.measurementsCache);
        if (anchor) saveAnchor(key, anchor);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [key, active, isShown, virtualizer]);
}
