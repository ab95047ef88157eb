// Forms tell what is wrong before sending (the pattern of the Swedish and UK government design
// systems): an empty required field gets aria-invalid and its message through aria-describedby, and
// focus moves to an error summary whose links lead to the fields. What the hub refuses (a 400
// problem with per-field errors) lands in the same summary, tied to its field. Scanned by axe.
import { type Locator, type Page, expect, test } from '@playwright/test';
import { KARIN, expectAccessible, signIn, writeHeaders } from './support';

const OPEN_PATH = '/natverk/natverket-for-valfardsteknik';

/** The summary has focus, names the problem and links to the field, which is marked and described. */
async function expectFieldError(page: Page, form: Locator, field: Locator, message: string): Promise<void> {
  const summary = form.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Det finns fel i formuläret' }) });
  await expect(summary).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.?]/g, '\\$&')));
  await summary.getByRole('link', { name: message }).click();
  await expect(field).toBeFocused();
}

test.describe.serial('form validation', () => {
  test.slow(); // several forms, each scanned by axe twice
  test.beforeEach(async ({ page }) => {
    await signIn(page, KARIN);
  });

  test('new meeting: required fields are checked before sending; the hub’s refusal is tied to its field', async ({ page }) => {
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/meetings')) posts += 1;
    });
    await page.goto(OPEN_PATH);
    const meetings = page.getByRole('region', { name: 'Möten' });
    await meetings.locator('summary', { hasText: 'Nytt möte' }).click();
    const form = meetings.getByRole('form', { name: 'Nytt möte' });
    await form.getByRole('button', { name: 'Annonsera mötet' }).click();
    const title = form.getByRole('textbox', { name: /^Rubrik/ });
    await expectFieldError(page, form, title, 'Rubrik måste fyllas i.');
    await expect(form.getByRole('link', { name: 'Startdatum måste fyllas i.' })).toBeVisible();
    expect(posts, 'nothing is sent while required fields are empty').toBe(0);
    await expectAccessible(page);

    const year = new Date().getFullYear() + 1;
    await title.fill('Formulärträff');
    await form.getByLabel(/^Startdatum/).fill(`${year}-03-02`);
    await form.getByLabel(/^Starttid/).fill('10:00');
    await form.getByLabel(/^Slutdatum/).fill(`${year}-03-02`);
    await form.getByLabel(/^Sluttid/).fill('11:00');
    const video = form.getByRole('textbox', { name: /^Videolänk/ });
    await video.fill('http://video.example.se/mote');
    await form.getByRole('button', { name: 'Annonsera mötet' }).click();
    await expectFieldError(page, form, video, 'Videolänken måste börja med https://.');
    expect(posts).toBe(1);
    await expect(title).not.toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });

  test('agenda proposal, profile name, API key name and new folder use the same summary', async ({ page }) => {
    // Agenda proposal on a meeting Karin announces through the API.
    const network = (await (await page.request.get('/api/v1/networks/natverket-for-valfardsteknik')).json()) as { id: string };
    const year = new Date().getFullYear() + 1;
    const created = await page.request.post(`/api/v1/networks/${network.id}/meetings`, {
      headers: await writeHeaders(page),
      data: { title: 'Agendaträff', startsAt: `${year}-04-06T10:00:00+02:00`, endsAt: `${year}-04-06T11:00:00+02:00` },
    });
    expect(created.status()).toBe(201);
    const meeting = (await created.json()) as { id: string };
    await page.goto(`/moten/${meeting.id}`);
    const propose = page.getByRole('form', { name: 'Föreslå en punkt' });
    await propose.getByRole('button', { name: 'Föreslå punkten' }).click();
    await expectFieldError(page, propose, propose.getByRole('textbox', { name: /^Rubrik/ }), 'Rubrik måste fyllas i.');
    await expectAccessible(page);

    await page.goto('/profil');
    const profile = page.getByRole('form', { name: 'Uppgifter om mig' });
    await profile.getByRole('textbox', { name: /^Namn/ }).fill('  ');
    await profile.getByRole('button', { name: 'Spara profilen' }).click();
    await expectFieldError(page, profile, profile.getByRole('textbox', { name: /^Namn/ }), 'Namn måste fyllas i.');
    await expectAccessible(page);

    await page.goto('/profil/sakerhet');
    const token = page.getByRole('form', { name: 'Skapa en ny nyckel' });
    await token.getByRole('button', { name: 'Skapa nyckel' }).click();
    await expectFieldError(page, token, token.getByRole('textbox', { name: /^Namn/ }), 'Namn måste fyllas i.');
    await expectAccessible(page);

    await page.goto(`${OPEN_PATH}/dokument`);
    await page.locator('summary', { hasText: 'Ny mapp' }).click();
    const folder = page.getByRole('form', { name: 'Ny mapp' });
    await folder.getByRole('button', { name: 'Skapa mappen' }).click();
    await expectFieldError(page, folder, folder.getByRole('textbox', { name: /^Mappens namn/ }), 'Mappens namn måste fyllas i.');
    await expectAccessible(page);
  });
});
