import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';

import { partiesQueryOptions } from '../../api/authorization';
import { useIdentity } from '../../auth/useSession';
import { lastUsedPartyId } from '../../features/parties/partyMemory';
import { HOME_REDIRECT_STATE, partyBoxPath } from '../../features/parties/partyPaths';
import { canActFor } from '../../features/parties/partyTree';
import { useT } from '../../i18n/useT';

/**
 * `/`: straight to a message box. The last party used, if the person may still act for it
 * (access can be withdrawn between visits), else their own inbox. If the parties list cannot be
 * fetched the own inbox is the safe choice: a person can always act for themselves.
 */
export function HomeRoute() {
  const t = useT();
  const identity = useIdentity();
  const last = lastUsedPartyId(identity.userId);
  const parties = useQuery({ ...partiesQueryOptions(identity.userId), enabled: last !== null });
  if (last !== null && parties.isPending)
    return <Typography role="status">{t('home.redirecting')}</Typography>;
  const target = last !== null && parties.data && canActFor(parties.data, last) ? last : identity.partyId;
  // Marked, so the party picker does not count this landing as the person choosing the party.
  return <Navigate to={partyBoxPath(target, 'inbox')} replace state={HOME_REDIRECT_STATE} />;
}
