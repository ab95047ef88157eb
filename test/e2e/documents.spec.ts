// The document library: Karin (coordinator of the open network) uploads two files at once, sees a
// refused one explained, opens a document (preview, download with å/ä/ö in the name, a new version,
// restore), deletes and restores from the waste bin; a member's upload appears live; keyboard only;
// 320 px; search finds the PDF by its text; the secretariat's settings. Every page is scanned by axe.
import { readFile } from 'node:fs/promises';
import { type BrowserContext, type Locator, type Page, expect, test } from '@playwright/test';
import { makePdf, makePng, makeScannedPdf } from '@hub/testing';
import { ADMIN, DEMO_PASSWORD, KARIN, expectAccessible, findOpenNetworkMember, signedIn, writeHeaders } from './support';

const SLUG = 'natverket-for-valfardsteknik';
const NETWORK = 'Nätverket för välfärdsteknik';
const LIBRARY = `/natverk/${SLUG}/dokument`;
// A run id keeps names unique, so the journeys also pass against a hub that has seen them before.
const RUN = Date.now().toString(36).slice(-5);
const SEARCH_WORD = 'trygghetslarmsupphandlingen';

const pdfName = `Protokoll ${RUN} Ängelholm och Höganäs.pdf`;
const pdfTitle = pdfName.replace(/\.pdf$/, '');
// Two pages, so the upload takes a moment and shows its progress.
const pdfV1 = makePdf([
  `Protokoll från nätverksträffen ${RUN}`,
  `Vi diskuterade ${SEARCH_WORD} i Höganäs.`,
  ...Array.from({ length: 400 }, (_, i) => `Punkt ${i + 1}: åtgärder för välfärdsteknik i de elva kommunerna.`),
]);
const pdfV2 = makePdf([`Protokoll från nätverksträffen ${RUN}, justerat`, `Vi diskuterade ${SEARCH_WORD} i Höganäs och Ängelholm.`]);
const csvName = `Deltagare ${RUN} åäö.csv`;
const csvTitle = csvName.replace(/\.csv$/, '');
const csv = Buffer.from('namn;kommun;roll\nÅsa Öberg;Höganäs;samordnare\nÄrlig Åkesson;Ängelholm;medlem\n', 'utf8');
const folderName = `Protokoll ${RUN}`;

function uploads(page: Page): Locator {
  return page.getByRole('list', { name: 'Uppladdningar' });
}

function documentRow(page: Page, title: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
}

/** Presses Tab (or Shift+Tab) until `target` has focus: proof that it is reachable by keyboard, in order. */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 80); i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The whole address ends with this path and query. */
function at(pathAndQuery: string): RegExp {
  return new RegExp(`${pathAndQuery.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

test.describe.serial('document library', () => {
  let karin: { context: BrowserContext; page: Page };
  let csp: string[];

  test.beforeAll(async ({ browser }) => {
    karin = await signedIn(browser, KARIN);
    csp = [];
    karin.page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) csp.push(message.text());
    });
  });

  test.afterAll(async () => {
    await karin?.context.close();
  });

  test('Karin makes a folder, uploads two files at once with progress, and a refused file says which types are allowed', async () => {
    const page = karin.page;
    await page.goto(`/natverk/${SLUG}`);
    const section = page.getByRole('region', { name: 'Dokument' });
    await expect(section.getByRole('heading', { level: 2, name: 'Dokument' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'På sidan' }).getByRole('link', { name: 'Dokument' })).toHaveAttribute(
      'href',
      '#documents-heading',
    );
    await section.getByRole('link', { name: 'Öppna dokumentbiblioteket' }).click();
    await expect(page).toHaveURL(at(LIBRARY));
    await expect(page.getByRole('heading', { level: 1, name: `Dokument i ${NETWORK}` })).toBeFocused();
    await expect(page.getByText(/^Använt .+ av 2\s048 MB$/)).toBeVisible();
    await expect(
      page.getByText(/^Tillåtna filtyper: pdf, docx, xlsx, pptx, odt, ods, odp, txt, md, csv, png, jpg(, jpeg)?\. Högst 50 MB per fil\.$/),
    ).toBeVisible();
    await expectAccessible(page);

    // A folder, which the tree then shows and opens.
    await page.locator('summary', { hasText: 'Ny mapp' }).click();
    const folderForm = page.getByRole('form', { name: 'Ny mapp' });
    await folderForm.getByRole('textbox', { name: /^Mappens namn/ }).fill(folderName);
    await folderForm.getByRole('button', { name: 'Skapa mappen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Mappen ${folderName} är skapad.` })).toBeVisible();
    const tree = page.getByRole('navigation', { name: 'Mappar' });
    const folderLink = tree.getByRole('link', { name: `${folderName} (0)` });
    await folderLink.click();
    await expect(folderLink).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('heading', { level: 2, name: `Mappen ${folderName}` })).toBeVisible();
    await expect(page.getByText('Det finns inga dokument här.')).toBeVisible();
    // Uploads go to the folder on screen.
    await expect(page.getByRole('combobox', { name: 'Mapp', exact: true })).toHaveValue(/^[0-9a-f-]{36}$/);

    // Two files at once through the file input, slowed down so the progress shows.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 8 * 1024 });
    await page.getByRole('textbox', { name: /^Taggar/ }).fill('protokoll, åäö-prov');
    await page.getByLabel('Välj filer').setInputFiles([
      { name: pdfName, mimeType: 'application/pdf', buffer: pdfV1 },
      { name: csvName, mimeType: 'text/csv', buffer: csv },
    ]);
    const list = uploads(page);
    await expect(list.getByRole('listitem')).toHaveCount(2);
    const pdfProgress = list.getByRole('progressbar', { name: pdfName });
    await expect(pdfProgress).toBeVisible();
    await expect(list.getByText(/^Laddar upp: ([1-9]|[1-9]\d) %$/).first()).toBeVisible();
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(list.getByText('Uppladdad.')).toHaveCount(2, { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: '2 av 2 filer är uppladdade.' })).toBeVisible();
    await expect(pdfProgress).toHaveAttribute('value', '100');
    await expect(list.getByRole('link', { name: `Öppna ${pdfTitle}` })).toBeVisible();

    // The list refreshed: both in the folder, with type, a Swedish size, the uploader and the tags.
    const pdfRow = documentRow(page, pdfTitle);
    await expect(pdfRow).toContainText('PDF');
    await expect(pdfRow.getByRole('cell').nth(1)).toHaveText(/^\d+(,\d)? kB$/);
    await expect(pdfRow).toContainText('Karin Lindqvist');
    await expect(pdfRow.getByRole('link', { name: 'Visa dokument med taggen åäö-prov' })).toBeVisible();
    await expect(documentRow(page, csvTitle)).toContainText('CSV');
    await expect(documentRow(page, csvTitle).getByRole('cell').nth(1)).toHaveText(/^\d+ byte$/);
    await expect(tree.getByRole('link', { name: `${folderName} (2)` })).toBeVisible();
    await expectAccessible(page);

    // A refused file: the hub's Swedish detail names the allowed types; nothing is added.
    await page.getByRole('button', { name: 'Rensa listan' }).click();
    await expect(list).toHaveCount(0);
    await page
      .getByLabel('Välj filer')
      .setInputFiles({ name: 'sida.html', mimeType: 'text/html', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    const refused = uploads(page).getByRole('listitem').filter({ hasText: 'sida.html' });
    await expect(refused).toContainText('Kunde inte laddas upp.');
    await expect(refused).toContainText('Filtypen .html är inte tillåten; tillåtna filtyper är PDF, Word (.docx)');
    await expect(
      page.getByRole('status').filter({ hasText: '0 av 1 fil är uppladdad. Kunde inte laddas upp: sida.html.' }),
    ).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'sida' })).toHaveCount(0);
    await expectAccessible(page);

    // Filters: a word of the title, then a tag.
    const filters = page.getByRole('search', { name: 'Filtrera dokumenten' });
    await filters.getByRole('searchbox', { name: 'Sök i titel och filnamn' }).fill('Deltagare');
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await expect(page.getByRole('rowheader', { name: csvTitle })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: pdfTitle })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '1 dokument visas.' })).toBeVisible();
    await filters.getByRole('link', { name: 'Rensa filtren' }).click();
    await expect(page.getByRole('rowheader', { name: pdfTitle })).toBeVisible();
    await filters.getByRole('combobox', { name: 'Tagg' }).selectOption('åäö-prov');
    await expect(page).toHaveURL(/tagg=%C3%A5%C3%A4%C3%B6-prov/);
    await expect(page.getByRole('rowheader', { name: pdfTitle })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: csvTitle })).toBeVisible();
    await expectAccessible(page);
  });

  test('the document page previews the PDF from the hub, downloads keep å/ä/ö, a new version with a note, and version 1 restored', async () => {
    const page = karin.page;
    await page.goto(LIBRARY);
    const inline = page.waitForResponse((r) => r.url().includes('/download?') && r.url().includes('disposition=inline'));
    await page.getByRole('link', { name: pdfTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: pdfTitle })).toBeFocused();
    await expect(page.getByRole('link', { name: NETWORK, exact: true })).toHaveAttribute('href', `/natverk/${SLUG}`);
    await expect(page.getByRole('link', { name: folderName, exact: true })).toBeVisible();

    // Preview: a same-origin frame with the PDF, under the hub's own sandbox policy, and no CSP errors.
    const frame = page.frameLocator(`iframe[title="Förhandsvisning av ${pdfTitle}"]`);
    await expect(page.locator('iframe.doc-frame')).toHaveAttribute(
      'src',
      /^\/api\/v1\/documents\/[0-9a-f-]+\/download\?version=1&disposition=inline$/,
    );
    const response = await inline;
    expect(response.status()).toBe(200);
    const headers = await response.allHeaders();
    expect(headers['content-type']).toBe('application/pdf');
    expect(headers['content-security-policy']).toMatch(/^sandbox;/);
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    await expect(frame.locator('body')).toBeAttached();
    expect(
      new URL(
        page
          .frames()
          .find((f) => f.url().includes('disposition=inline'))
          ?.url() ?? 'http://x',
      ).origin,
    ).toBe(new URL(page.url()).origin);
    expect(csp).toEqual([]);
    await expectAccessible(page);

    // Download: the browser's file keeps the name with å/ä/ö and spaces, byte for byte.
    const first = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Ladda ner \(PDF, \d+(,\d)? kB\)$/ }).click();
    const download = await first;
    expect(download.suggestedFilename()).toBe(pdfName);
    expect((await readFile(await download.path())).equals(pdfV1)).toBe(true);

    // A new version with a note.
    await page.locator('summary', { hasText: 'Ladda upp ny version' }).click();
    const form = page.getByRole('form', { name: 'Ladda upp ny version' });
    await form.getByLabel('Välj fil', { exact: true }).setInputFiles({ name: pdfName, mimeType: 'application/pdf', buffer: pdfV2 });
    await expect(form.getByText(`Vald fil: ${pdfName}`)).toBeVisible();
    await form.getByRole('textbox', { name: /^Vad har ändrats/ }).fill('Justerat efter mötet: Ängelholm tillagt.');
    await form.getByRole('button', { name: 'Ladda upp versionen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Version 2 är uppladdad.' })).toBeVisible();
    const versions = page.getByRole('table', { name: `Versioner av ${pdfTitle}, nyaste först` });
    await expect(versions.getByRole('row')).toHaveCount(3);
    const v2 = versions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^2/ }) });
    await expect(v2).toContainText('Justerat efter mötet: Ängelholm tillagt.');
    await expect(v2).toContainText('Karin Lindqvist');
    await expect(v2).toContainText('aktuell');
    await expect(page.locator('iframe.doc-frame')).toHaveAttribute('src', /version=2&disposition=inline$/);
    await expectAccessible(page);

    // Any version can be downloaded.
    const old = page.waitForEvent('download');
    await versions.getByRole('link', { name: 'Ladda ner version 1' }).click();
    expect((await readFile(await (await old).path())).equals(pdfV1)).toBe(true);

    // Restore version 1: it becomes version 3, and the history says where it came from.
    page.once('dialog', (dialog) => void dialog.accept());
    await versions.getByRole('button', { name: 'Återställ version 1' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Version 1 är återställd som version 3.' })).toBeVisible();
    await expect(versions.getByRole('row')).toHaveCount(4);
    const v3 = versions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^3/ }) });
    await expect(v3).toContainText('Återställd från version 1');
    await expect(v3).toContainText('aktuell');
    const current = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Ladda ner \(PDF/ }).click();
    expect((await readFile(await (await current).path())).equals(pdfV1)).toBe(true);
    await expectAccessible(page);
  });

  test('edit and delete: the document leaves the list, waits in the waste bin with its removal date, and the coordinator restores it', async () => {
    const page = karin.page;
    await page.goto(LIBRARY);
    await page.getByRole('link', { name: csvTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: csvTitle })).toBeVisible();
    await expect(page.getByText('Förhandsvisning finns för PDF och bilder. Ladda ner filen för att öppna den.')).toBeVisible();

    // Rename and tag.
    const renamed = `${csvTitle} (reviderad)`;
    await page.locator('summary', { hasText: 'Byt namn, taggar eller mapp' }).click();
    const edit = page.getByRole('form', { name: 'Byt namn, taggar eller mapp' });
    await edit.getByRole('textbox', { name: /^Titel/ }).fill(renamed);
    await edit.getByRole('textbox', { name: /^Taggar/ }).fill('deltagare, åäö-prov');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    await expectAccessible(page);

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(`Vill du flytta ${renamed} till papperskorgen?`);
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Ta bort dokumentet' }).click();
    await expect(page).toHaveURL(at(LIBRARY));
    await expect(page.getByRole('status').filter({ hasText: `${renamed} ligger nu i papperskorgen.` })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: pdfTitle })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: renamed })).toHaveCount(0);

    const views = page.getByRole('navigation', { name: 'Visa' });
    await views.getByRole('link', { name: 'Papperskorg' }).click();
    await expect(page).toHaveURL(at(`${LIBRARY}?visa=papperskorg`));
    await expect(views.getByRole('link', { name: 'Papperskorg' })).toHaveAttribute('aria-current', 'true');
    const row = documentRow(page, renamed);
    await expect(row).toBeVisible();
    // Removed for good after the retention period (30 days by default): a date is shown.
    await expect(row.locator('time')).toHaveCount(2);
    await expectAccessible(page);
    await row.getByRole('button', { name: `Återställ ${renamed}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${renamed} är återställt till biblioteket.` })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: renamed })).toHaveCount(0);
    await views.getByRole('link', { name: 'Bibliotek' }).click();
    await expect(page.getByRole('rowheader', { name: renamed })).toBeVisible();
  });

  test('a member’s upload appears in Karin’s open library without a reload', async ({ browser }) => {
    const page = karin.page;
    await page.goto(LIBRARY);
    await expect(page.getByRole('rowheader', { name: pdfTitle })).toBeVisible();
    const member = await findOpenNetworkMember(browser);
    const other = await signedIn(browser, { email: member.email, password: DEMO_PASSWORD });
    try {
      const title = `Minnesanteckningar ${RUN}`;
      const answer = await other.page.request.post(`/api/v1/networks/${SLUG}/documents`, {
        headers: await writeHeaders(other.page),
        multipart: { file: { name: `${title}.txt`, mimeType: 'text/plain', buffer: Buffer.from('Anteckningar från fikat i Åstorp.\n') } },
      });
      expect(answer.status()).toBe(201);
      const row = documentRow(page, title);
      await expect(row).toBeVisible();
      await expect(row).toContainText(member.name);
    } finally {
      await other.context.close();
    }
  });

  test('keyboard only: the folder tree and the upload control, then an image preview', async () => {
    const page = karin.page;
    await page.goto(LIBRARY);
    await expect(page.getByRole('heading', { level: 1, name: `Dokument i ${NETWORK}` })).toBeVisible();
    const tree = page.getByRole('navigation', { name: 'Mappar' });

    // Tab into the tree, choose the folder with Enter: focus stays on it and the list follows.
    const folderLink = tree.getByRole('link', { name: new RegExp(`^${folderName} \\(\\d+\\)$`) });
    await tabTo(page, tree.getByRole('link', { name: 'Alla dokument' }));
    await expect(tree.getByRole('link', { name: 'Alla dokument' })).toHaveAttribute('aria-current', 'true');
    await tabTo(page, folderLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?mapp=[0-9a-f-]+$/);
    await expect(folderLink).toHaveAttribute('aria-current', 'true');
    await expect(folderLink).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: `Mappen ${folderName}` })).toBeVisible();
    // The top level comes before its folders: back with Shift+Tab.
    await tabTo(page, tree.getByRole('link', { name: 'Översta nivån' }), { back: true, max: 20 });
    await page.keyboard.press('Enter');
    await expect(tree.getByRole('link', { name: 'Översta nivån' })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('heading', { level: 2, name: 'Översta nivån' })).toBeVisible();

    // Tab to the file input; Space opens the file chooser.
    const input = page.getByLabel('Välj filer');
    await tabTo(page, input);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    const picker = await chooser;
    expect(picker.isMultiple()).toBe(true);
    const imageName = `Logotyp ${RUN}.png`;
    await picker.setFiles({ name: imageName, mimeType: 'image/png', buffer: makePng() });
    const item = uploads(page).getByRole('listitem').filter({ hasText: imageName });
    await expect(item).toContainText('Uppladdad.');
    const open = item.getByRole('link', { name: `Öppna Logotyp ${RUN}` });
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Logotyp ${RUN}` })).toBeFocused();
    const image = page.getByRole('img', { name: `Bilden Logotyp ${RUN}` });
    await expect(image).toBeVisible();
    await expect
      .poll(() =>
        image.evaluate((el) => {
          // The test's TypeScript has no DOM types: the two properties an <img> has.
          const img = el as unknown as { complete: boolean; naturalWidth: number };
          return img.complete ? img.naturalWidth : 0;
        }),
      )
      .toBe(2);
    expect(csp).toEqual([]);
    await expectAccessible(page);
  });

  test('dropped files upload too, and a scanned PDF gets a note that its text could not be read', async () => {
    const page = karin.page;
    await page.goto(LIBRARY);
    await expect(page.getByRole('heading', { level: 1, name: `Dokument i ${NETWORK}` })).toBeVisible();
    const scanned = `Inskannat beslut ${RUN}`;
    const files = [
      { name: `${scanned}.pdf`, type: 'application/pdf', data: makeScannedPdf().toString('base64') },
      {
        name: `Dagordning ${RUN}.md`,
        type: 'text/markdown',
        data: Buffer.from('# Dagordning\n\n1. Välkommen till Åstorp\n').toString('base64'),
      },
    ];
    // What a drag from the file manager carries: a DataTransfer with the files (made in the page).
    const dataTransfer = await page.evaluateHandle(`(() => {
      const dt = new DataTransfer();
      for (const f of ${JSON.stringify(files)}) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      return dt;
    })()`);
    const zone = page.locator('.drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await expect(zone).toHaveClass(/drop-over/);
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect(zone).not.toHaveClass(/drop-over/);
    await expect(uploads(page).getByText('Uppladdad.')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: '2 av 2 filer är uppladdade.' })).toBeVisible();
    // The text is read in the background; the list follows live when it is done.
    const row = documentRow(page, scanned);
    await expect(row).toContainText('Texten kunde inte läsas, så dokumentet hittas inte i sökningen på innehållet: Ingen text hittades', {
      timeout: 30_000,
    });
    await expect(documentRow(page, `Dagordning ${RUN}`)).not.toContainText('Texten kunde inte läsas');
    await expectAccessible(page);
  });

  test('at 320 px the library fits the screen and still works', async () => {
    const page = karin.page;
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      await page.goto(LIBRARY);
      await expect(page.getByRole('rowheader', { name: pdfTitle })).toBeVisible();
      expect(await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      await expect(page.getByLabel('Välj filer')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Mappar' })).toBeVisible();
      // The table scrolls inside its own focusable region, not the page.
      await expect(page.getByRole('region', { name: 'Alla dokument' })).toHaveAttribute('tabindex', '0');
      await expectAccessible(page);
      await page.getByRole('link', { name: pdfTitle }).click();
      await expect(page.getByRole('heading', { level: 1, name: pdfTitle })).toBeVisible();
      expect(await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      await expectAccessible(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test('"Visa fler" pages through a large folder and moves focus to the first new document', async () => {
    const page = karin.page;
    const headers = await writeHeaders(page);
    const folder = (await (
      await page.request.post(`/api/v1/networks/${SLUG}/document-folders`, { headers, data: { name: `Arkiv ${RUN}` } })
    ).json()) as { id: string };
    for (let i = 1; i <= 27; i++) {
      const answer = await page.request.post(`/api/v1/networks/${SLUG}/documents`, {
        headers,
        multipart: {
          folderId: folder.id,
          file: {
            name: `Arkivnotering ${String(i).padStart(2, '0')}.md`,
            mimeType: 'text/markdown',
            buffer: Buffer.from(`# Notering ${i}\n`),
          },
        },
      });
      expect(answer.status()).toBe(201);
    }
    await page.goto(`${LIBRARY}?mapp=${folder.id}`);
    const table = page.getByRole('table', { name: `Mappen Arkiv ${RUN}` });
    await expect(table.getByRole('rowheader')).toHaveCount(25);
    await expect(page.getByRole('status').filter({ hasText: '25 dokument visas. Det finns fler.' })).toBeVisible();
    await page.getByRole('button', { name: 'Visa fler' }).click();
    await expect(table.getByRole('rowheader')).toHaveCount(27);
    await expect(page.getByRole('button', { name: 'Visa fler' })).toHaveCount(0);
    // Newest change first: the two oldest came last.
    await expect(page.getByRole('link', { name: 'Arkivnotering 02' })).toBeFocused();
    await expectAccessible(page);
  });

  test('search finds the PDF by a word of its text, in the Dokument tab', async () => {
    const page = karin.page;
    // The text is read by a background job and then indexed: wait until the API finds it.
    await expect
      .poll(
        async () => {
          const answer = (await (await page.request.get(`/api/v1/search?q=${SEARCH_WORD}&type=documents`)).json()) as {
            documents?: Array<{ title: string }>;
          };
          return (answer.documents ?? []).some((d) => d.title === pdfTitle);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.goto(`/sok?q=${SEARCH_WORD}`);
    const tabs = page.getByRole('navigation', { name: 'Visa träffar bland' });
    await tabs.getByRole('link', { name: 'Dokument' }).click();
    await expect(page).toHaveURL(at(`/sok?q=${SEARCH_WORD}&typ=dokument`));
    await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ dokument för / })).toBeVisible();
    const results = page.getByRole('region', { name: /^Dokument/ });
    const hit = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: pdfTitle }) });
    await expect(hit.getByRole('link', { name: pdfTitle })).toHaveAttribute('href', /^\/dokument\/[0-9a-f-]+$/);
    await expect(hit.locator('mark').first()).toHaveText(new RegExp(SEARCH_WORD, 'i'));
    await expect(hit.getByRole('link', { name: NETWORK })).toBeVisible();
    await expectAccessible(page);
    await hit.getByRole('link', { name: pdfTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: pdfTitle })).toBeVisible();
  });

  test('the secretariat sets the days in the waste bin and the space per network', async ({ browser }) => {
    const admin = await signedIn(browser, ADMIN);
    try {
      const page = admin.page;
      await page.goto('/admin');
      const section = page.getByRole('region', { name: 'Dokument', exact: true });
      const form = section.getByRole('form', { name: 'Inställningar för dokumentbiblioteken' });
      const days = form.getByRole('spinbutton', { name: /^Dagar i papperskorgen/ });
      await expect(days).toHaveValue('30');
      await expect(form.getByRole('spinbutton', { name: /^Utrymme per nätverk/ })).toHaveValue('2048');
      await days.fill('');
      await form.getByRole('button', { name: 'Spara' }).click();
      await expect(days).toHaveAttribute('aria-invalid', 'true');
      await days.fill('45');
      await form.getByRole('button', { name: 'Spara' }).click();
      await expect(form.getByRole('status')).toHaveText('Ändringarna är sparade.');
      await expectAccessible(page);
      await page.reload();
      await expect(days).toHaveValue('45');
      // Back to the default, so a later run starts from the same settings.
      await days.fill('30');
      await form.getByRole('button', { name: 'Spara' }).click();
      await expect(form.getByRole('status')).toHaveText('Ändringarna är sparade.');
    } finally {
      await admin.context.close();
    }
  });
});
