/**
 * Reading office XML without an XML parser. The scanner is linear in the input whatever it holds
 * (no regular expression that can backtrack over a crafted 64 MiB part), and only the five
 * predefined and numeric entities are expanded, so a DOCTYPE defining entities (a "billion laughs")
 * expands to nothing.
 */
export type XmlEvent =
  { kind: 'open'; name: string; attributes: string; empty: boolean } | { kind: 'close'; name: string } | { kind: 'text'; text: string };

/** Events in document order; element names are local names (the namespace prefix dropped). */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) yield { kind: 'text', text: decodeEntities(xml.slice(i, textEnd)) };
    if (lt < 0) return;
    const next = yield* markup(xml, lt);
    if (next < 0) return;
    i = next;
  }
}

/** Yields the markup starting at `lt` and returns the index after it, or -1 when it never ends. */
function* markup(xml: string, lt: number): Generator<XmlEvent, number> {
  if (xml.startsWith('<!--', lt)) return after(xml, '-->', lt + 4);
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) return -1;
    yield { kind: 'text', text: xml.slice(lt + 9, end) };
    return end + 3;
  }
  if (xml.startsWith('<?', lt)) return after(xml, '?>', lt + 2);
  if (xml.startsWith('<!', lt)) return after(xml, '>', lt + 2);
  const end = tagEnd(xml, lt + 1);
  if (end < 0) return -1;
  yield tag(xml.slice(lt + 1, end));
  return end + 1;
}

function after(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

/** Index of the `>` closing a tag, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (c === '>') return j;
    if (c === '"' || c === "'") {
      j = xml.indexOf(c, j + 1);
      if (j < 0) return -1;
    }
  }
  return -1;
}

function tag(inner: string): XmlEvent {
  if (inner.startsWith('/')) return { kind: 'close', name: localName(inner.slice(1).trim()) };
  const empty = inner.endsWith('/');
  const body = empty ? inner.slice(0, -1) : inner;
  const nameEnd = body.search(/\s|$/);
  return { kind: 'open', name: localName(body.slice(0, nameEnd)), attributes: body.slice(nameEnd), empty };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#x([0-9a-fA-F]{1,8})|#(\d{1,10})|(lt|gt|amp|quot|apos));/g,
    (_whole, hex?: string, dec?: string, named?: string) => {
      if (named) return NAMED[named];
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return isCharacter(code) ? String.fromCodePoint(code) : '';
    },
  );
}

function isCharacter(code: number): boolean {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

/**
 * Value of one attribute in a tag's attribute text: `name` matches the unprefixed attribute, `ns:name`
 * any prefixed one with that local name (prefixes are chosen by the writer, the local names are not).
 */
export function attribute(attributes: string, wanted: string): string | undefined {
  let i = 0;
  while (i < attributes.length) {
    const eq = attributes.indexOf('=', i);
    if (eq < 0) return undefined;
    let quoteAt = eq + 1;
    while (/\s/.test(attributes[quoteAt] ?? '')) quoteAt++;
    const quote = attributes[quoteAt];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = attributes.indexOf(quote, quoteAt + 1);
    if (close < 0) return undefined;
    if (sameAttribute(attributes.slice(i, eq).trim(), wanted)) return decodeEntities(attributes.slice(quoteAt + 1, close));
    i = close + 1;
  }
  return undefined;
}

function sameAttribute(name: string, wanted: string): boolean {
  if (!wanted.includes(':')) return name === wanted;
  return name.includes(':') && localName(name) === localName(wanted);
}

export interface XmlTextRules {
  /** Local names of the elements whose character data is document text. */
  text: ReadonlySet<string>;
  /** Local names of the elements that end a paragraph. */
  paragraph: ReadonlySet<string>;
  /** Local names of empty elements that stand for characters, given their attributes. */
  characters?: Readonly<Record<string, (attributes: string) => string>>;
}

export function xmlToText(xml: string, rules: XmlTextRules): string {
  const parts: string[] = [];
  let depth = 0;
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'text') {
      if (depth > 0) parts.push(event.text);
    } else if (event.kind === 'close') {
      if (rules.text.has(event.name)) depth = Math.max(0, depth - 1);
      if (rules.paragraph.has(event.name)) parts.push('\n');
    } else {
      if (rules.text.has(event.name) && !event.empty) depth++;
      const character = rules.characters?.[event.name];
      if (character) parts.push(character(event.attributes));
    }
  }
  return tidy(parts.join(''));
}

/** Collapses the blank lines and trailing spaces markup leaves behind. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
