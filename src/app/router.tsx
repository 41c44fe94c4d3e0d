import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { FullPageStatus } from '../components/FullPageStatus';
import { useT } from '../i18n/useT';
import { AppShell } from './layouts/AppShell';
import { RequireSession } from './layouts/RequireSession';
import { CallbackRoute } from './routes/CallbackRoute';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RouteErrorBoundary } from './routes/RouteErrorBoundary';

/*
 * Declarative routes (react-router's BrowserRouter mode, not its data router): the app needs no
 * loaders or actions, and the data router alone weighs about 19 kB gzip more on the first page
 * (issue 7's bundle budget). Sign-in and the callback are components (RequireSession,
 * CallbackRoute); errors are caught by RouteErrorBoundary, which resets on navigation.
 *
 * Pages that are not on the way to the first signed-in page load on demand.
 */
const MessageBoxRoute = lazy(() =>
  import('./routes/MessageBoxRoute').then((m) => ({ default: m.MessageBoxRoute })),
);
const AllPartiesRoute = lazy(() =>
  import('./routes/AllPartiesRoute').then((m) => ({ default: m.AllPartiesRoute })),
);
const AccountRoute = lazy(() => import('./routes/AccountRoute').then((m) => ({ default: m.AccountRoute })));
const SignedOutRoute = lazy(() =>
  import('./routes/SignedOutRoute').then((m) => ({ default: m.SignedOutRoute })),
);
const AccessibilityRoute = lazy(() =>
  import('./routes/AccessibilityRoute').then((m) => ({ default: m.AccessibilityRoute })),
);

function Loading() {
  const t = useT();
  return <FullPageStatus message={t('app.loading')} />;
}

/** A page outside the signed-in frame: its own error page and loading state. */
function PublicPage({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary inShell={false}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

/** A page inside the signed-in frame: an error keeps the header and sign-out. */
function ShellPage({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary inShell>
      <Suspense fallback={null}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/auth/callback"
        element={
          <PublicPage>
            <CallbackRoute />
          </PublicPage>
        }
      />
      <Route
        path="/signed-out"
        element={
          <PublicPage>
            <SignedOutRoute />
          </PublicPage>
        }
      />
      {/* The accessibility statement (issue 7): public, so it can be read signed out as well. */}
      <Route
        path="/accessibility"
        element={
          <PublicPage>
            <AccessibilityRoute />
          </PublicPage>
        }
      />
      <Route
        element={
          <RouteErrorBoundary inShell={false}>
            <RequireSession>
              <AppShell />
            </RequireSession>
          </RouteErrorBoundary>
        }
      >
        {/* `/` goes to the last party's inbox (or the person's own); what it used to show lives on the account page. */}
        <Route
          index
          element={
            <ShellPage>
              <HomeRoute />
            </ShellPage>
          }
        />
        <Route
          path="account"
          element={
            <ShellPage>
              <AccountRoute />
            </ShellPage>
          }
        />
        {/* The message box of one party, and the same list with an instance open beside it: one
            route (optional segment), so opening an instance keeps the list mounted and scrolled. */}
        <Route
          path="parties/:partyId/:folder/:instanceGuid?"
          element={
            <ShellPage>
              <MessageBoxRoute />
            </ShellPage>
          }
        />
        {/* Every party at once (issue 4), with the same optional open instance. */}
        <Route
          path="all/:folder/:partyId?/:instanceGuid?"
          element={
            <ShellPage>
              <AllPartiesRoute />
            </ShellPage>
          }
        />
        <Route
          path="*"
          element={
            <ShellPage>
              <NotFoundRoute />
            </ShellPage>
          }
        />
      </Route>
    </Routes>
  );
}
