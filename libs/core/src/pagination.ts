import { DomainError } from './errors';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Opaque keyset cursor: base64url of a JSON tuple of the sort key values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What each position of a cursor holds. */
export type CursorPart = 'string' | 'number' | 'uuid';

export function decodeCursor(cursor: string | undefined, parts: readonly CursorPart[]): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const fits = (v: unknown, part: CursorPart): boolean =>
      part === 'number' ? typeof v === 'number' : typeof v === 'string' && !v.includes('\u0000') && (part === 'string' || UUID.test(v));
    if (Array.isArray(parsed) && parsed.length === parts.length && parsed.every((v, i) => fits(v, parts[i]!))) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the problem below
  }
  throw new DomainError('validation', 'Ogiltig sidmarkör (cursor); börja om från första sidan.', {
    errors: [{ field: 'cursor', message: 'ogiltig' }],
  });
}
