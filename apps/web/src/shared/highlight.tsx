// Search highlights arrive as escaped HTML where only <mark> and </mark> are markup. They are turned
// into React elements here (never innerHTML), so nothing in them can ever become markup of its own.
import { Fragment, type ReactNode } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Undoes the hub's escaping of the five characters (nothing else is escaped). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

export interface HighlightPart {
  text: string;
  marked: boolean;
}

/** Splits a highlight into plain and marked pieces, with the entities undone. */
export function highlightParts(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescapeHtml(piece), marked });
  }
  return parts;
}

/** The plain text of a highlight (to compare it with the value it highlights). */
export function highlightText(html: string): string {
  return highlightParts(html)
    .map((p) => p.text)
    .join('');
}

export function Highlight({ html }: { html: string }): ReactNode {
  return (
    <>
      {highlightParts(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
