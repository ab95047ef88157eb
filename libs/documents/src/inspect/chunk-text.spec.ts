import { chunkText, estimatePositions } from './chunk-text';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const MEILI_POSITIONS = 65_535;

function paragraph(index: number, length: number): string {
  return Array.from({ length: length / 10 }, (_, s) => `Stycke ${index} mening ${s} handlar om samverkan mellan kommunerna i Skåne.`).join(
    ' ',
  );
}

describe('chunkText', () => {
  it('gives nothing for empty or blank text', () => {
    expect(chunkText('')).toEqual([]);
    expect(chunkText(' \n\n\t ')).toEqual([]);
  });

  it('keeps a short text in one chunk', () => {
    expect(chunkText('Hej Åsa!\n\nVi ses i Höganäs.')).toEqual(['Hej Åsa!\n\nVi ses i Höganäs.']);
  });

  it('cuts 5,000 words into chunks of at most 2,000, between paragraphs, losing no word', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => paragraph(i, 100));
    const text = paragraphs.join('\n\n');
    const chunks = chunkText(text);
    expect(chunks.length).toBe(3);
    for (const chunk of chunks) expect(words(chunk).length).toBeLessThanOrEqual(2000);
    expect(chunks.flatMap(words)).toEqual(words(text));
    // Every paragraph is whole in exactly one chunk.
    for (const p of paragraphs) expect(chunks.filter((chunk) => chunk.includes(p))).toHaveLength(1);
  });

  it('cuts one long paragraph between sentences', () => {
    const text = paragraph(1, 4500);
    const chunks = chunkText(text, 1000);
    expect(chunks.length).toBe(5);
    for (const chunk of chunks) {
      expect(words(chunk).length).toBeLessThanOrEqual(1000);
      expect(chunk.endsWith('Skåne.')).toBe(true);
    }
    expect(chunks.flatMap(words)).toEqual(words(text));
  });

  it('keeps the rows of a long table whole, a line at a time', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Rad ${i}\tÅstorp\t${i * 3} kronor`);
    const chunks = chunkText(rows.join('\n'), 500);
    for (const chunk of chunks) {
      expect(words(chunk).length).toBeLessThanOrEqual(500);
      for (const line of chunk.split('\n')) expect(rows).toContain(line);
    }
    expect(chunks.flatMap((chunk) => chunk.split('\n'))).toEqual(rows);
  });

  it('cuts a "word" with no spaces (a CSV line, a URL) so Meilisearch indexes all of it', () => {
    const line = Array.from({ length: 60_000 }, (_, i) => `v${i}`).join(';');
    const chunks = chunkText(line);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(line);
    for (const chunk of chunks) {
      // Counted the pessimistic way: every letter/digit run a word, every separator a hard one (8).
      const tokens = chunk.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      expect(tokens * 9).toBeLessThan(MEILI_POSITIONS);
    }
  });

  it('counts each Chinese or Japanese character as a possible word', () => {
    const text = '協力'.repeat(40_000);
    expect(estimatePositions(text)).toBe(80_000);
    for (const chunk of chunkText(text)) expect(estimatePositions(chunk)).toBeLessThan(MEILI_POSITIONS / 2);
  });

  it('keeps every chunk far under the 65,535 positions of an attribute at the default size', () => {
    const text = Array.from({ length: 200 }, (_, i) => paragraph(i, 100)).join('\n\n');
    for (const chunk of chunkText(text)) expect(estimatePositions(chunk)).toBeLessThan(MEILI_POSITIONS / 2);
  });

  it('honours a smaller maxWords', () => {
    const chunks = chunkText('ett två tre fyra fem sex sju åtta nio tio', 3);
    expect(chunks).toEqual(['ett två tre', 'fyra fem sex', 'sju åtta nio', 'tio']);
  });
});
