import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Rows removed per statement: a purge never holds long locks or builds one huge transaction. */
export const BATCH = 1000;

/** Not in a network on legal hold (`col` holds the network id; null counts as not held). */
const FREE = (col: string): string => `NOT EXISTS (SELECT 1 FROM network h WHERE h.id = ${col} AND h.legal_hold_at IS NOT NULL)`;

/** What each database kind purges: the rows older than the cutoff ($1), outside networks on legal hold. */
const PURGES = {
  network_chat: `DELETE FROM message WHERE id IN (
      SELECT id FROM message WHERE network_id IS NOT NULL AND created_at < $1 AND ${FREE('network_id')} LIMIT ${BATCH})`,
  direct_messages: `DELETE FROM message WHERE id IN (SELECT id FROM message WHERE network_id IS NULL AND created_at < $1 LIMIT ${BATCH})`,
  notifications: `DELETE FROM notification WHERE id IN (SELECT id FROM notification WHERE created_at < $1 AND ${FREE('network_id')} LIMIT ${BATCH})`,
  event_log: `DELETE FROM event_log WHERE id IN (
      SELECT id FROM event_log WHERE created_at < $1 AND (network_id IS NULL OR ${FREE('network_id')}) LIMIT ${BATCH})`,
  sessions: `DELETE FROM session WHERE id IN (SELECT id FROM session WHERE expires_at < $1 LIMIT ${BATCH})`,
} as const;
export type DatabasePurge = keyof typeof PURGES;

export interface LegalHold {
  networkId: string;
  name: string;
  since: string;
  reason: string;
}

@Injectable()
export class RetentionRepository {
  constructor(private readonly db: DataSource) {}

  /** Removes what is due of one kind, a batch per statement; returns how many rows went. */
  async purge(kind: DatabasePurge, cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [, count] = (await this.db.query(`${PURGES[kind]}`, [cutoff])) as [unknown, number];
      total += count;
      if (count < BATCH) return total;
    }
  }

  /**
   * The oldest audit rows, before `cutoff`: the only deletion the log allows. The transaction
   * hands the cutoff to the table's trigger in `hub.audit_retention`, and the trigger refuses any
   * row not older than it (see the audit-retention-cutoff migration).
   */
  async purgeAudit(cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.db.transaction(async (m) => {
        await m.query(`SELECT set_config('hub.audit_retention', $1, true)`, [cutoff.toISOString()]);
        const [, n] = (await m.query(
          `DELETE FROM audit_log WHERE seq IN (SELECT seq FROM audit_log WHERE at < $1 ORDER BY seq LIMIT ${BATCH})`,
          [cutoff],
        )) as [unknown, number];
        return n;
      });
      total += count;
      if (count < BATCH) return total;
    }
  }

  async holds(): Promise<LegalHold[]> {
    return this.db.query(
      `SELECT id AS "networkId", name, legal_hold_at AS since, legal_hold_reason AS reason
         FROM network WHERE legal_hold_at IS NOT NULL ORDER BY name`,
    );
  }

  async setHold(networkId: string, hold: boolean, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE network SET legal_hold_at = CASE WHEN $2 THEN coalesce(legal_hold_at, now()) END, legal_hold_reason = CASE WHEN $2 THEN $3 ELSE '' END
        WHERE id = $1`,
      [networkId, hold, reason],
    );
  }
}
