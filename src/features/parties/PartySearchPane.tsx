import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import {
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type RefObject,
} from 'react';

import { OutlinedField } from '../../components/OutlinedField';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useT } from '../../i18n/useT';
import type { PartyIndex } from './partyIndex';
import { readPartyMemory, subscribePartyMemory, toggleFavourite } from './partyMemory';
import { PartyList } from './PartyList';
import { createIncrementalSearch } from './partySearch';
import { isSelectable, pickerItems } from './pickerItems';

interface PartySearchPaneProps {
  index: PartyIndex;
  userId: number;
  currentPartyId: number | null;
  searchField: RefObject<HTMLInputElement | null>;
  onChoose: (partyId: number) => void;
}

const ANNOUNCE_DELAY_MS = 600;

function firstSelectable(index: PartyIndex, items: Int32Array): number {
  for (let i = 0; i < items.length; i += 1) if (isSelectable(index, items[i] ?? -1)) return i;
  return 0;
}

/** Search field, "show deleted" switch, match count (announced, debounced) and the list. */
export function PartySearchPane({
  index,
  userId,
  currentPartyId,
  searchField,
  onChoose,
}: PartySearchPaneProps) {
  const t = useT();
  const listId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [showDeleted, setShowDeleted] = useState(index.allDeleted);
  const [search] = useState(() => createIncrementalSearch(index));
  const memory = useSyncExternalStore(subscribePartyMemory, () => readPartyMemory(userId));
  const result = useMemo(() => search(query, showDeleted), [search, query, showDeleted]);
  // The sections are read once per opening: starring a party must not shift the list under the pointer.
  const [sectionMemory] = useState(() => readPartyMemory(userId));
  const items = useMemo(() => pickerItems(index, result, sectionMemory), [index, result, sectionMemory]);
  const favourites = useMemo(() => new Set(memory.favourites), [memory]);
  // -1: the first party in the list (after a new query the old position means nothing).
  const [active, setActive] = useState(-1);
  const activeItem =
    active < 0 ? firstSelectable(index, items) : Math.min(active, Math.max(items.length - 1, 0));
  const focusRequest = useRef(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const count = result.matches.length;
  const countText =
    count === 0
      ? t('partyPicker.matches.zero')
      : t(count === 1 ? 'partyPicker.matches.one' : 'partyPicker.matches.other', {
          count: count.toLocaleString('nb-NO'),
        });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    // Announce the count once typing pauses, not on every key (a screen reader would stutter).
    const timer = setTimeout(() => setAnnounced(result.query === '' ? '' : countText), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText, result.query]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      const button = document
        .getElementById(`${listId}-${activeItem}`)
        ?.querySelector<HTMLElement>('[data-choose]');
      if (button) button.focus();
      else {
        // Scrolled out of the rendered window: the list scrolls to it and focuses it after rendering.
        focusRequest.current = true;
        setActive(activeItem);
        rerender();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const row = items[firstSelectable(index, items)] ?? -1;
      const party = isSelectable(index, row) ? index.parties[row] : undefined;
      if (party) onChoose(party.partyId);
    }
  };

  return (
    <>
      <OutlinedField
        inputRef={searchField}
        type="search"
        label={t('partyPicker.search')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
        }}
        sx={{ mt: 1, display: 'flex' }}
        htmlInput={{
          autoFocus: true,
          autoComplete: 'off',
          spellCheck: false,
          onKeyDown: onSearchKeyDown,
          'aria-describedby': hintId,
          'aria-controls': listId,
        }}
      />
      <VisuallyHidden>
        <span id={hintId}>{t('partyPicker.searchHint')}</span>
      </VisuallyHidden>
      <VisuallyHidden>
        <span role="status">{announced}</span>
      </VisuallyHidden>
      {(index.hasDeleted || result.query !== '') && (
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            columnGap: 16,
          }}
        >
          {index.hasDeleted ? (
            <FormControlLabel
              control={
                <Switch
                  checked={showDeleted}
                  onChange={(event) => {
                    setShowDeleted(event.target.checked);
                    setActive(-1);
                  }}
                />
              }
              label={t('partyPicker.showDeleted')}
            />
          ) : (
            <span />
          )}
          {result.query !== '' && (
            <Typography variant="body2" aria-hidden="true" data-testid="party-match-count">
              {countText}
            </Typography>
          )}
        </div>
      )}
      <PartyList
        index={index}
        items={items}
        active={activeItem}
        onActiveChange={setActive}
        focusRequest={focusRequest}
        listId={listId}
        label={t(result.query === '' ? 'partyPicker.list' : 'partyPicker.section.results')}
        currentPartyId={currentPartyId}
        favourites={favourites}
        searchField={searchField}
        onChoose={onChoose}
        onToggleFavourite={(partyId) => toggleFavourite(userId, partyId)}
      />
    </>
  );
}
