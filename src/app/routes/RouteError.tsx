import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';

import { signIn } from '../../auth/session';
import { isSignInError, type SignInErrorCode } from '../../auth/signInError';
import { ErrorView } from '../../components/ErrorView';
import { PublicLayout } from '../../components/PublicLayout';
import type { MessageKey } from '../../i18n/messages/nb';
import { useT } from '../../i18n/useT';

const SIGN_IN_MESSAGES: Record<SignInErrorCode, [MessageKey, MessageKey]> = {
  failed: ['auth.callbackFailed.title', 'auth.callbackFailed.body'],
  loop: ['auth.callbackFailed.title', 'auth.callbackFailed.body'],
  acrTooLow: ['auth.acrTooLow.title', 'auth.acrTooLow.body'],
  notRegistered: ['auth.notRegistered.title', 'auth.notRegistered.body'],
};

function RouteErrorContent({ error }: { error: unknown }) {
  const t = useT();
  if (isSignInError(error)) {
    const [title, body] = SIGN_IN_MESSAGES[error.code];
    return (
      <ErrorView
        title={t(title)}
        body={t(body)}
        actions={
          <Button
            variant="contained"
            onClick={() =>
              void signIn({ returnTo: error.retry?.returnTo ?? '/', acr: error.retry?.acr, silent: false })
            }
          >
            {t('auth.tryAgain')}
          </Button>
        }
      />
    );
  }
  // Whatever the error says stays out of the page: it may be technical or echo request data.
  return (
    <ErrorView
      title={t('error.heading')}
      body={t('error.body')}
      actions={
        <>
          <Button variant="contained" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </Button>
          <Button component={RouterLink} to="/" variant="outlined">
            {t('error.home')}
          </Button>
        </>
      }
    />
  );
}

interface Props {
  error: unknown;
  /** Inside the signed-in frame the header and sign-out stay; outside, a public page frames it. */
  inShell: boolean;
}

/** What a page shows when it failed: sign-in problems with a way to try again, else a neutral error. */
export function RouteError({ error, inShell }: Props) {
  if (inShell) return <RouteErrorContent error={error} />;
  return (
    <PublicLayout>
      <RouteErrorContent error={error} />
    </PublicLayout>
  );
}
