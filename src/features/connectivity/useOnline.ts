import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/**
 * Whether the browser says it is online, as React Query sees it: its onlineManager pauses
 * queries and mutations while offline and resumes them on the `online` event, so the banner and
 * the pausing can never disagree.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => onlineManager.subscribe(onChange),
    () => onlineManager.isOnline(),
    () => true,
  );
}
