import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { partiesQueryOptions, type Party } from '../../api/authorization';
import { useIdentity } from '../../auth/useSession';
import { useAccountT } from '../../i18n/features/account/useAccountT';
import { maskIdentityNumber } from '../../lib/maskIdentityNumber';
import { partyName } from './partyLabels';
import { actablePartyIds, countActableParties } from './partyTree';

const SHOWN = 8;

function PartyRow({ party }: { party: Party }) {
  const t = useAccountT();
  const kind = t(
    party.kind === 'person'
      ? 'party.person'
      : party.kind === 'subunit'
        ? 'party.subunit'
        : party.kind === 'selfIdentified'
          ? 'party.selfIdentified'
          : 'party.organisation',
  );
  const details = [
    kind,
    party.orgNumber ? t('party.orgNumber', { orgNumber: party.orgNumber }) : null,
    party.ssn ? maskIdentityNumber(party.ssn) : null,
    party.children.length > 0
      ? t(party.children.length === 1 ? 'home.subunits.one' : 'home.subunits.other', {
          count: party.children.length,
        })
      : null,
    party.isDeleted ? t('party.deleted') : null,
  ].filter(Boolean);
  return (
    <ListItem divider sx={{ px: 0 }}>
      <ListItemText primary={partyName(party, t)} secondary={details.join(' · ')} />
    </ListItem>
  );
}

/** The account page's short overview of whom the person can act for. */
export function PartiesSummary({ headingId }: { headingId: string }) {
  const t = useAccountT();
  const identity = useIdentity();
  const parties = useQuery(partiesQueryOptions(identity.userId));

  if (parties.isPending) return <Typography role="status">{t('home.partiesLoading')}</Typography>;
  if (parties.isError) {
    return (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography role="alert">{t('home.partiesError')}</Typography>
        <Button variant="outlined" onClick={() => void parties.refetch()}>
          {t('home.partiesRetry')}
        </Button>
      </Stack>
    );
  }
  const count = countActableParties(parties.data, identity.partyId);
  if (count <= 1) return <Typography>{t('home.onlyYourself')}</Typography>;
  // "N parties" and "and N more" count the same way: every party one can act for, subunits
  // included, so the rest is what the shown rows (with their subunits) do not cover.
  const shown = parties.data.slice(0, SHOWN);
  const rest = count - actablePartyIds(shown, new Set([identity.partyId])).size;
  return (
    <>
      <Typography>
        {t(count === 1 ? 'home.partiesCount.one' : 'home.partiesCount.other', { count })}{' '}
        {t('home.partiesCountNote')}
      </Typography>
      <List aria-labelledby={headingId} sx={{ bgcolor: 'background.paper', borderRadius: 1, px: 2, mt: 1 }}>
        {shown.map((party) => (
          <PartyRow key={party.partyId} party={party} />
        ))}
      </List>
      {rest > 0 && (
        <Typography sx={{ mt: 1 }}>
          {t(rest === 1 ? 'home.moreParties.one' : 'home.moreParties.other', { count: rest })}
        </Typography>
      )}
    </>
  );
}
