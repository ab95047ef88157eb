import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** Markdown as members write it: no raw HTML, links made clickable, line breaks kept. */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A mention as the composer writes it: `@[Anna Ek](person-id)`. */
export const MENTION = new RegExp(`@\\[([^\\]\\n]{1,100})\\]\\((${UUID})\\)`, 'gi');

/** The people a text mentions, in order, without repeats. */
export function mentionedIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MENTION)].map((m) => m[2]!.toLowerCase()))];
}

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel', 'class'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedClasses: { a: ['mention'] },
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow' },
    }),
  },
  disallowedTagsMode: 'escape',
};

/**
 * Renders member-written markdown to HTML that is safe to insert: markdown-it with raw HTML off,
 * then an allowlist sanitiser (no scripts, no event handlers, no javascript: or data: links;
 * links get rel="noopener noreferrer"). Mentions become links to the person's profile.
 */
export function renderMarkdown(markdown: string, mentionNames: ReadonlyMap<string, string> = new Map()): string {
  const withMentions = markdown.replace(MENTION, (_whole, label: string, id: string) => {
    const name = mentionNames.get(id.toLowerCase());
    // Only real members become links; anything else stays the text that was typed.
    return name ? `[@${name.replace(/[[\]\\]/g, '')}](/personer/${id.toLowerCase()}#mention)` : `@${label}`;
  });
  const html = md.render(withMentions);
  return sanitizeHtml(html, ALLOWED)
    .replace(
      /<a href="(\/personer\/[0-9a-f-]{36})#mention" rel="noopener noreferrer nofollow">/g,
      '<a href="$1" class="mention" rel="noopener noreferrer nofollow">',
    )
    .trim();
}
