import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePdf, makePdfBomb } from '@hub/testing';
import { extractPdfText, PDF_WORKER, type PdfWorkerOptions } from './pdf-text';

let dir: string;
let pdf: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-worker-'));
  pdf = join(dir, 'dokument.pdf');
  writeFileSync(pdf, makePdf(['Protokoll från styrgruppen i Landskrona']));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in worker that misbehaves the way a hostile PDF could make PDF.js misbehave. */
function misbehaving(name: string, code: string, overrides: Partial<PdfWorkerOptions> = {}): PdfWorkerOptions {
  const workerFile = join(dir, `${name}.cjs`);
  writeFileSync(workerFile, `'use strict';\n${code}\n`);
  return { ...PDF_WORKER, workerFile, ...overrides };
}

describe('the PDF worker', () => {
  it('reads the text in a separate process', async () => {
    expect(await extractPdfText(pdf)).toEqual({ status: 'done', text: 'Protokoll från styrgruppen i Landskrona' });
  });

  it('cuts the text at maxChars', async () => {
    expect(await extractPdfText(pdf, { ...PDF_WORKER, maxChars: 9 })).toEqual({ status: 'done', text: 'Protokoll' });
  });

  it('gives up after the timeout and says so', async () => {
    const started = Date.now();
    const result = await extractPdfText(pdf, misbehaving('hangs', 'setInterval(() => {}, 1000);', { timeoutMs: 300 }));
    expect(result).toEqual({ status: 'failed', reason: 'Texten i PDF-filen kunde inte läsas ut inom en sekund.' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a busy loop that never yields as a timeout too (the worker is terminated)', async () => {
    const result = await extractPdfText(pdf, misbehaving('spins', 'for (;;) {}', { timeoutMs: 1500 }));
    expect(result).toEqual({ status: 'failed', reason: 'Texten i PDF-filen kunde inte läsas ut inom 2 sekunder.' });
  });

  it('stops at its heap limit and names the memory as the reason', async () => {
    const hog = misbehaving('heap-hog', 'const keep = []; for (;;) keep.push(new Array(100000).fill({ a: 1 }));', { maxHeapMb: 32 });
    expect(await extractPdfText(pdf, hog)).toEqual({
      status: 'failed',
      reason: 'PDF-filen krävde för mycket minne för att texten skulle kunna läsas ut.',
    });
  });

  it('kills a worker whose memory outside the heap (ArrayBuffers) grows past the limit', async () => {
    // Stops by itself at 1 GiB, so a platform without /proc sees a timeout rather than a full machine.
    const hog = misbehaving(
      'buffer-hog',
      'const keep = []; for (let i = 0; i < 64; i++) keep.push(Buffer.alloc(16 << 20, 1)); setInterval(() => {}, 1000);',
      {
        maxRssMb: 160,
        timeoutMs: 10_000,
      },
    );
    expect(await extractPdfText(pdf, hog)).toEqual({
      status: 'failed',
      reason: 'PDF-filen krävde för mycket minne för att texten skulle kunna läsas ut.',
    });
  });

  it('stops a real PDF decompression bomb at the memory limit, the API process untouched', async () => {
    const bomb = join(dir, 'bomb.pdf');
    writeFileSync(bomb, makePdfBomb(300));
    const before = process.memoryUsage().rss;
    expect(await extractPdfText(bomb, { ...PDF_WORKER, maxRssMb: 200 })).toEqual({
      status: 'failed',
      reason: 'PDF-filen krävde för mycket minne för att texten skulle kunna läsas ut.',
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    // Decompressing until the limit takes a while on a busy machine; the assertion is about memory.
  }, 90_000);

  it('reads the same bomb when it is small enough, so the limit is what stopped it', async () => {
    const small = join(dir, 'small-bomb.pdf');
    writeFileSync(small, makePdfBomb(8));
    expect(await extractPdfText(small, { ...PDF_WORKER, maxRssMb: 200 })).toEqual({ status: 'done', text: 'Bomben är desarmerad' });
  });

  it("gives the worker none of the hub's environment", async () => {
    process.env.HUB_TEST_SECRET = 'hemlig';
    try {
      const spy = misbehaving('env', "process.send({ status: 'done', text: String(process.env.HUB_TEST_SECRET) });");
      expect(await extractPdfText(pdf, spy)).toEqual({ status: 'done', text: 'undefined' });
    } finally {
      delete process.env.HUB_TEST_SECRET;
    }
  });

  it.each([
    ['crashes', 'process.exit(3);'],
    ['throws', "throw new Error('PDF.js föll');"],
    ['answers nonsense', 'process.send(42);'],
    ['answers with a wrong shape', "process.send({ status: 'done', text: 7 });"],
    ['exits without answering', ''],
  ])('turns a worker that %s into a failed extraction, not an error', async (name, code) => {
    expect(await extractPdfText(pdf, misbehaving(name.replace(/\s/g, '-'), code))).toEqual({
      status: 'failed',
      reason: 'Texten i PDF-filen kunde inte läsas ut för sökning.',
    });
  });

  it('fails with a reason when the worker file is missing', async () => {
    expect(await extractPdfText(pdf, { ...PDF_WORKER, workerFile: join(dir, 'saknas.cjs') })).toMatchObject({ status: 'failed' });
  });
});
