import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  docxParts,
  makeCsv,
  makeDocx,
  makeEncryptedPdf,
  makeJpg,
  makeOdp,
  makeOds,
  makeOdt,
  makePdf,
  makePng,
  makePptx,
  makeScannedPdf,
  makeXlsx,
  makeZip,
  odfParts,
} from '@hub/testing';
import { extractText } from './extract-text';
import type { DocumentKind, Extraction } from './file-types';
import { readText } from './text-file';

let dir: string;
let count = 0;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'extract-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(bytes: Buffer): string {
  const path = join(dir, `f${++count}`);
  writeFileSync(path, bytes);
  return path;
}

const extract = (bytes: Buffer, kind: DocumentKind): Promise<Extraction> => extractText(onDisk(bytes), kind);

async function textOf(bytes: Buffer, kind: DocumentKind): Promise<string> {
  const result = await extract(bytes, kind);
  if (result.status !== 'done') throw new Error(`expected text, got ${JSON.stringify(result)}`);
  return result.text;
}

describe('extractText reads the text of every document type, å/ä/ö intact', () => {
  it('PDF, line by line', async () => {
    expect(await textOf(makePdf(['Upphandling av välfärdsteknik i Åstorp', 'Sista dag för anbud (fredag) är 12 juni']), 'pdf')).toBe(
      'Upphandling av välfärdsteknik i Åstorp\nSista dag för anbud (fredag) är 12 juni',
    );
  });

  it('PDF over several pages, pages apart as paragraphs', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `Rad ${i + 1} om samverkan`);
    const text = await textOf(makePdf(lines), 'pdf');
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).toContain('Rad 1 om samverkan');
    expect(text).toContain('Rad 100 om samverkan');
  });

  it('DOCX paragraphs', async () => {
    expect(await textOf(makeDocx(['Protokoll från nätverksträffen', 'Åtgärder: kartlägga läget i Örkelljunga']), 'docx')).toBe(
      'Protokoll från nätverksträffen\nÅtgärder: kartlägga läget i Örkelljunga',
    );
  });

  it('XLSX shared strings and inline strings, a line per row', async () => {
    expect(
      await textOf(
        makeXlsx([
          ['Post', 'Belopp'],
          ['Lokalhyra i Höganäs', 1200],
        ]),
        'xlsx',
      ),
    ).toBe('Post\tBelopp\nLokalhyra i Höganäs');
    const inline = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Fritext på raden</t></is></c><c r="B1" t="str"><f>A1</f><v>Formel &amp; värde</v></c><c r="C1" s="3"/></row></sheetData></worksheet>',
      },
    ]);
    expect(await textOf(inline, 'xlsx')).toBe('Fritext på raden\tFormel & värde');
  });

  it('PPTX slides in the order they are shown, also past slide 9 and after slides were moved', async () => {
    const slides = Array.from({ length: 12 }, (_, i) => `Bild ${i + 1}: Välkomna till Båstad`);
    expect((await textOf(makePptx(slides), 'pptx')).split('\n\n')).toEqual(slides);
    const moved = makePptx(['Första som visas', 'Andra som visas', 'Tredje som visas'], [3, 1, 2]);
    expect(await textOf(moved, 'pptx')).toBe('Första som visas\n\nAndra som visas\n\nTredje som visas');
  });

  it('ODT, ODS and ODP content', async () => {
    expect(await textOf(makeOdt(['Årsrapport för nätverket', 'Förebyggande arbete i skolan']), 'odt')).toBe(
      'Årsrapport för nätverket\nFörebyggande arbete i skolan',
    );
    expect(
      await textOf(
        makeOds([
          ['Post', 'Belopp'],
          ['Fika', 300],
        ]),
        'ods',
      ),
    ).toBe('Post\nBelopp\nFika\n300');
    expect(await textOf(makeOdp(['Nätverksdag', 'Workshop om tillgänglighet']), 'odp')).toBe('Nätverksdag\nWorkshop om tillgänglighet');
  });

  it('ODF spaces, tabs and line breaks written as elements', async () => {
    const body =
      '<office:text><text:p>Ett<text:s text:c="3"/>två<text:tab/>tre<text:line-break/>fyra <text:span>fem</text:span></text:p></office:text>';
    expect(await textOf(makeZip(odfParts('application/vnd.oasis.opendocument.text', body)), 'odt')).toBe('Ett   två\ttre\nfyra fem');
  });

  it('CSV in UTF-8 without its byte-order mark, and in Windows-1252', async () => {
    const rows = [
      ['Namn', 'Kommun'],
      ['Åsa Öberg', 'Ängelholm'],
    ];
    expect(await textOf(makeCsv(rows, { bom: true }), 'csv')).toBe('Namn;Kommun\r\nÅsa Öberg;Ängelholm\r\n');
    expect(await textOf(makeCsv(rows, { encoding: 'windows-1252' }), 'csv')).toBe('Namn;Kommun\r\nÅsa Öberg;Ängelholm\r\n');
  });

  it('TXT and MD as they are', async () => {
    expect(await textOf(Buffer.from('# Mötesanteckningar\n\nTack för i dag!\n'), 'md')).toBe('# Mötesanteckningar\n\nTack för i dag!\n');
  });
});

describe('extractText tells why when there is no text', () => {
  it('an encrypted PDF', async () => {
    expect(await extract(makeEncryptedPdf(), 'pdf')).toEqual({
      status: 'failed',
      reason: 'PDF-filen är krypterad med lösenord, så texten kan inte läsas ut för sökning.',
    });
  });

  it('a scanned PDF (a picture, no text layer)', async () => {
    expect(await extract(makeScannedPdf(), 'pdf')).toEqual({
      status: 'failed',
      reason: 'Ingen text hittades – troligen en inskannad bild utan textlager.',
    });
  });

  it('a damaged PDF', async () => {
    expect(await extract(Buffer.from('%PDF-1.7\nbara skräp\n'), 'pdf')).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('skadad'),
    });
  });

  it('images have no text to extract', async () => {
    expect(await extract(makePng(), 'png')).toEqual({ status: 'none' });
    expect(await extract(makeJpg(), 'jpg')).toEqual({ status: 'none' });
  });

  it('a document that is not a zip, a zip bomb and a damaged entry fail with a reason instead of throwing', async () => {
    expect(await extract(Buffer.from('inte ett dokument'), 'docx')).toEqual({
      status: 'failed',
      reason: 'Texten kunde inte läsas ut eftersom filen inte är ett giltigt dokument.',
    });
    const bomb = makeZip([...docxParts(['x']), { name: 'word/media/0.bin', data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(await extract(bomb, 'docx')).toMatchObject({ status: 'failed', reason: expect.stringContaining('zip-bomb') });
    const lying = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:p><w:t>x</w:t></w:p>'.repeat(1000), declaredSize: 10 },
    ]);
    expect(await extract(lying, 'docx')).toMatchObject({ status: 'failed', reason: expect.stringContaining('större än arkivet uppger') });
  });

  it('a text file that is binary', async () => {
    expect(await extract(Buffer.from([0x00, 0x01, 0x02]), 'txt')).toEqual({
      status: 'failed',
      reason: 'Filen innehåller inte läsbar text.',
    });
  });

  it('throws only when the file itself is missing, so the job can retry', async () => {
    await expect(extractText(join(dir, 'finns-inte'), 'docx')).rejects.toThrow(/ENOENT/);
  });
});

describe('extractText keeps memory bounded', () => {
  it('does not expand entities a DOCTYPE defines ("billion laughs")', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<w:document><w:body><w:p><w:r><w:t>Hej &lol2; &amp; hå</w:t></w:r></w:p></w:body></w:document>';
    const docx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: laughs },
    ]);
    expect(await textOf(docx, 'docx')).toBe('Hej &lol2; & hå');
  });

  it('caps how much of a long text file it reads', async () => {
    const path = onDisk(Buffer.from('åäö'.repeat(50_000)));
    expect(await readText(path, 'utf-8', 1000)).toBe('åäö'.repeat(334).slice(0, 1000));
  });
});
