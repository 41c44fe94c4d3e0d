import { redirect, type LoaderFunctionArgs } from 'react-router';

import { completeSignIn, requireSession } from '../../auth/session';

/** Every signed-in page: an active session, or a (silent) sign-in that comes back to this URL. */
export async function protectedLoader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // The hash never reaches a loader's request; take it from the address bar on a first load.
  const hash = url.pathname === window.location.pathname ? window.location.hash : '';
  await requireSession(`${url.pathname}${url.search}${hash}`);
  return null;
}

/** /auth/callback: finish the sign-in, then replace the callback URL (its code is single-use). */
export async function callbackLoader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  // Reached through the back button after the code was stripped: nothing to finish here.
  if (!params.has('code') && !params.has('error')) return redirect('/');
  // The code is single-use and useless once read, but it has no business in the address bar or
  // history while the exchange runs or if it fails.
  window.history.replaceState(window.history.state, '', '/auth/callback');
  const returnTo = await completeSignIn(request.url);
  return redirect(returnTo);
}
