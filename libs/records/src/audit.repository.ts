import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditEntry, decodeCursor, encodeCursor, type Page } from '@hub/core';

export interface AuditRow {
  seq: number;
  at: string;
  action: string;
  actorId: string | null;
  /** The actor's current name ("Tidigare medlem" once erased); null for the hub itself. */
  actorName: string | null;
  networkId: string | null;
  networkName: string | null;
  subjectId: string | null;
  subjectName: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

export interface AuditFilter {
  /** Rows where this person acted or was acted on. */
  personId?: string;
  /** An action, or a prefix ending in a dot (`auth.`, `network.`). */
  action?: string;
  networkId?: string;
  from?: Date;
  to?: Date;
}

export interface ChainBreak {
  seq: number;
  reason: 'changed' | 'missing-before' | 'out-of-order' | 'missing-after';
}

const SELECT = `
  SELECT a.seq::int AS seq, a.at, a.action, a.actor_id AS "actorId", actor.name AS "actorName",
         a.network_id AS "networkId", n.name AS "networkName", a.subject_id AS "subjectId", subject.name AS "subjectName",
         a.ip, a.detail
    FROM audit_log a
    LEFT JOIN person actor ON actor.id = a.actor_id
    LEFT JOIN person subject ON subject.id = a.subject_id
    LEFT JOIN network n ON n.id = a.network_id`;

@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  /** Appends one row; the database numbers and chains it (see the audit-log migration). */
  async insert(entry: AuditEntry, on: DataSource | EntityManager = this.db): Promise<void> {
    await on.query(
      `INSERT INTO audit_log (actor_id, action, network_id, subject_id, ip, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, '', '')`,
      [entry.actorId, entry.action, entry.networkId ?? null, entry.subjectId ?? null, entry.ip ?? null, JSON.stringify(entry.detail ?? {})],
    );
  }

  /** Newest first, keyset-paged by number. */
  async list(filter: AuditFilter, limit: number, cursor?: string): Promise<Page<AuditRow>> {
    const [before] = (decodeCursor(cursor, ['number']) ?? []) as [number | undefined];
    const { where, values } = this.where(filter);
    if (before !== undefined) {
      values.push(before);
      where.push(`a.seq < $${values.length}`);
    }
    values.push(limit + 1);
    const rows: AuditRow[] = await this.db.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.seq DESC LIMIT $${values.length}`,
      values,
    );
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1]!.seq]) : null };
  }

  /** Every matching row, oldest first, a thousand at a time (for the CSV file). */
  async *all(filter: AuditFilter): AsyncGenerator<AuditRow[]> {
    let after = 0;
    for (;;) {
      const { where, values } = this.where(filter);
      values.push(after);
      where.push(`a.seq > $${values.length}`);
      const rows: AuditRow[] = await this.db.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.seq LIMIT 1000`, values);
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1]!.seq;
    }
  }

  /**
   * The first row whose hash is not that of its content and the row before, or whose number does
   * not follow the one before (a row removed). The first row kept may follow rows removed by
   * retention: its own hash is still checked.
   */
  async firstBreak(): Promise<{ checked: number; broken: ChainBreak | null }> {
    const rows: Array<{ checked: number; seq: number | null; reason: ChainBreak['reason'] | null }> = await this.db.query(`
      WITH chain AS (
        SELECT a.seq, a.hash, a.prev_hash, audit_log_hash(a) AS expected,
               lag(a.hash) OVER (ORDER BY a.seq) AS before_hash, lag(a.seq) OVER (ORDER BY a.seq) AS before_seq
          FROM audit_log a
      ), broken AS (
        SELECT seq, CASE
                 WHEN before_seq IS NOT NULL AND seq <> before_seq + 1 THEN 'missing-before'
                 WHEN before_hash IS NOT NULL AND prev_hash <> before_hash THEN 'out-of-order'
                 ELSE 'changed' END AS reason
          FROM chain
         WHERE hash <> expected OR (before_seq IS NOT NULL AND (seq <> before_seq + 1 OR prev_hash <> before_hash))
         ORDER BY seq LIMIT 1
      ), tail AS (
        -- Rows removed from the end: the newest row is not the head the chain trigger keeps.
        SELECT h.seq + 0 AS seq, 'missing-after' AS reason
          FROM audit_log_head h, (SELECT max(seq) AS newest FROM audit_log) n
         WHERE n.newest IS NOT NULL AND n.newest <> h.seq
      ), earliest AS (
        SELECT seq, reason FROM broken UNION ALL SELECT seq, reason FROM tail ORDER BY seq LIMIT 1
      )
      SELECT (SELECT count(*)::int FROM audit_log) AS checked, earliest.seq::int AS seq, earliest.reason
        FROM (SELECT 1) one LEFT JOIN earliest ON true`);
    const r = rows[0]!;
    return { checked: r.checked, broken: r.seq === null ? null : { seq: r.seq, reason: r.reason! } };
  }

  private where(filter: AuditFilter): { where: string[]; values: unknown[] } {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: (p: string) => string, value: unknown): void => {
      values.push(value);
      where.push(sql(`$${values.length}`));
    };
    if (filter.personId) add((p) => `(a.actor_id = ${p} OR a.subject_id = ${p})`, filter.personId);
    if (filter.action?.endsWith('.')) add((p) => `starts_with(a.action, ${p})`, filter.action);
    else if (filter.action) add((p) => `a.action = ${p}`, filter.action);
    if (filter.networkId) add((p) => `a.network_id = ${p}`, filter.networkId);
    if (filter.from) add((p) => `a.at >= ${p}`, filter.from);
    if (filter.to) add((p) => `a.at < ${p}`, filter.to);
    return { where, values };
  }
}
