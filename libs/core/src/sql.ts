import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A statement on a hot read path, sent as a named prepared statement straight to the pool behind
 * TypeORM: PostgreSQL parses and plans it once per connection instead of on every request, and
 * the request skips TypeORM's query runner. Names must be unique per statement text.
 */
export async function preparedQuery<T>(db: DataSource, name: string, text: string, values: readonly unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: Pool }).master;
  if (!pool) return db.query(text, [...values]);
  const result = await pool.query({ name, text, values: [...values] });
  return result.rows as T[];
}
