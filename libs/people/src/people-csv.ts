import { parse } from 'csv-parse/sync';
import { DomainError, EMAIL_PATTERN, normalizeEmail, slugify } from '@hub/core';

export interface CsvPerson {
  line: number;
  name: string;
  email: string;
  municipality: string;
  title: string;
  expertise: string[];
}

const HEADER_ALIASES: Record<string, keyof Omit<CsvPerson, 'line'>> = {
  name: 'name',
  namn: 'name',
  email: 'email',
  'e-post': 'email',
  epost: 'email',
  mejl: 'email',
  municipality: 'municipality',
  kommun: 'municipality',
  title: 'title',
  titel: 'title',
  befattning: 'title',
  expertise: 'expertise',
  kompetens: 'expertise',
  expertis: 'expertise',
};
const REQUIRED = ['name', 'email', 'municipality'] as const;

/** Picks `;` (Swedish Excel) or `,` from the header line. */
function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) && firstLine.includes(';') ? ';' : ',';
}

/**
 * Parses the people CSV as Swedish Excel writes it (UTF-8 with or without BOM, `;` or `,`).
 * Broken quoting or a missing column rejects the whole file before anything is written.
 */
export function parsePeopleCsv(input: string | Buffer): CsvPerson[] {
  let text = typeof input === 'string' ? input : input.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new DomainError('validation', 'Filen är inte UTF-8. Spara den i Excel som "CSV UTF-8 (kommaavgränsad)" och försök igen.');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DomainError('validation', 'Filen är tom.');
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new DomainError(
      'validation',
      `CSV-filen kunde inte läsas${line ? ` (rad ${line})` : ''}: kontrollera citattecken och antal kolumner.`,
      {
        errors: [{ field: 'file', message: (err as Error).message }],
      },
    );
  }
  const [header, ...body] = records;
  const columns = (header ?? []).map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  const missing = REQUIRED.filter((r) => !columns.includes(r));
  if (missing.length > 0) {
    throw new DomainError(
      'validation',
      `Kolumner saknas: ${missing.join(', ')}. Första raden ska vara name,email,municipality,title,expertise.`,
    );
  }
  return body.map((cells, index) => {
    const get = (key: keyof Omit<CsvPerson, 'line'>): string => {
      const at = columns.indexOf(key);
      return at >= 0 ? (cells[at] ?? '').trim() : '';
    };
    return {
      line: index + 2,
      name: get('name'),
      email: normalizeEmail(get('email')),
      municipality: get('municipality'),
      title: get('title'),
      expertise: [
        ...new Set(
          get('expertise')
            .split('|')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ],
    };
  });
}

/** What is wrong with one row, in Swedish; empty when it can be imported. */
export function rowErrors(row: CsvPerson, municipalityBySlug: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  if (!row.name) errors.push('Namn saknas.');
  if (row.name.length > 200) errors.push('Namnet är längre än 200 tecken.');
  if (!EMAIL_PATTERN.test(row.email) || row.email.length > 254 || !/^[\x21-\x7e]+$/.test(row.email))
    errors.push(`Ogiltig e-postadress: "${row.email}".`);
  if ([row.name, row.title, row.municipality, ...row.expertise].some((v) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(v))) {
    errors.push('Raden innehåller otillåtna styrtecken.');
  }
  if (!municipalityBySlug.has(slugify(row.municipality))) errors.push(`Okänd kommun: "${row.municipality}".`);
  if (row.title.length > 120) errors.push('Titeln är längre än 120 tecken.');
  if (row.expertise.length > 40) errors.push('Högst 40 kompetenser per person.');
  if (row.expertise.some((t) => t.length > 80)) errors.push('En kompetens är längre än 80 tecken.');
  return errors;
}
