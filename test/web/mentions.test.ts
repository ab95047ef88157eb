// The composer shows "@Namn" and sends "@[Namn](id)": the round trip keeps every picked mention.
import { fromStored, mentionsIn, toStored } from '../../apps/web/src/feed/mentions';

const KARIN = { name: 'Karin Lindqvist', id: '11111111-1111-4111-8111-111111111111' };
const KARL = { name: 'Karl Öst', id: '22222222-2222-4222-8222-222222222222' };

describe('mentions in the composer', () => {
  it('shows a saved post’s mentions by name and sends them back in the stored form', () => {
    const stored = `Hej @[${KARIN.name}](${KARIN.id}) och @[${KARL.name}](${KARL.id})!`;
    const shown = fromStored(stored);
    expect(shown.text).toBe('Hej @Karin Lindqvist och @Karl Öst!');
    expect(shown.mentions).toEqual([KARIN, KARL]);
    expect(toStored(shown.text, shown.mentions)).toBe(stored);
  });

  it('leaves out a mention whose name was deleted from the text, and does not match inside a longer word', () => {
    expect(mentionsIn('Tack @Karl Östberg och @Karin Lindqvist.', [KARIN, KARL])).toEqual([KARIN]);
    expect(toStored('Tack @Karl Östberg.', [KARL])).toBe('Tack @Karl Östberg.');
    expect(toStored('Mejla @Karl Öst, tack', [KARL])).toBe(`Mejla @[Karl Öst](${KARL.id}), tack`);
  });

  it('leaves text without picked mentions alone', () => {
    expect(toStored('Skriv till info@exempel.se', [])).toBe('Skriv till info@exempel.se');
    expect(fromStored('Inga omnämnanden här').mentions).toEqual([]);
  });
});
