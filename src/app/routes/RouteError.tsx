import Button from '@mui/material/Button';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';

import { signIn } from '../../auth/session';
import { isSignInError, type SignInErrorCode } from '../../auth/signInError';
import { ErrorView } from '../../components/ErrorView';
import { PublicLayout } from '../../components/PublicLayout';
import type { MessageKey } from '../../i18n/messages/nb';
import { useT } from '../../i18n/useT';
import { NotFoundView } from './NotFoundRoute';

const SIGN_IN_MESSAGES: Record<SignInErrorCode, [MessageKey, MessageKey]> = {
  failed: ['auth.callbackFailed.title', 'auth.callbackFailed.body'],
  loop: ['auth.callbackFailed.title', 'auth.callbackFailed.body'],
  acrTooLow: ['auth.acrTooLow.title', 'auth.acrTooLow.body'],
  notRegistered: ['auth.notRegistered.title', 'auth.notRegistered.body'],
};

function RouteErrorContent() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundView />;
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

/** The error element for routes outside the signed-in frame (or when the frame itself failed). */
export function RouteError() {
  return (
    <PublicLayout>
      <RouteErrorContent />
    </PublicLayout>
  );
}

/** The error element for pages inside the signed-in frame: the header and sign-out stay. */
export function RouteErrorInShell() {
  return <RouteErrorContent />;
}
