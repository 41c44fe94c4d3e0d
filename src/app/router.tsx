import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';

import { FullPageStatus } from '../components/FullPageStatus';
import { useT } from '../i18n/useT';
import { AppShell } from './layouts/AppShell';
import { HomeRoute } from './routes/HomeRoute';
import { callbackLoader, protectedLoader } from './routes/loaders';
import { NotFoundRoute } from './routes/NotFoundRoute';

// Pages that are not on the way to the first signed-in page load on demand, to keep that first
// page's JavaScript small.
// Error boundaries are fetched only when an error actually happens (a route's `lazy` would
// fetch them whenever the route matches).
const lazyMessageBox = async () => ({
  Component: (await import('./routes/MessageBoxRoute')).MessageBoxRoute,
});
const lazyAllParties = async () => ({
  Component: (await import('./routes/AllPartiesRoute')).AllPartiesRoute,
});
const lazyAccount = async () => ({ Component: (await import('./routes/AccountRoute')).AccountRoute });
const lazySignedOut = async () => ({ Component: (await import('./routes/SignedOutRoute')).SignedOutRoute });
const lazyAccessibility = async () => ({
  Component: (await import('./routes/AccessibilityRoute')).AccessibilityRoute,
});
const RouteErrorPage = lazy(() => import('./routes/RouteError').then((m) => ({ default: m.RouteError })));
const RouteErrorInShellPage = lazy(() =>
  import('./routes/RouteError').then((m) => ({ default: m.RouteErrorInShell })),
);

function RouteError() {
  return (
    <Suspense fallback={null}>
      <RouteErrorPage />
    </Suspense>
  );
}

function RouteErrorInShell() {
  return (
    <Suspense fallback={null}>
      <RouteErrorInShellPage />
    </Suspense>
  );
}

function Loading() {
  const t = useT();
  return <FullPageStatus message={t('app.loading')} />;
}

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
    { path: '/signed-out', HydrateFallback: SigningIn, lazy: lazySignedOut, ErrorBoundary: RouteError },
    // The accessibility statement (issue 7): public, so it can be read signed out as well.
    { path: '/accessibility', HydrateFallback: Loading, lazy: lazyAccessibility, ErrorBoundary: RouteError },
    {
      id: 'signed-in',
      loader: protectedLoader,
      Component: AppShell,
      HydrateFallback: SigningIn,
      ErrorBoundary: RouteError,
      children: [
        // `/` goes to the last party's inbox (or the person's own); what it used to show lives
        // on the account page.
        { index: true, Component: HomeRoute, ErrorBoundary: RouteErrorInShell },
        { path: 'account', lazy: lazyAccount, ErrorBoundary: RouteErrorInShell },
        // The message box of one party, and the same list with an instance open beside it: one
        // route (optional segment), so opening an instance keeps the list mounted and scrolled.
        {
          path: 'parties/:partyId/:folder/:instanceGuid?',
          lazy: lazyMessageBox,
          ErrorBoundary: RouteErrorInShell,
        },
        // Every party at once (issue 4), with the same optional open instance.
        {
          path: 'all/:folder/:partyId?/:instanceGuid?',
          lazy: lazyAllParties,
          ErrorBoundary: RouteErrorInShell,
        },
        { path: '*', Component: NotFoundRoute, ErrorBoundary: RouteErrorInShell },
      ],
    },
  ]);
}
