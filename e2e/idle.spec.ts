import { expect, test } from './support/fixtures.ts';
import { appHeader, expectNothingPrivate, expectSignedInAs } from './support/header.ts';
import { signIn } from './support/login.ts';
import { recordPlatformTraffic } from './support/platform-traffic.ts';
import { serveSessionLimits } from './support/runtime-config.ts';

// Issue 3: an idle limit with a warning, a countdown and "Bli innlogget" before the idle
// sign-out. The limits come from /config.json, so this test serves the local preset with a 12 s
// idle limit whose warning opens after 4 s idle and counts down 8 s.

test('idle warning counts down, "Bli innlogget" keeps the session, and letting it run out signs out', async ({
  page,
  emulator,
  urlLog,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  await serveSessionLimits(page, { idleMinutes: 0.2, idleWarningSeconds: 8 });
  const traffic = recordPlatformTraffic(page);

  await signIn(page, { person: ola.name, from: '/?side=idle' });
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });

  const dialog = page.getByRole('alertdialog', { name: 'Er du fortsatt der?' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  const stay = dialog.getByRole('button', { name: 'Bli innlogget' });
  await expect(stay).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Logg ut nå' })).toBeVisible();

  // The countdown moves: read it twice, a little over a second apart.
  const secondsLeft = async (): Promise<number> => {
    const match = /(\d+) sekund/.exec((await dialog.textContent()) ?? '');
    return Number(match?.[1] ?? Number.NaN);
  };
  const first = await secondsLeft();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThanOrEqual(8);
  await expect.poll(secondsLeft, { timeout: 3_000 }).toBeLessThan(first);

  const refreshesBefore = traffic.to('/authentication/api/v1/refresh').length;
  await stay.click();
  await expect(dialog).toBeHidden();
  await expectSignedInAs(page, { name: ola.name, partyId: ola.partyId, partyName: ola.name });
  // "Bli innlogget" fetched a fresh token so the session runs its full course again.
  await expect
    .poll(() =>
      traffic
        .to('/authentication/api/v1/refresh')
        .slice(refreshesBefore)
        .map((c) => c.status),
    )
    .toEqual([200]);

  // Now do nothing: the warning comes back, and when it runs out the person is signed out.
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await page.waitForURL((url) => url.pathname === '/signed-out', { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ut' })).toBeVisible();
  await expect(page.getByText('Du ble logget ut fordi du ikke var aktiv.')).toBeVisible();
  await expect(appHeader(page).signedInAs).toHaveCount(0);
  await expectNothingPrivate(page, ola);
  urlLog.expectNoSecrets([ola.pid]);
});
