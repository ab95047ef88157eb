// Mentions in the composer: the text shows "@Karin Lindqvist", the hub stores "@[Karin Lindqvist](id)".
// The composer keeps the people picked (name and id) and writes the stored form only when it sends.

export interface MentionRef {
  name: string;
  id: string;
}

const STORED = /@\[([^\]\n]{1,200})\]\(([0-9a-fA-F-]{36})\)/g;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "@[Karin](uuid)" → "@Karin", with the mentions found (for editing a saved post). */
export function fromStored(text: string): { text: string; mentions: MentionRef[] } {
  const mentions: MentionRef[] = [];
  const shown = text.replace(STORED, (_whole, name: string, id: string) => {
    if (!mentions.some((m) => m.id === id && m.name === name)) mentions.push({ name, id });
    return `@${name}`;
  });
  return { text: shown, mentions };
}

/** A pattern for "@Name" of the given mentions, not followed by more of a word (longest names first). */
function pattern(mentions: readonly MentionRef[]): RegExp | null {
  if (mentions.length === 0) return null;
  const names = [...new Set(mentions.map((m) => m.name))].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`@(${names.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
}

/** The mentions whose "@Name" is still in the text, in the order they appear, each once. */
export function mentionsIn(text: string, mentions: readonly MentionRef[]): MentionRef[] {
  const re = pattern(mentions);
  if (!re) return [];
  const found: MentionRef[] = [];
  for (const match of text.matchAll(re)) {
    const m = [...mentions].reverse().find((x) => x.name === match[1]);
    if (m && !found.includes(m)) found.push(m);
  }
  return found;
}

/** "@Karin" → "@[Karin](uuid)" for every picked mention still in the text. */
export function toStored(text: string, mentions: readonly MentionRef[]): string {
  const re = pattern(mentions);
  if (!re) return text;
  return text.replace(re, (whole, name: string) => {
    const m = [...mentions].reverse().find((x) => x.name === name);
    return m ? `@[${m.name}](${m.id})` : whole;
  });
}
