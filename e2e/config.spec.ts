import { expect, test } from './support/fixtures.ts';
import { localPreset, serveConfig, serveRawConfig } from './support/runtime-config.ts';
import { IDPORTEN_URL } from './support/urls.ts';

// Issue 3: the app reads /config.json before its first render and refuses to start, with a clear
// page, when the file is missing or broken. It must never fall back to a guess and send the
// person to some identity provider.

const heading = 'Innboks kan ikke starte';

test.describe('a missing or broken config.json gives the page "Innboks kan ikke starte"', () => {
  test.afterEach(async ({ page, urlLog }) => {
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
    // Nothing went to ID-porten or the platform.
    expect(urlLog.urls().filter((url) => url.startsWith(IDPORTEN_URL) || url.includes('/platform/'))).toEqual(
      [],
    );
  });

  test('missing (404)', async ({ page }) => {
    await serveRawConfig(page, { status: 404, contentType: 'text/plain', body: 'Not Found' });
    await page.goto('/');
    await expect(page.getByText('Fant ikke filen /config.json (HTTP-status 404).')).toBeVisible();
  });

  test('missing behind an SPA fallback that answers index.html with 200', async ({ page }) => {
    await serveRawConfig(page, {
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>x</title>',
    });
    await page.goto('/');
    await expect(page.getByText('Fant ikke filen /config.json (HTTP-status 404).')).toBeVisible();
  });

  test('not JSON', async ({ page }) => {
    await serveRawConfig(page, { status: 200, contentType: 'application/json', body: '{"oidc": {' });
    await page.goto('/');
    await expect(page.getByText('Filen /config.json er ikke gyldig JSON.')).toBeVisible();
  });

  test('valid JSON with a bad field and a missing one', async ({ page }) => {
    const config: Record<string, unknown> = localPreset();
    config.oidc = { ...(config.oidc as Record<string, unknown>), authority: 'http://idporten.example.com' };
    delete config.appLinkPattern;
    await serveConfig(page, config);
    await page.goto('/');
    await expect(page.getByText('Dette er feil:')).toBeVisible();
    await expect(page.getByText('Feltet «oidc.authority» har en ugyldig verdi.')).toBeVisible();
    await expect(page.getByText('Feltet «appLinkPattern» mangler.')).toBeVisible();
  });
});
