import { expect, test } from '@playwright/test';
import { ERIK, expectAccessible, signIn } from './support';

test('edit profile: add an expertise tag with a flag, save, reload, still there', async ({ page }) => {
  const tag = `säkerhetsskyddad upphandling ${Date.now().toString(36)}`;
  await signIn(page, ERIK);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeFocused();
  await expect(page.getByLabel('Namn', { exact: false }).first()).toHaveValue('Erik Johansson');
  await expectAccessible(page);

  // An empty tag is refused next to the field.
  await page.getByRole('button', { name: 'Lägg till kompetens' }).click();
  await expect(page.getByLabel('Ny kompetens')).toHaveAccessibleDescription(/Skriv en kompetens först/);

  await page.getByLabel('Ny kompetens').fill(tag);
  await page.getByLabel('Ny kompetens').press('Enter');
  const row = page.getByRole('group', { name: tag });
  await expect(row).toBeVisible();
  await row.getByLabel('Kan vara mentor').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Spara profilen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profilen är sparad.' })).toBeVisible();

  await page.reload();
  const saved = page.getByRole('group', { name: tag });
  await expect(saved).toBeVisible();
  await expect(saved.getByLabel('Kan vara mentor')).toBeChecked();
  await expect(saved.getByLabel('Fråga mig om')).not.toBeChecked();
  await expect(saved.getByLabel('Vill lära mig')).not.toBeChecked();

  // Others see it on the profile page.
  const me = await page.request.get('/api/v1/me');
  const id = ((await me.json()) as { id: string }).id;
  await page.goto(`/personer/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Erik Johansson' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: tag })).toContainText('Kan vara mentor');
  await expectAccessible(page);

  // Remove it again, so the demo profile stays as it was.
  await page.goto('/profil');
  await page.getByRole('button', { name: `Ta bort ${tag}` }).click();
  await expect(page.getByRole('group', { name: tag })).toHaveCount(0);
  await page.getByRole('button', { name: 'Spara profilen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profilen är sparad.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Ny kompetens')).toBeVisible();
  await expect(page.getByRole('group', { name: tag })).toHaveCount(0);
});

test('security page: create an API token, see the secret once, revoke it', async ({ page }) => {
  await signIn(page, ERIK);
  await page.goto('/profil/sakerhet');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggningar och API-nycklar' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Du använder den nu' })).toBeVisible();
  await expectAccessible(page);
  const name = `Export ${Date.now().toString(36)}`;
  await page.getByLabel('Namn').fill(name);
  await page.getByRole('button', { name: 'Skapa nyckel' }).click();
  const secret = page.locator('.message-secret code');
  await expect(secret).toHaveText(/^nh_/);
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
  await expectAccessible(page);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `Återkalla ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Nyckeln "${name}" är återkallad.` })).toBeVisible();
  await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
});
