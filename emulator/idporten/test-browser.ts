import { createHash, randomBytes } from 'node:crypto';

/**
 * A minimal browser for tests: a cookie jar for one host and manual redirects, so a test can
 * stop exactly where the provider hands the browser back to the app (fetch would follow the
 * redirect to the app's callback, which is not running).
 */
interface StoredCookie {
  value: string;
  path: string;
}

export class TestBrowser {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(readonly origin: string) {}

  private cookieHeader(url: URL): string | undefined {
    const pairs: string[] = [];
    for (const [name, cookie] of this.cookies) {
      if (
        url.pathname === cookie.path ||
        url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`) ||
        cookie.path === '/'
      ) {
        pairs.push(`${name}=${cookie.value}`);
      }
    }
    return pairs.length ? pairs.join('; ') : undefined;
  }

  private store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', attrValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = attrValue;
        if (key.toLowerCase() === 'expires' && Date.parse(attrValue) <= Date.now()) expired = true;
        if (key.toLowerCase() === 'max-age' && Number(attrValue) <= 0) expired = true;
      }
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, this.origin);
    const headers = new Headers(init.headers);
    const cookie = target.origin === this.origin ? this.cookieHeader(target) : undefined;
    if (cookie) headers.set('Cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    if (target.origin === this.origin) this.store(response);
    return response;
  }

  async postForm(
    url: string | URL,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** Follows redirects while they stay on the provider; returns the last response and where it pointed. */
  async follow(first: Response): Promise<{ response: Response; leftTo?: URL }> {
    let response = first;
    for (let hops = 0; hops < 10; hops += 1) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response };
      const next = new URL(location, this.origin);
      if (next.origin !== this.origin) return { response, leftTo: next };
      response = await this.request(next);
    }
    throw new Error('too many redirects');
  }

  forgetCookies(): void {
    this.cookies.clear();
  }
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function newPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function randomValue(): string {
  return randomBytes(16).toString('base64url');
}

/** Decodes a JWT part without verifying it (the tests verify signatures separately). */
export function decodeJwtPart(token: string, part: 0 | 1): Record<string, unknown> {
  const segment = token.split('.')[part];
  if (segment === undefined) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}
