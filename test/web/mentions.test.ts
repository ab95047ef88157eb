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

  it('matches the longer of two names that start alike, and each person once', () => {
    const KARIN_L = { name: 'Karin', id: '33333333-3333-4333-8333-333333333333' };
    expect(toStored('@Karin Lindqvist och @Karin', [KARIN_L, KARIN])).toBe(`@[Karin Lindqvist](${KARIN.id}) och @[Karin](${KARIN_L.id})`);
    expect(mentionsIn('@Karl Öst, @Karl Öst och @Karin Lindqvist', [KARL, KARIN])).toEqual([KARL, KARIN]);
  });

  it('keeps the person picked last when two people share a name', () => {
    const other = { name: KARIN.name, id: '44444444-4444-4444-8444-444444444444' };
    expect(toStored(`Hej @${KARIN.name}`, [KARIN, other])).toBe(`Hej @[${KARIN.name}](${other.id})`);
  });

  it('treats characters that mean something in a pattern as plain text in a name', () => {
    const odd = { name: 'A.B (C)', id: '55555555-5555-4555-8555-555555555555' };
    expect(toStored('Till @A.B (C) och @AxB (C)', [odd])).toBe(`Till @[A.B (C)](${odd.id}) och @AxB (C)`);
  });

  it('reads only well-formed stored mentions back', () => {
    expect(fromStored('@[Karin](inte-ett-id) och @[](11111111-1111-4111-8111-111111111111)').mentions).toEqual([]);
    expect(fromStored(`@[${KARIN.name}](${KARIN.id}) @[${KARIN.name}](${KARIN.id})`).mentions).toEqual([KARIN]);
  });
});
