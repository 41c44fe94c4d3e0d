import { useEffect, useRef } from 'react';

/**
 * Listens for `type` on the document while `enabled`, always calling the latest `listener`: the
 * listener may close over fresh props and state each render without the document listener being
 * removed and added again each time.
 */
export function useDocumentListener<K extends keyof DocumentEventMap>(
  type: K,
  listener: (event: DocumentEventMap[K]) => void,
  enabled = true,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!enabled) return;
    const handle = (event: DocumentEventMap[K]) => latest.current(event);
    document.addEventListener(type, handle);
    return () => document.removeEventListener(type, handle);
  }, [type, enabled]);
}
