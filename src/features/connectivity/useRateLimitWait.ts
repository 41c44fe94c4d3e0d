import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';

import { rateLimitedUntil, secondsLeft } from './rateLimitWait';

/** Seconds until a query held back by a 429 tries again; 0 when nothing is waiting. */
export function useRateLimitWait(): number {
  const cache = useQueryClient().getQueryCache();
  const until = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => rateLimitedUntil(cache.getAll()),
    () => 0,
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === 0) return undefined;
    // Four ticks a second, so the count shown is never a whole second behind the clock.
    const first = window.setTimeout(() => setNow(Date.now()), 0);
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [until]);
  return secondsLeft(until, now);
}
