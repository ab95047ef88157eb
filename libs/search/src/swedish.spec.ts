import {
  BASE_VOCABULARY,
  COMPOUND_STEMS,
  STOP_WORDS,
  SYNONYM_GROUPS,
  baseForm,
  fold,
  indexWords,
  meiliStopWords,
  splitCompound,
  splitTail,
  synonymMap,
  vocabularyOf,
} from './swedish';

describe('Swedish search helpers', () => {
  const vocabulary = vocabularyOf(['upphandling', 'välfärdsteknik', 'e-hälsa', 'digital tillsyn']);

  it('splits compounds at known words, with the linking s', () => {
    expect(splitCompound('upphandlingsregler', vocabulary)).toEqual(['upphandling', 'regler']);
    expect(splitCompound('välfärdsteknikstrategi', vocabulary)).toEqual(['välfärdsteknik', 'strategi']);
    expect(splitCompound('välfärdsteknikstrategin', vocabulary)).toEqual(['välfärdsteknik', 'strategin']);
    expect(splitCompound('tillsynsplan', vocabulary)).toEqual(['tillsyn', 'plan']);
    expect(splitCompound('upphandling', vocabulary)).toEqual([]);
    expect(splitCompound('kanelbulle', vocabulary)).toEqual([]);
  });

  it('finds the base form of definite and plural forms of vocabulary words only', () => {
    expect(baseForm('hemtjänsten', vocabulary)).toBe('hemtjänst');
    expect(baseForm('biblioteket', vocabulary)).toBe('bibliotek');
    expect(baseForm('upphandlingar', vocabulary)).toBe('upphandling');
    expect(baseForm('kartorna', vocabulary)).toBe('kartor');
    expect(baseForm('strategin', vocabulary)).toBe('strategi');
    expect(baseForm('kanelbullen', vocabulary)).toBeUndefined();
    // Never a base shorter than four letters: "lovar" is not a form of "lov".
    expect(baseForm('lovar', vocabulary)).toBeUndefined();
  });

  it('splits off a known tail of at least five letters after an unknown head', () => {
    expect(splitTail('kommunikationsstrategin', vocabulary)).toEqual(['strategi']);
    expect(splitTail('detaljplan', vocabulary)).toEqual([]); // "plan" is too short to trust as a tail
    expect(splitTail('strategi', vocabulary)).toEqual([]);
  });

  it('gives the extra words to index for a text: known parts and base forms, folded, never the unknown rest', () => {
    expect(indexWords(['Kommunens välfärdsteknikstrategin är antagen'], vocabulary)).toEqual(
      expect.arrayContaining(['valfardsteknik', 'strategi']),
    );
    expect(indexWords(['Nya upphandlingsregler gäller'], vocabulary)).toEqual(['upphandling', 'regler']);
    expect(indexWords(['Hemtjänsten i Klippan testar nya scheman'], vocabulary)).toEqual(['hemtjanst']);
    expect(indexWords(['Fikat flyttas till biblioteket'], vocabulary)).toEqual(['bibliotek']);
    expect(indexWords(['Vi går igenom upphandlingsjuridiken'], vocabulary)).toEqual(['upphandling']);
    expect(indexWords(['Vår kommunikationsstrategi'], vocabulary)).toEqual(['strategi']);
    // No false heads ("kommun|ikation", "vård|nadshavare"), nothing for words already in the vocabulary.
    expect(indexWords(['kommunikation vårdnadshavare upphandling kanelbulle'], vocabulary)).toEqual([]);
    expect(indexWords(['upphandlingsregler '.repeat(3), 'hemtjänsten biblioteket'], vocabulary, 2)).toHaveLength(2);
  });

  it('has a base vocabulary of the stems and the synonym groups', () => {
    expect(BASE_VOCABULARY.has('hemtjänst')).toBe(true);
    expect(BASE_VOCABULARY.has('hemtjanst')).toBe(true);
    expect(BASE_VOCABULARY.has('strategi')).toBe(true);
  });

  it('folds å, ä and ö', () => {
    expect(fold('Välfärdsteknik i Örkelljunga och Åstorp')).toBe('valfardsteknik i orkelljunga och astorp');
  });

  it('makes synonym groups symmetric', () => {
    const map = synonymMap([['upphandling', 'inköp', 'lou']]);
    expect(map['lou']).toEqual(['upphandling', 'inköp', 'inkop']);
    expect(map['inköp']).toEqual(['upphandling', 'inkop', 'lou']);
    expect(map['inkop']).toEqual(['upphandling', 'inköp', 'lou']);
  });

  it('stop words are lower-case function words, never a vocabulary or synonym word', () => {
    expect(new Set(STOP_WORDS).size).toBe(STOP_WORDS.length);
    const content = new Set([...COMPOUND_STEMS, ...SYNONYM_GROUPS.flat().flatMap((p) => p.split(/[^\p{L}\p{N}]+/u))].map(fold));
    for (const word of STOP_WORDS) {
      expect(word).toBe(word.toLowerCase());
      expect(word).toMatch(/^\p{L}+$/u);
      expect(content.has(fold(word))).toBe(false);
    }
    expect(STOP_WORDS).toEqual(expect.arrayContaining(['och', 'att', 'det', 'som', 'på', 'är', 'för']));
  });

  it('sends Meilisearch only the stop words it applies: those without å/ä/ö', () => {
    const sent = meiliStopWords();
    expect(sent).toEqual(expect.arrayContaining(['och', 'att', 'det', 'som', 'en', 'av', 'med']));
    expect(sent).not.toContain('på');
    expect(sent).not.toContain('pa');
    expect(sent.every((w) => w === fold(w))).toBe(true);
  });
});
