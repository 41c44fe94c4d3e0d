import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

import { useT } from '../../i18n/useT';
import { FLAG_HEADING, FLAG_OWN, type PartyIndex } from './partyIndex';
import { HEADING_HEIGHT, PartyHeadingRow, PartyRow, ROW_HEIGHT } from './PartyRow';
import { isSelectable, SECTION_ALL, SECTION_FAVOURITES, SECTION_RECENT } from './pickerItems';

interface PartyListProps {
  index: PartyIndex;
  items: Int32Array;
  /** Position in `items` of the row in the tab order. */
  active: number;
  onActiveChange: (item: number) => void;
  /** Set when the active row should take focus (after arrow keys), cleared once it has. */
  focusRequest: RefObject<boolean>;
  listId: string;
  label: string;
  currentPartyId: number | null;
  favourites: ReadonlySet<number>;
  searchField: RefObject<HTMLInputElement | null>;
  onChoose: (partyId: number) => void;
  onToggleFavourite: (partyId: number) => void;
}

const SECTION_KEYS = {
  [SECTION_FAVOURITES]: 'partyPicker.section.favourites',
  [SECTION_RECENT]: 'partyPicker.section.recent',
  [SECTION_ALL]: 'partyPicker.section.all',
} as const;

function step(index: PartyIndex, items: Int32Array, from: number, delta: number): number {
  let at = from;
  for (;;) {
    const next = at + Math.sign(delta);
    if (next < 0 || next >= items.length) return at;
    at = next;
    if (isSelectable(index, items[at] ?? -1) && Math.abs(at - from) >= Math.abs(delta)) return at;
  }
}

/**
 * The virtualized list: only the rows in view (plus a few) exist in the DOM, so 100,000 parties
 * cost as little as 20. Keyboard: arrows, Page Up/Down, Home/End move between parties; Up from
 * the first goes back to the search field; typing goes to the search field.
 */
export function PartyList(props: PartyListProps) {
  const { index, items, active, onActiveChange, focusRequest, listId, searchField } = props;
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer returns fresh functions each render by design; nothing here memoises them.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => ((items[i] ?? 0) < 0 ? HEADING_HEIGHT : ROW_HEIGHT),
    overscan: 6,
  });

  useEffect(() => {
    if (!focusRequest.current) return;
    virtualizer.scrollToIndex(active, { align: 'auto' });
    const button = document
      .getElementById(`${listId}-${active}`)
      ?.querySelector<HTMLElement>('[data-choose]');
    if (button) {
      button.focus();
      focusRequest.current = false;
    }
  });

  const move = (to: number) => {
    focusRequest.current = true;
    onActiveChange(to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const delta = moves[event.key];
    if (delta !== undefined) {
      event.preventDefault();
      const to = step(index, items, active, delta);
      if (event.key === 'ArrowUp' && to === active) searchField.current?.focus();
      else move(to);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(step(index, items, event.key === 'Home' ? -1 : items.length, event.key === 'Home' ? 1 : -1));
    } else if (
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      event.key !== ' '
    ) {
      searchField.current?.focus();
    }
  };

  return (
    <Box ref={scroller} sx={{ flex: '1 1 auto', minHeight: 0, overflowY: 'auto', position: 'relative' }}>
      <Box
        component="ul"
        id={listId}
        aria-label={props.label}
        onKeyDown={onKeyDown}
        sx={{ listStyle: 'none', m: 0, p: 0, position: 'relative', height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index] ?? 0;
          const style = {
            position: 'absolute',
            top: 0,
            left: 0,
            right: 0,
            transform: `translateY(${virtual.start}px)`,
          } as const;
          if (item < 0) {
            const key = SECTION_KEYS[item as keyof typeof SECTION_KEYS];
            return (
              <Box
                component="li"
                key={virtual.key}
                style={style}
                sx={{ height: HEADING_HEIGHT, display: 'flex', alignItems: 'flex-end', px: 1.5, pb: 0.5 }}
              >
                <Typography component="h3" variant="subtitle2" sx={{ fontWeight: 700 }}>
                  {t(key)}
                </Typography>
              </Box>
            );
          }
          const party = index.parties[item];
          if (!party) return null;
          const flags = index.flags[item] ?? 0;
          return (
            <li key={virtual.key} id={`${listId}-${virtual.index}`} style={style}>
              {flags & FLAG_HEADING ? (
                <PartyHeadingRow party={party} />
              ) : (
                <PartyRow
                  party={party}
                  nested={(index.parent[item] ?? -1) >= 0}
                  active={virtual.index === active}
                  current={party.partyId === props.currentPartyId}
                  own={(flags & FLAG_OWN) !== 0}
                  favourite={props.favourites.has(party.partyId)}
                  onChoose={() => props.onChoose(party.partyId)}
                  onToggleFavourite={() => {
                    onActiveChange(virtual.index);
                    props.onToggleFavourite(party.partyId);
                  }}
                />
              )}
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
