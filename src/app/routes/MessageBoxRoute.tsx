import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useParams } from 'react-router';

import { partiesQueryOptions } from '../../api/authorization';
import { useIdentity } from '../../auth/useSession';
import { MessageBoxPage } from '../../features/messagebox/MessageBoxPage';
import { parseListFilters, parseMessageBoxRoute } from '../../features/messagebox/urlState';
import { countActableParties, findParty } from '../../features/parties/partyTree';
import { partyName as displayPartyName } from '../../features/parties/partyLabels';
import { useDisplayName } from '../../features/session/useDisplayName';
import { useT } from '../../i18n/useT';
import { loadOnce } from '../../lib/loadOnce';
import type * as ExtrasModule from './MessageBoxExtras';
import { NotFoundView } from './NotFoundRoute';

type Extras = typeof ExtrasModule;

// The instance view and the downloads are not needed for the first inbox row (bundle budget,
// issue 7): fetched when an instance is open or the archive shows, and ahead of that when the
// pointer or focus enters the list; rendered directly once there. Not React.lazy: a suspended
// first render waits out React's 300 ms fallback throttle on the first opening.
// A failed chunk load is not remembered (loadOnce): the next attempt imports again.
const extrasLoader = loadOnce<Extras>(() => import('./MessageBoxExtras'));

interface ExtrasState {
  extras: Extras | null;
  /** The code could not be fetched; `retry` tries again (and so does coming back online). */
  failed: boolean;
  retry: () => void;
  prefetch: () => void;
}

function useExtras(needed: boolean): ExtrasState {
  const [extras, setExtras] = useState(() => extrasLoader.loaded());
  const [wanted, setWanted] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!(needed || wanted) || extras) return;
    let live = true;
    extrasLoader.load().then(
      (module) => live && (setFailed(false), setExtras(() => module)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, wanted, extras, attempt]);
  useEffect(() => {
    if (!failed) return;
    const again = () => setAttempt((n) => n + 1);
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [failed]);
  return { extras, failed, retry: () => setAttempt((n) => n + 1), prefetch: () => setWanted(true) };
}

/**
 * `/parties/:partyId/:folder` and `/parties/:partyId/:folder/:instanceGuid`: the message box of
 * the party in the URL. Everything comes from the URL, so a link reproduces the view.
 */
export function MessageBoxRoute() {
  const t = useT();
  const params = useParams();
  const location = useLocation();
  const identity = useIdentity();
  const ownName = useDisplayName();
  const parties = useQuery(partiesQueryOptions(identity.userId));
  const manyParties = useMemo(
    () => (parties.data ? countActableParties(parties.data, identity.partyId) > 1 : false),
    [parties.data, identity.partyId],
  );
  const route = parseMessageBoxRoute(params);
  const { extras, failed, retry, prefetch } = useExtras(
    Boolean(route?.instanceGuid) || route?.folder === 'archive',
  );
  if (!route) return <NotFoundView />;
  const party = parties.data ? findParty(parties.data, route.partyId) : null;
  const partyName =
    (party ? displayPartyName(party, t) : null) ||
    (route.partyId === identity.partyId
      ? ownName
      : parties.isPending
        ? t('app.loading')
        : String(route.partyId));
  return (
    <Box sx={{ display: 'contents' }} onPointerOver={prefetch} onFocus={prefetch}>
      {route.folder === 'archive' && extras && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <extras.ExportArchiveButton partyId={route.partyId} partyName={partyName} />
        </Box>
      )}
      <MessageBoxPage
        // A different party or folder is a different page: fresh list state, focus to its heading.
        key={`${route.partyId}/${route.folder}`}
        partyId={route.partyId}
        partyName={partyName}
        folder={route.folder}
        filters={parseListFilters(location.search)}
        instanceGuid={route.instanceGuid}
        allPartiesHref={manyParties ? `/all/${route.folder}` : null}
        renderInstance={(open) =>
          extras ? (
            <extras.MessageBoxInstance {...open} />
          ) : failed ? (
            <Box role="alert" sx={{ p: 2 }}>
              <p>{t('fault.network')}</p>
              <Button variant="outlined" onClick={retry}>
                {t('instance.retry')}
              </Button>
            </Box>
          ) : (
            <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 2 }}>
              <CircularProgress size={20} aria-hidden="true" />
              {t('app.loading')}
            </Box>
          )
        }
      />
    </Box>
  );
}
