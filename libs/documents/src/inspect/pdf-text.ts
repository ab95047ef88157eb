import { type ChildProcess, fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Extraction, MAX_TEXT_CHARS } from './file-types';

export interface PdfWorkerOptions {
  workerFile: string;
  timeoutMs: number;
  /** V8 heap of the worker process. */
  maxHeapMb: number;
  /** Resident memory at which the worker is killed (watched on Linux through /proc). */
  maxRssMb: number;
  maxChars: number;
}

/**
 * PDF.js runs in a child process, not a worker thread: it keeps decoded streams in ArrayBuffers,
 * which a thread's resourceLimits do not count, so a 500 KB PDF that inflates to 512 MiB grew the
 * API process past 1.2 GB while its worker stayed under a 256 MB heap. A process can be watched
 * and killed on its own, and the kernel's OOM killer picks it rather than the API.
 */
export const PDF_WORKER: PdfWorkerOptions = {
  workerFile: join(__dirname, 'pdf-text.worker.cjs'),
  timeoutMs: 30_000,
  maxHeapMb: 256,
  maxRssMb: 768,
  maxChars: MAX_TEXT_CHARS,
};

const UNREADABLE = 'Texten i PDF-filen kunde inte läsas ut för sökning.';
const TOO_BIG = 'PDF-filen krävde för mycket minne för att texten skulle kunna läsas ut.';
const WATCH_EVERY_MS = 100;

const failed = (reason: string): Extraction => ({ status: 'failed', reason });

/** Never rejects: a crash, a memory limit or the timeout becomes a failed extraction with a reason. */
export function extractPdfText(path: string, options: PdfWorkerOptions = PDF_WORKER): Promise<Extraction> {
  return new Promise((resolve) => {
    const child = startWorker(path, options);
    let stderr = '';
    let settled = false;
    const settle = (result: Extraction): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      child.removeAllListeners();
      child.on('error', () => undefined);
      child.kill('SIGKILL');
      resolve(result);
    };
    const timer = setTimeout(
      () => settle(failed(`Texten i PDF-filen kunde inte läsas ut inom ${duration(options.timeoutMs)}.`)),
      options.timeoutMs,
    );
    const watch = setInterval(() => {
      void residentMb(child.pid).then((mb) => {
        if (mb !== undefined && mb > options.maxRssMb) settle(failed(TOO_BIG));
      });
    }, WATCH_EVERY_MS);
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4096)));
    child.once('message', (message: unknown) => settle(asExtraction(message)));
    child.once('error', () => settle(failed(UNREADABLE)));
    child.once('close', () => settle(failed(/heap out of memory|heap limit/i.test(stderr) ? TOO_BIG : UNREADABLE)));
  });
}

function startWorker(path: string, options: PdfWorkerOptions): ChildProcess {
  return fork(options.workerFile, [path, String(options.maxChars)], {
    execArgv: [`--max-old-space-size=${options.maxHeapMb}`],
    // Nothing of the hub's environment (database URL, keys) reaches code that parses uploads.
    env: {},
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds === 1 ? 'en sekund' : `${seconds} sekunder`;
}

/** Resident set size of a process in MiB; undefined where /proc is not available. */
async function residentMb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) / 1024;
  } catch {
    return undefined;
  }
}

function asExtraction(message: unknown): Extraction {
  if (typeof message !== 'object' || message === null) return failed(UNREADABLE);
  const { status, text, reason } = message as Record<string, unknown>;
  if (status === 'done' && typeof text === 'string') return { status, text };
  if (status === 'failed' && typeof reason === 'string') return { status, reason };
  return failed(UNREADABLE);
}
