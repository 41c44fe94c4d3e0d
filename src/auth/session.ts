import { ErrorResponse, type User } from 'oidc-client-ts';

import { exchangeIdPortenToken, refreshAltinnToken } from '../api/authentication';
import { hasStatus } from '../api/errors';
import type { AcrValue, RuntimeConfig } from '../config/runtimeConfig';
import { clearDrafts, saveDrafts } from '../lib/drafts';
import { clearAltinnToken, getAltinnToken, registerRenewer, setAltinnToken } from './altinnToken';
import { readAltinnClaims } from './altinnClaims';
import { getLastActivityAt, markActive, startActivityTracking } from './activity';
import { postEndSession } from './endSession';
import { checkIdTokenClaims } from './idTokenChecks';
import { clearReauthentications, recordReauthentication } from './reauthGuard';
import { limitsFromConfig, type SessionLimits } from './sessionClock';
import { getSessionSnapshot, setSessionSnapshot, type SessionIdentity } from './sessionStore';
import { SignInError, type SignInRetry } from './signInError';
import { parseSignInState, type SignInState } from './signInState';
import { localAuthTime, msUntilRefresh, tokenTiming, type TokenTiming } from './tokenTiming';
import { createUserManager, type InnboksUserManager } from './userManager';

interface AuthContext {
  config: RuntimeConfig;
  manager: InnboksUserManager;
  limits: SessionLimits;
}

let context: AuthContext | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let timing: TokenTiming | null = null;
const sessionEndHooks = new Set<() => void>();

/** The error codes ID-porten answers a prompt=none request with when it needs the person. */
const SILENT_FAILURES = new Set([
  'login_required',
  'interaction_required',
  'consent_required',
  'account_selection_required',
]);

export type SignOutReason = 'user' | 'idle' | 'absolute';

function auth(): AuthContext {
  if (!context) throw new Error('initAuth has not been called');
  return context;
}

/** Called once, after the runtime config is valid and before the router starts. */
export function initAuth(config: RuntimeConfig): void {
  const limits = limitsFromConfig(config.session);
  context = { config, manager: createUserManager(config, window.location.origin), limits };
  registerRenewer({ renew: renewToken, reauthenticate });
  startActivityTracking(limits.idleMs);
  // A page restored from the back/forward cache keeps its JavaScript memory. After sign-out that
  // memory is already wiped, but reload anyway so the back button can never show a stale screen.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && getSessionSnapshot().status !== 'active') window.location.reload();
  });
}

export function getSessionLimits(): SessionLimits {
  return auth().limits;
}

/** Registers cleanup to run on sign-out (the app clears its query cache here). */
export function onSessionEnd(hook: () => void): () => void {
  sessionEndHooks.add(hook);
  return () => {
    sessionEndHooks.delete(hook);
  };
}

function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends the browser to ID-porten. `silent` asks with prompt=none (no login page while the SSO
 * session lives); the callback falls back to an interactive sign-in on login_required. Typed
 * draft text is saved first. The returned promise never settles: the page is leaving.
 */
export async function signIn(options: { returnTo: string; silent: boolean; acr?: AcrValue }): Promise<never> {
  const { config, manager } = auth();
  const state: SignInState = {
    returnTo: options.returnTo,
    requiredAcr: options.acr ?? config.oidc.acrValues,
    silent: options.silent,
  };
  saveDrafts();
  setSessionSnapshot({ status: 'redirecting' });
  await manager.signinRedirect({
    state,
    acr_values: state.requiredAcr,
    prompt: options.silent ? 'none' : undefined,
    ui_locales: document.documentElement.lang || 'nb',
    nonce: randomNonce(),
    // Replace, not push: the page being left must not become a back-button stop that bounces
    // straight back into sign-in.
    redirectMethod: 'replace',
  });
  return new Promise<never>(() => {});
}

/** Signs in again at idporten-loa-high and comes back to `returnTo` (e.g. for level-4 content). */
export function requestStepUp(returnTo: string = currentLocation()): Promise<never> {
  return signIn({ returnTo, silent: false, acr: 'idporten-loa-high' });
}

/** For the protected layout's loader: the identity, or a (silent) sign-in that returns here. */
export async function requireSession(returnTo: string): Promise<SessionIdentity> {
  const snapshot = getSessionSnapshot();
  if (snapshot.status === 'active') return snapshot.identity;
  return signIn({ returnTo, silent: true });
}

function levelToKeep(): AcrValue {
  const snapshot = getSessionSnapshot();
  if (snapshot.status === 'active' && snapshot.identity.acr === 'idporten-loa-high')
    return 'idporten-loa-high';
  return auth().config.oidc.acrValues;
}

/** The Altinn session is gone: sign in again (silently if possible) and come back here. */
function reauthenticate(): Promise<never> {
  if (!recordReauthentication(Date.now())) return Promise.reject(new SignInError('loop'));
  return signIn({ returnTo: currentLocation(), silent: true, acr: levelToKeep() });
}

/**
 * Finishes the redirect from ID-porten: checks the ID token, exchanges the access token for an
 * Altinn token and refreshes that at once (the exchanged one dies with the ~120 s ID-porten
 * token). Returns the validated path to go back to.
 */
export async function completeSignIn(url: string): Promise<string> {
  const { config, manager } = auth();
  let user: User;
  try {
    user = await manager.signinRedirectCallback(url);
  } catch (error) {
    if (error instanceof ErrorResponse) {
      const state = parseSignInState(error.state, config.oidc.acrValues);
      if (state.silent && error.error && SILENT_FAILURES.has(error.error)) {
        return signIn({ returnTo: state.returnTo, silent: false, acr: state.requiredAcr });
      }
      throw new SignInError('failed', { returnTo: state.returnTo, acr: state.requiredAcr });
    }
    throw new SignInError('failed');
  }
  const state = parseSignInState(user.state, config.oidc.acrValues);
  const problem = checkIdTokenClaims(user.profile, {
    issuer: config.oidc.authority,
    clientId: config.oidc.clientId,
    requiredAcr: state.requiredAcr,
  });
  const retry = { returnTo: state.returnTo, acr: state.requiredAcr };
  if (problem) {
    await manager.removeUser();
    throw new SignInError(problem === 'acr' ? 'acrTooLow' : 'failed', retry);
  }
  await startAltinnSession(user, retry);
  clearReauthentications();
  return state.returnTo;
}

async function startAltinnSession(user: User, retry: SignInRetry): Promise<void> {
  let exchanged: string;
  try {
    exchanged = await exchangeIdPortenToken(user.access_token);
  } catch (error) {
    // 401/403 from the exchange: ID-porten knows the person, Altinn does not accept them.
    if (hasStatus(error, 401) || hasStatus(error, 403)) throw new SignInError('notRegistered', retry);
    throw new SignInError('failed', retry);
  }
  let token: string;
  const sentAt = Date.now();
  try {
    token = await refreshAltinnToken(exchanged);
  } catch {
    // The exchange accepted the person, so a refused refresh says nothing about who they are:
    // the generic failure, not "we did not find you in Altinn".
    throw new SignInError('failed', retry);
  }
  const claims = applyAltinnToken(token, sentAt);
  const acr = user.profile.acr === 'idporten-loa-high' ? 'idporten-loa-high' : 'idporten-loa-substantial';
  const identity: SessionIdentity = {
    userId: claims.userId,
    partyId: claims.partyId,
    authLevel: claims.authLevel,
    acr,
    name: typeof user.profile.name === 'string' ? user.profile.name : null,
    pid: typeof user.profile.pid === 'string' ? user.profile.pid : null,
  };
  markActive();
  setSessionSnapshot({ status: 'active', identity, startedAt: localAuthTime(user.profile, sentAt) });
}

function applyAltinnToken(token: string, sentAt: number) {
  const claims = readAltinnClaims(token);
  setAltinnToken(token);
  timing = tokenTiming(claims, sentAt);
  scheduleRefresh();
  return claims;
}

function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  if (!timing) return;
  refreshTimer = setTimeout(() => void refreshOnSchedule(), msUntilRefresh(timing, Date.now()));
}

/** Refreshes ahead of expiry, but only while the person is active (an idle session will end). */
async function refreshOnSchedule(): Promise<void> {
  if (getSessionSnapshot().status !== 'active') return;
  if (Date.now() - getLastActivityAt() >= auth().limits.idleMs) return;
  const outcome = await refreshNow();
  if (outcome === 'ok') return;
  if (outcome === 'unavailable' && timing && Date.now() < timing.expiresAt - 2000) {
    // A network blip or a 5xx: the token still works, so try again shortly.
    refreshTimer = setTimeout(() => void refreshOnSchedule(), 5000);
    return;
  }
  // Refused (401/403) or out of time: only a new sign-in helps, silently if ID-porten still knows us.
  await reauthenticate().catch(() => undefined);
}

let refreshInFlight: Promise<'ok' | 'refused' | 'unavailable'> | null = null;

/** One refresh call at a time, whether a timer, "Stay signed in" or a 401 asked for it. */
function refreshNow(): Promise<'ok' | 'refused' | 'unavailable'> {
  refreshInFlight ??= (async () => {
    const current = getAltinnToken();
    if (!current) return 'refused' as const;
    const sentAt = Date.now();
    try {
      applyAltinnToken(await refreshAltinnToken(current), sentAt);
      return 'ok' as const;
    } catch (error) {
      return hasStatus(error, 401) || hasStatus(error, 403) ? ('refused' as const) : ('unavailable' as const);
    }
  })().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

async function renewToken(): Promise<boolean> {
  return (await refreshNow()) === 'ok';
}

/** "Stay signed in": counts as activity and gets a fresh token so the session runs its full course. */
export async function extendSession(): Promise<void> {
  markActive();
  if ((await refreshNow()) === 'refused') await reauthenticate().catch(() => undefined);
}

/**
 * Signs out: revoke the ID-porten tokens (ID-porten's logout does not revoke tokens with Altinn
 * scopes), drop every token and cached answer, then end the ID-porten session and land on
 * /signed-out. The UI switches to a neutral screen first so nothing private stays on display.
 */
export async function signOut(reason: SignOutReason = 'user'): Promise<void> {
  if (getSessionSnapshot().status === 'ending') return;
  const { config, manager } = auth();
  setSessionSnapshot({ status: 'ending' });
  clearTimeout(refreshTimer);
  timing = null;
  const user = await manager.getUser().catch(() => null);
  try {
    await manager.revokeTokens(['access_token', 'refresh_token']);
  } catch {
    // Revocation failing (network, expired token) must not keep the person signed in here.
  }
  for (const hook of sessionEndHooks) hook();
  clearAltinnToken();
  clearDrafts();
  clearReauthentications();
  await manager.removeUser().catch(() => undefined);
  await manager.clearStaleState().catch(() => undefined);
  const endpoint = await manager.endSessionEndpoint().catch(() => undefined);
  const postLogout = `${window.location.origin}/signed-out`;
  if (user?.id_token && endpoint) {
    postEndSession(endpoint, {
      id_token_hint: user.id_token,
      post_logout_redirect_uri: postLogout,
      client_id: config.oidc.clientId,
      state: reason,
      ui_locales: document.documentElement.lang || 'nb',
    });
  } else {
    window.location.replace(`/signed-out?state=${reason}`);
  }
}
