import { open, stat } from 'node:fs/promises';
import {
  type Accepted,
  accepted,
  contentMismatch,
  type DocumentKind,
  empty,
  kindOfExtension,
  malware,
  type Refused,
  typeNotAllowed,
  unsafeArchive,
} from './file-types';
import { containsMalwareSignature, SIGNATURE_WINDOW } from './malware-signature';
import { decodeHead, startsWithMarkup, textEncodingOf } from './text-file';
import { isDirectory, NotAZip, openCheckedZip, readEntry, UnsafeZip } from './zip-archive';

type Verdict = Accepted | Refused;

/**
 * Decides from the bytes on disk whether a file may enter the library: its type must be allowed and
 * its content must be what its extension says. Reads only the head of plain files and streams zips.
 */
export async function inspectFile(path: string, extension: string): Promise<Verdict> {
  const ext = extension.toLowerCase();
  const kind = kindOfExtension(ext);
  if (!kind) return typeNotAllowed(ext);
  const { size } = await stat(path);
  if (size === 0) return empty();
  const head = await readHead(path, SIGNATURE_WINDOW);
  if (containsMalwareSignature(head)) return malware();
  return inspectContent(path, size, head, kind, ext);
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function inspectContent(path: string, size: number, head: Buffer, kind: DocumentKind, ext: string): Promise<Verdict> | Verdict {
  switch (kind) {
    case 'pdf':
      return inspectPdf(head, ext);
    case 'png':
    case 'jpg':
      return inspectImage(head, kind, ext);
    case 'txt':
    case 'md':
    case 'csv':
      return inspectText(path, head, kind, ext);
    default:
      return inspectContainer(path, head, size, kind, ext);
  }
}

/** Markers that would let a browser sniffing the start of the file take it for HTML. */
const HTML_MARKERS = ['<html', '<script', '<!doctype', '<body', '<iframe'];

function hasHtmlMarkers(head: Buffer): boolean {
  const start = head.subarray(0, 1024).toString('latin1').toLowerCase();
  return HTML_MARKERS.some((marker) => start.includes(marker));
}

function inspectPdf(head: Buffer, ext: string): Verdict {
  if (!head.subarray(0, 5).equals(Buffer.from('%PDF-'))) return contentMismatch(ext, 'filen är ingen PDF');
  if (hasHtmlMarkers(head)) return contentMismatch(ext, 'filen innehåller också HTML');
  return accepted('pdf');
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function inspectImage(head: Buffer, kind: 'png' | 'jpg', ext: string): Verdict {
  const valid = kind === 'png' ? isPngStart(head) : isJpegStart(head);
  if (!valid) return contentMismatch(ext, kind === 'png' ? 'filen är ingen hel PNG-bild' : 'filen är ingen JPEG-bild');
  if (hasHtmlMarkers(head)) return contentMismatch(ext, 'bilden innehåller också HTML');
  return accepted(kind);
}

/** The signature followed by a complete IHDR header chunk: a PNG cut off right after its magic bytes is no image. */
function isPngStart(head: Buffer): boolean {
  return (
    head.length >= 33 &&
    head.subarray(0, 8).equals(PNG_SIGNATURE) &&
    head.readUInt32BE(8) === 13 &&
    head.subarray(12, 16).toString('latin1') === 'IHDR'
  );
}

/** Start of image followed by a marker. */
function isJpegStart(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff && head[3] >= 0xc0 && head[3] <= 0xfe;
}

async function inspectText(path: string, head: Buffer, kind: 'txt' | 'md' | 'csv', ext: string): Promise<Verdict> {
  const encoding = await textEncodingOf(path);
  if (!encoding) return contentMismatch(ext, 'filen innehåller inte bara text i UTF-8');
  if (startsWithMarkup(decodeHead(head.subarray(0, 1024), encoding))) return contentMismatch(ext, 'filen är en HTML- eller SVG-sida');
  const type = kind === 'csv' ? 'text/csv' : 'text/plain';
  return accepted(kind, `${type}; charset=${encoding}`);
}

const OOXML_MAIN_PART: Readonly<Record<string, string>> = {
  docx: 'word/document.xml',
  xlsx: 'xl/workbook.xml',
  pptx: 'ppt/presentation.xml',
};

const ODF_MIMETYPE: Readonly<Record<string, string>> = {
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

interface ZipContents {
  /** Entry names, lower-cased. */
  names: Set<string>;
  mimetype: string | undefined;
  infected: boolean;
}

const LOCAL_FILE_HEADER = Buffer.from('PK\x03\x04', 'latin1');

async function inspectContainer(path: string, head: Buffer, size: number, kind: DocumentKind, ext: string): Promise<Verdict> {
  // Zip readers start from the end, so without this an HTML page or a program with a document
  // appended would pass as that document.
  if (!head.subarray(0, 4).equals(LOCAL_FILE_HEADER)) return contentMismatch(ext, 'filen är inget Office- eller OpenDocument-dokument');
  let contents: ZipContents;
  try {
    contents = await readZipContents(path, size);
  } catch (error) {
    if (error instanceof NotAZip) return contentMismatch(ext, 'filen är inget Office- eller OpenDocument-dokument');
    if (error instanceof UnsafeZip) return unsafeArchive(error.detail);
    throw error;
  }
  if (contents.infected) return malware();
  return kind in OOXML_MAIN_PART ? checkOoxml(contents, kind, ext) : checkOdf(contents, kind, ext);
}

/**
 * Checks the directory, then inflates every entry once: yauzl compares the real size and CRC with
 * the declared ones, and each entry's first 64 KiB is searched for the malware signature.
 */
async function readZipContents(path: string, size: number): Promise<ZipContents> {
  const { zip, entries } = await openCheckedZip(path, size);
  const contents: ZipContents = { names: new Set(), mimetype: undefined, infected: false };
  try {
    for (const entry of entries) {
      contents.names.add(entry.fileName.toLowerCase());
      if (isDirectory(entry)) continue;
      const { head } = await readEntry(zip, entry, SIGNATURE_WINDOW, entry.uncompressedSize);
      if (containsMalwareSignature(head)) return { ...contents, infected: true };
      if (entry.fileName === 'mimetype') contents.mimetype = head.subarray(0, 256).toString('latin1').trim();
    }
    return contents;
  } finally {
    zip.close();
  }
}

function checkOoxml({ names }: ZipContents, kind: DocumentKind, ext: string): Verdict {
  if (!names.has('[content_types].xml') || !names.has(OOXML_MAIN_PART[kind])) {
    return contentMismatch(ext, 'dokumentets huvuddel saknas');
  }
  // Macros make it a .docm/.xlsm/.pptm, which Office itself refuses to open under an x-extension.
  if ([...names].some((name) => name.endsWith('vbaproject.bin'))) return contentMismatch(ext, 'dokumentet innehåller makron');
  return accepted(kind);
}

function checkOdf({ mimetype }: ZipContents, kind: DocumentKind, ext: string): Verdict {
  if (mimetype !== ODF_MIMETYPE[kind]) return contentMismatch(ext, 'dokumentets typ är en annan');
  return accepted(kind);
}
