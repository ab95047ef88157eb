import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CorpusEntry, type CorpusOutcome, EICAR, maliciousCorpus } from '@hub/testing';
import { extractText } from './extract-text';
import { cleanFileName } from './file-name';
import { type Accepted, ALLOWED_TYPES_TEXT, type Refused, type RefusalReason } from './file-types';
import { inspectFile } from './inspect-file';

// The corpus cannot import from the library (test/support reaches it only through @hub/documents),
// so it spells the reasons out; this fails to compile when the two lists drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reasonsAgree: Same<Exclude<CorpusOutcome, 'accepted-neutralised'>, RefusalReason> = true;

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'corpus-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpus = maliciousCorpus();

/** What the upload route does: clean the name, then inspect the bytes under the cleaned extension. */
async function judge(entry: CorpusEntry, index: number): Promise<{ verdict: Accepted | Refused; name?: string; path?: string }> {
  const name = cleanFileName(entry.name);
  if (!name.ok) return { verdict: name };
  const path = join(dir, `upload-${index}`);
  writeFileSync(path, entry.bytes());
  return { verdict: await inspectFile(path, name.extension), name: name.name, path };
}

describe('the malicious corpus', () => {
  it('uses the same refusal reasons as the inspector', () => {
    expect(reasonsAgree).toBe(true);
  });

  it('holds at least 30 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((entry) => entry.name)).size).toBe(corpus.length);
  });

  const title = (name: string): string => {
    const shown = name.replace(/[\p{Cc}\p{Cf}]/gu, '�');
    return shown.length > 50 ? `${shown.slice(0, 20)}…(${shown.length} tecken)…${shown.slice(-8)}` : shown;
  };

  it.each(corpus.map((entry, index) => [title(entry.name), entry.expect, entry.why, index] as const))(
    '%s → %s (%s)',
    async (_name, expected, _why, index) => {
      const entry = corpus[index];
      const { verdict, name } = await judge(entry, index);
      if (expected === 'accepted-neutralised') {
        expect(verdict.ok).toBe(true);
        if (entry.savedAs !== undefined) expect(name).toBe(entry.savedAs);
        expect(name).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069/\\]/);
      } else {
        expect(verdict).toMatchObject({ ok: false, reason: expected });
        if (!verdict.ok) expect(verdict.message).toMatch(/^[A-ZÅÄÖ].*\.$/);
      }
    },
  );

  it('names the allowed types whenever it refuses a type or a content mismatch', async () => {
    for (const [index, entry] of corpus.entries()) {
      if (entry.expect !== 'type-not-allowed' && entry.expect !== 'content-mismatch') continue;
      const { verdict } = await judge(entry, index);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.message).toContain(ALLOWED_TYPES_TEXT);
    }
  });

  it('finds the EICAR signature inside a docx entry although the raw bytes do not show it', async () => {
    const index = corpus.findIndex((entry) => entry.name === 'protokoll.docx');
    expect(corpus[index].bytes().includes(Buffer.from(EICAR))).toBe(false);
    expect((await judge(corpus[index], index)).verdict).toMatchObject({ reason: 'malware' });
  });

  it('says which archive rule a zip broke', async () => {
    const messages = new Map<string, string>();
    for (const [index, entry] of corpus.entries()) {
      if (entry.expect !== 'unsafe-archive') continue;
      const { verdict } = await judge(entry, index);
      if (!verdict.ok) messages.set(entry.name, verdict.message);
    }
    expect(messages.get('bomb.docx')).toContain('zip-bomb');
    expect(messages.get('jätte.docx')).toContain('512 MiB');
    expect(messages.get('traversal.docx')).toContain('(..)');
    expect(messages.get('absolut.docx')).toContain('absolut sökväg');
    expect(messages.get('bakstreck.docx')).toContain('omvänt snedstreck');
    expect(messages.get('symlink.odt')).toContain('symboliska länkar');
    expect(messages.get('krypterad.docx')).toContain('krypterade');
    expect(messages.get('delar.docx')).toContain('10 000');
    expect(messages.get('dubbel.docx')).toContain('samma namn');
    expect(messages.get('ljuger.docx')).toContain('större än arkivet uppger');
  });

  it('gives the damaged but accepted PDF a failed extraction with a reason instead of an error', async () => {
    const index = corpus.findIndex((entry) => entry.name === 'skadad.pdf');
    const { path } = await judge(corpus[index], index);
    expect(await extractText(path ?? '', 'pdf')).toEqual({ status: 'failed', reason: expect.stringMatching(/^PDF-filen är skadad/) });
  });
});
