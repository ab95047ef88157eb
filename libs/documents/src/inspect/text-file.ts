import { TextDecoder } from 'node:util';
import { createReadStream } from 'node:fs';

/**
 * UTF-8 is what we ask for; Windows-1252 is accepted too because Excel on a Swedish Windows saves
 * "CSV" and Notepad used to save "ANSI" text in it, and municipal exports still arrive that way.
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

/** NUL and the C0 controls no text editor writes (tab, line feed, vertical tab, form feed and carriage return are fine). */
const BINARY_BYTE = /[\x00-\x08\x0e-\x1f]/;
/** Bytes Windows-1252 leaves undefined. */
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** Reads the whole file in chunks; undefined when it is not text in either encoding. */
export async function textEncodingOf(path: string): Promise<TextEncoding | undefined> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let isUtf8 = true;
  let is1252 = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    if (BINARY_BYTE.test(chunk.toString('latin1'))) return undefined;
    is1252 &&= !UNDEFINED_IN_1252.some((byte) => chunk.includes(byte));
    isUtf8 &&= decodes(utf8, chunk);
    if (!isUtf8 && !is1252) return undefined;
  }
  if (isUtf8 && decodes(utf8)) return 'utf-8';
  return is1252 ? 'windows-1252' : undefined;
}

function decodes(decoder: TextDecoder, chunk?: Buffer): boolean {
  try {
    if (chunk) decoder.decode(chunk, { stream: true });
    else decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** Markup a browser would run if it ever rendered the file as HTML or SVG. */
const MARKUP_START = /^(?:<\?xml[^>]*>\s*)?<(?:svg|html|!doctype|script|body|iframe|head|object|embed)\b/i;

/** True when the text (a decoded head of the file) opens as an HTML or SVG document. */
export function startsWithMarkup(head: string): boolean {
  return MARKUP_START.test(head.replace(/^\uFEFF/, '').trimStart());
}

export function decodeHead(head: Buffer, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(head);
}

/** The text, without a byte-order mark, cut at `maxChars`. */
export async function readText(path: string, encoding: TextEncoding, maxChars: number): Promise<string> {
  const decoder = new TextDecoder(encoding);
  let text = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    text += decoder.decode(chunk, { stream: true });
    if (text.length >= maxChars) return text.slice(0, maxChars);
  }
  return (text + decoder.decode()).slice(0, maxChars);
}
