import { expect, test } from './support/fixtures.ts';
import { loginPage, waitForLoginPage } from './support/login.ts';

// Issue 4's "done when": a newcomer signs in and finds a given archived submission of a given
// subunit, with nothing but what the screen shows. Every step uses a visible control found by
// its accessible name, the way a person (or a screen reader user) would find it. The task:
// "the coordinated register notification DDG Fitness's subunit 897 069 652 sent, now archived"
// (DDG Fitness Bergen, 500002/9278f3bf-…, archived-old in the dataset's ABOUT.md).

const TARGET = '9278f3bf-2d1e-41cd-8d0a-362943b5c09d';

test('Sophie finds an archived submission of a subunit by its organisation number, using only visible controls', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const started = Date.now();
  let clicks = 0;
  const click = async (target: ReturnType<typeof page.getByRole>) => {
    await target.click();
    clicks += 1;
  };

  // 1. Sign in (click 1).
  await page.goto('/');
  await waitForLoginPage(page);
  await click(loginPage(page).personButton('Sophie Salt'));
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks – Sophie Salt' })).toBeVisible();

  // 2. Open the party picker from the header (click 2) and type the organisation number.
  await click(page.getByRole('banner').getByRole('button', { name: /^Byt aktør \(/ }));
  const dialog = page.getByRole('dialog', { name: 'Vel aktør' });
  await dialog.getByRole('searchbox', { name: /^Søk på namn/ }).fill('897 069 652');
  // 3. Choose the subunit (click 3).
  await click(dialog.getByRole('button', { name: /^DDG Fitness Bergen, / }));
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks – DDG Fitness Bergen' })).toBeVisible();

  // 4. The Archive folder (click 4).
  await click(page.getByRole('navigation', { name: 'Mapper' }).getByRole('link', { name: 'Arkiv' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Arkiv – DDG Fitness Bergen' })).toBeVisible();

  // 5. A word of the title, then Søk (click 5).
  await page.getByRole('searchbox', { name: 'Søk i meldingar' }).fill('registermelding');
  await click(page.getByRole('button', { name: 'Søk', exact: true }));
  const results = page.getByRole('list', { name: 'Meldingar i Arkiv' });
  await expect(results.getByRole('link')).toHaveCount(1);

  // 6. Open it (click 6).
  await click(results.getByRole('link', { name: /^Samordna registermelding/ }));
  await expect(page).toHaveURL(new RegExp(`/parties/500002/archive/${TARGET}\\?q=registermelding$`));
  await expect(page.getByRole('heading', { name: 'Samordna registermelding' }).first()).toBeVisible();

  const seconds = (Date.now() - started) / 1000;
  const description = `${clicks} clicks, 2 typed texts (organisation number, one title word); ${seconds.toFixed(1)} s for the automated run`;
  testInfo.annotations.push({ type: 'newcomer journey', description });
  console.log(`newcomer: ${description}`);
  expect(clicks).toBe(6);
});
