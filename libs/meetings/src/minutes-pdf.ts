// Published minutes as a PDF for the library (besides the .md): the hub's header, the text with its
// headings and lists, in DejaVu Sans embedded from the npm package (å, ä, ö and more; nothing is
// fetched). The markdown is laid out simply: headings, list items and paragraphs; inline marks dropped.
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const BRAND = '#0a2e4d';

/** "**fet** [länk](url)" → "fet länk (url)": the PDF shows words, not markdown. */
function plain(text: string): string {
  return text
    .replace(/@\[([^\]]+)\]\([0-9a-fA-F-]{36}\)/g, '@$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2');
}

export function minutesPdf(title: string, markdown: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Creator: 'Nätverkshubben' }, lang: 'sv-SE', pdfVersion: '1.7' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('text', join(FONT_DIR, 'DejaVuSans.ttf'));
    doc.registerFont('bold', join(FONT_DIR, 'DejaVuSans-Bold.ttf'));

    // The hub's header: its name and the cooperation, in the header colour.
    doc.rect(0, 0, doc.page.width, 40).fill(BRAND);
    doc.fillColor('#ffffff').font('bold').fontSize(11).text('Nätverkshubben', 56, 14, { continued: true });
    doc.font('text').text('  ·  Familjen Helsingborgs kunskapsnätverk');
    doc.fillColor('#1b1b1f').moveDown(2);
    doc.x = 56;

    for (const raw of markdown.split('\n')) {
      const line = raw.trimEnd();
      const heading = /^(#{1,3})\s+(.*)$/.exec(line);
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (heading) {
        const size = heading[1]!.length === 1 ? 18 : heading[1]!.length === 2 ? 14 : 12;
        doc.moveDown(0.5).font('bold').fontSize(size).fillColor(BRAND).text(plain(heading[2] ?? '')).fillColor('#1b1b1f').moveDown(0.3);
      } else if (item) {
        doc.font('text').fontSize(11).text(`•  ${plain(item[1] ?? '')}`, { indent: 10 });
      } else if (line === '') {
        doc.moveDown(0.5);
      } else {
        doc.font('text').fontSize(11).text(plain(line));
      }
    }
    doc.end();
  });
}
