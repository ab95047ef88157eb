// The meeting cycle: a member proposes an agenda item, Karin (coordinator) accepts, times and
// reorders the agenda with the keyboard; Karin appoints the member note-taker, writes the minutes,
// adds an action item and publishes; the member reads the minutes and their library copy; the action
// item is carried over to the next meeting, where its owner marks it done. The calendar's month view
// and its overlap warning, the meeting e-mail setting, the secretariat's annual report with its CSV,
// and the meeting page at 320 px. Every page visited is scanned by axe.
import { readFile } from 'node:fs/promises';
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { ADMIN, DEMO_PASSWORD, type DemoMember, KARIN, expectAccessible, findOpenNetworkMember, signedIn, writeHeaders } from './support';

const SLUG = 'natverket-for-valfardsteknik';
const NETWORK = 'Nätverket för välfärdsteknik';
const RUN = Date.now().toString(36);

/** The Stockholm date `days` from now (YYYY-MM-DD). */
function stockholmDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** "2026-12-17" + "09:00" Stockholm wall time as ISO 8601 with the right offset (winter or summer). */
function stockholm(date: string, time: string): string {
  const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const offset of ['+01:00', '+02:00']) {
    const iso = `${date}T${time}:00${offset}`;
    if (wall.format(new Date(iso)) === time) return iso;
  }
  throw new Error(`no Stockholm time ${date} ${time}`);
}

function addDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

function monthName(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)),
  );
}

async function createMeeting(page: Page, body: Record<string, unknown>): Promise<string> {
  const answer = await page.request.post(`/api/v1/networks/${SLUG}/meetings`, { headers: await writeHeaders(page), data: body });
  expect(answer.status(), await answer.text()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

async function answerMeeting(page: Page, id: string, answer: 'yes' | 'no' | 'maybe'): Promise<void> {
  const response = await page.request.put(`/api/v1/meetings/${id}/rsvp`, { headers: await writeHeaders(page), data: { answer } });
  expect(response.status(), await response.text()).toBe(200);
}

async function fitsScreen(page: Page): Promise<void> {
  await expect(async () => {
    expect(await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  }).toPass();
}

test.describe.serial('meeting cycle', () => {
  let member: DemoMember;
  let karin: { context: BrowserContext; page: Page };
  let other: { context: BrowserContext; page: Page };
  const earlier = { id: '', title: `Förra träffen ${RUN}`, day: stockholmDay(-2) };
  const next = { id: '', title: `Nästa träff ${RUN}`, day: stockholmDay(20) };
  const clash = { id: '', title: `Krockande träff ${RUN}` };
  const proposal = `Trygghetslarm i hemtjänsten ${RUN}`;
  const opening = `Välkommen och inledning ${RUN}`;
  const action = `Ta fram en gemensam upphandling ${RUN}`;
  const due = stockholmDay(10);

  test.beforeAll(async ({ browser }) => {
    member = await findOpenNetworkMember(browser);
    karin = await signedIn(browser, KARIN);
    other = await signedIn(browser, { email: member.email, password: DEMO_PASSWORD });
    // The earlier meeting is announced for tomorrow so the member can say yes, then moved two days back:
    // it has been held (the annual report counts it) and its action items carry over to later meetings.
    const tomorrow = stockholmDay(1);
    earlier.id = await createMeeting(karin.page, {
      title: earlier.title,
      startsAt: stockholm(tomorrow, '10:00'),
      endsAt: stockholm(tomorrow, '12:00'),
      location: 'Rådhuset',
    });
    await answerMeeting(other.page, earlier.id, 'yes');
    const moved = await karin.page.request.patch(`/api/v1/meetings/${earlier.id}`, {
      headers: await writeHeaders(karin.page),
      data: { startsAt: stockholm(earlier.day, '10:00'), endsAt: stockholm(earlier.day, '12:00') },
    });
    expect(moved.status(), await moved.text()).toBe(200);
    next.id = await createMeeting(karin.page, {
      title: next.title,
      startsAt: stockholm(next.day, '09:00'),
      endsAt: stockholm(next.day, '11:00'),
      location: 'Stadshuset, Höganäs',
    });
  });

  test.afterAll(async () => {
    await karin?.context.close();
    await other?.context.close();
  });

  test('a member proposes an item; Karin accepts, orders it with the keyboard and times it; planned times show live', async () => {
    const k = karin.page;
    const m = other.page;
    await k.goto(`/moten/${next.id}`);
    await expect(k.getByRole('heading', { level: 1, name: next.title })).toBeVisible();
    const kAgenda = k.getByRole('region', { name: 'Dagordning' });
    await expect(kAgenda.getByText('Inga punkter på dagordningen än.')).toBeVisible();
    await expect(kAgenda.getByText('Inga förslag väntar.')).toBeVisible();

    await m.goto(`/moten/${next.id}`);
    const agenda = m.getByRole('region', { name: 'Dagordning' });
    await expect(agenda.getByText('Inga punkter på dagordningen än.')).toBeVisible();
    await expect(agenda.getByText('Inga öppna åtgärder från tidigare möten.')).toBeVisible();
    await expectAccessible(m);

    // An empty title is refused next to the field.
    const propose = agenda.getByRole('form', { name: 'Föreslå en punkt' });
    await propose.getByRole('button', { name: 'Föreslå punkten' }).click();
    await expect(propose.getByRole('textbox', { name: /^Rubrik/ })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(m);

    await propose.getByRole('textbox', { name: /^Rubrik/ }).fill(proposal);
    await propose.getByRole('textbox', { name: /^Beskrivning/ }).fill('Erfarenheter av digitala larm i Bjuv och Åstorp.');
    await propose.getByRole('button', { name: 'Föreslå punkten' }).click();
    await expect(agenda.getByRole('status').filter({ hasText: `Tack! Punkten ${proposal} är föreslagen.` })).toHaveCount(1);
    const mine = agenda.getByRole('listitem').filter({ hasText: proposal });
    await expect(mine).toContainText(`Föreslagen av ${member.name}`);
    await expect(mine.getByRole('button', { name: `Dra tillbaka ${proposal}` })).toBeVisible();
    await expect(propose.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('');
    await expectAccessible(m);

    // Karin sees the proposal live, proposes one of her own and accepts both.
    const kProposal = kAgenda.getByRole('listitem').filter({ hasText: proposal });
    await expect(kProposal).toContainText(`Föreslagen av ${member.name}`);
    await kAgenda
      .getByRole('form', { name: 'Föreslå en punkt' })
      .getByRole('textbox', { name: /^Rubrik/ })
      .fill(opening);
    await kAgenda.getByRole('button', { name: 'Föreslå punkten' }).click();
    await kAgenda.getByRole('button', { name: `Ta med ${proposal}` }).click();
    await expect(kAgenda.getByRole('status').filter({ hasText: `${proposal} är med på dagordningen.` })).toHaveCount(1);
    await kAgenda.getByRole('button', { name: `Ta med ${opening}` }).click();
    await expect(kAgenda.getByRole('status').filter({ hasText: `${opening} är med på dagordningen.` })).toHaveCount(1);
    await expect(kAgenda.getByText('Inga förslag väntar.')).toBeVisible();
    const order = kAgenda.locator('ol.agenda-list > li .agenda-title');
    await expect(order).toHaveText([proposal, opening]);
    await expectAccessible(k);

    // Keyboard only: the opening moves up, down and up again; focus stays on the pressed button.
    const up = kAgenda.getByRole('button', { name: `Flytta upp ${opening}` });
    const down = kAgenda.getByRole('button', { name: `Flytta ned ${opening}` });
    await up.focus();
    await k.keyboard.press('Enter');
    await expect(order).toHaveText([opening, proposal]);
    await expect(kAgenda.getByRole('status').filter({ hasText: `${opening} är nu punkt 1 av 2.` })).toHaveCount(1);
    await expect(up).toBeFocused();
    await expect(up).toHaveAttribute('aria-disabled', 'true');
    await k.keyboard.press('Tab');
    await expect(down).toBeFocused();
    await k.keyboard.press('Enter');
    await expect(order).toHaveText([proposal, opening]);
    await expect(kAgenda.getByRole('status').filter({ hasText: `${opening} är nu punkt 2 av 2.` })).toHaveCount(1);
    await expect(down).toBeFocused();
    await k.keyboard.press('Shift+Tab');
    await expect(up).toBeFocused();
    await k.keyboard.press('Space');
    await expect(order).toHaveText([opening, proposal]);
    await expect(kAgenda.getByRole('status').filter({ hasText: `${opening} är nu punkt 1 av 2.` })).toHaveCount(1);
    await expect(up).toBeFocused();

    // Twenty minutes for the opening: the next item is planned at 09:20.
    await kAgenda.getByLabel(`Minuter för ${opening}`).fill('20');
    await kAgenda.getByRole('button', { name: `Spara tiden för ${opening}` }).click();
    await expect(kAgenda.getByRole('status').filter({ hasText: `${opening} har fått 20 minuter.` })).toHaveCount(1);
    const kItems = kAgenda.locator('ol.agenda-list > li');
    await expect(kItems.nth(0)).toContainText('09:00');
    await expect(kItems.nth(0)).toContainText('20 min');
    await expect(kItems.nth(1)).toContainText('09:20');
    await expectAccessible(k);

    // The member's page follows live, in order and with the planned times; coordinators' controls are not there.
    const items = agenda.locator('ol.agenda-list > li');
    await expect(items.nth(0)).toContainText(opening);
    await expect(items.nth(0)).toContainText('09:00');
    await expect(items.nth(1)).toContainText(proposal);
    await expect(items.nth(1)).toContainText('09:20');
    await expect(agenda.getByRole('button', { name: /^Flytta upp/ })).toHaveCount(0);
    await expectAccessible(m);
  });

  test('Karin appoints a note-taker, writes the minutes with an action item and publishes; the member reads them and the library copy', async () => {
    const k = karin.page;
    const m = other.page;
    await k.goto(`/moten/${earlier.id}`);
    await expect(k.getByRole('heading', { level: 1, name: earlier.title })).toBeVisible();
    const minutes = k.getByRole('region', { name: 'Minnesanteckningar', exact: true });
    await expect(minutes.getByText('Inga åtgärder.')).toBeVisible();
    await expectAccessible(k);

    const noteTaker = minutes.getByRole('form', { name: 'Antecknare' });
    await noteTaker.getByLabel('Vem för anteckningarna?').selectOption({ label: member.name });
    await noteTaker.getByRole('button', { name: 'Spara antecknaren' }).click();
    await expect(minutes.getByRole('status').filter({ hasText: `${member.name} för anteckningarna.` })).toHaveCount(1);
    await expect(minutes).toContainText(`Antecknare: ${member.name}`);

    // The member, now the note-taker, has the page open while Karin writes.
    await m.goto(`/moten/${earlier.id}`);
    const memberMinutes = m.getByRole('region', { name: 'Minnesanteckningar', exact: true });
    await expect(memberMinutes.getByRole('form', { name: 'Skriv minnesanteckningar' })).toBeVisible();
    await expectAccessible(m);

    const editor = minutes.getByRole('form', { name: 'Skriv minnesanteckningar' });
    await editor
      .getByRole('textbox', { name: /^Minnesanteckningar/ })
      .fill('## Beslut\n\n- Vi inför **digitala trygghetslarm** i alla elva kommuner.\n');
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(minutes.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toHaveCount(1);
    await expect(minutes.getByText(/Det finns ett utkast/)).toBeVisible();

    const add = minutes.getByRole('form', { name: 'Lägg till en åtgärd' });
    await add.getByRole('textbox', { name: /^Vad ska göras/ }).fill(action);
    await add.getByLabel('Ansvarig').selectOption({ label: member.name });
    await add.getByLabel('Klart senast').fill(due);
    await add.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    await expect(minutes.getByRole('status').filter({ hasText: `Åtgärden ${action} är tillagd.` })).toHaveCount(1);
    await expect(minutes.getByRole('checkbox', { name: action })).not.toBeChecked();
    await expect(minutes.getByRole('checkbox', { name: action })).toHaveAccessibleDescription(
      new RegExp(`^Ansvarig: ${member.name} · klart senast`),
    );
    await expectAccessible(k);

    k.once('dialog', (dialog) => void dialog.accept());
    await editor.getByRole('button', { name: 'Publicera', exact: true }).click();
    await expect(minutes.getByRole('status').filter({ hasText: 'Minnesanteckningarna är publicerade.' })).toHaveCount(1);
    const published = minutes.getByRole('article', { name: 'Publicerade minnesanteckningar' });
    await expect(published.locator('strong', { hasText: 'digitala trygghetslarm' })).toBeVisible();
    await expect(published.getByRole('link', { name: 'Minnesanteckningarna i dokumentbiblioteket' })).toHaveAttribute(
      'href',
      /^\/dokument\//,
    );
    await expectAccessible(k);

    // The member sees them live, with the action item, and opens the library copy.
    const memberPublished = memberMinutes.getByRole('article', { name: 'Publicerade minnesanteckningar' });
    await expect(memberPublished.locator('strong', { hasText: 'digitala trygghetslarm' })).toBeVisible();
    await expect(memberMinutes).toContainText(action);
    await expectAccessible(m);
    await memberPublished.getByRole('link', { name: 'Minnesanteckningarna i dokumentbiblioteket' }).click();
    await expect(m.getByRole('heading', { level: 1, name: /Minnesanteckningar/ })).toBeVisible();
    await expect(m).toHaveURL(/\/dokument\//);
    await expectAccessible(m);
  });

  test('the action item is carried over to the next meeting and the network page until its owner marks it done', async () => {
    const m = other.page;
    await m.goto(`/natverk/${SLUG}`);
    const meetings = m.getByRole('region', { name: 'Möten' });
    await expect(meetings.getByRole('heading', { level: 3, name: 'Öppna åtgärder' })).toBeVisible();
    const onNetwork = meetings.getByRole('listitem').filter({ hasText: action });
    await expect(onNetwork).toContainText(`Ansvarig: ${member.name}`);
    await expect(onNetwork).toContainText('klart senast');
    await expect(onNetwork.getByRole('link', { name: earlier.title })).toBeVisible();
    await expectAccessible(m);

    await m.goto(`/moten/${next.id}`);
    const agenda = m.getByRole('region', { name: 'Dagordning' });
    const done = agenda.getByRole('checkbox', { name: action });
    await expect(done).not.toBeChecked();
    await expect(done).toHaveAccessibleDescription(new RegExp(`Ansvarig: ${member.name}.*från ${earlier.title}`));
    await expectAccessible(m);
    await done.click();
    await expect(agenda.getByRole('status').filter({ hasText: `${action} är markerad som klar.` })).toHaveCount(1);
    await expect(agenda.getByText('Inga öppna åtgärder från tidigare möten.')).toBeVisible();
    await expect(agenda.getByRole('heading', { name: 'Från tidigare möten' })).toBeFocused();
    await expectAccessible(m);

    await m.goto(`/natverk/${SLUG}`);
    await expect(m.getByRole('region', { name: 'Möten' }).getByRole('heading', { level: 3, name: 'Öppna åtgärder' })).toBeVisible();
    await expect(m.getByRole('region', { name: 'Möten' }).getByText(action)).toHaveCount(0);
    await expectAccessible(m);
  });

  test('the month view shows my meetings and answers; two overlapping meetings give a warning', async () => {
    const m = other.page;
    clash.id = await createMeeting(karin.page, {
      title: clash.title,
      startsAt: stockholm(next.day, '10:00'),
      endsAt: stockholm(next.day, '12:00'),
      videoUrl: 'https://meet.example.se/krock',
    });

    await m.goto('/kalender');
    await expect(m.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
    const warning = m.getByRole('region', { name: /Möten som krockar/ });
    const pair = warning.getByRole('listitem').filter({ hasText: next.title }).filter({ hasText: clash.title });
    await expect(pair).toContainText('krockar med');
    await expect(m.getByRole('button', { name: 'Lista', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(m);

    await m.getByRole('button', { name: 'Månad', exact: true }).click();
    await expect(m).toHaveURL(/visa=manad/);
    await expect(m.getByRole('button', { name: 'Månad', exact: true })).toBeFocused();
    if (next.day.slice(0, 7) !== stockholmDay(0).slice(0, 7)) await m.getByRole('button', { name: /Nästa månad/ }).click();
    await expect(m).toHaveURL(new RegExp(`manad=${next.day.slice(0, 7)}`));
    const grid = m.getByRole('grid', { name: monthName(next.day) });
    const cell = grid.locator(`td[data-date="${next.day}"]`);
    const link = cell.getByRole('link', { name: new RegExp(next.title) });
    await expect(link).toHaveAttribute('href', `/moten/${next.id}`);
    await expect(cell.getByRole('listitem').filter({ hasText: next.title })).toContainText('Ditt svar: Ej svarat');
    await expect(cell.getByRole('listitem').filter({ hasText: next.title })).toContainText('Krockar');
    await expect(cell.getByRole('link', { name: new RegExp(clash.title) })).toBeVisible();
    await expectAccessible(m);

    // Arrow keys move between days; Tab goes on to the day's meetings; the month stays in the address.
    await cell.focus();
    await m.keyboard.press('ArrowDown');
    await expect(m.locator(`td[data-date="${addDays(next.day, 7)}"]`)).toBeFocused();
    await m.keyboard.press('ArrowUp');
    await expect(cell).toBeFocused();
    await m.keyboard.press('ArrowRight');
    await expect(m.locator(`td[data-date="${addDays(next.day, 1)}"]`)).toBeFocused();
    await m.keyboard.press('ArrowLeft');
    await expect(cell).toBeFocused();
    await m.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await m.reload();
    await expect(m.getByRole('grid', { name: monthName(next.day) })).toBeVisible();
    await expect(m.getByRole('button', { name: 'Månad', exact: true })).toHaveAttribute('aria-pressed', 'true');

    // Answering no to one of them ends the overlap (live).
    await answerMeeting(m, clash.id, 'no');
    await expect(m.getByRole('region', { name: /Möten som krockar/ })).toHaveCount(0);
    await expect(m.locator(`td[data-date="${next.day}"]`).getByRole('listitem').filter({ hasText: clash.title })).toContainText(
      'Ditt svar: Nej',
    );
    await expectAccessible(m);
  });

  test('meeting notifications lead to the meeting; meeting e-mail can be turned off per network, and the choice is kept', async () => {
    const m = other.page;
    await m.goto('/notiser');
    // Meeting notifications lead to the meeting.
    const notifications = m.getByRole('region', { name: 'Dina notiser' });
    await expect(
      notifications.getByRole('link', { name: `Minnesanteckningarna från ${earlier.title} i ${NETWORK} är publicerade` }),
    ).toHaveAttribute('href', `/moten/${earlier.id}`);
    await expect(notifications.getByRole('link', { name: `Nytt möte i ${NETWORK}: ${next.title}` })).toHaveAttribute(
      'href',
      `/moten/${next.id}`,
    );
    const section = m.getByRole('region', { name: 'Mötesmejl' });
    const box = section.getByRole('checkbox', { name: `Mötesmejl från ${NETWORK}` });
    await expect(box).toBeChecked();
    await expectAccessible(m);
    await box.uncheck();
    await expect(section.getByRole('status').filter({ hasText: `Du får inte längre mötesmejl från ${NETWORK}.` })).toHaveCount(1);
    await m.reload();
    await expect(
      m.getByRole('region', { name: 'Mötesmejl' }).getByRole('checkbox', { name: `Mötesmejl från ${NETWORK}` }),
    ).not.toBeChecked();
    await expectAccessible(m);
    await m
      .getByRole('region', { name: 'Mötesmejl' })
      .getByRole('checkbox', { name: `Mötesmejl från ${NETWORK}` })
      .check();
    await expect(
      m
        .getByRole('region', { name: 'Mötesmejl' })
        .getByRole('status')
        .filter({ hasText: `Du får mötesmejl från ${NETWORK}.` }),
    ).toHaveCount(1);
    await m.reload();
    await expect(m.getByRole('region', { name: 'Mötesmejl' }).getByRole('checkbox', { name: `Mötesmejl från ${NETWORK}` })).toBeChecked();
  });

  test('the secretariat’s annual report: table per network, attendance by municipality with a chart, CSV for Excel', async ({
    browser,
  }) => {
    const admin = await signedIn(browser, ADMIN);
    const page = admin.page;
    const year = earlier.day.slice(0, 4);
    try {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Årsrapport möten' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Årsrapport möten' })).toBeFocused();
      await page.getByLabel('År').selectOption(year);
      await expect(page).toHaveURL(new RegExp(`ar=${year}`));
      const table = page.getByRole('table', { name: `Möten per nätverk ${year}` });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: NETWORK, exact: true }) });
      const held = Number(await row.getByRole('cell').nth(0).textContent());
      expect(held).toBeGreaterThanOrEqual(1);
      expect(Number(await row.getByRole('cell').nth(3).textContent())).toBeGreaterThanOrEqual(1);
      await expect(row).toContainText(member.municipality);
      const byMunicipality = page.getByRole('table', { name: `Deltagare per kommun och organisation ${year}, alla nätverk` });
      const place = byMunicipality
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: member.municipality, exact: true }) });
      expect(Number(await place.getByRole('cell').nth(0).textContent())).toBeGreaterThanOrEqual(1);
      await expect(place.locator('svg.bar rect')).toHaveCount(1);
      await expectAccessible(page);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Ladda ner CSV/ }).click()]);
      expect(download.suggestedFilename()).toBe(`motesrapport-${year}.csv`);
      const bytes = await readFile(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.startsWith('År;Nätverk')).toBe(true);
      expect(text).toContain(`${year};${NETWORK};`);
    } finally {
      await admin.context.close();
    }
  });

  test('at 320 px the meeting pages and the month view fit the screen', async () => {
    const k = karin.page;
    await k.setViewportSize({ width: 320, height: 720 });
    try {
      await k.goto(`/moten/${next.id}`);
      await expect(k.getByRole('region', { name: 'Dagordning' }).locator('ol.agenda-list > li')).toHaveCount(2);
      await expect(k.getByRole('button', { name: `Flytta upp ${opening}` })).toBeVisible();
      await fitsScreen(k);
      await expectAccessible(k);
      await k.goto(`/moten/${earlier.id}`);
      await expect(k.getByRole('article', { name: 'Publicerade minnesanteckningar' })).toBeVisible();
      await fitsScreen(k);
      await expectAccessible(k);
      await k.goto(`/kalender?visa=manad&manad=${next.day.slice(0, 7)}`);
      const cell = k.locator(`td[data-date="${next.day}"]`);
      await expect(cell.getByRole('link', { name: new RegExp(next.title) })).toBeVisible();
      await expect(cell).toContainText(
        new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', weekday: 'long' }).format(new Date(`${next.day}T12:00:00Z`)),
      );
      await fitsScreen(k);
      await expectAccessible(k);
    } finally {
      await k.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
