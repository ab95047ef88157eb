import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An upload received into a temporary file: counted and hashed while it streamed in. */
export interface Received {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  /** The stream went past the limit; what was received is incomplete and must be discarded. */
  readonly truncated: boolean;
}

/**
 * Where document bytes live. Keys are made by the server from the checksum, never from a file
 * name. Local disk by default; an object store for several API instances implements the same.
 */
export interface DocumentStorage {
  /** Streams into a temporary local file, stopping (truncated) after `maxBytes`. */
  receive(source: Readable, maxBytes: number): Promise<Received>;
  /** Keeps a received file under its content address and returns the key. */
  commit(received: Received): Promise<string>;
  discard(received: Received): Promise<void>;
  /** The stored bytes; the stream fails if they no longer match `sha256` (checked as they are read). */
  open(key: string, sha256: string, size: number): Promise<Readable>;
  /** A local path to read the bytes from (text extraction), released after `use`. */
  withLocalFile<T>(key: string, use: (path: string) => Promise<T>): Promise<T>;
  remove(key: string): Promise<void>;
}

export class StorageCorruptError extends Error {
  constructor(key: string) {
    super(`Stored bytes of ${key} do not match their checksum`);
    this.name = 'StorageCorruptError';
  }
}

/** Counts and hashes what passes; ends the stream early once more than `max` bytes went by. */
function meter(max: number): Transform & { size: number; truncated: boolean; digest(): string } {
  const hash = createHash('sha256');
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (m.truncated) return done();
      if (m.size + chunk.length > max) {
        m.truncated = true;
        return done();
      }
      m.size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const m = Object.assign(t, { size: 0, truncated: false, digest: () => hash.digest('hex') });
  return m;
}

/** Streams into a new temporary file under `dir`, counting and hashing, stopping after `maxBytes`. */
export async function receiveToTemp(dir: string, source: Readable, maxBytes: number): Promise<Received> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, randomUUID());
  const m = meter(maxBytes);
  try {
    await pipeline(source, m, createWriteStream(path, { mode: 0o600 }));
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  return { path, size: m.size, sha256: m.digest(), truncated: m.truncated };
}

/**
 * Verifies bytes against a checksum while passing them on; errors at the end on a mismatch. The
 * last chunk is held back until the checksum is known, so a damaged file never reaches the reader
 * whole (with its Content-Length met, a client could take it for complete before the error).
 */
export function verifier(key: string, sha256: string): Transform {
  const hash = createHash('sha256');
  let held: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      if (held) this.push(held);
      held = chunk;
      done();
    },
    flush(done) {
      if (hash.digest('hex') !== sha256) return done(new StorageCorruptError(key));
      if (held) this.push(held);
      done();
    },
  });
}

/** Content-addressed files under one folder: objects/ab/cd/<sha256>; temporary files in tmp/. */
export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('Invalid storage key');
    return join(this.root, 'objects', key.slice(0, 2), key.slice(2, 4), key);
  }

  receive(source: Readable, maxBytes: number): Promise<Received> {
    return receiveToTemp(join(this.root, 'tmp'), source, maxBytes);
  }

  async commit(received: Received): Promise<string> {
    const key = received.sha256;
    const target = this.pathOf(key);
    await mkdir(join(target, '..'), { recursive: true });
    // Same bytes, same address: replacing a kept copy with an identical one is harmless and atomic.
    await rename(received.path, target);
    return key;
  }

  async discard(received: Received): Promise<void> {
    await rm(received.path, { force: true });
  }

  async open(key: string, sha256: string, size: number): Promise<Readable> {
    const path = this.pathOf(key);
    const info = await stat(path).catch(() => null);
    if (!info || info.size !== size) throw new StorageCorruptError(key);
    const read = createReadStream(path);
    const verify = verifier(key, sha256);
    read.on('error', (err) => verify.destroy(err));
    return read.pipe(verify);
  }

  async withLocalFile<T>(key: string, use: (path: string) => Promise<T>): Promise<T> {
    return use(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** Nest injection token of the configured DocumentStorage. */
export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');
