/**
 * A CSV cell for Excel: quoted when it holds a separator, quote or line break, and a leading
 * `=`, `+`, `-`, `@`, tab or carriage return defused with an apostrophe (no formula injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (semicolons, CRLF) for Swedish Excel. */
export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}

/** Starts a UTF-8 CSV file so Excel reads å, ä, ö right. */
export const CSV_BOM = '\uFEFF';
