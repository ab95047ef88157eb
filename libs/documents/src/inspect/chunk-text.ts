const DEFAULT_MAX_WORDS = 2_000;

/**
 * Meilisearch indexes at most 65,535 positions per attribute and silently drops the rest. A word
 * takes one position and a separator up to eight, so counting tokens the way it does and staying
 * under half the limit leaves room for where its tokenizer splits differently.
 */
const POSITION_BUDGET = 32_000;
/** A run without spaces (a CSV line, a long URL) is cut into slices this long. */
const SLICE_CHARS = 4_000;

interface Unit {
  text: string;
  /** What joins it to the unit before: a paragraph break, a space, or nothing inside a cut word. */
  before: string;
  words: number;
  positions: number;
}

/** Chunks of at most `maxWords` words, cut between paragraphs, else sentences, else words. */
export function chunkText(text: string, maxWords = DEFAULT_MAX_WORDS): string[] {
  const limit = Math.max(1, Math.floor(maxWords));
  const chunks: string[] = [];
  let current = '';
  let words = 0;
  let positions = 0;
  for (const unit of units(text, limit)) {
    if (current && (words + unit.words > limit || positions + unit.positions + 8 > POSITION_BUDGET)) {
      chunks.push(current);
      current = '';
      words = 0;
      positions = 0;
    }
    current += current ? unit.before + unit.text : unit.text;
    words += unit.words;
    positions += unit.positions + 8;
  }
  if (current) chunks.push(current);
  return chunks;
}

function* units(text: string, limit: number): Generator<Unit> {
  for (const paragraph of text.split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (trimmed) yield* split(trimmed, '\n\n', limit, 0);
  }
}

/** How a unit too big to keep whole is cut: a paragraph into lines, a line into sentences, a sentence into words, a word into slices. */
const LEVELS: ReadonlyArray<{ split: (text: string) => string[]; joiner: string }> = [
  { split: (text) => text.split('\n'), joiner: '\n' },
  { split: (text) => text.split(/(?<=[.!?…])\s+/), joiner: ' ' },
  { split: (text) => text.split(/\s+/), joiner: ' ' },
  { split: (text) => slices(text), joiner: '' },
];

function* split(text: string, before: string, limit: number, level: number): Generator<Unit> {
  const unit = measure(text, before);
  if (level === LEVELS.length || (unit.words <= limit && unit.positions <= POSITION_BUDGET)) {
    yield unit;
    return;
  }
  const { split: cut, joiner } = LEVELS[level];
  let first = true;
  for (const part of cut(text)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    yield* split(trimmed, first ? before : joiner, limit, level + 1);
    first = false;
  }
}

function slices(word: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < word.length;) {
    let end = Math.min(start + SLICE_CHARS, word.length);
    if (end < word.length && /[\uD800-\uDBFF]/.test(word[end - 1])) end--;
    out.push(word.slice(start, end));
    start = end;
  }
  return out;
}

function measure(text: string, before: string): Unit {
  const words = text.split(/\s+/).filter(Boolean).length;
  return { text, before, words, positions: estimatePositions(text) };
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+/gu;
/** Scripts Meilisearch segments into words by dictionary: each character may be a word. */
const SEGMENTED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const HARD_SEPARATOR = /[.!?;:…\n]/;

/** An upper bound of the positions Meilisearch gives the text: 1 per word, 1 per soft and 8 per hard separator. */
export function estimatePositions(text: string): number {
  let positions = 0;
  for (const [token] of text.matchAll(TOKEN)) {
    if (/^[\p{L}\p{N}\p{M}]/u.test(token)) positions += Math.max(1, token.match(SEGMENTED)?.length ?? 0);
    else positions += HARD_SEPARATOR.test(token) ? 8 : 1;
  }
  return positions;
}
