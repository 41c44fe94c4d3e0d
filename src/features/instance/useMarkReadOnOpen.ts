import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import type { InstanceDetail } from '../../api/instance';
import { setReadStatus } from '../../api/instanceActions';
import { queryKeys } from '../../api/queryKeys';

/**
 * Opening an instance marks it read, once per open: a later "mark as unread" must stick while
 * the view stays open, so the guard is per mounted view, not per data change.
 */
export function useMarkReadOnOpen(instance: InstanceDetail | undefined): void {
  const queryClient = useQueryClient();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!instance || done.current === instance.guid) return;
    done.current = instance.guid;
    if (instance.status.readStatus === 'Read') return;
    const { partyId, guid } = instance;
    setReadStatus(partyId, guid, 'Read')
      // Every list of this party shows the read state; its keys all start with the party.
      .then(() => queryClient.invalidateQueries({ queryKey: queryKeys.party(partyId) }))
      .catch(() => {
        // Not being marked read is harmless: the list keeps its bold row until the next open.
      });
  }, [instance, queryClient]);
}
