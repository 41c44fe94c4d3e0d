/**
 * OWASP ASVS 14.2.1: no tokens or national identity numbers in URLs (they end up in history,
 * proxy logs and Referer headers). These checks find them in recorded URLs and describe each
 * hit without repeating the secret, so a failing test does not leak it into the report.
 *
 * The authorization `code` in the OIDC callback is not flagged: the code flow puts it in the
 * URL by design, it is single-use, and PKCE binds it to this browser.
 */

export interface UrlSecretHit {
  /** The URL with the secret replaced by a marker. */
  url: string;
  reason: 'jwt' | 'token-parameter' | 'national-identity-number';
}

const JWT = /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/;
const EVERY_JWT = new RegExp(JWT.source, 'g');
const TOKEN_PARAMETERS = ['access_token', 'id_token', 'refresh_token', 'id_token_hint', 'token'];

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function tokenParameterIn(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Implicit-style responses carry tokens in the fragment, so read it like a query string.
  const fragment = new URLSearchParams(parsed.hash.replace(/^#/, ''));
  for (const name of TOKEN_PARAMETERS) {
    if (parsed.searchParams.has(name) || fragment.has(name)) return name;
  }
  return undefined;
}

export function findSecretsInUrls(urls: Iterable<string>, pids: readonly string[] = []): UrlSecretHit[] {
  const hits: UrlSecretHit[] = [];
  for (const raw of new Set(urls)) {
    const url = safeDecode(raw);
    if (JWT.test(url)) {
      hits.push({ url: url.replace(EVERY_JWT, '[jwt]'), reason: 'jwt' });
    }
    const parameter = tokenParameterIn(raw);
    if (parameter !== undefined) {
      hits.push({ url: `${url.split(/[?#]/)[0] ?? ''} [has ${parameter}]`, reason: 'token-parameter' });
    }
    const found = pids.filter((pid) => pid.length > 0 && url.includes(pid));
    if (found.length > 0) {
      const redacted = found.reduce((text, pid) => text.split(pid).join('[pid]'), url);
      hits.push({ url: redacted, reason: 'national-identity-number' });
    }
  }
  return hits;
}
