import { ALLOWED_EXTENSIONS, type Refused, refused, typeNotAllowed } from './file-types';

const MAX_NAME_LENGTH = 200;

/** Controls, bidi overrides (U+202E turns "gpj.exe" into "exe.jpg" on screen), zero-widths and lone surrogates. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

const badName = (): Refused =>
  refused('bad-name', 'Filnamnet går inte att använda; ge filen ett namn med bokstäver eller siffror före filändelsen.');

/**
 * The name to show and offer for download: NFC, without folders or invisible characters, at most
 * 200 characters with the extension kept. Storage never uses it.
 */
export function cleanFileName(raw: string): { ok: true; name: string; extension: string } | Refused {
  const visible = raw.normalize('NFC').replace(INVISIBLE, '');
  const name = (visible.split(/[/\\]/).pop() ?? '').trim();
  if (!name) return badName();
  const dot = name.lastIndexOf('.');
  if (dot < 0) return typeNotAllowed('');
  const extension = name.slice(dot + 1).toLowerCase();
  if (!ALLOWED_EXTENSIONS.includes(extension)) return typeNotAllowed(extension);
  const suffix = name.slice(dot);
  const base = truncate(name.slice(0, dot), MAX_NAME_LENGTH - [...suffix].length).trimEnd();
  if (!/[\p{L}\p{N}]/u.test(base)) return badName();
  return { ok: true, name: base + suffix, extension };
}

function truncate(text: string, maxCodePoints: number): string {
  const codePoints = [...text];
  return codePoints.length <= maxCodePoints ? text : codePoints.slice(0, maxCodePoints).join('');
}

const ASCII_LOOKALIKES: Readonly<Record<string, string>> = {
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
};

/** RFC 6266 header with an RFC 8187 `filename*` so å/ä/ö and spaces survive, and an ASCII fallback. */
export function contentDisposition(disposition: 'attachment' | 'inline', fileName: string): string {
  const name = fileName.normalize('NFC');
  return `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${percentEncode(name)}`;
}

function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/gu, (c) => ASCII_LOOKALIKES[c] ?? '_')
    // Quotes and backslashes would end or escape the quoted string; some browsers decode %XX here.
    .replace(/["\\%]/g, '_');
  return ascii.trim() || 'fil';
}

/** attr-char of RFC 8187; everything else, including ' ( ) * that encodeURIComponent keeps, is %XX. */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9!#$&+\-.^_`|~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
