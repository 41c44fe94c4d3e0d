import { createBrowserRouter } from 'react-router';

import { FullPageStatus } from '../components/FullPageStatus';
import { useT } from '../i18n/useT';
import { AppShell } from './layouts/AppShell';
import { HomeRoute } from './routes/HomeRoute';
import { callbackLoader, protectedLoader } from './routes/loaders';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RouteError, RouteErrorInShell } from './routes/RouteError';
import { SignedOutRoute } from './routes/SignedOutRoute';

function SigningIn() {
  const t = useT();
  return <FullPageStatus message={t('auth.signingIn')} />;
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/auth/callback',
      loader: callbackLoader,
      Component: SigningIn,
      HydrateFallback: SigningIn,
      ErrorBoundary: RouteError,
    },
    { path: '/signed-out', Component: SignedOutRoute, ErrorBoundary: RouteError },
    {
      id: 'signed-in',
      loader: protectedLoader,
      Component: AppShell,
      HydrateFallback: SigningIn,
      ErrorBoundary: RouteError,
      children: [
        { index: true, Component: HomeRoute, ErrorBoundary: RouteErrorInShell },
        { path: '*', Component: NotFoundRoute, ErrorBoundary: RouteErrorInShell },
      ],
    },
  ]);
}
