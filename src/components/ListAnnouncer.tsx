import { useEffect, useRef, useState } from 'react';

import { useT } from '../i18n/useT';
import { announceListChange, type ListSnapshot } from './listAnnouncement';
import { VisuallyHidden } from './VisuallyHidden';

interface Props {
  /** Party, folder and filters: a new key is announced as a new list. */
  listKey: string;
  ids: readonly string[];
  /** False while the first page is loading or failed: nothing is said about rows not shown. */
  ready: boolean;
  hasMore: boolean;
}

/**
 * A polite live region for a list of messages: "Showing 20 messages." when a list (or a search,
 * or a filter) has loaded, "2 new messages." when a background refresh brings rows. It is
 * mounted before anything is said, so screen readers know the region and read its changes.
 */
export function ListAnnouncer({ listKey, ids, ready, hasMore }: Props) {
  const t = useT();
  const previous = useRef<ListSnapshot | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!ready) return;
    const current = { key: listKey, ids };
    const change = announceListChange(previous.current, current, hasMore);
    previous.current = current;
    // An empty list says so itself (its empty state is a status message).
    if (change === null || (change.kind === 'shown' && change.count === 0)) return;
    const text =
      change.kind === 'new'
        ? t(change.count === 1 ? 'announce.new.one' : 'announce.new.other', { count: change.count })
        : change.more
          ? t('announce.shownMore', { count: change.count })
          : t(change.count === 1 ? 'announce.shown.one' : 'announce.shown.other', { count: change.count });
    // The same sentence twice in a row would not be read again; a trailing no-break space makes
    // the second one a change.
    setSaid((before) => (before === text ? `${text}\u00a0` : text));
  }, [listKey, ids, ready, hasMore, t]);
  return (
    <div role="status" data-testid="list-announcer">
      <VisuallyHidden>{said}</VisuallyHidden>
    </div>
  );
}
