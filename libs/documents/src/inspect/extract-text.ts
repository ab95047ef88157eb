import { stat } from 'node:fs/promises';
import { type DocumentKind, type Extraction, MAX_TEXT_CHARS } from './file-types';
import { extractOfficeText } from './office-text';
import { extractPdfText } from './pdf-text';
import { readText, textEncodingOf } from './text-file';
import { NotAZip, UnsafeZip } from './zip-archive';

/**
 * Text for the search index. Bad content never throws: it gives `failed` with a Swedish reason for
 * the library. A missing or unreadable file does throw (a storage fault the job should retry).
 */
export async function extractText(path: string, kind: DocumentKind): Promise<Extraction> {
  await stat(path);
  try {
    return await extractByKind(path, kind);
  } catch (error) {
    if (isSystemError(error)) throw error;
    return { status: 'failed', reason: reasonFor(error) };
  }
}

async function extractByKind(path: string, kind: DocumentKind): Promise<Extraction> {
  switch (kind) {
    case 'png':
    case 'jpg':
      return { status: 'none' };
    case 'pdf':
      return extractPdfText(path);
    case 'txt':
    case 'md':
    case 'csv':
      return plainText(path);
    default:
      return { status: 'done', text: (await extractOfficeText(path, kind)).slice(0, MAX_TEXT_CHARS) };
  }
}

async function plainText(path: string): Promise<Extraction> {
  const encoding = await textEncodingOf(path);
  if (!encoding) return { status: 'failed', reason: 'Filen innehåller inte läsbar text.' };
  return { status: 'done', text: await readText(path, encoding, MAX_TEXT_CHARS) };
}

function reasonFor(error: unknown): string {
  if (error instanceof UnsafeZip) return `Texten kunde inte läsas ut eftersom filen är ett osäkert eller skadat arkiv: ${error.detail}.`;
  if (error instanceof NotAZip) return 'Texten kunde inte läsas ut eftersom filen inte är ett giltigt dokument.';
  return 'Texten kunde inte läsas ut ur filen.';
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && 'syscall' in error;
}
