/**
 * Swedish for search: municipal synonyms, stop words, diacritic folding, compound splitting and base forms.
 * The synonym groups are a maintained list: add a group when users miss each other's words.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['upphandling', 'inköp', 'lou', 'offentlig upphandling'],
  ['säkerhetsskyddad upphandling', 'säkerhetsskyddsupphandling'],
  ['brottsförebyggande', 'trygghetsskapande', 'brottsprevention'],
  ['välfärdsteknik', 'e-hälsa', 'digital vård'],
  ['gis', 'geodata', 'kartor', 'geografiska informationssystem'],
  ['hr', 'personal', 'human resources'],
  ['näringsliv', 'företagsklimat'],
  ['kollektivtrafik', 'busstrafik', 'pendling'],
  ['informationssäkerhet', 'cybersäkerhet', 'it-säkerhet'],
  ['dataskydd', 'gdpr', 'personuppgifter'],
  ['krisberedskap', 'civilt försvar', 'beredskap'],
  ['klimatanpassning', 'klimat'],
  ['arkiv', 'e-arkiv', 'informationsförvaltning'],
  ['nämndsekreterare', 'kommunsekreterare', 'protokoll'],
  ['bibliotek', 'biblioteksverksamhet'],
  ['äldreomsorg', 'omsorg', 'hemtjänst'],
  ['kompetensförsörjning', 'rekrytering', 'kompetensattraktion'],
];

/** Meilisearch's synonym map: every word of a group points at the others. */
export function synonymMap(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    // Swedish-normalised fields keep å/ä/ö, default-normalised ones fold them: list both spellings.
    const spellings = [...new Set(group.flatMap((w) => [w, fold(w)]))];
    for (const word of spellings) map[word] = spellings.filter((w) => w !== word);
  }
  return map;
}

/** "Välfärdsteknik i Örkelljunga" → "valfardsteknik i orkelljunga": found also when typed without å/ä/ö. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * Swedish function words, ignored when indexing and searching the content indexes (posts, documents,
 * chat, meetings; not people or networks, whose names are short). Only function words: never a word
 * someone could mean as a search on its own. Maintained here; see `meiliStopWords()`.
 */
export const STOP_WORDS: readonly string[] = [
  'och',
  'att',
  'det',
  'som',
  'en',
  'på',
  'är',
  'av',
  'för',
  'med',
  'till',
  'den',
  'har',
  'de',
  'inte',
  'om',
  'ett',
  'men',
  'var',
  'jag',
  'sig',
  'så',
  'vi',
  'kan',
  'du',
  'ni',
  'han',
  'hon',
  'dem',
  'vid',
  'från',
  'eller',
  'när',
  'där',
  'här',
  'hade',
  'ska',
  'skulle',
  'också',
  'än',
  'sin',
  'sitt',
  'sina',
  'mig',
  'dig',
  'oss',
  'hans',
  'hennes',
  'deras',
  'detta',
  'denna',
  'dessa',
  'vad',
  'hur',
  'nu',
  'då',
  'mot',
  'ut',
  'in',
  'åt',
  'ju',
  'bara',
];

/**
 * The stop words Meilisearch's `stopWords` setting can apply. Measured on Meilisearch 1.21 with the
 * default normaliser: an entry with å/ä/ö ("på", "är") removes nothing, neither in documents nor in
 * queries, and its folded spelling ("pa", "ar") would remove only that literal spelling, leaving
 * "på" and "är" indexed while dropping a folded "år" (a content word). So only the entries without
 * å/ä/ö are sent; the others stay listed for the day Meilisearch matches them.
 */
export function meiliStopWords(words: readonly string[] = STOP_WORDS): string[] {
  return words.filter((w) => w === fold(w));
}

/** Stems worth splitting compounds on, beyond the words of everyone's expertise. */
export const COMPOUND_STEMS: readonly string[] = [
  'upphandling',
  'välfärdsteknik',
  'välfärd',
  'teknik',
  'säkerhet',
  'säkerhetsskydd',
  'brott',
  'trygghet',
  'miljö',
  'klimat',
  'trafik',
  'kollektivtrafik',
  'bibliotek',
  'arkiv',
  'information',
  'digital',
  'kommun',
  'skola',
  'omsorg',
  'strategi',
  'plan',
  'planering',
  'regler',
  'avtal',
  'ledning',
  'utveckling',
  'kompetens',
  'energi',
  'vatten',
  'bygg',
  'lov',
  'tillsyn',
  'ekonomi',
  'budget',
  'personal',
  'lön',
  'data',
  'skydd',
  'analys',
  'samordning',
  'projekt',
  'hälsa',
];

/**
 * Splits a compound at vocabulary words: "upphandlingsregler" → ["upphandling", "regler"],
 * "välfärdsteknikstrategi" → ["välfärdsteknik", "strategi"]. Handles the linking -s-.
 * Returns [] when no split is found.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>, depth = 0): string[] {
  const w = word.toLowerCase();
  if (w.length < 8 || depth > 3) return [];
  let best: string[] = [];
  for (let i = w.length - 3; i >= MIN_PART; i--) {
    const head = w.slice(0, i);
    if (!vocabulary.has(head)) continue;
    let rest = w.slice(i);
    if (rest.startsWith('s') && rest.length > 4 && baseForm(rest, vocabulary) === undefined) rest = rest.slice(1);
    if (rest.length < 3) continue;
    const tail = baseForm(rest, vocabulary) !== undefined ? [rest] : splitCompound(rest, vocabulary, depth + 1);
    const parts = [head, ...(tail.length > 0 ? tail : [rest])];
    if (parts.length > best.length || (parts.length === best.length && head.length > best[0]!.length)) best = parts;
    if (tail.length > 0) break;
  }
  return best;
}

/** Shortest part a compound is split into, and shortest known tail split off an unknown head. */
export const MIN_PART = 4;
export const MIN_TAIL = 5;

/** The single words of a list of phrases, for the compound vocabulary: the stems, the synonym groups' words and the phrases', each also without å/ä/ö. */
export function vocabularyOf(phrases: Iterable<string>): Set<string> {
  const words = new Set(COMPOUND_STEMS);
  const add = (phrase: string): void => {
    for (const word of phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= MIN_PART) words.add(word);
  };
  for (const group of SYNONYM_GROUPS) group.forEach(add);
  for (const phrase of phrases) add(phrase);
  for (const word of [...words]) words.add(fold(word));
  return words;
}

/** The vocabulary without anyone's expertise: the stems and the synonym groups' words. */
export const BASE_VOCABULARY: ReadonlySet<string> = vocabularyOf([]);

/** Definite and plural endings, longest first: "hemtjänsten" → "hemtjänst", "biblioteket" → "bibliotek", "reglerna" → "regler". */
const INFLECTIONS = ['ernas', 'arnas', 'erna', 'arna', 'orna', 'ens', 'ets', 'en', 'et', 'na', 'er', 'ar', 'or', 'n', 't', 's'] as const;

/** The vocabulary word `word` is (or is a definite/plural form of), or undefined. Expects lower case. */
export function baseForm(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (vocabulary.has(word)) return word;
  for (const ending of INFLECTIONS) {
    if (word.length - ending.length < MIN_PART || !word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    if (vocabulary.has(base)) return base;
  }
  return undefined;
}

/**
 * The known tail of a compound whose head is not in the vocabulary, in its base form:
 * "kommunikationsstrategin" → ["strategi"]. Only tails of at least MIN_TAIL letters after a head of
 * at least MIN_PART, so short stems ("plan", "lov", "data") never match the end of unrelated words.
 */
export function splitTail(word: string, vocabulary: ReadonlySet<string>): string[] {
  const w = word.toLowerCase();
  for (let i = MIN_PART; i <= w.length - MIN_TAIL; i++) {
    const tail = baseForm(w.slice(i), vocabulary);
    if (tail !== undefined && tail.length >= MIN_TAIL) return [tail];
  }
  return [];
}

/** The longest vocabulary word `word` starts with (leaving at least 3 letters), or undefined. */
function longestHead(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  for (let i = word.length - 3; i >= MIN_PART; i--) if (vocabulary.has(word.slice(0, i))) return word.slice(0, i);
  return undefined;
}

/**
 * The extra words to index beside a text, so that a compound is found by its parts and an inflected
 * word by its base form (which the synonym groups are written in): "välfärdsteknikstrategin" →
 * "valfardsteknik", "strategi"; "Hemtjänsten" → "hemtjanst"; "kommunikationsstrategi" → "strategi".
 * Only vocabulary words, without å/ä/ö (Meilisearch's default normaliser folds them anyway), unique, at most `limit`.
 * The words go into a separate searchable attribute: highlights and excerpts keep the original text.
 */
export function indexWords(texts: Iterable<string>, vocabulary: ReadonlySet<string>, limit = 300): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const memo = memoOf(vocabulary);
  for (const text of texts) {
    for (const token of fold(text).split(/[^\p{L}\p{N}]+/u)) {
      if (token.length <= MIN_PART || seen.has(token) || vocabulary.has(token)) continue;
      seen.add(token);
      let words = memo.get(token);
      if (words === undefined) {
        words = wordsOf(token, vocabulary);
        if (memo.size >= MEMO_SIZE) memo.clear();
        memo.set(token, words);
      }
      for (const word of words) {
        if (out.size >= limit) return [...out];
        out.add(word);
      }
    }
  }
  return [...out];
}

/** The extra words one token is indexed with (see indexWords). */
function wordsOf(token: string, vocabulary: ReadonlySet<string>): readonly string[] {
  const base = baseForm(token, vocabulary);
  if (base !== undefined) return [base];
  const words: string[] = [];
  // All parts known ("upphandling|s|regler", "välfärdsteknik|strategin"): index them, in base form.
  const parts = splitCompound(token, vocabulary).map((part) => baseForm(part, vocabulary));
  if (parts.length > 0 && parts.every((part) => part !== undefined)) words.push(...(parts as string[]));
  // A known head with an unknown rest only before a linking s ("upphandlings|juridik"), never
  // "kommun|ikation" or "vård|nadshavare".
  const head = longestHead(token, vocabulary);
  if (head !== undefined && (token.charAt(head.length) === 's' || baseForm(token.slice(head.length), vocabulary) !== undefined))
    words.push(head);
  words.push(...splitTail(token, vocabulary));
  return [...new Set(words)];
}

/**
 * Tokens already worked out, per vocabulary (a new vocabulary starts afresh): indexing meets the
 * same words in post after post, and splitting one costs a few hundred lookups.
 */
const memos = new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>();
const MEMO_SIZE = 100_000;
function memoOf(vocabulary: ReadonlySet<string>): Map<string, readonly string[]> {
  let memo = memos.get(vocabulary);
  if (!memo) memos.set(vocabulary, (memo = new Map()));
  return memo;
}
