import { useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';

import { completeSignIn } from '../../auth/session';
import { FullPageStatus } from '../../components/FullPageStatus';
import { useT } from '../../i18n/useT';

/** The authorization response being finished: one exchange per response, however often React mounts. */
let finishing: { href: string; result: Promise<string> } | null = null;

function finishOnce(href: string): Promise<string> {
  if (finishing?.href !== href) finishing = { href, result: completeSignIn(href) };
  return finishing.result;
}

function isAuthorizationResponse(href: string): boolean {
  const params = new URL(href).searchParams;
  return params.has('code') || params.has('error');
}

/** /auth/callback: finish the sign-in, then replace the callback URL (its code is single-use). */
export function CallbackRoute() {
  const t = useT();
  const navigate = useNavigate();
  // Read once: the address bar is cleaned below, before the exchange starts.
  const [href] = useState(() => window.location.href);
  const responded = isAuthorizationResponse(href);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    if (!responded) return;
    // The code is single-use and useless once read, but it has no business in the address bar
    // or history while the exchange runs or if it fails.
    window.history.replaceState(window.history.state, '', '/auth/callback');
    let current = true;
    finishOnce(href).then(
      // Pushed, not replaced: the stripped callback entry stays behind it, so Back from the first
      // page lands here and goes on to `/` (or a new sign-in), never on ID-porten's spent login page.
      (returnTo) => {
        if (current) void navigate(returnTo);
      },
      (error: unknown) => {
        if (current) setFailure({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [href, responded, navigate]);

  if (failure) throw failure.error;
  // Reached through the back button after the code was stripped: nothing to finish here.
  if (!responded) return <Navigate to="/" replace />;
  return <FullPageStatus message={t('auth.signingIn')} />;
}
