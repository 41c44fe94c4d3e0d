import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';

import { signIn } from '../../auth/session';
import { PageHeading } from '../../components/PageHeading';
import { PublicLayout } from '../../components/PublicLayout';
import { useT } from '../../i18n/useT';

/** Where ID-porten sends the browser after sign-out; `state` says why the session ended. */
export function SignedOutRoute() {
  const t = useT();
  const [params] = useSearchParams();
  const reason = params.get('state');
  return (
    <PublicLayout>
      <Stack spacing={2} sx={{ alignItems: 'flex-start', maxWidth: 640 }}>
        <PageHeading title={t('signedOut.heading')}>{t('signedOut.heading')}</PageHeading>
        {reason === 'idle' && <Typography>{t('signedOut.idle')}</Typography>}
        {reason === 'absolute' && <Typography>{t('signedOut.absolute')}</Typography>}
        <Typography>{t('signedOut.body')}</Typography>
        <Button variant="contained" onClick={() => void signIn({ returnTo: '/', silent: false })}>
          {t('signedOut.signIn')}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
