import { Injectable } from '@nestjs/common';

interface Entry {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

interface Rule {
  readonly free: number;
  readonly capSeconds: number;
}

const RULES: Record<'account' | 'ip', Rule> = {
  // An attacker can slow a colleague's sign-in for at most five minutes at a time, never lock it.
  account: { free: 5, capSeconds: 300 },
  // Many colleagues share one municipal NAT address: a generous allowance and a short cap.
  ip: { free: 50, capSeconds: 60 },
};
const FORGET_AFTER_MS = 60 * 60 * 1000;

/**
 * Progressive delay per account and per IP: after the free failures, each further failure doubles
 * the wait (1 s, 2 s, 4 s, … up to the cap). While waiting, sign-in answers 429 with Retry-After.
 */
@Injectable()
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  /** Replaceable clock for unit tests. */
  now: () => number = () => Date.now();

  private keys(email: string, ip: string): Array<[string, Rule]> {
    return [
      [`a:${email}`, RULES.account],
      [`i:${ip}`, RULES.ip],
    ];
  }

  /** Seconds to wait before another attempt may be made, or 0. */
  retryAfter(email: string, ip: string): number {
    const now = this.now();
    let wait = 0;
    for (const [key] of this.keys(email, ip)) {
      const entry = this.entries.get(key);
      if (entry && entry.blockedUntil > now) wait = Math.max(wait, Math.ceil((entry.blockedUntil - now) / 1000));
    }
    return wait;
  }

  recordFailure(email: string, ip: string): void {
    const now = this.now();
    for (const [key, rule] of this.keys(email, ip)) {
      const previous = this.entries.get(key);
      const entry =
        previous && now - previous.lastFailure < FORGET_AFTER_MS ? previous : { failures: 0, blockedUntil: 0, lastFailure: now };
      entry.failures += 1;
      entry.lastFailure = now;
      if (entry.failures > rule.free) {
        const seconds = Math.min(rule.capSeconds, 2 ** Math.min(entry.failures - rule.free - 1, 20));
        entry.blockedUntil = now + seconds * 1000;
      }
      this.entries.set(key, entry);
    }
    if (this.entries.size > 100_000) this.sweep(now);
  }

  /**
   * Counts an attempt before the password is checked, so that parallel attempts cannot all slip
   * through while the first ones are still being verified. Throws nothing; returns the wait if
   * the attempt must not be made.
   */
  begin(email: string, ip: string): number {
    const wait = this.retryAfter(email, ip);
    if (wait === 0) this.recordFailure(email, ip);
    return wait;
  }

  /** The attempt counted by `begin` succeeded: forget the account's failures and take back the IP's. */
  recordSuccess(email: string, ip?: string): void {
    this.entries.delete(`a:${email}`);
    if (ip !== undefined) {
      const entry = this.entries.get(`i:${ip}`);
      if (entry && entry.failures > 0) entry.failures -= 1;
    }
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) if (now - entry.lastFailure > FORGET_AFTER_MS) this.entries.delete(key);
  }
}
