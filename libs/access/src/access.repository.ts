import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '@hub/core';

export type NetworkVisibility = 'open' | 'closed' | 'secret';
export type MembershipRole = 'member' | 'coordinator';

/**
 * A network the actor was checked against. Repositories of network-owned data take this, not a
 * bare id: a query that skipped the access check, or forgot the network, does not type-check.
 */
export type NetworkScope = NetworkFacts & { readonly __checked: unique symbol };

export interface NetworkFacts {
  readonly id: string;
  readonly slug: string;
  readonly visibility: NetworkVisibility;
  readonly archived: boolean;
  readonly membership: MembershipRole | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

@Injectable()
export class AccessRepository {
  constructor(private readonly db: DataSource) {}

  /** One statement: the network (by id or slug) and the actor's membership in it. */
  async networkFacts(idOrSlug: string, personId: string): Promise<NetworkFacts | null> {
    const byId = isUuid(idOrSlug);
    // Every network route asks this: a prepared statement, planned once per connection.
    const rows = await preparedQuery<{
      id: string;
      slug: string;
      visibility: NetworkVisibility;
      archived: boolean;
      role: MembershipRole | null;
    }>(
      this.db,
      byId ? 'access_network_by_id' : 'access_network_by_slug',
      `SELECT n.id, n.slug, n.visibility, n.archived_at IS NOT NULL AS archived, m.role
         FROM network n LEFT JOIN membership m ON m.network_id = n.id AND m.person_id = $2
        WHERE ${byId ? 'n.id' : 'n.slug'} = $1`,
      [byId ? idOrSlug.toLowerCase() : idOrSlug, personId],
    );
    const row = rows[0];
    return row ? { id: row.id, slug: row.slug, visibility: row.visibility, archived: row.archived, membership: row.role } : null;
  }

  /** Whether two people share at least one network (guests see only people they work with). */
  async sharesNetwork(a: string, b: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM membership x JOIN membership y ON x.network_id = y.network_id
        WHERE x.person_id = $1 AND y.person_id = $2 LIMIT 1`,
      [a, b],
    );
    return rows.length > 0;
  }

  async personRole(personId: string): Promise<'admin' | 'member' | 'guest' | null> {
    const rows: Array<{ role: 'admin' | 'member' | 'guest' }> = await this.db.query(`SELECT role FROM person WHERE id = $1`, [personId]);
    return rows[0]?.role ?? null;
  }
}
