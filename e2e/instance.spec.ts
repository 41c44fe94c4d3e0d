import type { Page, TestInfo } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { loginPage, signIn, waitForLoginPage } from './support/login.ts';
import { recordPlatformTraffic } from './support/platform-traffic.ts';
import { atPhoneWidth, inBothThemes, screenshot } from './support/screenshots.ts';

// Issue 5's instance view, through the real sign-in. Instances come from
// emulator/datasets/default/ABOUT.md ("Instances by party"); Ola Nordmann reads bokmål.

const OLA_PARTY = 512345;
const instances = {
  /** nav/dagpenger, archived with a receipt PDF. */
  archived: '0d7b66ee-23fc-4182-9c69-4b4199b3c768',
  /** nav/sykepengesoknad, archived and unread (its receipt not opened either). */
  archivedUnread: 'fe1ba971-f17d-43dc-b58b-ecfccf945df5',
  /** nav/sykepengesoknad, archived (no retention window). */
  archivedForBin: '81a7b48e-7940-4c59-9ea8-f3e89f9cc992',
  /** nav/sykepengesoknad, soft-deleted while in progress. */
  inBin: 'f2036548-f621-452c-81c6-60faecf8cb79',
  /** brg/samordnet-registermelding, in progress with an infected attachment (kontoutskrift.pdf). */
  infected: '44bca7b6-7cbc-4d90-8f6a-f24c30fd5d14',
  /** dat/avviksmelding, in progress; its policy needs level 4. */
  level4: 'd1987170-c258-4212-a599-58d9f57a0243',
};

function instancePath(folder: string, guid: string, partyId = OLA_PARTY): string {
  return `/parties/${partyId}/${folder}/${guid}`;
}

/** The instance view's title heading (an h2 beside the list on wide screens, else the h1). */
function title(page: Page, name: string | RegExp) {
  return page.locator('#instance-view').getByRole('heading', { name, exact: typeof name === 'string' });
}

/**
 * MUI buttons fade their colours over 250 ms when the colour scheme changes; axe must measure
 * the settled colours, not a frame halfway between light and dark.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function scanAllStates(page: Page, testInfo: TestInfo, state: string): Promise<void> {
  await inBothThemes(page, async (theme) => {
    await settled(page);
    await expectNoAxeViolations(page, testInfo, `${state}-${theme}`);
    await screenshot(page, testInfo, `${state}-${theme}`);
  });
  await atPhoneWidth(page, async () => {
    await settled(page);
    await expectNoAxeViolations(page, testInfo, `${state}-390px`);
    await screenshot(page, testInfo, `${state}-390px`);
  });
}

test('an archived instance opened from the list shows its status, data and history, and is marked read', async ({
  page,
  emulator,
  urlLog,
}, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: `/parties/${OLA_PARTY}/archive` });

  await page.locator(`a[href*="${instances.archived}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/parties/${OLA_PARTY}/archive/${instances.archived}`));
  const heading = title(page, 'Søknad om dagpenger');
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();

  const view = page.locator('#instance-view');
  await expect(view.getByText(/^Fullført og arkivert \d/)).toBeVisible();
  await expect(view.getByText('Altinn-referanse')).toBeVisible();
  await expect(view.getByText(instances.archived.slice(-12), { exact: true })).toBeVisible();
  await expect(view.getByText('Arbeids- og velferdsetaten (NAV)').first()).toBeVisible();

  const data = page.getByRole('region', { name: 'Dokumenter og data' });
  await expect(data.getByRole('heading', { level: 3 }).first()).toHaveText('Kvittering og skjema som PDF');
  await expect(data.getByText(/PDF-dokument · /).first()).toBeVisible();

  const toggle = page.getByRole('button', { name: /^Vis historikken \(\d+\)$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Skjul historikken' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const history = page.getByRole('region', { name: 'Historikk' });
  await expect(history.getByText('Sendt inn', { exact: true })).toBeVisible();
  await expect(history.getByText('Opprettet', { exact: true })).toBeVisible();
  await expect(history.getByText('av deg').first()).toBeVisible();
  await scanAllStates(page, testInfo, 'archived-history-open');

  // Printing gives the instance alone: no list, no header, no buttons; the history expanded.
  await page.getByRole('button', { name: 'Skjul historikken' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Arkiv – Ola Nordmann' })).toBeHidden();
  await expect(view.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(heading).toBeVisible();
  await expect(history.getByText('Sendt inn', { exact: true })).toBeVisible();
  await screenshot(page, testInfo, 'print');
  await page.emulateMedia({ media: 'screen' });

  // Never a national identity number on the page or in a URL.
  await expect(page.getByText(ola.pid)).toHaveCount(0);
  urlLog.expectNoSecrets([ola.pid]);
});

test('opening marks the instance read once, "mark as unread" is one click, and no data is fetched', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  const traffic = recordPlatformTraffic(page);
  await signIn(page, { person: ola.name, from: instancePath('archive', instances.archivedUnread) });
  await expect(title(page, 'Søknad om sykepenger')).toBeVisible();
  const readStatus = `/storage/api/v1/instances/${OLA_PARTY}/${instances.archivedUnread}/readstatus`;
  await expect.poll(() => traffic.to(readStatus).map((c) => `${c.method} ${c.status}`)).toEqual(['PUT 200']);

  const view = page.locator('#instance-view');
  await view.getByRole('button', { name: 'Merk som ulest' }).click();
  await expect(page.getByText('Merket som ulest.')).toBeVisible();
  await expect(view.getByRole('button', { name: 'Merk som lest' })).toBeVisible();
  await expect.poll(() => traffic.to(readStatus).length).toBe(2);
  // The unread mark sticks while the view stays open: no automatic read again after the refetch.
  await expect(title(page, 'Søknad om sykepenger')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(traffic.to(readStatus)).toHaveLength(2);
  // Showing the data elements never downloads one (a download marks it read on the server).
  expect(traffic.calls().filter((c) => c.path.includes('/data/'))).toEqual([]);
});

test('move to the bin, Undo, and permanent delete from the bin with a confirmation', async ({
  page,
  emulator,
}, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: instancePath('archive', instances.archivedForBin) });
  await expect(title(page, 'Søknad om sykepenger')).toBeVisible();
  const view = page.locator('#instance-view');

  await view.getByRole('button', { name: 'Flytt til papirkurven' }).click();
  await expect(page.getByText('Flyttet til papirkurven.')).toBeVisible();
  await expect(view.getByText(/^I papirkurven siden /)).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'moved-to-bin-snackbar');
  await screenshot(page, testInfo, 'moved-to-bin-snackbar');
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByText('Gjenopprettet.')).toBeVisible();
  await expect(view.getByText(/^Fullført og arkivert /)).toBeVisible();

  await page.goto(instancePath('bin', instances.inBin));
  await expect(title(page, 'Søknad om sykepenger')).toBeVisible();
  await view.getByRole('button', { name: 'Slett for godt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slette for godt?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await inBothThemes(page, async (theme) => {
    await settled(page);
    await expectNoAxeViolations(page, testInfo, `delete-dialog-${theme}`);
    await screenshot(page, testInfo, `delete-dialog-${theme}`);
  });
  await dialog.getByRole('button', { name: 'Slett for godt' }).click();
  await expect(page.getByRole('heading', { name: 'Slettet for godt.' })).toBeVisible();

  // Gone for the platform too: a fresh open says "not found".
  await page.reload();
  await expect(title(page, 'Fant ikke elementet')).toBeVisible();
});

test('the retention refusal is explained with the date deletion becomes possible', async ({
  page,
  emulator,
}) => {
  const sophie = await emulator.user('Sophie Salt');
  // skd/skattemelding archived two days ago; the app keeps instances 30 days.
  await signIn(page, {
    person: sophie.name,
    from: instancePath('archive', 'a5fbd8eb-6e5e-4b99-87e7-409eafa0daed', 501337),
  });
  // Sophie's profile language is nynorsk.
  await page.locator('#instance-view').getByRole('button', { name: 'Flytt til papirkorga' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Denne kan ikkje slettast før' })).toContainText(
    /før \d{1,2}\. \w+ \d{4}\./,
  );
});

test('an infected attachment is marked and offers no download', async ({ page, emulator }, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: instancePath('inbox', instances.infected) });
  await expect(title(page, 'Samordnet registermelding')).toBeVisible();

  const data = page.getByRole('region', { name: 'Dokumenter og data' });
  const infected = data.getByRole('listitem').filter({ hasText: 'kontoutskrift.pdf' });
  await expect(infected.getByRole('note')).toHaveText(
    'Viruskontrollen fant skadelig innhold i filen. Den kan ikke lastes ned.',
  );
  await expect(infected.getByRole('button')).toHaveCount(0);
  await expect(infected.getByRole('link')).toHaveCount(0);
  await scanAllStates(page, testInfo, 'infected');
});

test('a level-4 instance asks for step-up at substantial and opens after it, on the same instance', async ({
  page,
  emulator,
  urlLog,
}, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  const path = instancePath('inbox', instances.level4);
  await signIn(page, { person: ola.name, from: path });

  await expect(title(page, 'Krever kanskje høyt sikkerhetsnivå')).toBeVisible();
  await scanAllStates(page, testInfo, 'step-up');
  await page.getByRole('button', { name: 'Logg inn med høyt sikkerhetsnivå' }).click();

  await waitForLoginPage(page);
  await expect(loginPage(page).level('high')).toBeChecked();
  await loginPage(page).personButton(ola.name).click();

  await expect(title(page, 'Melding om brudd på personopplysningssikkerheten')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(path);
  urlLog.expectNoSecrets([ola.pid]);
});

test('not found and no access keep the frame and say what happened', async ({ page, emulator }, testInfo) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, {
    person: ola.name,
    acr: 'high',
    from: instancePath('inbox', '00000000-0000-4000-8000-000000000000'),
  });
  await expect(title(page, 'Fant ikke elementet')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await scanAllStates(page, testInfo, 'not-found');

  // Sophie's own instance: at level 4 Ola is plainly refused, with no step-up offered.
  await page.goto(instancePath('inbox', '5137079a-fe1c-47fe-8bcb-fadf27a9993f', 501337));
  await expect(title(page, 'Du har ikke tilgang')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg inn med høyt sikkerhetsnivå' })).toHaveCount(0);
  await scanAllStates(page, testInfo, 'no-access');
});

test('an instance in progress links to its app from the configured pattern; an archived one does not', async ({
  page,
  emulator,
}) => {
  const ola = await emulator.user('Ola Nordmann');
  await signIn(page, { person: ola.name, from: instancePath('inbox', instances.infected) });
  const view = page.locator('#instance-view');
  const link = view.getByRole('link', { name: /Åpne i tjenesten/ });
  await expect(link).toHaveAttribute(
    'href',
    `http://local.altinn.cloud/brg/samordnet-registermelding/#/instance/${OLA_PARTY}/${instances.infected}`,
  );
  await expect(link).toHaveAttribute('target', '_blank');

  await page.goto(instancePath('archive', instances.archived));
  await expect(title(page, /./).first()).toBeVisible();
  await expect(view.getByRole('button', { name: 'Merk som ulest' })).toBeVisible();
  await expect(view.getByRole('link', { name: /Åpne i tjenesten/ })).toHaveCount(0);
});
