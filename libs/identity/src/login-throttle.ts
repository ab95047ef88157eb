import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
/** Failures older than this are forgotten. */
const FORGET = '1 hour';

/**
 * Progressive delay per account and per IP: after the free failures, each further failure doubles
 * the wait (1 s, 2 s, 4 s, … up to the cap). While waiting, sign-in answers 429 with Retry-After.
 *
 * The counts live in PostgreSQL (`login_throttle`, counted by `login_throttle_begin` under row
 * locks), so every hub process sees the same ones: several processes behind a load balancer do not
 * multiply the attempts an attacker gets.
 */
@Injectable()
export class LoginThrottle {
  /** Replaceable clock for tests. */
  now: () => number = () => Date.now();

  constructor(private readonly db: DataSource) {}

  /**
   * Counts an attempt before the password is checked, so that parallel attempts cannot all slip
   * through while the first ones are still being verified. Returns the seconds to wait when the
   * attempt must not be made (and then counts nothing), else 0.
   */
  async begin(email: string, ip: string): Promise<number> {
    const rows: Array<{ wait: number }> = await this.db.query(
      `SELECT login_throttle_begin($1::text[], $2::integer[], $3::integer[], $4, $5::interval) AS wait`,
      [
        [`a:${email}`, `i:${ip}`],
        [RULES.account.free, RULES.ip.free],
        [RULES.account.capSeconds, RULES.ip.capSeconds],
        new Date(this.now()),
        FORGET,
      ],
    );
    return rows[0]!.wait;
  }

  /** The attempt counted by `begin` succeeded: forget the account's failures and take back the IP's. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.db.query(
      `WITH account AS (DELETE FROM login_throttle WHERE key = $1)
       UPDATE login_throttle SET failures = failures - 1 WHERE key = $2 AND failures > 0`,
      [`a:${email}`, `i:${ip}`],
    );
  }
}
