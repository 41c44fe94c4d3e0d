import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { partiesQueryOptions } from '../../api/authorization';
import { useIdentity } from '../../auth/useSession';
import { useT } from '../../i18n/useT';
import { findParty } from './partyTree';

/**
 * Which party the person acts for. For now always their own party; this is the slot the party
 * picker (a later issue) replaces, so it only needs the party id to show.
 */
export function ActingParty({ fallbackName }: { fallbackName: string }) {
  const t = useT();
  const identity = useIdentity();
  const parties = useQuery(partiesQueryOptions(identity.userId));
  const party = parties.data ? findParty(parties.data, identity.partyId) : null;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" component="p" sx={{ opacity: 0.85 }}>
        {t('header.actingFor')}
      </Typography>
      <Typography
        component="p"
        sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
        data-party-id={identity.partyId}
      >
        {party?.name || fallbackName}
      </Typography>
    </Box>
  );
}
