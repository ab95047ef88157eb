import { expect, test } from '@playwright/test';
import { ADMIN, expectAccessible, signIn } from './support';

test('the privacy notice is linked from the login page and the footer; the statement shows the contact the secretariat set', async ({
  page,
}) => {
  await page.goto('/logga-in');
  await page.getByRole('main').getByRole('link', { name: 'Så behandlar vi dina personuppgifter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Så behandlar vi dina personuppgifter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dina rättigheter' })).toBeVisible();
  await expect(page.getByText(/Direktmeddelanden: \d+/)).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Så behandlar vi dina personuppgifter' })).toBeVisible();
  await expectAccessible(page);

  const run = Date.now().toString(36);
  await signIn(page, ADMIN);
  await page.goto('/admin#admin-legal');
  const legal = page.getByRole('region', { name: 'Tillgänglighetsredogörelse och personuppgifter' });
  await legal.getByLabel('E-post').first().fill(`tillganglighet.${run}@familjenhelsingborg.se`);
  await legal.getByLabel('Telefon').first().fill('042-10 50 00');
  await legal.getByLabel('Senast granskad').fill('2026-12-01');
  await legal.getByRole('button', { name: 'Spara' }).click();
  await expect(legal.getByRole('status')).toHaveText('Ändringarna är sparade.');
  await page.goto('/tillganglighet');
  await expect(page.getByRole('link', { name: `tillganglighet.${run}@familjenhelsingborg.se` })).toHaveAttribute(
    'href',
    `mailto:tillganglighet.${run}@familjenhelsingborg.se`,
  );
  await expect(page.getByText('Den granskades senast den 1 december 2026.', { exact: false })).toBeVisible();
  await expectAccessible(page);
});

test('the secretariat erases a person after a dry run, and finds it in the audit log', async ({ page }) => {
  const run = Date.now().toString(36);
  const name = `Radera Testsson ${run}`;
  await signIn(page, ADMIN);
  await page.goto('/admin');
  const createPerson = page.getByRole('form', { name: 'Lägg till en person' });
  await createPerson.getByLabel('Namn').fill(name);
  await createPerson.getByLabel('E-postadress').fill(`radera.${run}@bjuv.se`);
  await createPerson.getByLabel('Kommun').selectOption({ label: 'Bjuv' });
  await createPerson.getByRole('button', { name: 'Lägg till personen' }).click();
  await expect(createPerson.getByText(`${name} är tillagd.`)).toBeVisible();

  const people = page.getByRole('region', { name: 'Personer och konton' });
  await people.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Bjuv' });
  await people.getByLabel('Sök på namn').fill(name);
  await people.getByRole('button', { name: `Radera… ${name}` }).click();
  const erase = page.getByRole('region', { name: `Radera ${name}` });
  await expect(erase.getByText('Expertis: 0')).toBeVisible();
  await expect(erase.getByRole('heading', { name: 'Behålls som allmän handling' })).toBeVisible();
  await expect(erase.getByRole('button', { name: 'Radera för gott' })).toBeDisabled();
  await expectAccessible(page);
  await erase.getByLabel('Skäl till raderingen').fill('Har slutat, begäran enligt artikel 17');
  await erase.getByLabel('Jag förstår att raderingen inte kan ångras').check();
  await erase.getByRole('button', { name: 'Radera för gott' }).click();
  // The list reads itself again after the erasure (its own "Laddar…" status); the message is the other status.
  await expect(people.getByRole('status').filter({ hasText: 'är raderad' })).toHaveText(`${name} är raderad.`);

  const audit = page.getByRole('region', { name: 'Granskningslogg' });
  await audit.getByLabel('Händelse').selectOption({ label: 'Personer' });
  await audit.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(audit.getByRole('row').filter({ hasText: 'Person raderad' }).first()).toBeVisible();
  await expect(audit.getByRole('link', { name: 'Ladda ner urvalet som CSV' })).toHaveAttribute('href', /format=csv/);
  await expectAccessible(page);
});
