import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 hashes with Argon2id by default; OWASP minimum: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified against when the e-mail is unknown, so both answers take the same time. */
  private readonly dummy = hash('not-a-real-password-for-timing', OPTIONS);

  hash(password: string): Promise<string> {
    // NFC: "å" typed on a Mac and on Windows is the same password.
    return hash(password.normalize('NFC'), OPTIONS);
  }

  async verify(storedHash: string | null, password: string): Promise<boolean> {
    const target = storedHash ?? (await this.dummy);
    try {
      const ok = await verify(target, password.normalize('NFC'));
      return ok && storedHash !== null;
    } catch {
      return false;
    }
  }
}
