/**
 * Swedish for search: municipal synonyms, diacritic folding and compound splitting.
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
  for (let i = w.length - 3; i >= 4; i--) {
    const head = w.slice(0, i);
    if (!vocabulary.has(head)) continue;
    let rest = w.slice(i);
    if (rest.startsWith('s') && rest.length > 4 && !vocabulary.has(rest)) rest = rest.slice(1);
    if (rest.length < 3) continue;
    const tail = vocabulary.has(rest) ? [rest] : splitCompound(rest, vocabulary, depth + 1);
    const parts = [head, ...(tail.length > 0 ? tail : [rest])];
    if (parts.length > best.length || (parts.length === best.length && head.length > best[0]!.length)) best = parts;
    if (tail.length > 0) break;
  }
  return best;
}

/** The single words of a list of phrases, for the compound vocabulary. */
export function vocabularyOf(phrases: Iterable<string>): Set<string> {
  const words = new Set(COMPOUND_STEMS);
  for (const phrase of phrases) for (const word of phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 4) words.add(word);
  return words;
}
