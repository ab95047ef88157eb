import { cleanFileName, contentDisposition } from './file-name';
import { ALLOWED_TYPES_TEXT } from './file-types';

describe('cleanFileName', () => {
  it('keeps å/ä/ö, spaces and the case of the name, and gives the extension in lower case', () => {
    expect(cleanFileName('Protokoll maj 2026 – Åtgärder.PDF')).toEqual({
      ok: true,
      name: 'Protokoll maj 2026 – Åtgärder.PDF',
      extension: 'pdf',
    });
  });

  it('composes decomposed å/ä/ö (as macOS sends them) to NFC', () => {
    const decomposed = 'A\u030Arsrapport Ha\u0308ssleholm.docx';
    const result = cleanFileName(decomposed);
    expect(result).toEqual({ ok: true, name: 'Årsrapport Hässleholm.docx', extension: 'docx' });
  });

  it('drops folders given with / or \\', () => {
    expect(cleanFileName('C:\\Users\\asa\\Desktop\\budget.xlsx')).toMatchObject({ ok: true, name: 'budget.xlsx' });
    expect(cleanFileName('../../etc/passwd.txt')).toMatchObject({ ok: true, name: 'passwd.txt' });
  });

  it('removes control characters, NUL and bidi overrides, then judges the extension that is left', () => {
    expect(cleanFileName('rapport\u0000.pdf')).toMatchObject({ ok: true, name: 'rapport.pdf' });
    expect(cleanFileName('rapport.pdf\u0000.html')).toMatchObject({ ok: false, reason: 'type-not-allowed' });
    expect(cleanFileName('faktura\u202Efdp.exe')).toMatchObject({ ok: false, reason: 'type-not-allowed' });
    expect(cleanFileName('rad\nbrytning\t.txt')).toMatchObject({ ok: true, name: 'radbrytning.txt' });
  });

  it('trims spaces around the name', () => {
    expect(cleanFileName('   minnesanteckningar.md  ')).toMatchObject({ ok: true, name: 'minnesanteckningar.md', extension: 'md' });
  });

  it('cuts a long name to 200 characters and keeps the extension', () => {
    const result = cleanFileName(`${'ö'.repeat(250)}.xlsx`);
    if (!result.ok) throw new Error('refused');
    expect([...result.name]).toHaveLength(200);
    expect(result.name.endsWith('ö.xlsx')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const result = cleanFileName(`${'a'.repeat(194)}😀😀😀.txt`);
    if (!result.ok) throw new Error('refused');
    expect(result.name).toBe(`${'a'.repeat(194)}😀😀.txt`);
  });

  it('refuses a name with no extension, naming the allowed types', () => {
    const result = cleanFileName('README');
    expect(result).toMatchObject({ ok: false, reason: 'type-not-allowed' });
    if (!result.ok) expect(result.message).toBe(`Filen saknar filändelse; tillåtna filtyper är ${ALLOWED_TYPES_TEXT}.`);
  });

  it('refuses a double extension by its last part', () => {
    const result = cleanFileName('report.pdf.html');
    expect(result).toMatchObject({ ok: false, reason: 'type-not-allowed' });
    if (!result.ok) expect(result.message).toContain('Filtypen .html är inte tillåten');
  });

  it('refuses a name with nothing sensible before the extension', () => {
    for (const name of ['', '   ', '\u0000\u0001', '.pdf', '  .docx', '!!!.txt', 'mapp/']) {
      expect(cleanFileName(name)).toMatchObject({ ok: false, reason: 'bad-name' });
    }
  });

  it('accepts .jpeg as well as .jpg', () => {
    expect(cleanFileName('Foto från träffen.JPEG')).toMatchObject({ ok: true, extension: 'jpeg' });
  });
});

describe('contentDisposition', () => {
  it('offers "Protokoll maj 2026 – Åtgärder.pdf" with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('attachment', 'Protokoll maj 2026 – Åtgärder.pdf')).toBe(
      `attachment; filename="Protokoll maj 2026 - Atgarder.pdf"; filename*=UTF-8''Protokoll%20maj%202026%20%E2%80%93%20%C3%85tg%C3%A4rder.pdf`,
    );
  });

  it('decodes back to the same name', () => {
    const name = 'Årsredovisning (utkast) 100% klar – Ängelholm.docx';
    const header = contentDisposition('inline', name);
    expect(header.startsWith('inline; ')).toBe(true);
    expect(decodeURIComponent(header.split("filename*=UTF-8''")[1])).toBe(name);
  });

  it('encodes only RFC 8187 attr-chars literally', () => {
    const encoded = contentDisposition('attachment', "it's (nästan) *klart*.txt").split("''")[1];
    expect(encoded).toBe('it%27s%20%28n%C3%A4stan%29%20%2Aklart%2A.txt');
  });

  it('cannot be broken out of: quotes, backslashes, percent signs and line breaks are replaced', () => {
    const header = contentDisposition('attachment', 'a"b\\c%20\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    const fallback = /filename="([^"]*)"/.exec(header)?.[1];
    expect(fallback).toBe('a_b_c_20__Set-Cookie: x=1.pdf');
  });

  it('replaces other characters with _ and falls back to "fil" when nothing is left', () => {
    expect(contentDisposition('attachment', '日本')).toContain('filename="__"');
    expect(contentDisposition('attachment', ' ')).toContain('filename="fil"');
  });
});
