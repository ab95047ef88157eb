import { Parser } from 'htmlparser2';
import { mentionedIds, renderMarkdown } from './markdown';

const SAFE_TAGS = new Set([
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** What a browser would build from the HTML: every element with its attributes. */
function elements(html: string): Array<{ name: string; attribs: Record<string, string> }> {
  const found: Array<{ name: string; attribs: Record<string, string> }> = [];
  const parser = new Parser({ onopentag: (name, attribs) => found.push({ name, attribs }) });
  parser.write(html);
  parser.end();
  return found;
}

const ID = '0b0f7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('renderMarkdown', () => {
  it('renders the markdown members write', () => {
    expect(renderMarkdown('**Viktigt:** mötet flyttas\n\n- punkt ett\n- punkt två')).toBe(
      '<p><strong>Viktigt:</strong> mötet flyttas</p>\n<ul>\n<li>punkt ett</li>\n<li>punkt två</li>\n</ul>',
    );
  });

  it('gives every link rel="noopener noreferrer" and keeps ordinary links', () => {
    expect(renderMarkdown('Se [rapporten](https://familjenhelsingborg.se/rapport)')).toBe(
      '<p>Se <a href="https://familjenhelsingborg.se/rapport" rel="noopener noreferrer nofollow">rapporten</a></p>',
    );
    expect(renderMarkdown('https://example.se')).toContain('rel="noopener noreferrer nofollow"');
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror=alert(1)>', '<img'],
    ['[klicka](javascript:alert(1))', 'javascript:'],
    ['[klicka](JaVaScRiPt:alert(1))', 'avascript:'],
    ['[klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'data:'],
    ['[klicka](vbscript:msgbox(1))', 'vbscript:'],
    ['<a href="https://x.se" onclick="alert(1)">x</a>', 'onclick'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['<svg onload=alert(1)>', '<svg'],
    ['<style>body{display:none}</style>', '<style'],
    ['[x](//evil.example/path)', 'href="//evil'],
    ['![bild](https://evil.example/spårning.png)', '<img'],
    ['<details open ontoggle=alert(1)>', 'ontoggle'],
    ['"><script>alert(1)</script>', '<script'],
  ])('neutralises %s (it can only show as text)', (input, word) => {
    const html = renderMarkdown(input);
    for (const el of elements(html)) {
      expect(SAFE_TAGS).toContain(el.name);
      for (const [name, value] of Object.entries(el.attribs)) {
        expect(name).not.toMatch(/^on/i);
        if (name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:|\/personer\/)/);
      }
    }
    expect(html).not.toMatch(new RegExp(`<${word.replace(/[<]/g, '')}`, 'i'));
  });

  it('turns mentions of known people into profile links, and leaves unknown ones as text', () => {
    const names = new Map([[ID, 'Åsa Öberg']]);
    expect(renderMarkdown(`Hej @[Åsa](${ID})!`, names)).toBe(
      `<p>Hej <a href="/personer/${ID}" class="mention" rel="noopener noreferrer nofollow">@Åsa Öberg</a>!</p>`,
    );
    expect(renderMarkdown(`Hej @[Bo](${ID})!`)).toBe('<p>Hej @Bo!</p>');
    expect(mentionedIds(`@[A](${ID}) och @[A igen](${ID.toUpperCase()})`)).toEqual([ID]);
  });
});
