import * as v from '../lib/validate';

/**
 * The runtime configuration, read from `/config.json` before first render so one build serves
 * every environment (local emulator, tt02, production). See deploy/config/ for the presets.
 */
export interface RuntimeConfig {
  oidc: {
    /** ID-porten issuer, e.g. https://idporten.no. Must match the issuer in its metadata exactly. */
    authority: string;
    clientId: string;
    /** Space-separated; must include `openid` and at least one `altinn:` scope (the exchange needs one). */
    scopes: string;
    /** The level asked for at sign-in; step-up always asks for idporten-loa-high. */
    acrValues: AcrValue;
  };
  platform: {
    /** Same-origin path the platform is proxied under (the platform sends no CORS headers). */
    basePath: string;
    /**
     * How long one platform call (not a file download) may take before it is abandoned and
     * reported as a timeout; absent means 25. Between 1 and 120.
     */
    requestTimeoutSeconds?: number;
  };
  /**
   * Where "open in app" links go, with the placeholders {org}, {app}, {instanceOwnerPartyId} and
   * {instanceGuid}.
   */
  appLinkPattern: string;
  /**
   * Altinn's service owner list (altinn-orgs.json from altinncdn.no), on the app's own origin like
   * the platform; absent means `/cdn/orgs/altinn-orgs.json`. Only used for display names.
   */
  orgsUrl?: string;
  session: {
    /** Sign out after this long without pointer, keyboard or visibility activity. */
    idleMinutes: number;
    /** Sign out this long after sign-in whatever happens (ID-porten's own maximum is 120). */
    absoluteMinutes: number;
    /** How long before the idle sign-out the warning dialog opens. */
    idleWarningSeconds: number;
  };
}

export const ACR_VALUES = ['idporten-loa-substantial', 'idporten-loa-high'] as const;
export type AcrValue = (typeof ACR_VALUES)[number];

export const APP_LINK_PLACEHOLDERS = ['{org}', '{app}', '{instanceOwnerPartyId}', '{instanceGuid}'] as const;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https everywhere, except plain http on loopback for the local emulator. */
function isSecureOrLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

function isAppLinkPattern(value: string): boolean {
  if (!APP_LINK_PLACEHOLDERS.every((p) => value.includes(p))) return false;
  const sample = value.replace(/\{[a-zA-Z]+\}/g, 'x');
  let url: URL;
  try {
    url = new URL(sample);
  } catch {
    return false;
  }
  // Apps live on https hosts; http is only allowed for local hosts (localtest's local.altinn.cloud).
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' &&
      (LOOPBACK_HOSTS.has(url.hostname) || url.hostname.endsWith('local.altinn.cloud')))
  );
}

function isPositive(value: unknown): boolean {
  return typeof value === 'number' && value > 0;
}

// Text is trimmed before it is checked and used, so "  innboks " reads as "innboks".
const nonEmpty = v.map(v.string(), (text) => text.trim()).check((text) => text.length > 0);
const positive = v.number().check((value) => value > 0);

const schema = v
  .object({
    oidc: v.object({
      authority: nonEmpty.check((url) => isSecureOrLoopbackUrl(url) && !url.endsWith('/')),
      clientId: nonEmpty,
      scopes: nonEmpty.check((value) => {
        const scopes = value.split(/\s+/);
        return scopes.includes('openid') && scopes.some((scope) => scope.startsWith('altinn:'));
      }),
      acrValues: v.literals(ACR_VALUES),
    }),
    platform: v.object({
      basePath: nonEmpty.check(
        (path) => /^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(path) || path === '/',
      ),
      requestTimeoutSeconds: v.optional(v.number().check((seconds) => seconds >= 1 && seconds <= 120)),
    }),
    appLinkPattern: nonEmpty.check(isAppLinkPattern),
    // A same-origin path: the CDN sends the file cross-origin, but the CSP allows only our origin.
    orgsUrl: v.optional(nonEmpty.check((url) => /^\/[A-Za-z0-9._~/-]*$/.test(url) && !url.startsWith('//'))),
    session: v.object({
      idleMinutes: positive,
      absoluteMinutes: positive,
      idleWarningSeconds: v.number().check((seconds) => Number.isSafeInteger(seconds) && seconds > 0),
    }),
  })
  // Cross-field rules run when every field has the right type; they only speak when the fields
  // are also valid on their own, so one bad field produces one problem.
  .check(
    (c) => !isPositive(c.session.idleMinutes) || c.session.absoluteMinutes >= c.session.idleMinutes,
    ['session', 'absoluteMinutes'],
  )
  .check(
    (c) => !isPositive(c.session.idleMinutes) || c.session.idleWarningSeconds < c.session.idleMinutes * 60,
    ['session', 'idleWarningSeconds'],
  );

/** One thing wrong with the configuration, named by its dotted field path. */
export interface ConfigProblem {
  field: string;
  kind: 'missing' | 'invalid';
}

export type ConfigValidation = { ok: true; config: RuntimeConfig } | { ok: false; problems: ConfigProblem[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Checks parsed JSON against the schema and names every field that is missing or wrong. */
export function validateRuntimeConfig(input: unknown): ConfigValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: '(root)', kind: 'invalid' }] };
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const issue of result.issues) {
    const field = issue.path.map(String).join('.') || '(root)';
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, kind: valueAt(input, issue.path) === undefined ? 'missing' : 'invalid' });
  }
  return { ok: false, problems };
}
