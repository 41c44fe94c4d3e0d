import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { partiesQueryOptions } from '../../../api/authorization';
import { useIdentity } from '../../../auth/useSession';
import { PageHeading } from '../../../components/PageHeading';
import { useAllPartiesI18n } from '../../../i18n/features/allParties/useAllPartiesT';
import { partyName as displayPartyName } from '../../parties/partyLabels';
import { FilterBar } from '../FilterBar';
import { FolderNav } from '../FolderNav';
import { ListError } from '../ListStates';
import { SearchBox } from '../SearchBox';
import { useFilterOptions } from '../useFilterOptions';
import { useRowTexts } from '../useRowTexts';
import {
  defaultListFilters,
  hasActiveFilters,
  parseListFilters,
  serialiseListFilters,
  type Folder,
  type ListFilters,
} from '../urlState';
import { AllPartiesList } from './AllPartiesList';
import { allPartiesHref } from './allPartiesHref';
import {
  PARTIES_PARAM,
  parseChosenParties,
  readableParties,
  resolveScope,
  serialiseChosenParties,
} from './partyScope';
import { ScopeBar } from './ScopeBar';
import { useAllPartiesList } from './useAllPartiesList';

export interface AllPartiesViewProps {
  folder: Folder;
  /** The URL's query string: filters plus `parties` (the chosen set). */
  search: URLSearchParams;
  open: { partyId: number; instanceGuid: string } | null;
  /** Favourite party ids (the party picker's memory), offered as a quick pick above the cap. */
  favourites?: readonly number[];
  /** The open instance beside the list, composed by the app layer (as in MessageBoxPage). */
  renderInstance: (open: {
    partyId: number;
    instanceGuid: string;
    folder: Folder;
    listPath: string;
  }) => ReactNode;
}

/**
 * `/all/:folder` (and `/all/:folder/:partyId/:instanceGuid`): every readable party's folder
 * merged into one list, or a chosen set above the cap; search, filters and sort as in a single
 * party's list, and the open instance beside the list on wide screens.
 */
export function AllPartiesView({
  folder,
  search,
  open,
  favourites = [],
  renderInstance,
}: AllPartiesViewProps) {
  const { t, language } = useAllPartiesI18n();
  const identity = useIdentity();
  const navigate = useNavigate();
  const filters = useMemo(() => parseListFilters(search), [search]);
  const parties = useQuery(partiesQueryOptions(identity.userId));
  const readable = useMemo(
    () =>
      readableParties(parties.data ?? [], {
        partyId: identity.partyId,
        name: identity.name ?? String(identity.partyId),
      }),
    [parties.data, identity.partyId, identity.name],
  );
  const chosenParam = search.get(PARTIES_PARAM);
  const scope = useMemo(
    () => resolveScope(readable, parseChosenParties(chosenParam)),
    [readable, chosenParam],
  );
  const partyIds = useMemo(
    () => (parties.data && scope.kind !== 'tooMany' ? scope.parties.map((p) => p.partyId) : []),
    [parties.data, scope],
  );
  const list = useAllPartiesList(partyIds, folder, filters);
  const texts = useRowTexts(list.rows, language);
  const options = useFilterOptions(list.rows, filters, texts, language);
  const names = useMemo(
    () => new Map(readable.map((p) => [p.partyId, displayPartyName(p, t)])),
    [readable, t],
  );
  const partyName = useCallback((partyId: number) => names.get(partyId) ?? String(partyId), [names]);

  const withChosen = (params: URLSearchParams) => {
    if (chosenParam) params.set(PARTIES_PARAM, chosenParam);
    return params;
  };
  const hrefWith = (f: Folder, next: ListFilters) =>
    allPartiesHref(f, withChosen(new URLSearchParams(serialiseListFilters(next))));
  const apply = (patch: Partial<ListFilters>) => void navigate(hrefWith(folder, { ...filters, ...patch }));
  const choose = (ids: number[] | null) => {
    const next = new URLSearchParams(search);
    if (ids) next.set(PARTIES_PARAM, serialiseChosenParties(ids));
    else next.delete(PARTIES_PARAM);
    void navigate(allPartiesHref(folder, next));
  };
  const listPath = allPartiesHref(folder, search);
  const clearHref = hrefWith(folder, { ...defaultListFilters, sort: filters.sort });
  const heading = `${t('allParties.heading')}: ${t(`allParties.folder.${folder}`)}`;
  const isOpen = open !== null;

  return (
    <Stack>
      <Box sx={{ display: { xs: isOpen ? 'none' : 'block', md: 'block' } }}>
        <PageHeading title={filters.q ? `${heading} – ${t('title.search', { q: filters.q })}` : heading}>
          {heading}
        </PageHeading>
        <FolderNav
          current={folder}
          hrefOf={(f) => hrefWith(f, { ...defaultListFilters, sort: filters.sort })}
        />
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap' }}>
          <SearchBox value={filters.q} onSearch={(q) => apply({ q })} />
        </Stack>
        <FilterBar
          filters={filters}
          options={options}
          onChange={apply}
          clearHref={hasActiveFilters(filters) ? clearHref : null}
        />
        <Box sx={{ mt: 2 }}>
          {parties.isError && !parties.data ? (
            <ListError onRetry={() => void parties.refetch()} />
          ) : (
            <ScopeBar
              scope={scope}
              readable={readable}
              favourites={favourites}
              onChoose={choose}
              onShowAll={() => choose(null)}
            />
          )}
        </Box>
      </Box>
      {scope.kind !== 'tooMany' && parties.data && (
        <Box
          sx={{
            mt: 1,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: {
              xs: 'minmax(0, 1fr)',
              md: isOpen ? 'minmax(0, 1fr) minmax(0, 1fr)' : 'minmax(0, 1fr)',
            },
            alignItems: 'start',
          }}
        >
          <Box sx={{ display: { xs: isOpen ? 'none' : 'block', md: 'block' }, minWidth: 0 }}>
            <AllPartiesList
              list={list}
              texts={texts}
              folder={folder}
              search={search}
              partyName={partyName}
              open={open}
            />
          </Box>
          {open && (
            <Box sx={{ position: { md: 'sticky' }, top: { md: 16 }, minWidth: 0 }}>
              {renderInstance({ ...open, folder, listPath })}
            </Box>
          )}
        </Box>
      )}
    </Stack>
  );
}
