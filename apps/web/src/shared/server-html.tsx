// Post and comment bodies arrive as HTML that the hub has already rendered from markdown and
// sanitised (renderMarkdown in @hub/core: an allowlist of p, br, strong, em, del, code, pre,
// blockquote, lists, links with rel="noopener noreferrer nofollow", h1–h4, hr and tables; mentions
// are <a class="mention" href="/personer/<id>">). This is the ONLY place the app uses
// dangerouslySetInnerHTML, and only for those server-sanitised `html` fields of the feed API.
// Never pass it anything else (search highlights go through highlight.tsx).
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './router';

/** Clicks on links inside the sanitised HTML that point into the app use the app's router. */
function followInternalLink(event: MouseEvent<HTMLElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = event.target;
  if (!(target instanceof Element)) return;
  const link = target.closest('a');
  if (!link || !event.currentTarget.contains(link)) return;
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('/') || href.startsWith('//')) return;
  event.preventDefault();
  navigate(href);
}

export function ServerHtml({ html, className, id }: { html: string; className?: string; id?: string }): ReactNode {
  return (
    // The click handler only forwards link activation (Enter on a focused link fires a click too).
    <div
      id={id}
      className={`rich-text ${className ?? ''}`}
      onClick={followInternalLink}
      // Sanitised by the hub (see the top of this file); nothing from the browser is put here.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
