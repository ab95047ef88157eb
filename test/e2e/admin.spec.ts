import { expect, test } from '@playwright/test';
import { ADMIN, expectAccessible, signIn } from './support';

test('admin imports a CSV: created and failed rows are shown per row', async ({ page }) => {
  const run = Date.now().toString(36);
  const good = `e2e.import.${run}@bjuv.se`;
  const bad = `e2e.felrad.${run}@bjuv.se`;
  const csv = [
    'name,email,municipality,title,expertise',
    `Import Testsson,${good},bjuv,GIS-ingenjör,GIS|kartor`,
    `Fel Radsson,${bad},Atlantis,Handläggare,`,
  ].join('\n');

  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeFocused();
  await expectAccessible(page);

  // Importing without a file is refused next to the field.
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByLabel('CSV-fil')).toHaveAccessibleDescription('Välj en CSV-fil att importera.');

  await page.getByLabel('CSV-fil').setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Resultat av importen' })).toBeFocused();
  await expect(page.getByText('Skapade: 1')).toBeVisible();
  await expect(page.getByText('Med fel: 1')).toBeVisible();
  const table = page.getByRole('table', { name: 'Resultat per rad' });
  const created = table.getByRole('row').filter({ hasText: good });
  await expect(created.getByRole('rowheader')).toHaveText('2');
  await expect(created).toContainText('Skapad');
  const failed = table.getByRole('row').filter({ hasText: bad });
  await expect(failed.getByRole('rowheader')).toHaveText('3');
  await expect(failed).toContainText('Fel');
  await expect(failed).toContainText('Atlantis');
  await expect(page.getByRole('status').filter({ hasText: 'Importen är klar: 1 skapade, 0 uppdaterade, 1 med fel.' })).toBeVisible();
  await expectAccessible(page);

  // The imported person is in the directory.
  await page.goto('/personer');
  await page.getByLabel('Kommun').selectOption({ label: 'Bjuv' });
  await page.getByLabel('Sök på namn').fill('import testss');
  await expect(page.getByRole('link', { name: 'Import Testsson' }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ person(er)?\.$/ })).toBeVisible();
  await page.getByLabel('Sök på namn').fill('ingen heter så här');
  await expect(page.getByText('Inga personer matchar filtret.')).toBeVisible();
});

test('admin creates a network and a person with an invitation link', async ({ page }) => {
  const run = Date.now().toString(36);
  await signIn(page, ADMIN);
  await page.goto('/admin');
  const createNetwork = page.getByRole('form', { name: 'Skapa nätverk' });
  await createNetwork.getByRole('button', { name: 'Skapa nätverket' }).click();
  await expect(createNetwork.getByRole('alert')).toBeVisible();
  const name = `Testnätverket ${run}`;
  await createNetwork.getByLabel('Namn på nätverket').fill(name);
  await createNetwork.getByLabel('Synlighet').selectOption('closed');
  await createNetwork.getByRole('button', { name: 'Skapa nätverket' }).click();
  await expect(createNetwork.getByRole('status')).toContainText(`Nätverket ${name} är skapat.`);

  const createPerson = page.getByRole('form', { name: 'Lägg till en person' });
  await createPerson.getByLabel('Namn').fill(`Gäst ${run}`);
  await createPerson.getByLabel('E-postadress').fill(`gast.${run}@regionskane.se`);
  await createPerson.getByLabel('Roll').selectOption('guest');
  await createPerson.getByLabel('Organisation').fill('Region Skåne');
  await createPerson.getByRole('button', { name: 'Lägg till personen' }).click();
  await expect(createPerson.getByText(`Gäst ${run} är tillagd.`)).toBeVisible();
  const link = await createPerson.locator('code').textContent();
  expect(link).toMatch(/\/inbjudan#.+/);
  await expectAccessible(page);

  // The invitation link lets the guest choose a password and sign in.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.goto(new URL(link ?? '', page.url()).pathname + new URL(link ?? '', page.url()).hash);
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Nätverkshubben' })).toBeVisible();
  await expect(page).toHaveURL(/\/inbjudan$/);
  await expectAccessible(page);
  await page.getByLabel('Nytt lösenord').fill('en lång gästmening 2026');
  await page.getByLabel('Upprepa det nya lösenordet').fill('en lång gästmening 2026');
  await page.getByRole('button', { name: 'Aktivera kontot' }).click();
  await expect(page.getByText('Klart! Ditt konto är aktiverat.')).toBeVisible();
});

test('pages outside the app: accessibility statement and 404', async ({ page }) => {
  await page.goto('/tillganglighet');
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await expectAccessible(page);
  await signIn(page, ADMIN);
  await page.goto('/finns-inte');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page).toHaveTitle('Sidan finns inte – Nätverkshubben');
  await expectAccessible(page);
});

test('admin appoints a coordinator with the search-as-you-type person picker', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin');
  const form = page.getByRole('form', { name: 'Utse samordnare' });
  await form.getByLabel('Nätverk').selectOption({ label: 'GIS-nätverket' });
  const picker = form.getByRole('combobox', { name: /^Ny samordnare/ });
  await expect(picker).toHaveAttribute('aria-expanded', 'false');

  // Without a chosen person the hub refuses, next to the picker.
  await form.getByRole('button', { name: 'Utse till samordnare' }).click();
  await expect(picker).toHaveAttribute('aria-invalid', 'true');

  await expect
    .poll(
      async () => ((await (await page.request.get('/api/v1/people/search?q=kartproduktion&limit=1')).json()) as { total: number }).total,
    )
    .toBeGreaterThan(0);
  await picker.fill('kartproduktion');
  const options = form.getByRole('listbox', { name: 'Personer som matchar' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(form.getByRole('status').filter({ hasText: /^\d+ personer matchar\./ })).toBeVisible();
  await expectAccessible(page);
  const name = ((await options.first().locator('.option-name').textContent()) ?? '').trim();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(name);
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(form.locator('.picker-chosen')).toContainText(`Vald: ${name}`);

  await form.getByRole('button', { name: 'Utse till samordnare' }).click();
  await expect(form.getByRole('status').filter({ hasText: `${name} är nu samordnare för GIS-nätverket.` })).toBeVisible();
  await expect(picker).toHaveValue('');
  await expectAccessible(page);
});
