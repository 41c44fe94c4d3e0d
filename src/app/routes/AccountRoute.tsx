import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

import { requestStepUp } from '../../auth/session';
import { useIdentity } from '../../auth/useSession';
import { PageHeading } from '../../components/PageHeading';
import { PartiesSummary } from '../../features/parties/PartiesSummary';
import { ActingParty } from '../../features/parties/ActingParty';
import { useDisplayName } from '../../features/session/useDisplayName';
import { useAccountT } from '../../i18n/features/account/useAccountT';
import { maskIdentityNumber } from '../../lib/maskIdentityNumber';

/**
 * `/account`: who is signed in, at which security level (with the step-up), and whom they can
 * act for. Reached from the header; `/` itself goes straight to a message box.
 */
export function AccountRoute() {
  const t = useAccountT();
  const identity = useIdentity();
  const name = useDisplayName();
  const partiesHeadingId = useId();
  const level = identity.authLevel >= 4 ? t('home.authLevel.4') : t('home.authLevel.3');
  return (
    <Stack spacing={3}>
      <PageHeading title={t('account.heading')}>{t('account.heading')}</PageHeading>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" sx={{ mb: 1.5 }}>
          {t('home.whoHeading')}
        </Typography>
        <Stack component="dl" spacing={1} sx={{ m: 0, '& dt': { fontWeight: 600 }, '& dd': { m: 0 } }}>
          <div>
            <dt>{t('home.name')}</dt>
            <dd>{name}</dd>
          </div>
          {identity.pid && (
            <div>
              <dt>{t('home.identityNumber')}</dt>
              <dd>{maskIdentityNumber(identity.pid)}</dd>
            </div>
          )}
          <div>
            <dt>{t('home.authLevel')}</dt>
            <dd>{level}</dd>
          </div>
        </Stack>
        {identity.authLevel < 4 && (
          <Button variant="outlined" sx={{ mt: 1.5 }} onClick={() => void requestStepUp()}>
            {t('home.stepUp')}
          </Button>
        )}
        <Stack sx={{ mt: 2 }}>
          <ActingParty fallbackName={name} />
        </Stack>
      </Paper>
      <Paper
        variant="outlined"
        component="section"
        aria-labelledby={partiesHeadingId}
        sx={{ p: { xs: 2, sm: 3 } }}
      >
        <Typography variant="h2" id={partiesHeadingId} sx={{ mb: 1.5 }}>
          {t('home.partiesHeading')}
        </Typography>
        <PartiesSummary headingId={partiesHeadingId} />
      </Paper>
    </Stack>
  );
}
