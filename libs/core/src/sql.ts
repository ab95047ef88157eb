import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Within } from './events';

/** Where a statement runs: the pool (a DataSource, or its plain manager) or a transaction's manager. */
type Queryable = DataSource | EntityManager;

// A DataSource has its driver; an EntityManager has none (and its `queryRunner` only inside a transaction).
const isDataSource = (on: Queryable): on is DataSource => 'driver' in on;

/**
 * A statement on a hot path, sent as a named prepared statement straight to pg, bypassing
 * TypeORM's query runner: PostgreSQL parses and plans it once per connection instead of on every
 * request (for a write with a CTE that planning was most of its database time). On a transaction's
 * manager it runs on that transaction's connection; otherwise on the pool behind TypeORM.
 * Names must be unique per statement text.
 */
export async function preparedQuery<T>(on: Queryable, name: string, text: string, values: readonly unknown[]): Promise<T[]> {
  if (!isDataSource(on)) {
    const runner = on.queryRunner as unknown as { databaseConnection?: PoolClient; isReleased?: boolean } | undefined;
    if (runner) {
      // A transaction's runner is connected from its START TRANSACTION on.
      const client = runner.databaseConnection;
      if (!client || runner.isReleased) return on.query(text, [...values]);
      const result = await client.query({ name, text, values: [...values] });
      return result.rows as T[];
    }
    return preparedQuery(on.connection, name, text, values);
  }
  const pool = (on.driver as unknown as { master?: Pool }).master;
  if (!pool) return on.query(text, [...values]);
  const result = await pool.query({ name, text, values: [...values] });
  return result.rows as T[];
}

/**
 * A repository's write and `within` (the events its caller staged, see `DomainEvents.staging`) in
 * one transaction: the change and its records commit together or not at all. `within` runs only
 * when `changed(result)` says the write changed something (always, by default).
 */
export function writeWithin<T>(
  db: DataSource,
  within: Within,
  work: (m: EntityManager) => Promise<T>,
  changed: (result: T) => boolean = () => true,
): Promise<T> {
  return db.transaction(async (m) => {
    const result = await work(m);
    if (changed(result)) await within(m);
    return result;
  });
}

/** `text` as an ILIKE pattern that finds it anywhere: its own `%`, `_` and `\` match themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
