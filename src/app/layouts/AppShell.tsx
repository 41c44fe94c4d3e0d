import Container from '@mui/material/Container';
import { Outlet } from 'react-router';

import { useSession } from '../../auth/useSession';
import { AppFooter } from '../../components/AppFooter';
import { FullPageStatus } from '../../components/FullPageStatus';
import { MAIN_ID, SkipLink } from '../../components/SkipLink';
import { ConnectivityBanner } from '../../features/connectivity/ConnectivityBanner';
import { SessionGuard } from '../../features/session/SessionGuard';
import { useT } from '../../i18n/useT';
import { AppHeader } from './AppHeader';
import { ProfileLanguageSeed } from './ProfileLanguageSeed';

/**
 * The signed-in frame. The moment a sign-out or re-sign-in starts, everything private is
 * replaced by a neutral status page, so neither the back button nor the page cache can show it.
 */
export function AppShell() {
  const t = useT();
  const session = useSession();
  if (session.status === 'ending') return <FullPageStatus message={t('auth.signingOut')} />;
  if (session.status !== 'active') return <FullPageStatus message={t('auth.signingIn')} />;
  return (
    <>
      <SkipLink />
      <AppHeader />
      <Container component="main" id={MAIN_ID} tabIndex={-1} maxWidth="lg" sx={{ py: 4 }}>
        <ConnectivityBanner />
        <Outlet />
      </Container>
      <AppFooter maxWidth="lg" />
      <SessionGuard />
      <ProfileLanguageSeed userId={session.identity.userId} />
    </>
  );
}
