import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The signed-in app's header, read the way a person reads it: the banner, who is signed in and
 * whom they act for. Labels come in all three UI languages, because the language follows the
 * person's Altinn profile after sign-in (Sophie Salt gets nynorsk, Kari Nordmann English).
 */

const SIGNED_IN_AS = /^(Innlogget som|Innlogga som|Signed in as)$/;
const ACTING_FOR = /^(Handler på vegne av|Handlar på vegner av|Acting for)$/;

export function appHeader(page: Page) {
  const banner = page.getByRole('banner');
  return {
    banner,
    signedInAs: banner.getByText(SIGNED_IN_AS),
    actingForLabel: banner.getByText(ACTING_FOR),
    /** The element naming the acting party; it carries the party id as `data-party-id`. */
    actingParty: banner.locator('[data-party-id]'),
    signOut: page.getByRole('button', { name: /^(Logg ut|Sign out)$/ }),
  };
}

/** Waits for the signed-in header to show `name` as the person and `partyId` as the acting party. */
export async function expectSignedInAs(
  page: Page,
  { name, partyId, partyName }: { name: string; partyId: number; partyName: string },
): Promise<void> {
  const header = appHeader(page);
  await expect(header.signedInAs).toBeVisible();
  await expect(header.banner.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(header.actingForLabel).toBeVisible();
  await expect(header.actingParty).toHaveAttribute('data-party-id', String(partyId));
  await expect(header.actingParty).toHaveText(partyName);
}

/**
 * Fails when anything private of `person` is on screen: their name as text of its own (the
 * login page's "Logg inn som {name}" buttons are public and do not count), the signed-in
 * header, or the birth-date half of their identity number that the app shows masked.
 */
export async function expectNothingPrivate(page: Page, person: { name: string; pid: string }): Promise<void> {
  const nameAlone: Locator = page.getByText(person.name, { exact: true });
  await expect(nameAlone).toHaveCount(0);
  await expect(appHeader(page).signedInAs).toHaveCount(0);
  await expect(page.getByText(person.pid.slice(0, 6))).toHaveCount(0);
  await expect(page.locator('[data-party-id]')).toHaveCount(0);
}
