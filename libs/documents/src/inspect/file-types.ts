export type DocumentKind = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'txt' | 'md' | 'csv' | 'png' | 'jpg';

export type RefusalReason = 'bad-name' | 'type-not-allowed' | 'content-mismatch' | 'empty' | 'unsafe-archive' | 'malware';

export interface Accepted {
  ok: true;
  kind: DocumentKind;
  /** The type to serve the file with; never one a browser would run. */
  mediaType: string;
}

export interface Refused {
  ok: false;
  reason: RefusalReason;
  /** One Swedish sentence for the person who uploaded the file. */
  message: string;
}

const KIND_BY_EXTENSION: Readonly<Record<string, DocumentKind>> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  txt: 'txt',
  md: 'md',
  csv: 'csv',
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
};

export const ALLOWED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(KIND_BY_EXTENSION));

export const ALLOWED_TYPES_TEXT =
  'PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp), text (.txt, .md, .csv) och bilder (.png, .jpg)';

export const MEDIA_TYPES: Readonly<Record<DocumentKind, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  txt: 'text/plain; charset=utf-8',
  md: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
};

export function kindOfExtension(extension: string): DocumentKind | undefined {
  return Object.hasOwn(KIND_BY_EXTENSION, extension) ? KIND_BY_EXTENSION[extension] : undefined;
}

export function accepted(kind: DocumentKind, mediaType = MEDIA_TYPES[kind]): Accepted {
  return { ok: true, kind, mediaType };
}

export function refused(reason: RefusalReason, message: string): Refused {
  return { ok: false, reason, message };
}

export function typeNotAllowed(extension: string): Refused {
  const what = extension ? `Filtypen .${extension} är inte tillåten` : 'Filen saknar filändelse';
  return refused('type-not-allowed', `${what}; tillåtna filtyper är ${ALLOWED_TYPES_TEXT}.`);
}

export function contentMismatch(extension: string, why = ''): Refused {
  return refused(
    'content-mismatch',
    `Innehållet i filen stämmer inte med filändelsen .${extension}${why ? ` (${why})` : ''}; tillåtna filtyper är ${ALLOWED_TYPES_TEXT}.`,
  );
}

export function unsafeArchive(detail: string): Refused {
  return refused('unsafe-archive', `Filen togs inte emot eftersom den är ett osäkert eller skadat arkiv: ${detail}.`);
}

export function malware(): Refused {
  return refused('malware', 'Filen togs inte emot eftersom den innehåller en signatur för skadlig kod (EICAR-testsignaturen).');
}

export function empty(): Refused {
  return refused('empty', 'Filen är tom; välj en fil med innehåll.');
}

export type Extraction = { status: 'done'; text: string } | { status: 'failed'; reason: string } | { status: 'none' };

/** Extracted text is cut here (about 1.5 million words): the search index gets the start of a huge file, memory stays bounded. */
export const MAX_TEXT_CHARS = 10_000_000;
