// A document's addresses and its type as people say it: small, so the header's search box can link
// to documents without loading the library's code.

export function documentPath(id: string): string {
  return `/dokument/${id}`;
}

export function downloadUrl(id: string, options: { version?: number; inline?: boolean } = {}): string {
  const query = new URLSearchParams();
  if (options.version !== undefined) query.set('version', String(options.version));
  if (options.inline) query.set('disposition', 'inline');
  const s = query.toString();
  return `/api/v1/documents/${id}/download${s ? `?${s}` : ''}`;
}

/** "PDF", "DOCX": the type as people say it. */
export function kindLabel(kind: string): string {
  return kind.toUpperCase();
}
