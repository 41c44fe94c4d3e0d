import { createHash } from 'node:crypto';

import type { APIRequestContext, APIResponse, BrowserContext, Page } from '@playwright/test';

import { expect, test } from './support/fixtures.ts';
import { appHeader } from './support/header.ts';
import { signIn } from './support/login.ts';
import { rawRequest, type RawResponse } from './support/raw-http.ts';
import { screenshotAtPhoneWidth, screenshotBothThemes } from './support/screenshots.ts';
import { PLATFORM_URL } from './support/urls.ts';

// Issue 6, hosting: the app as production serves it (deploy/nginx/innboks.conf.template, started
// by playwright.config.ts through scripts/serve-nginx.ts): security headers on every response,
// caching per kind of file, a platform proxy that forwards only the calls the app makes, and a
// whole signed-in journey without a single Content-Security-Policy violation.

const SOPHIE = 'Sophie Salt';
const ARCHIVED = '501337/4ed2550d-c860-4885-80be-e7eba32df0b6';
const RECEIPT = 'Samordnet registermelding.pdf';

type Headers = Record<string, string>;

function lowerCased(headers: RawResponse['headers']): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join('\n') : value;
  }
  return out;
}

/** The CSP as directive name -> sources. */
function cspDirectives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** The headers every response must carry, error responses included. */
function expectSecurityHeaders(headers: Headers, what: string): void {
  const csp = cspDirectives(headers['content-security-policy'] ?? '');
  expect(csp.get('script-src'), `${what}: script-src`).toEqual(["'self'"]);
  expect(csp.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  expect(csp.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(csp.get('base-uri'), `${what}: base-uri`).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get('connect-src'), `${what}: connect-src`).toEqual(["'self'", 'http://127.0.0.1:5102']);
  expect(csp.get('form-action'), `${what}: form-action`).toEqual(["'self'", 'http://127.0.0.1:5102']);
  expect(csp.get('worker-src'), `${what}: worker-src`).toEqual(["'self'"]);
  for (const [name, sources] of csp) {
    expect(sources, `${what}: ${name}`).not.toContain("'unsafe-eval'");
    if (name !== 'style-src') expect(sources, `${what}: ${name}`).not.toContain("'unsafe-inline'");
  }
  expect(headers['strict-transport-security'], `${what}: HSTS`).toMatch(
    /^max-age=(3153[6-9]\d{3}|\d{9,}); includeSubDomains$/,
  );
  expect(headers['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  expect(headers['cross-origin-opener-policy'], `${what}: COOP`).toBe('same-origin');
  expect(headers['permissions-policy'], `${what}: Permissions-Policy`).toMatch(
    /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  );
  // nginx hides its version; one Cache-Control only (the upstream's is replaced, not doubled).
  expect(headers.server ?? '', `${what}: Server`).not.toMatch(/\d/);
  expect(headers['cache-control'] ?? '', `${what}: one Cache-Control`).not.toContain('\n');
}

function headersOf(response: APIResponse): Headers {
  const out: Headers = {};
  for (const { name, value } of response.headersArray()) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}\n${value}`;
  }
  return out;
}

async function altinnTokenThroughProxy(
  request: APIRequestContext,
  accessToken: string,
): Promise<{ token: string; exchange: APIResponse }> {
  const exchange = await request.get('/platform/authentication/api/v1/exchange/id-porten', {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  expect(exchange.status()).toBe(200);
  return { token: (await exchange.text()).replace(/"/g, '').trim(), exchange };
}

test.describe('what nginx answers', () => {
  test('the app: security headers everywhere, hashed assets cached for a year, the rest revalidated', async ({
    request,
  }) => {
    const home = await request.get('/');
    expect(home.status()).toBe(200);
    expect(headersOf(home)['content-type']).toMatch(/^text\/html/);
    expect(headersOf(home)['cache-control']).toBe('no-cache');
    expectSecurityHeaders(headersOf(home), '/');
    const html = await home.text();
    // Vite's output must not need an inline script: the CSP would block it.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const deep = await request.get('/parties/501337/archive/4ed2550d-c860-4885-80be-e7eba32df0b6?q=x');
    expect(deep.status()).toBe(200);
    expect(await deep.text()).toBe(html);
    expect(headersOf(deep)['cache-control']).toBe('no-cache');
    expectSecurityHeaders(headersOf(deep), 'deep route');

    const assetPath = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(assetPath, 'the entry script in index.html').toBeDefined();
    const asset = await request.get(assetPath ?? '/assets/');
    expect(asset.status()).toBe(200);
    expect(headersOf(asset)['content-type']).toMatch(/^application\/javascript/);
    expect(headersOf(asset)['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(headersOf(asset), 'asset');

    const config = await request.get('/config.json');
    expect(config.status()).toBe(200);
    expect(headersOf(config)['content-type']).toMatch(/^application\/json/);
    expect(headersOf(config)['cache-control']).toBe('no-store');
    expectSecurityHeaders(headersOf(config), '/config.json');

    const worker = await request.get('/download-sw.js');
    expect(worker.status()).toBe(200);
    expect(headersOf(worker)['content-type']).toMatch(/^application\/javascript/);
    expect(headersOf(worker)['cache-control']).toBe('no-cache');
    // Its scope (/download/) sits below its own path: no Service-Worker-Allowed needed or sent.
    expect(headersOf(worker)['service-worker-allowed']).toBeUndefined();
    expectSecurityHeaders(headersOf(worker), '/download-sw.js');

    // An old tab asking for an asset of an earlier deploy gets a 404, not index.html as JS.
    const missing = await request.get('/assets/index-0ld0ld0l.js');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
    expect(headersOf(missing)['cache-control']).toBe('no-store');
    expectSecurityHeaders(headersOf(missing), 'missing asset');

    // Build metadata (dist/.vite/) and other dot files are not served.
    expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
  });

  test('the platform proxy: no-store, no cookies either way, and 404 for everything not on the allow-list', async ({
    request,
    emulator,
  }) => {
    const sophie = await emulator.user(SOPHIE);
    const minted = await emulator.mintIdportenToken({ pid: sophie.pid });
    const { token, exchange } = await altinnTokenThroughProxy(request, minted.access_token);
    expect(headersOf(exchange)['cache-control']).toBe('no-store');
    expect(headersOf(exchange)['set-cookie']).toBeUndefined();
    expectSecurityHeaders(headersOf(exchange), 'token exchange');

    const profile = await request.get('/platform/profile/api/v1/users/current', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(profile.status()).toBe(200);
    expect(((await profile.json()) as { userId?: number }).userId).toBe(sophie.userId);
    expect(headersOf(profile)['cache-control']).toBe('no-store');
    expect(headersOf(profile)['set-cookie']).toBeUndefined();
    expectSecurityHeaders(headersOf(profile), 'profile');

    // The platform accepts its token as the AltinnStudioRuntime cookie too; nginx must not pass
    // the browser's cookies on, so only the Authorization header can sign a request.
    const cookie = `AltinnStudioRuntime=${token}`;
    const direct = await fetch(`${PLATFORM_URL}/profile/api/v1/users/current`, {
      headers: { Cookie: cookie },
    });
    expect(direct.status, 'the emulator itself honours the cookie').toBe(200);
    const viaProxy = await request.get('/platform/profile/api/v1/users/current', {
      headers: { Cookie: cookie },
    });
    expect(viaProxy.status()).toBe(401);

    // An upstream error passes through with our headers.
    const refused = await request.get('/platform/profile/api/v1/users/current');
    expect(refused.status()).toBe(401);
    expect(headersOf(refused)['cache-control']).toBe('no-store');
    expectSecurityHeaders(headersOf(refused), 'upstream 401');

    // The service owner list comes from the CDN upstream; nothing else on the CDN does.
    const orgs = await request.get('/cdn/orgs/altinn-orgs.json');
    expect(orgs.status()).toBe(200);
    expect(await orgs.json()).toHaveProperty('orgs');
    expectSecurityHeaders(headersOf(orgs), 'orgs');
    expect((await request.get('/cdn/orgs/other.json')).status()).toBe(404);

    const auth = { Authorization: `Bearer ${token}` };
    // The emulator's control API, a Storage call the app never makes, and Register: not proxied.
    for (const path of [
      '/platform/__emulator/users',
      '/platform/storage/api/v1/sbl/instances/search',
      `/platform/storage/api/v1/instances/${ARCHIVED}/complete`,
      '/platform/register/api/v1/parties/501337',
      '/platform',
    ]) {
      const response = await request.get(path, { headers: auth });
      expect(response.status(), path).toBe(404);
      if (path.startsWith('/platform/')) expect(headersOf(response)['cache-control'], path).toBe('no-store');
      expectSecurityHeaders(headersOf(response), `404 ${path}`);
    }
    const reset = await request.post('/platform/__emulator/reset');
    expect(reset.status()).toBe(404);

    // Allowed paths take only their own methods.
    expect(
      (await request.delete(`/platform/storage/api/v1/instances/${ARCHIVED}`, { headers: auth })).status(),
    ).toBe(405);
    expect((await request.post('/platform/authentication/api/v1/refresh', { headers: auth })).status()).toBe(
      405,
    );
    expect(
      (
        await request.get(`/platform/storage/api/v1/sbl/instances/${ARCHIVED}/undelete`, { headers: auth })
      ).status(),
    ).toBe(405);
  });

  test('dot segments never reach a file or the platform, however they are written', async ({ baseURL }) => {
    const origin = baseURL ?? '';
    // 404 from our rule for dot segments; 400 where nginx itself refuses a path that climbs
    // above the root, before any rule of ours is consulted.
    for (const [path, status] of [
      ['/platform/../etc/passwd', 404],
      ['/platform/../../../../etc/passwd', 400],
      ['/platform/%2e%2e/__emulator/users', 404],
      ['/platform/storage/api/v1/instances/..%2f..%2f..%2f__emulator/users', 404],
      ['/platform/storage/api/v1/applications/ttd/x%2f..%2f..%2f..%2f..%2f..%2f__emulator%2fusers', 404],
      ['/platform/./__emulator/users', 404],
      ['/assets/../config.json', 404],
      ['/cdn/orgs/../../etc/passwd', 404],
    ] as const) {
      const response = await rawRequest(origin, path);
      expect(response.status, path).toBe(status);
      expect(response.body, path).not.toMatch(/root:|"pid"|"userId"|"oidc"/);
      expectSecurityHeaders(lowerCased(response.headers), path);
    }
  });
});

interface Violation {
  directive: string;
  blocked: string;
  document: string;
}

/**
 * Records every securitypolicyviolation event in every frame of the context, from before the
 * first script runs.
 */
async function trapCspViolations(context: BrowserContext): Promise<Violation[]> {
  const violations: Violation[] = [];
  await context.exposeBinding('__innboksCspViolation', (_source, violation: Violation) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __innboksCspViolation: (v: Violation) => void })
      .__innboksCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report({ directive: event.effectiveDirective, blocked: event.blockedURI, document: event.documentURI });
    });
  });
  return violations;
}

function appViolations(violations: readonly Violation[], origin: string): Violation[] {
  return violations.filter((v) => v.document.startsWith(origin));
}

const PROVOKED_SCRIPT = 'window.__inlineRan = true;';
const PROVOKED_SCRIPT_HASH = `sha256-${createHash('sha256').update(PROVOKED_SCRIPT).digest('base64')}`;

async function expectInlineScriptRefused(page: Page, violations: Violation[], origin: string): Promise<void> {
  const before = appViolations(violations, origin).length;
  const ran = await page.evaluate(async (text) => {
    const flag = window as unknown as { __inlineRan?: boolean };
    const script = document.createElement('script');
    script.textContent = text;
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    script.remove();
    return flag.__inlineRan === true;
  }, PROVOKED_SCRIPT);
  expect(ran, 'an injected inline script must not run').toBe(false);
  await expect.poll(() => appViolations(violations, origin).length).toBe(before + 1);
  // Take the provoked one out again: the journey itself must cause none.
  const provoked = appViolations(violations, origin).at(-1);
  expect(provoked?.directive).toMatch(/^script-src/);
  violations.splice(violations.indexOf(provoked as Violation), 1);
}

test('a signed-in journey (sign in, open an instance, download its receipt, sign out) breaks no CSP rule', async ({
  page,
  context,
  baseURL,
  urlLog,
  consoleErrors,
}, testInfo) => {
  const origin = baseURL ?? '';
  const violations = await trapCspViolations(context);
  const [party, guid] = ARCHIVED.split('/');
  const from = `/parties/${party}/archive/${guid}`;

  await signIn(page, { person: SOPHIE, from });
  await expect(page).toHaveURL((url) => url.pathname === from);
  const download = page.getByRole('button', { name: `Last ned ${RECEIPT}` });
  await expect(download).toBeVisible();
  // The trap works, and the policy really stops inline script (not only on paper).
  await expectInlineScriptRefused(page, violations, origin);
  // MUI's run-time styles apply under the policy (ButtonBase sets the pointer; a browser's own
  // button style does not), in both themes and on a phone.
  expect(await download.evaluate((el) => getComputedStyle(el).cursor)).toBe('pointer');
  await screenshotBothThemes(page, testInfo, 'instance-behind-nginx');
  await screenshotAtPhoneWidth(page, testInfo, 'instance-behind-nginx');

  const downloading = page.waitForEvent('download');
  await download.click();
  expect((await downloading).suggestedFilename()).toBe(RECEIPT);

  // The dark theme's styles are injected too (emotion <style> tags): they must be allowed.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/parties/501337/inbox');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await appHeader(page).signOut.click();
  await page.waitForURL((url) => url.pathname === '/signed-out');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(appViolations(violations, origin), 'Content-Security-Policy violations in the app').toEqual([]);
  // The console names a blocked inline script by its hash: only the one provoked above may be there.
  expect(
    consoleErrors.filter(
      (text) =>
        /Content Security Policy|Permissions-Policy|Refused to/i.test(text) &&
        !text.includes(PROVOKED_SCRIPT_HASH),
    ),
    'CSP or Permissions-Policy complaints in the console',
  ).toEqual([]);
  urlLog.expectNoSecrets();
});
