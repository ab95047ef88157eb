import { expect, test } from '@playwright/test';
import { ADMIN, DEMO_PASSWORD, expectAccessible, findOpenNetworkMember, signIn } from './support';

// The demo identity provider for Bjuv (a real oidc-provider on loopback, started with the hub).
test('a Bjuv employee signs in with the municipality’s own account, and out again', async ({ page }) => {
  const email = `sara.${Date.now().toString(36)}@bjuv.se`;
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  const sso = page.getByRole('link', { name: 'Logga in med Bjuvs konto' });
  await expect(sso).toBeVisible();
  // A municipality's own account needs no hub password.
  await expect(page.getByLabel('Lösenord')).toHaveCount(0);
  await expectAccessible(page);

  await sso.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bjuvs kommun (demo)' })).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toHaveValue(email);
  await page.getByLabel('Lösenord (valfritt i demon)').fill('vad-som-helst');
  await page.getByRole('button', { name: 'Logga in' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expectAccessible(page);
  await page.goto('/profil');
  await expect(page.getByText(email).first()).toBeVisible();

  // Logging out ends the sign-in at Bjuv too, and comes back to the hub's sign-in page.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('button', { name: 'Ja, logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await page.goto('/profil');
  await expect(page).toHaveURL(/\/logga-in\?next=%2Fprofil$/);
});

test('someone of a municipality that also allows hub passwords may sign in with one instead', async ({ page, browser }) => {
  const member = await findOpenNetworkMember(browser, { ownAccount: true });
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(member.email);
  await expect(page.getByRole('link', { name: 'Logga in med Bjuvs konto' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga in med lösenord för hubben i stället' }).click();
  const password = page.getByLabel('Lösenord');
  await expect(password).toBeFocused();
  await expect(page.getByRole('link', { name: 'Logga in med Bjuvs konto' })).toHaveCount(0);
  await password.fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
  await page.goto('/profil');
  await expect(page.getByText(member.email).first()).toBeVisible();
});

test('cancelling at the municipality’s sign-in lands on a Swedish page that says what to do', async ({ page }) => {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill('avbryter@bjuv.se');
  await page.getByRole('link', { name: 'Logga in med Bjuvs konto' }).click();
  await page.getByRole('link', { name: 'Avbryt inloggningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggningen avbröts' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Till inloggningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
});

test('the secretariat sees Bjuv’s provider with the values to register, tests it and creates a SCIM token', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin');
  const section = page.getByRole('region', { name: 'Inloggning med kommunens konto' });
  const bjuv = section.getByRole('article', { name: 'Bjuvs konto (Bjuv)' });
  await expect(bjuv).toContainText('/api/v1/auth/sso/callback');
  await expect(bjuv).toContainText('/scim/v2');
  await bjuv.getByRole('button', { name: 'Testa Bjuvs konto' }).click();
  await expect(bjuv.getByRole('status').first()).toContainText('Discovery-dokumentet lästes');
  await bjuv.getByLabel('Namn på ny SCIM-token').fill('Entra ID');
  await bjuv.getByRole('button', { name: 'Skapa SCIM-token' }).click();
  await expect(bjuv.getByText('Kopiera token nu, den visas bara en gång:')).toBeVisible();
  await expect(bjuv.locator('code', { hasText: /^scim_/ })).toBeVisible();
  await expect(bjuv.getByRole('button', { name: 'Återkalla Entra ID' })).toBeVisible();
  await expectAccessible(page);
});
