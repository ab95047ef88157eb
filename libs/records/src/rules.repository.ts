import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ERASURE_DEFAULTS, ERASURE_KINDS, type ErasureKind, RETENTION_DEFAULTS, RETENTION_KINDS, type RetentionKind } from './rules';

export type ErasureRules = Record<ErasureKind, boolean>;
export type RetentionRules = Record<RetentionKind, number>;

/** The secretariat's rules as set, over the defaults in `rules.ts`. */
@Injectable()
export class RulesRepository {
  constructor(private readonly db: DataSource) {}

  /** Per kind: keep as a public record (true) or remove at erasure. */
  async erasure(): Promise<ErasureRules> {
    const rows: Array<{ kind: ErasureKind; keep: boolean }> = await this.db.query(`SELECT kind, keep FROM erasure_rule`);
    const rules = Object.fromEntries(ERASURE_KINDS.map((k) => [k, ERASURE_DEFAULTS[k].keep])) as ErasureRules;
    for (const r of rows) rules[r.kind] = r.keep;
    return rules;
  }

  async setErasure(personId: string, changes: Partial<ErasureRules>): Promise<void> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    await this.db.query(
      `INSERT INTO erasure_rule (kind, keep, updated_by) SELECT * FROM unnest($1::text[], $2::boolean[]), (SELECT $3::uuid)
       ON CONFLICT (kind) DO UPDATE SET keep = excluded.keep, updated_by = excluded.updated_by, updated_at = now()`,
      [entries.map(([k]) => k), entries.map(([, v]) => v), personId],
    );
  }

  /** Days each kind is kept; deleted documents read the documents' own setting. */
  async retention(): Promise<RetentionRules> {
    const rows: Array<{ kind: RetentionKind; days: number }> = await this.db.query(
      `SELECT kind, days FROM retention_rule UNION ALL SELECT 'deleted_documents', retention_days FROM document_settings`,
    );
    const rules = Object.fromEntries(RETENTION_KINDS.map((k) => [k, RETENTION_DEFAULTS[k].days])) as RetentionRules;
    for (const r of rows) rules[r.kind] = r.days;
    return rules;
  }

  /** Sets retention days (deleted documents excepted: they are the documents' setting). */
  async setRetention(personId: string, changes: Partial<Omit<RetentionRules, 'deleted_documents'>>): Promise<void> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    await this.db.query(
      `INSERT INTO retention_rule (kind, days, updated_by) SELECT * FROM unnest($1::text[], $2::int[]), (SELECT $3::uuid)
       ON CONFLICT (kind) DO UPDATE SET days = excluded.days, updated_by = excluded.updated_by, updated_at = now()`,
      [entries.map(([k]) => k), entries.map(([, v]) => v), personId],
    );
  }
}
