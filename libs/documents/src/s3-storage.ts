import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import aws4 from 'aws4';
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

export class S3Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'S3Error';
  }
}

/**
 * Document bytes in an S3-compatible bucket, so several API instances share them. Objects are
 * named `objects/<sha256>`; uploads are signed with their real SHA-256 (the service refuses bytes
 * that changed on the way), and every read is checked against the checksum again.
 */
export class S3Storage implements DocumentStorage {
  private readonly url: URL;

  constructor(private readonly options: S3Options) {
    this.url = new URL(options.endpoint);
  }

  private keyPath(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('Invalid storage key');
    return `/${encodeURIComponent(this.options.bucket)}/objects/${key}`;
  }

  /** Sends one signed request; resolves with the response (body unread) once headers arrive. */
  private request(method: string, path: string, headers: Record<string, string>, body?: Readable): Promise<IncomingMessage> {
    const signed = aws4.sign(
      { host: this.url.host, path, method, service: 's3', region: this.options.region, headers },
      { accessKeyId: this.options.accessKeyId, secretAccessKey: this.options.secretAccessKey },
    );
    const transport = this.url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = transport.request(
        {
          protocol: this.url.protocol,
          hostname: this.url.hostname,
          port: this.url.port || undefined,
          method,
          path,
          headers: signed.headers as Record<string, string>,
        },
        resolve,
      );
      req.on('error', reject);
      if (body) {
        body.on('error', (err) => req.destroy(err));
        body.pipe(req);
      } else req.end();
    });
  }

  private async expectOk(res: IncomingMessage, what: string): Promise<void> {
    if (res.statusCode !== undefined && res.statusCode < 300) return;
    let text = '';
    for await (const chunk of res) text += (chunk as Buffer).toString();
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? 'unknown';
    throw new S3Error(res.statusCode ?? 0, `S3 ${what} failed with ${res.statusCode} (${code})`);
  }

  receive(source: Readable, maxBytes: number): Promise<Received> {
    return receiveToTemp(this.options.tmpDir, source, maxBytes);
  }

  async commit(received: Received): Promise<string> {
    const key = received.sha256;
    const res = await this.request(
      'PUT',
      this.keyPath(key),
      { 'Content-Length': String(received.size), 'Content-Type': 'application/octet-stream', 'X-Amz-Content-Sha256': received.sha256 },
      createReadStream(received.path),
    );
    await this.expectOk(res, 'upload');
    res.resume();
    await rm(received.path, { force: true });
    return key;
  }

  async discard(received: Received): Promise<void> {
    await rm(received.path, { force: true });
  }

  async open(key: string, sha256: string, size: number): Promise<Readable> {
    const res = await this.request('GET', this.keyPath(key), { 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' });
    if (res.statusCode === 404) {
      res.resume();
      throw new StorageCorruptError(key);
    }
    await this.expectOk(res, 'download');
    if (Number(res.headers['content-length']) !== size) {
      res.destroy();
      throw new StorageCorruptError(key);
    }
    const verify = verifier(key, sha256);
    res.on('error', (err) => verify.destroy(err));
    return res.pipe(verify);
  }

  async withLocalFile<T>(key: string, use: (path: string) => Promise<T>): Promise<T> {
    await mkdir(this.options.tmpDir, { recursive: true });
    const path = join(this.options.tmpDir, `read-${randomUUID()}`);
    try {
      const res = await this.request('GET', this.keyPath(key), { 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' });
      await this.expectOk(res, 'download');
      await pipeline(res, createWriteStream(path, { mode: 0o600 }));
      return await use(path);
    } finally {
      await rm(path, { force: true });
    }
  }

  async remove(key: string): Promise<void> {
    const res = await this.request('DELETE', this.keyPath(key), { 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' });
    if (res.statusCode !== 404) await this.expectOk(res, 'delete');
    res.resume();
  }
}
