import { type Browser, type Locator, type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, type DemoMember, KARIN, expectAccessible, findOpenNetworkMember, signIn } from './support';

const OPEN = 'Nätverket för välfärdsteknik';
const OPEN_PATH = '/natverk/natverket-for-valfardsteknik';
const CLOSED = 'Det brottsförebyggande nätverket';
const CLOSED_PATH = '/natverk/det-brottsforebyggande-natverket';

/** A member of the closed network who is not in the open one: a visitor to the open network's feed. */
async function findOutsider(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, KARIN);
  type Members = { items: Array<{ person: { id: string; external: boolean } }> };
  const open = (await (await page.request.get('/api/v1/networks/natverket-for-valfardsteknik/members')).json()) as Members;
  const closed = (await (await page.request.get('/api/v1/networks/det-brottsforebyggande-natverket/members')).json()) as Members;
  const inOpen = new Set(open.items.map((m) => m.person.id));
  for (const m of closed.items) {
    if (m.person.external || inOpen.has(m.person.id)) continue;
    const person = (await (await page.request.get(`/api/v1/people/${m.person.id}`)).json()) as { email: string | null };
    if (person.email) {
      await context.close();
      return person.email;
    }
  }
  throw new Error('no suitable outsider in the demo data');
}

async function signInAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, { email, password: DEMO_PASSWORD });
  return page;
}

function feed(page: Page): Locator {
  return page.getByRole('region', { name: 'Flöde' });
}

function post(page: Page, text: string): Locator {
  return feed(page).getByRole('article').filter({ hasText: text });
}

function announced(page: Page, text: string): Locator {
  return feed(page).getByRole('status').filter({ hasText: text });
}

async function openFeed(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(feed(page).getByRole('heading', { level: 2, name: 'Flöde' })).toBeVisible();
}

async function publish(page: Page, body: string): Promise<void> {
  await feed(page).getByRole('textbox', { name: 'Inlägg', exact: true }).fill(body);
  await feed(page).getByRole('button', { name: 'Publicera' }).click();
  await expect(announced(page, 'Inlägget är publicerat.')).toHaveCount(1);
  await expect(post(page, body)).toBeVisible();
}

test.describe.serial('the network feed', () => {
  let member: DemoMember;
  const first = 'Nu startar vi ett';

  test.beforeAll(async ({ browser }) => {
    member = await findOpenNetworkMember(browser, { notIn: 'det-brottsforebyggande-natverket' });
  });

  test('the coordinator writes a post with bold text and a mention picked by autocomplete, previews it and publishes', async ({ page }) => {
    test.slow(); // a long journey: typing, suggestions, preview, publishing, the profile and the start page
    await signIn(page, KARIN);
    await openFeed(page, OPEN_PATH, OPEN);
    await expectAccessible(page);

    const box = feed(page).getByRole('textbox', { name: 'Inlägg', exact: true });
    await box.fill(`Hej alla! ${first} `);
    // The toolbar wraps a placeholder in ** and selects it, so typing replaces the placeholder.
    await feed(page).getByRole('group', { name: 'Formatering' }).getByRole('button', { name: 'Fetstil' }).click();
    await expect(box).toBeFocused();
    await page.keyboard.type('pilotprojekt');
    await page.keyboard.press('End');
    await page.keyboard.type(' om digital tillsyn. Välkommen ');
    await box.pressSequentially(`@${member.name.split(' ')[0]}`);

    const list = feed(page).getByRole('listbox', { name: 'Medlemmar att nämna' });
    const option = list.getByRole('option', { name: new RegExp(`^${member.name}`) });
    await expect(option).toBeVisible();
    await expect(box).toHaveAttribute('aria-controls', (await list.getAttribute('id')) ?? 'missing');
    await expect(
      feed(page)
        .getByRole('status')
        .filter({ hasText: /(medlem|medlemmar) matchar/ }),
    ).toHaveCount(1);
    await expectAccessible(page);
    // Arrow keys move the active option; Enter inserts the mention: "@Namn" in the text and a token.
    for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? 'missing');
    await page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
    await expect(box).toHaveValue(`Hej alla! ${first} **pilotprojekt** om digital tillsyn. Välkommen @${member.name} `);
    await expect(feed(page).getByRole('list', { name: 'Nämns:' }).getByRole('listitem')).toHaveText([`@${member.name}`]);

    // Escape closes the suggestions; deleting the "@" and typing it again at the same place offers them again.
    await box.pressSequentially('@');
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await page.keyboard.press('Backspace');
    await box.pressSequentially('@');
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace');
    await expect(box).toHaveValue(`Hej alla! ${first} **pilotprojekt** om digital tillsyn. Välkommen @${member.name} `);

    const previewButton = feed(page).getByRole('button', { name: 'Förhandsgranska' });
    await previewButton.click();
    await expect(previewButton).toHaveAttribute('aria-pressed', 'true');
    const preview = feed(page).getByRole('group', { name: 'Förhandsgranskning' });
    await expect(preview.locator('strong')).toHaveText('pilotprojekt');
    await expect(preview.getByRole('link', { name: new RegExp(member.name) })).toHaveAttribute('href', `/personer/${member.id}`);
    await expectAccessible(page);

    await feed(page).getByRole('button', { name: 'Publicera' }).click();
    // A visible confirmation, and the new post in view with focus on its heading.
    await expect(announced(page, 'Inlägget är publicerat.')).toBeVisible();
    await expect(box).toHaveValue('');
    const card = post(page, first);
    await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(card).toBeInViewport();
    await expect(card.getByRole('heading', { level: 3, name: 'Karin Lindqvist' })).toBeVisible();
    await expect(card.locator('strong')).toHaveText('pilotprojekt');
    await expect(card.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    const mention = card.getByRole('link', { name: new RegExp(member.name) });
    await expect(mention).toHaveAttribute('href', `/personer/${member.id}`);
    await expectAccessible(page);

    // The mention is an in-app link: the router opens the profile.
    await mention.click();
    await expect(page.getByRole('heading', { level: 1, name: member.name })).toBeFocused();

    // The start page shows it under "Senaste i dina nätverk" with a link to its network.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    const latest = page.getByRole('region', { name: 'Senaste i dina nätverk' });
    const onStart = latest.getByRole('article').filter({ hasText: first });
    await expect(onStart).toBeVisible();
    await expect(onStart.getByRole('link', { name: OPEN })).toHaveAttribute('href', OPEN_PATH);
    await expectAccessible(page);
  });

  test('a member comments and reacts, the coordinator replies; counts update', async ({ page, browser }) => {
    const them = await signInAs(browser, member.email);
    await openFeed(them, OPEN_PATH, OPEN);
    const theirs = post(them, first);
    const comments = theirs.getByRole('button', { name: 'Kommentarer (0)' });
    await comments.click();
    await expect(theirs.getByRole('button', { name: 'Kommentarer (0)' })).toHaveAttribute('aria-expanded', 'true');
    await expect(theirs.getByText('Inga kommentarer än.')).toBeVisible();
    await theirs.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Vi vill gärna vara med i piloten!');
    await theirs.getByRole('button', { name: 'Skicka kommentar' }).click();
    await expect(announced(them, 'Kommentaren är publicerad.')).toHaveCount(1);
    await expect(theirs.getByRole('button', { name: 'Kommentarer (1)' })).toBeVisible();
    await expect(theirs.locator('.comment')).toHaveCount(1);

    const like = theirs.getByRole('group', { name: 'Reaktioner' }).getByRole('button', { name: /^Gilla/ });
    await expect(like).toHaveAttribute('aria-pressed', 'false');
    await like.click();
    await expect(like).toHaveAttribute('aria-pressed', 'true');
    await expect(like).toHaveAccessibleName('Gilla 1');
    await expect(announced(them, 'Din reaktion Gilla är tillagd.')).toHaveCount(1);
    const idea = theirs.getByRole('button', { name: /^Bra idé/ });
    await idea.click();
    await expect(idea).toHaveAttribute('aria-pressed', 'true');
    await expect(idea).toHaveAccessibleName('Bra idé 1');
    await expectAccessible(them);

    // Karin sees the comment and the reactions, replies and likes too.
    await signIn(page, KARIN);
    await openFeed(page, OPEN_PATH, OPEN);
    const mine = post(page, first);
    await expect(mine.getByRole('button', { name: /^Gilla/ })).toHaveAccessibleName('Gilla 1');
    await mine.getByRole('button', { name: 'Kommentarer (1)' }).click();
    await expect(mine.locator('.comment')).toContainText('Vi vill gärna vara med i piloten!');
    await mine.getByRole('button', { name: `Svara ${member.name}` }).click();
    const reply = mine.getByRole('textbox', { name: `Ditt svar till ${member.name}` });
    await expect(reply).toBeFocused();
    await expectAccessible(page);
    await reply.fill('Toppen, jag hör av mig i veckan.');
    await mine.getByRole('button', { name: 'Skicka svar' }).click();
    await expect(announced(page, 'Svaret är publicerat.')).toHaveCount(1);
    await expect(mine.getByRole('button', { name: 'Kommentarer (2)' })).toBeVisible();
    // The reply is indented under the comment it answers.
    await expect(mine.locator('.comment .replies .reply')).toContainText('Toppen, jag hör av mig i veckan.');
    await mine.getByRole('button', { name: /^Gilla/ }).click();
    await expect(mine.getByRole('button', { name: /^Gilla/ })).toHaveAccessibleName('Gilla 2');
    await expect(mine.getByRole('button', { name: /^Gilla/ })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page);

    // The member sees the reply after a reload; taking back a reaction lowers the count.
    await them.reload();
    const again = post(them, first);
    await again.getByRole('button', { name: 'Kommentarer (2)' }).click();
    await expect(again.locator('.replies')).toContainText('Toppen, jag hör av mig i veckan.');
    await again.getByRole('button', { name: /^Gilla/ }).click();
    await expect(again.getByRole('button', { name: /^Gilla/ })).toHaveAccessibleName('Gilla 1');
    await expect(again.getByRole('button', { name: /^Gilla/ })).toHaveAttribute('aria-pressed', 'false');
    await expectAccessible(them);
    await them.context().close();
  });

  test('an announcement that requires acknowledgement: the member confirms, the coordinator sees who has read it', async ({
    page,
    browser,
  }) => {
    const text = 'Nya rutiner för larmhantering gäller från måndag.';
    await signIn(page, KARIN);
    await openFeed(page, OPEN_PATH, OPEN);
    await feed(page).getByRole('textbox', { name: 'Inlägg', exact: true }).fill(text);
    await feed(page).getByRole('checkbox', { name: 'Kräver bekräftelse (Läst och förstått)' }).check();
    await expect(feed(page).getByRole('checkbox', { name: 'Meddelande' })).toBeChecked();
    await expectAccessible(page);
    await feed(page).getByRole('button', { name: 'Publicera' }).click();
    const card = post(page, text);
    await expect(card.locator('.post-banner')).toHaveText(/Meddelande/);
    await expect(card).toContainText('0 har bekräftat');
    // Pinned: it moves to the top with a badge, and focus follows it.
    await card.getByRole('button', { name: 'Fäst' }).click();
    await expect(feed(page).getByRole('list', { name: 'Fästa inlägg' }).getByRole('article').filter({ hasText: text })).toBeVisible();
    await expect(announced(page, 'Inlägget är fäst överst i flödet.')).toHaveCount(1);
    await expect(post(page, text).getByRole('heading', { level: 3 })).toBeFocused();
    await expectAccessible(page);

    const them = await signInAs(browser, member.email);
    await openFeed(them, OPEN_PATH, OPEN);
    const theirs = feed(them).getByRole('list', { name: 'Fästa inlägg' }).getByRole('article').filter({ hasText: text });
    await expect(theirs.locator('.badge-pinned')).toHaveText(/Fäst/);
    await expectAccessible(them);
    await theirs.getByRole('button', { name: 'Läst och förstått' }).click();
    await expect(theirs.getByText('Du har bekräftat')).toBeVisible();
    await expect(theirs).toContainText('1 har bekräftat');
    await expect(announced(them, 'Tack! Du har bekräftat att du läst meddelandet.')).toHaveCount(1);
    await expectAccessible(them);
    await them.context().close();

    await page.reload();
    const again = post(page, text);
    await again.getByRole('button', { name: 'Vem har läst?' }).click();
    const acknowledged = again.locator('.ack-list').filter({ has: page.getByRole('heading', { level: 4, name: 'Har bekräftat (1)' }) });
    const group = acknowledged.locator('.ack-group').filter({ has: page.getByRole('heading', { level: 5, name: member.municipality }) });
    await expect(group.getByRole('link', { name: member.name })).toBeVisible();
    const pending = again.locator('.ack-list').filter({ has: page.getByRole('heading', { level: 4, name: /^Har inte bekräftat än/ }) });
    await expect(pending.getByRole('link', { name: member.name })).toHaveCount(0);
    await expect(pending.getByRole('heading', { level: 5 }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('the author edits a post and sees the earlier version; the coordinator deletes it', async ({ page, browser }) => {
    const original = 'Vet någon hur man upphandlar trygghetslarm?';
    const edited = 'Vet någon hur man upphandlar digitala trygghetslarm?';
    const them = await signInAs(browser, member.email);
    await openFeed(them, OPEN_PATH, OPEN);
    // A member gets no announcement checkboxes.
    await expect(feed(them).getByRole('checkbox')).toHaveCount(0);
    await publish(them, original);
    // While editing, the text is in the textarea only: keep hold of the card by its heading.
    const headingId = await post(them, original).getByRole('heading', { level: 3 }).getAttribute('id');
    const theirs = feed(them)
      .getByRole('article')
      .filter({ has: them.locator(`[id="${headingId}"]`) });
    await theirs.getByRole('button', { name: 'Redigera' }).click();
    const box = theirs.getByRole('textbox', { name: 'Redigera inlägget' });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(original);
    await expectAccessible(them);
    await box.fill(edited);
    await theirs.getByRole('button', { name: 'Spara' }).click();
    await expect(announced(them, 'Inlägget är ändrat.')).toHaveCount(1);
    const card = post(them, edited);
    await expect(card).toContainText('redigerad');
    await card.getByRole('button', { name: 'Tidigare versioner' }).click();
    await expect(card.getByRole('heading', { level: 4, name: 'Tidigare versioner' })).toBeVisible();
    await expect(card.locator('.revision-body')).toHaveText(original);
    await expectAccessible(them);
    await them.context().close();

    await signIn(page, KARIN);
    await openFeed(page, OPEN_PATH, OPEN);
    const target = post(page, edited);
    // The coordinator may see the history too.
    await target.getByRole('button', { name: 'Tidigare versioner' }).click();
    await expect(target.locator('.revision-body')).toHaveText(original);
    page.once('dialog', (dialog) => void dialog.accept());
    await target.getByRole('button', { name: 'Ta bort' }).click();
    await expect(announced(page, 'Inlägget är borttaget.')).toHaveCount(1);
    await expect(feed(page).getByText(edited)).toHaveCount(0);
    await expect(feed(page).getByRole('heading', { level: 3, name: 'Inlägget är borttaget' }).first()).toBeFocused();
    await expectAccessible(page);
    await page.reload();
    await expect(feed(page).getByRole('heading', { level: 3, name: 'Inlägget är borttaget' })).toHaveCount(1);
    await expect(feed(page).getByText(edited)).toHaveCount(0);
  });

  test('a visitor to an open network reads the feed but cannot write in it', async ({ browser }) => {
    const visitor = await signInAs(browser, await findOutsider(browser));
    await openFeed(visitor, OPEN_PATH, OPEN);
    await expect(feed(visitor)).toContainText('Gå med i nätverket för att skriva, kommentera och reagera.');
    await expect(visitor.getByRole('button', { name: `Gå med ${OPEN}` })).toBeVisible();
    const card = post(visitor, first);
    await expect(card.locator('strong')).toHaveText('pilotprojekt');
    await expect(feed(visitor).getByRole('textbox')).toHaveCount(0);
    // Reactions are shown as counts, not buttons; the thread can be read but not answered.
    await expect(card.getByRole('button', { name: /^Gilla/ })).toHaveCount(0);
    await expect(card.getByRole('group', { name: 'Reaktioner' })).toContainText('Bra idé: 1');
    await card.getByRole('button', { name: 'Kommentarer (2)' }).click();
    await expect(card.locator('.replies')).toContainText('Toppen, jag hör av mig i veckan.');
    await expect(card.getByRole('button', { name: /^Svara/ })).toHaveCount(0);
    await expect(card.getByRole('textbox')).toHaveCount(0);
    await expectAccessible(visitor);
    await visitor.context().close();
  });

  test('a non-member cannot see the feed of a closed network', async ({ page, browser }) => {
    const secret = 'Lägesbild inför helgen: endast för nätverket.';
    await signIn(page, KARIN);
    await openFeed(page, CLOSED_PATH, CLOSED);
    await publish(page, secret);

    const them = await signInAs(browser, member.email);
    await them.goto(CLOSED_PATH);
    await expect(them.getByRole('heading', { level: 1, name: CLOSED })).toBeVisible();
    await expect(them.getByText('Det här nätverket är stängt.')).toBeVisible();
    await expect(feed(them)).toContainText('Flödet syns bara för nätverkets medlemmar.');
    await expect(them.getByRole('button', { name: `Be om att få gå med ${CLOSED}` })).toBeVisible();
    await expect(them.getByRole('article')).toHaveCount(0);
    await expect(them.getByText(secret)).toHaveCount(0);
    await expect(feed(them).getByRole('textbox')).toHaveCount(0);
    await expectAccessible(them);
    // The API agrees: the posts are not there for a non-member.
    const res = await them.request.get('/api/v1/networks/det-brottsforebyggande-natverket/posts');
    expect(res.status()).toBe(404);
    await them.context().close();
  });
});
