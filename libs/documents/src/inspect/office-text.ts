import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import type { Entry, ZipFile } from 'yauzl';
import type { DocumentKind } from './file-types';
import { attribute, xmlEvents, xmlToText, type XmlTextRules } from './xml-text';
import { openCheckedZip, readEntry } from './zip-archive';

/** Real inflated bytes read from one XML part, whatever the archive declares. */
export const PART_LIMIT = 64 * 1024 * 1024;

interface Parts {
  names: string[];
  read(name: string): Promise<string | undefined>;
}

/** Text of an OOXML or ODF document; throws NotAZip or UnsafeZip when the archive cannot be read safely. */
export async function extractOfficeText(path: string, kind: DocumentKind): Promise<string> {
  const { size } = await stat(path);
  const { zip, entries } = await openCheckedZip(path, size);
  try {
    return await textOf(kind, partsOf(zip, entries));
  } finally {
    zip.close();
  }
}

/** Part names are compared in lower case, as OPC does. */
function partsOf(zip: ZipFile, entries: Entry[]): Parts {
  const byName = new Map(entries.map((entry) => [entry.fileName.toLowerCase(), entry]));
  return {
    names: [...byName.keys()],
    async read(name) {
      const entry = byName.get(name.toLowerCase());
      if (!entry) return undefined;
      const { head } = await readEntry(zip, entry, PART_LIMIT, PART_LIMIT);
      return head.toString('utf8');
    },
  };
}

function textOf(kind: DocumentKind, parts: Parts): Promise<string> {
  switch (kind) {
    case 'docx':
      return docxText(parts);
    case 'pptx':
      return pptxText(parts);
    case 'xlsx':
      return xlsxText(parts);
    default:
      return odfText(parts);
  }
}

const WORD: XmlTextRules = {
  text: new Set(['t']),
  paragraph: new Set(['p']),
  characters: { tab: () => '\t', br: () => '\n', cr: () => '\n' },
};

async function docxText(parts: Parts): Promise<string> {
  return xmlToText((await parts.read('word/document.xml')) ?? '', WORD);
}

const SLIDE: XmlTextRules = { text: new Set(['t']), paragraph: new Set(['p']), characters: { br: () => '\n' } };

async function pptxText(parts: Parts): Promise<string> {
  const slides = await orderedParts(parts, { main: 'ppt/presentation.xml', element: 'sldId', pattern: /^ppt\/slides\/slide(\d+)\.xml$/ });
  const texts: string[] = [];
  for (const slide of slides) texts.push(xmlToText((await parts.read(slide)) ?? '', SLIDE));
  return joinBlocks(texts);
}

interface PartOrder {
  /** The part listing the others (presentation.xml, workbook.xml). */
  main: string;
  /** The element in `main` that points at each part through an r:id. */
  element: string;
  pattern: RegExp;
}

/** Parts in the order the main part lists them; in number order when that list cannot be read. */
async function orderedParts(parts: Parts, order: PartOrder): Promise<string[]> {
  const numbered = parts.names
    .filter((name) => order.pattern.test(name))
    .sort((a, b) => Number(order.pattern.exec(a)?.[1]) - Number(order.pattern.exec(b)?.[1]));
  const main = await parts.read(order.main);
  const relationships = await parts.read(posix.join(posix.dirname(order.main), '_rels', `${posix.basename(order.main)}.rels`));
  if (main === undefined || relationships === undefined) return numbered;
  const targets = relationshipTargets(relationships, posix.dirname(order.main));
  const present = new Set(numbered);
  const listed = referencedIds(main, order.element)
    .map((id) => targets.get(id))
    .filter((name): name is string => name !== undefined && present.has(name));
  return listed.length > 0 ? [...new Set(listed)] : numbered;
}

function relationshipTargets(xml: string, folder: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const event of xmlEvents(xml)) {
    if (event.kind !== 'open' || event.name !== 'Relationship') continue;
    const id = attribute(event.attributes, 'Id');
    const target = attribute(event.attributes, 'Target');
    if (id && target) targets.set(id, (target.startsWith('/') ? target.slice(1) : posix.join(folder, target)).toLowerCase());
  }
  return targets;
}

function referencedIds(xml: string, element: string): string[] {
  const ids: string[] = [];
  for (const event of xmlEvents(xml)) {
    if (event.kind !== 'open' || event.name !== element) continue;
    const id = attribute(event.attributes, 'r:id');
    if (id) ids.push(id);
  }
  return ids;
}

async function xlsxText(parts: Parts): Promise<string> {
  const shared = sharedStrings((await parts.read('xl/sharedStrings.xml')) ?? '');
  const sheets = await orderedParts(parts, { main: 'xl/workbook.xml', element: 'sheet', pattern: /^xl\/worksheets\/sheet(\d+)\.xml$/ });
  const texts: string[] = [];
  for (const sheet of sheets) texts.push(sheetText((await parts.read(sheet)) ?? '', shared));
  return joinBlocks(texts);
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'open' && event.name === 'si') {
      if (event.empty) strings.push('');
      else current = [];
    } else if (event.kind === 'open' && event.name === 't') inText = !event.empty;
    else if (event.kind === 'close' && event.name === 't') inText = false;
    else if (event.kind === 'text' && inText && current) current.push(event.text);
    else if (event.kind === 'close' && event.name === 'si' && current) {
      strings.push(current.join(''));
      current = undefined;
    }
  }
  return strings;
}

/** The text cells of a worksheet (shared, inline and formula strings), a line per row, tabs between cells. */
function sheetText(xml: string, shared: string[]): string {
  const rows: string[] = [];
  let row: string[] = [];
  let cell: { type: string; value: string[] } | undefined;
  let collecting = false;
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'text') {
      if (collecting && cell) cell.value.push(event.text);
    } else if (event.kind === 'open') {
      if (event.name === 'c' && !event.empty) cell = { type: attribute(event.attributes, 't') ?? 'n', value: [] };
      else if (event.name === 'v' || event.name === 't') collecting = !event.empty;
    } else if (event.name === 'v' || event.name === 't') {
      collecting = false;
    } else if (event.name === 'c' && cell) {
      const text = cellText(cell.type, cell.value.join(''), shared);
      if (text) row.push(text);
      cell = undefined;
    } else if (event.name === 'row') {
      if (row.length > 0) rows.push(row.join('\t'));
      row = [];
    }
  }
  return rows.join('\n');
}

function cellText(type: string, value: string, shared: string[]): string {
  if (type === 's') return shared[Number(value)] ?? '';
  return type === 'inlineStr' || type === 'str' ? value : '';
}

const ODF: XmlTextRules = {
  text: new Set(['p', 'h']),
  paragraph: new Set(['p', 'h']),
  characters: {
    // text:c repeats a space; capped so a crafted count cannot blow up the text.
    s: (attributes) => ' '.repeat(Math.min(Math.max(Number(attribute(attributes, 'text:c') ?? 1) || 1, 1), 100)),
    tab: () => '\t',
    'line-break': () => '\n',
  },
};

async function odfText(parts: Parts): Promise<string> {
  return xmlToText((await parts.read('content.xml')) ?? '', ODF);
}

function joinBlocks(texts: string[]): string {
  return texts.filter((text) => text.length > 0).join('\n\n');
}
