import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { HUB_CONFIG, type HubConfig, persistentSecret } from '@hub/core';

const VERSION = 'v1';

/**
 * Encrypts secrets kept in the database (client secrets, refresh tokens) with AES-256-GCM under a
 * key from HUB_SECRET_KEY, or one generated once under HUB_DATA_DIR. A stolen database dump alone
 * does not give away a municipality's client secret.
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;

  constructor(@Inject(HUB_CONFIG) config: HubConfig) {
    const material = config.secretKey ?? persistentSecret(config.dataDir, 'hub-secret-key', 32);
    this.key = createHash('sha256').update(material).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('Unknown sealed secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
