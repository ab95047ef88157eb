import { openPromise, type Entry, type ZipFile } from 'yauzl';

const MiB = 1024 * 1024;

export const ZIP_LIMITS = {
  maxEntries: 10_000,
  maxTotalBytes: 512 * MiB,
  maxRatio: 200,
  /** Below this many unpacked bytes a high ratio is harmless (a tiny run of repeated XML compresses well). */
  ratioFloorBytes: MiB,
} as const;

/** The file is not a zip archive at all. */
export class NotAZip extends Error {}

/** The archive is unsafe or damaged; `detail` completes a Swedish sentence. */
export class UnsafeZip extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

export interface CheckedZip {
  zip: ZipFile;
  entries: Entry[];
}

/**
 * Opens a zip and checks its whole central directory before a single entry is inflated. The caller
 * must `zip.close()` it.
 */
export async function openCheckedZip(path: string, fileSize: number): Promise<CheckedZip> {
  const zip = await openZip(path);
  try {
    if (zip.entryCount > ZIP_LIMITS.maxEntries) throw new UnsafeZip('det har fler än 10 000 delar');
    const entries = await checkedEntries(zip);
    checkTotals(entries, fileSize);
    return { zip, entries };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function openZip(path: string): Promise<ZipFile> {
  try {
    // strictFileNames: a backslash in an entry name is refused instead of being read as a folder separator.
    return await openPromise(path, { autoClose: false, strictFileNames: true, validateEntrySizes: true, decodeStrings: true });
  } catch {
    throw new NotAZip('not a zip archive');
  }
}

async function checkedEntries(zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  try {
    for await (const entry of zip.eachEntry()) {
      checkEntry(entry, seen);
      entries.push(entry);
    }
  } catch (error) {
    throw error instanceof UnsafeZip ? error : new UnsafeZip(describeDirectoryError(error));
  }
  return entries;
}

function checkEntry(entry: Entry, seen: Set<string>): void {
  if (entry.isEncrypted()) throw new UnsafeZip('det innehåller krypterade delar');
  if (isSymlink(entry)) throw new UnsafeZip('det innehåller symboliska länkar');
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new UnsafeZip('det använder en komprimering som inte stöds');
  // Two entries with one name let different programs read different contents.
  const key = entry.fileName.toLowerCase();
  if (seen.has(key)) throw new UnsafeZip('det innehåller två delar med samma namn');
  seen.add(key);
  if (isBomb(entry.uncompressedSize, entry.compressedSize))
    throw new UnsafeZip('en del packas upp till mer än 200 gånger sin storlek (zip-bomb)');
}

function isSymlink(entry: Entry): boolean {
  const unixMode = entry.externalFileAttributes >>> 16;
  return (unixMode & 0o170000) === 0o120000;
}

function isBomb(unpacked: number, packed: number): boolean {
  return unpacked > ZIP_LIMITS.ratioFloorBytes && unpacked / Math.max(packed, 1) > ZIP_LIMITS.maxRatio;
}

function checkTotals(entries: Entry[], fileSize: number): void {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > ZIP_LIMITS.maxTotalBytes) throw new UnsafeZip('det packas upp till mer än 512 MiB');
  // Catches entries that overlap to reuse one compressed stream, which no single entry's ratio shows.
  if (isBomb(total, fileSize)) throw new UnsafeZip('det packas upp till mer än 200 gånger sin storlek (zip-bomb)');
}

function describeDirectoryError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('absolute path')) return 'det innehåller en absolut sökväg';
  if (message.startsWith('invalid relative path')) return 'det innehåller en sökväg som pekar ut ur arkivet (..)';
  if (message.startsWith('invalid characters in fileName')) return 'det innehåller en sökväg med omvänt snedstreck';
  if (message.includes('encryption')) return 'det innehåller krypterade delar';
  return 'innehållsförteckningen är skadad';
}

export interface EntryBytes {
  /** The first `keep` bytes. */
  head: Buffer;
  /** Bytes actually inflated, which yauzl holds to the declared size. */
  size: number;
}

/** Inflates one entry, keeping its first `keep` bytes and stopping once more than `limit` come out. */
export async function readEntry(zip: ZipFile, entry: Entry, keep: number, limit: number): Promise<EntryBytes> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new UnsafeZip('en del är för stor uppackad');
      if (kept < keep) {
        const part = chunk.subarray(0, keep - kept);
        chunks.push(part);
        kept += part.length;
      }
    }
  } catch (error) {
    throw error instanceof UnsafeZip ? error : new UnsafeZip('en del är skadad eller större än arkivet uppger');
  }
  return { head: Buffer.concat(chunks), size };
}

export function isDirectory(entry: Entry): boolean {
  return entry.fileName.endsWith('/');
}
