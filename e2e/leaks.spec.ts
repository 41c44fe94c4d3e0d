import { expect, test } from './support/fixtures.ts';
import { appHeader } from './support/header.ts';
import { signIn } from './support/login.ts';
import { altinnTokenFor, platformJson } from './support/platform-api.ts';
import { recordSecrets, type SecretHit, type SentRequest } from './support/secret-recorder.ts';
import { IDPORTEN_URL } from './support/urls.ts';

// Where tokens and identity numbers go, across one whole visit as Sophie Salt (nynorsk): sign-in,
// a list, an instance, a download through the service worker, an error state and sign-out. Every
// request the browser sends (pages and the worker: URL, all headers, body) and every console line
// is recorded. A JWT may only travel in the Authorization header of a platform call (under
// /platform on the app's own origin) or to ID-porten; the identity number only to ID-porten.

const SOPHIE_PARTY = 501337;
const ARCHIVED = `${SOPHIE_PARTY}/4ed2550d-c860-4885-80be-e7eba32df0b6`;
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/;

test('tokens and the identity number travel only to the platform (as Authorization) and ID-porten; never in a URL, the console or a page', async ({
  page,
  context,
  emulator,
  baseURL,
}) => {
  const sophie = await emulator.user('Sophie Salt');
  const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const recorder = recordSecrets(context);
  const token = await altinnTokenFor(emulator, sophie.name);
  const instance = await platformJson<{ data: Array<{ id: string; filename?: string; dataType: string }> }>(
    token,
    `/storage/api/v1/instances/${ARCHIVED}`,
  );
  const receipt = instance.data.find((d) => d.dataType === 'ref-data-as-pdf');
  expect(receipt?.filename, 'the archived instance has a receipt').toBeTruthy();

  // Sign-in straight into an instance, then download its receipt through the worker.
  await signIn(page, {
    person: sophie.name,
    from: `/parties/${SOPHIE_PARTY}/archive/${ARCHIVED.split('/')[1] ?? ''}`,
  });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Last ned ${receipt?.filename ?? ''}` }).click();
  expect(await (await downloading).failure()).toBeNull();

  // An error state: Storage fails the next list.
  await emulator.fault({ method: 'GET', path: '/storage/api/v1/instances', status: 500 });
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^Innboks/ })
    .click();
  await expect(
    page.getByRole('heading', { name: /^Vi f(e|i)kk ikk(j)?e hent(a|et) meldinga?(ne|r)?/ }),
  ).toBeVisible({
    timeout: 20_000,
  });
  const errorPage = await page.content();
  expect(errorPage).not.toMatch(JWT);
  expect(errorPage).not.toContain(sophie.pid);
  await emulator.clearFaults();

  await appHeader(page).signOut.click();
  await page.waitForURL((url) => url.pathname === '/signed-out');
  const signedOutPage = await page.content();
  expect(signedOutPage).not.toMatch(JWT);
  expect(signedOutPage).not.toContain(sophie.pid);

  await recorder.flush();
  const requests = recorder.requests();
  let allowedTokens = 0;
  let fromWorker = 0;
  const allowed = (hit: SecretHit, request?: SentRequest): boolean => {
    if (!request) return false;
    const url = new URL(request.url);
    if (url.origin === IDPORTEN_URL) return true;
    const toPlatform = url.origin === appOrigin && url.pathname.startsWith('/platform/');
    if (hit.what === 'jwt' && hit.where === 'header authorization' && toPlatform) {
      allowedTokens += 1;
      if (request.fromWorker) fromWorker += 1;
      return true;
    }
    return false;
  };
  const hits = recorder.hits([sophie.pid], allowed);
  expect(hits, 'secrets found outside the allowed places (where, not what)').toEqual([]);

  // The recorder really saw the journey: bearer calls from the page and from the download worker.
  expect(allowedTokens).toBeGreaterThan(5);
  expect(fromWorker, 'the worker fetched the file with its bearer header').toBeGreaterThan(0);
  // Nothing went anywhere but the app's origin and ID-porten.
  const origins = new Set(
    requests
      .map((r) => new URL(r.url))
      .filter((u) => u.protocol.startsWith('http'))
      .map((u) => u.origin),
  );
  expect([...origins].sort()).toEqual([appOrigin, IDPORTEN_URL].sort());
});
