import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { type DocumentStorage, type Received, receiveToTemp, StorageCorruptError, verifier } from './storage';

export interface S3Options {
  /** http(s)://host:port of an S3-compatible service; path-style addressing (MinIO, Ceph, Garage, AWS). */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Local folder for uploads being received and files being read for text extraction. */
  tmpDir: string;
}

/** Attempts of one upload; each sends the file again from its start (a stream body cannot be replayed by the SDK). */
const PUT_ATTEMPTS = 3;
const TIMEOUTS = { connectionTimeout: 5_000, requestTimeout: 60_000 };

/** A failure worth another attempt: the network, a timeout, throttling or the service's own error. */
function transient(err: unknown): boolean {
  if (err instanceof S3ServiceException) {
    const status = err.$metadata.httpStatusCode ?? 0;
    return status === 429 || status >= 500;
  }
  return true;
}

/**
 * Document bytes in an S3-compatible bucket, so several API instances share them. Objects are
 * named `objects/<sha256>`; uploads carry their SHA-256 (a service that checks it refuses bytes
 * that changed on the way), and every read is checked against the checksum again. Requests are
 * signed, timed out and retried by the official SDK (`@aws-sdk/client-s3`).
 */
export class S3Storage implements DocumentStorage {
  private readonly client: S3Client;
  /** Without the SDK's retries: `commit` retries itself, reopening the file. */
  private readonly putClient: S3Client;

  constructor(private readonly options: S3Options) {
    const config = {
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: true,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      requestHandler: TIMEOUTS,
      // Checksums only where S3 requires them: S3-compatible services differ in what they accept.
      requestChecksumCalculation: 'WHEN_REQUIRED' as const,
      responseChecksumValidation: 'WHEN_REQUIRED' as const,
    };
    this.client = new S3Client({ ...config, maxAttempts: 3 });
    // The SDK cannot replay a stream body and says so on every failed upload; commit retries itself
    // and logs the failure that remains.
    const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    this.putClient = new S3Client({ ...config, maxAttempts: 1, logger: quiet });
  }

  private objectKey(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('Invalid storage key');
    return `objects/${key}`;
  }

  receive(source: Readable, maxBytes: number): Promise<Received> {
    return receiveToTemp(this.options.tmpDir, source, maxBytes);
  }

  async commit(received: Received): Promise<string> {
    const key = received.sha256;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.putClient.send(
          new PutObjectCommand({
            Bucket: this.options.bucket,
            Key: this.objectKey(key),
            Body: createReadStream(received.path),
            ContentLength: received.size,
            ContentType: 'application/octet-stream',
            ChecksumSHA256: Buffer.from(key, 'hex').toString('base64'),
          }),
        );
        break;
      } catch (err) {
        if (attempt >= PUT_ATTEMPTS || !transient(err)) throw err;
        await sleep(200 * 2 ** attempt);
      }
    }
    await rm(received.path, { force: true });
    return key;
  }

  async discard(received: Received): Promise<void> {
    await rm(received.path, { force: true });
  }

  /** The object's bytes as a stream; a missing object is StorageCorruptError. */
  private async get(key: string): Promise<{ body: Readable; length: number | undefined }> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
      if (!(res.Body instanceof Readable)) throw new Error('S3 download has no stream');
      return { body: res.Body, length: res.ContentLength };
    } catch (err) {
      if (err instanceof NoSuchKey) throw new StorageCorruptError(key);
      throw err;
    }
  }

  async open(key: string, sha256: string, size: number): Promise<Readable> {
    const { body, length } = await this.get(key);
    if (length !== size) {
      body.destroy();
      throw new StorageCorruptError(key);
    }
    const verify = verifier(key, sha256);
    body.on('error', (err) => verify.destroy(err));
    return body.pipe(verify);
  }

  async withLocalFile<T>(key: string, use: (path: string) => Promise<T>): Promise<T> {
    await mkdir(this.options.tmpDir, { recursive: true });
    const path = join(this.options.tmpDir, `read-${randomUUID()}`);
    try {
      const { body } = await this.get(key);
      await pipeline(body, createWriteStream(path, { mode: 0o600 }));
      return await use(path);
    } finally {
      await rm(path, { force: true });
    }
  }

  /** Removing a missing object is fine (S3 answers 204 either way). */
  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
  }
}
