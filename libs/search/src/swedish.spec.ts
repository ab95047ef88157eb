import { fold, splitCompound, synonymMap, vocabularyOf } from './swedish';

describe('Swedish search helpers', () => {
  const vocabulary = vocabularyOf(['upphandling', 'välfärdsteknik', 'e-hälsa', 'digital tillsyn']);

  it('splits compounds at known words, with the linking s', () => {
    expect(splitCompound('upphandlingsregler', vocabulary)).toEqual(['upphandling', 'regler']);
    expect(splitCompound('välfärdsteknikstrategi', vocabulary)).toEqual(['välfärdsteknik', 'strategi']);
    expect(splitCompound('tillsynsplan', vocabulary)).toEqual(['tillsyn', 'plan']);
    expect(splitCompound('upphandling', vocabulary)).toEqual([]);
    expect(splitCompound('kanelbulle', vocabulary)).toEqual([]);
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
});
