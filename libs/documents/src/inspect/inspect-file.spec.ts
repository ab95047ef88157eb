import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile as YazlZip } from 'yazl';
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
  makeXlsx,
  makeZip,
  type ZipEntrySpec,
} from '@hub/testing';
import { ALLOWED_TYPES_TEXT, type DocumentKind, MEDIA_TYPES } from './file-types';
import { inspectFile } from './inspect-file';

let dir: string;
let count = 0;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'inspect-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(bytes: Buffer): string {
  const path = join(dir, `f${++count}`);
  writeFileSync(path, bytes);
  return path;
}

const inspect = (bytes: Buffer, extension: string) => inspectFile(onDisk(bytes), extension);

describe('inspectFile accepts real files of every allowed type', () => {
  const files: Array<[string, DocumentKind, () => Buffer]> = [
    ['pdf', 'pdf', () => makePdf(['Upphandling av välfärdsteknik'])],
    ['pdf', 'pdf', () => makeEncryptedPdf()],
    ['docx', 'docx', () => makeDocx(['Protokoll från nätverksträffen'])],
    [
      'xlsx',
      'xlsx',
      () =>
        makeXlsx([
          ['Post', 'Belopp'],
          ['Lokalhyra', 1200],
        ]),
    ],
    ['pptx', 'pptx', () => makePptx(['Välkomna', 'Samverkan'])],
    ['odt', 'odt', () => makeOdt(['Årsrapport'])],
    ['ods', 'ods', () => makeOds([['Fika', 300]])],
    ['odp', 'odp', () => makeOdp(['Nätverksdag'])],
    ['txt', 'txt', () => Buffer.from('Minnesanteckningar från Åstorp\n')],
    ['md', 'md', () => Buffer.from('# Rubrik\n\n- punkt med *kursiv* text\n')],
    [
      'csv',
      'csv',
      () =>
        makeCsv(
          [
            ['Namn', 'Kommun'],
            ['Åsa Öberg', 'Ängelholm'],
          ],
          { bom: true },
        ),
    ],
    ['png', 'png', () => makePng()],
    ['jpg', 'jpg', () => makeJpg()],
    ['jpeg', 'jpg', () => makeJpg()],
    ['PDF', 'pdf', () => makePdf(['Versaler i filändelsen'])],
  ];

  it.each(files)('.%s is accepted as %s with a safe media type', async (extension, kind, make) => {
    expect(await inspect(make(), extension)).toEqual({ ok: true, kind, mediaType: MEDIA_TYPES[kind] });
  });

  it('serves text, markdown and CSV as UTF-8 plain text or CSV, never as HTML', () => {
    expect(MEDIA_TYPES.txt).toBe('text/plain; charset=utf-8');
    expect(MEDIA_TYPES.md).toBe('text/plain; charset=utf-8');
    expect(MEDIA_TYPES.csv).toBe('text/csv; charset=utf-8');
  });

  it('accepts a docx written by another zip library (yazl), not only by our own writer', async () => {
    const zip = new YazlZip();
    for (const part of docxParts(['Skrivet med yazl'])) zip.addBuffer(Buffer.from(part.data), part.name);
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
    expect(await inspect(Buffer.concat(chunks), 'docx')).toMatchObject({ ok: true, kind: 'docx' });
  });

  it('accepts Windows-1252 CSV from Excel and says so in the charset, so å/ä/ö show right', async () => {
    const csv = makeCsv(
      [
        ['Namn', 'Kommun', 'Belopp'],
        ['Åsa Öberg', 'Ängelholm', '1 200 €'],
      ],
      { encoding: 'windows-1252' },
    );
    expect(csv.includes(Buffer.from('Å', 'utf8'))).toBe(false);
    expect(await inspect(csv, 'csv')).toEqual({ ok: true, kind: 'csv', mediaType: 'text/csv; charset=windows-1252' });
  });

  it('accepts a long UTF-8 text whose multi-byte characters straddle the read chunks', async () => {
    const text = Buffer.from('å'.repeat(100_000) + '\n');
    expect(await inspect(text, 'txt')).toMatchObject({ ok: true, mediaType: 'text/plain; charset=utf-8' });
  });

  it('accepts markdown that starts with an HTML comment or mentions tags later on', async () => {
    expect(await inspect(Buffer.from('<!-- utkast -->\n# Rubrik\n'), 'md')).toMatchObject({ ok: true });
    expect(await inspect(Buffer.from('Använd <br> för radbrytning.\n'), 'md')).toMatchObject({ ok: true });
  });
});

describe('inspectFile refuses', () => {
  it('a type outside the list, naming the allowed types in Swedish', async () => {
    const result = await inspect(Buffer.from('<svg/>'), 'svg');
    expect(result).toEqual({
      ok: false,
      reason: 'type-not-allowed',
      message: `Filtypen .svg är inte tillåten; tillåtna filtyper är ${ALLOWED_TYPES_TEXT}.`,
    });
  });

  it('content that is not what the extension says, naming the allowed types', async () => {
    const result = await inspect(makeDocx(['x']), 'pdf');
    expect(result).toMatchObject({ ok: false, reason: 'content-mismatch' });
    if (!result.ok) {
      expect(result.message).toContain('stämmer inte med filändelsen .pdf');
      expect(result.message).toContain(ALLOWED_TYPES_TEXT);
    }
  });

  it('an empty file', async () => {
    expect(await inspect(Buffer.alloc(0), 'txt')).toEqual({
      ok: false,
      reason: 'empty',
      message: 'Filen är tom; välj en fil med innehåll.',
    });
  });

  it('a text file with a Windows-1252 byte that is undefined there and invalid as UTF-8', async () => {
    expect(await inspect(Buffer.from([0x48, 0x65, 0x6a, 0x81, 0x0a]), 'txt')).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });

  it('a text file with a control character far past the first 64 KiB', async () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(200_000)), Buffer.from([0x01]), Buffer.from('slut')]);
    expect(await inspect(bytes, 'csv')).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });

  it('a JPEG that is only the start-of-image marker', async () => {
    expect(await inspect(Buffer.from([0xff, 0xd8]), 'jpg')).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });
});

describe('inspectFile checks zip archives before trusting them', () => {
  function docxWithEntries(total: number): Buffer {
    const entries: ZipEntrySpec[] = docxParts(['x']);
    for (let i = entries.length; i < total; i++) entries.push({ name: `word/media/${i}.txt`, data: '', store: true });
    return makeZip(entries);
  }

  it('takes exactly 10,000 entries and refuses 10,001, saying why', async () => {
    expect(await inspect(docxWithEntries(10_000), 'docx')).toMatchObject({ ok: true });
    const refused = await inspect(docxWithEntries(10_001), 'docx');
    expect(refused).toMatchObject({ ok: false, reason: 'unsafe-archive' });
    if (!refused.ok) expect(refused.message).toContain('fler än 10 000 delar');
  });

  it('takes a well-packed megabyte of XML but refuses a ratio over 200', async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `<w:p><w:r><w:t>Rad ${i} i protokollet, punkt ${(i * 7919) % 1000}</w:t></w:r></w:p>`,
    );
    const xmlish = Buffer.from(rows.join(''));
    expect(xmlish.length).toBeGreaterThan(1024 * 1024);
    expect(await inspect(makeZip([...docxParts(['x']), { name: 'word/extra.xml', data: xmlish }]), 'docx')).toMatchObject({ ok: true });
    const zeros = makeZip([...docxParts(['x']), { name: 'word/media/0.bin', data: Buffer.alloc(4 * 1024 * 1024) }]);
    const refused = await inspect(zeros, 'docx');
    expect(refused).toMatchObject({ ok: false, reason: 'unsafe-archive' });
    if (!refused.ok) expect(refused.message).toContain('zip-bomb');
  });

  it('refuses a total of more than 512 MiB even when each entry looks modest', async () => {
    const huge = (name: string): ZipEntrySpec => ({
      name,
      data: 'a',
      declaredSize: 260 * 1024 * 1024,
      declaredPackedSize: 2 * 1024 * 1024,
    });
    const refused = await inspect(makeZip([...docxParts(['x']), huge('a.bin'), huge('b.bin')]), 'docx');
    expect(refused).toMatchObject({ ok: false, reason: 'unsafe-archive' });
    if (!refused.ok) expect(refused.message).toContain('512 MiB');
  });

  it('refuses a corrupted entry (wrong checksum) found while inflating', async () => {
    const zip = makeDocx(['Protokoll från nätverksträffen i Bjuv']);
    const at = zip.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length + 5;
    zip[at] ^= 0xff;
    expect(await inspect(zip, 'docx')).toMatchObject({ ok: false, reason: 'unsafe-archive' });
  });

  it('treats a file that is no zip at all as a content mismatch', async () => {
    expect(await inspect(Buffer.from('PK but not really a zip'), 'xlsx')).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });
});
