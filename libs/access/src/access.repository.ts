import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery, type Role } from '@hub/core';

export type NetworkVisibility = 'open' | 'closed' | 'secret';
export type MembershipRole = 'member' | 'coordinator';

/**
 * A network the actor was checked against. Repositories of network-owned data take this, not a
 * bare id: a query that skipped the access check, or forgot the network, does not type-check.
 */
export type NetworkScope = NetworkFacts & { readonly __checked: unique symbol };

/**
 * A network named by background work that answers no person (a queued job acting on the rows it was
 * handed, e.g. a meeting's e-mail). Not an access decision: never use it to answer a request.
 */
export type JobScope = { readonly id: string; readonly __job: unique symbol };
export const jobScope = (networkId: string): JobScope => ({ id: networkId }) as unknown as JobScope;

export interface NetworkFacts {
  readonly id: string;
  readonly slug: string;
  readonly visibility: NetworkVisibility;
  readonly archived: boolean;
  readonly membership: MembershipRole | null;
  /** May the actor know the network exists (its name and description)? `hub_sees_network`, ADR 0002. */
  readonly seesNetwork: boolean;
  /** May the actor see the network's members and content? `hub_sees_inside`, ADR 0002. */
  readonly seesInside: boolean;
  /** May the actor manage it (moderate, decide join requests)? `hub_manages`, ADR 0002. */
  readonly manages: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * The access rule in SQL, for statements that list or filter by it: `network` is the SQL of the
 * network row's alias, `isMember` a boolean expression, `role` the SQL of the person's role. The
 * rule itself lives once, in the database functions `hub_sees_network` / `hub_sees_inside`
 * (migration AccessRule1764390000000); these only spell the call.
 */
export const seesNetworkSql = (network: string, isMember: string, role: string): string =>
  `hub_sees_network(${network}.visibility, ${isMember}, ${role})`;
export const seesInsideSql = (network: string, isMember: string, role: string): string =>
  `hub_sees_inside(${network}.visibility, ${isMember}, ${role})`;
export const managesSql = (membershipRole: string, role: string): string => `hub_manages(${membershipRole}, ${role})`;
/** Whether `person` (SQL) is a member of the network aliased `network`: one spelling of the sub-select. */
export const isMemberSql = (network: string, person: string): string =>
  `EXISTS (SELECT 1 FROM membership ms_ WHERE ms_.network_id = ${network}.id AND ms_.person_id = ${person})`;
/** A person's role (SQL), for statements that check someone other than the signed-in actor. */
export const roleOfSql = (person: string): string => `(SELECT pr_.role FROM person pr_ WHERE pr_.id = ${person})`;

@Injectable()
export class AccessRepository {
  constructor(private readonly db: DataSource) {}

  /** One statement: the network (by id or slug) and the actor's membership in it. */
  async networkFacts(idOrSlug: string, personId: string, role: Role): Promise<NetworkFacts | null> {
    const byId = isUuid(idOrSlug);
    // Every network route asks this: a prepared statement, planned once per connection.
    const rows = await preparedQuery<{
      id: string;
      slug: string;
      visibility: NetworkVisibility;
      archived: boolean;
      role: MembershipRole | null;
      sees_network: boolean;
      sees_inside: boolean;
      manages: boolean;
    }>(
      this.db,
      byId ? 'access_network_by_id' : 'access_network_by_slug',
      `SELECT n.id, n.slug, n.visibility, n.archived_at IS NOT NULL AS archived, m.role,
              ${seesNetworkSql('n', 'm.role IS NOT NULL', '$3')} AS sees_network, ${seesInsideSql('n', 'm.role IS NOT NULL', '$3')} AS sees_inside,
              ${managesSql('m.role', '$3')} AS manages
         FROM network n LEFT JOIN membership m ON m.network_id = n.id AND m.person_id = $2
        WHERE ${byId ? 'n.id' : 'n.slug'} = $1`,
      [byId ? idOrSlug.toLowerCase() : idOrSlug, personId, role],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          slug: row.slug,
          visibility: row.visibility,
          archived: row.archived,
          membership: row.role,
          seesNetwork: row.sees_network,
          seesInside: row.sees_inside,
          manages: row.manages,
        }
      : null;
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
