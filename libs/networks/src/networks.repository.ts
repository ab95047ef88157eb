import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { managesSql, type NetworkScope, seesInsideSql, seesNetworkSql } from '@hub/access';
import type { Role, Within } from '@hub/core';
import type { MunicipalityDto, PersonSummaryDto } from '@hub/people';
import type { NetworkKind } from './networks.dto';

export interface NetworkRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: NetworkKind;
  visibility: 'open' | 'closed' | 'secret';
  archived: boolean;
  memberCount: number;
  myRole: 'member' | 'coordinator' | null;
  requested: boolean;
  /** May the viewer see the network's members and content (ADR 0002)? Not part of any answer. */
  seesInside: boolean;
}

export interface MemberRow {
  person: PersonSummaryDto;
  role: 'member' | 'coordinator';
  joinedAt: string;
}

const PERSON_JSON = `json_build_object('id', p.id, 'name', p.name, 'title', p.title, 'role', p.role, 'external', p.role = 'guest',
  'organisation', p.organisation, 'disabled', p.disabled_at IS NOT NULL,
  'municipality', CASE WHEN mu.id IS NULL THEN NULL ELSE json_build_object('id', mu.id, 'slug', mu.slug, 'name', mu.name) END,
  'expertise', COALESCE((SELECT array_agg(e.tag ORDER BY e.position, e.tag) FROM expertise e WHERE e.person_id = p.id), '{}'))`;

/**
 * Networks, memberships and join requests. What one network holds (its row, members, coverage,
 * requests) is read and written with the `NetworkScope` the access check returned. Unscoped: the
 * lists across networks (by the asker's own rights), the name and slug checks, creating a network
 * and the person looked up before a membership.
 */
@Injectable()
export class NetworksRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Networks the viewer may know of (the access rule, ADR 0002), in one statement. Listing policy:
   * archived networks leave the directory unless the secretariat asks for them.
   */
  async list(viewerId: string, role: Role, scope: 'mine' | 'discover' | 'all', includeArchived: boolean): Promise<NetworkRow[]> {
    return this.db.query(
      `SELECT n.id, n.slug, n.name, n.description, n.kind, n.visibility, n.archived_at IS NOT NULL AS archived,
              n.member_count AS "memberCount",
              my.role AS "myRole", ${seesInsideSql('n', 'my.role IS NOT NULL', '$2')} AS "seesInside",
              EXISTS (SELECT 1 FROM join_request r WHERE r.network_id = n.id AND r.person_id = $1 AND r.status = 'pending') AS requested
         FROM network n LEFT JOIN membership my ON my.network_id = n.id AND my.person_id = $1
        WHERE ${seesNetworkSql('n', 'my.role IS NOT NULL', '$2')}
          AND ($3 = 'all' OR ($3 = 'mine') = (my.role IS NOT NULL))
          AND (n.archived_at IS NULL OR ($4 AND $2 = 'admin'))
        ORDER BY n.name`,
      [viewerId, role, scope, includeArchived],
    );
  }

  async one(scope: NetworkScope, viewerId: string, role: Role): Promise<NetworkRow> {
    const rows: NetworkRow[] = await this.db.query(
      `SELECT n.id, n.slug, n.name, n.description, n.kind, n.visibility, n.archived_at IS NOT NULL AS archived,
              n.member_count AS "memberCount",
              my.role AS "myRole", ${seesInsideSql('n', 'my.role IS NOT NULL', '$3')} AS "seesInside",
              EXISTS (SELECT 1 FROM join_request r WHERE r.network_id = n.id AND r.person_id = $2 AND r.status = 'pending') AS requested
         FROM network n LEFT JOIN membership my ON my.network_id = n.id AND my.person_id = $2
        WHERE n.id = $1`,
      [scope.id, viewerId, role],
    );
    return rows[0]!;
  }

  async coverage(scope: NetworkScope): Promise<{ represented: MunicipalityDto[]; missing: MunicipalityDto[] }> {
    const rows: Array<MunicipalityDto & { present: boolean }> = await this.db.query(
      `SELECT mu.id, mu.slug, mu.name,
              EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id
                       WHERE m.network_id = $1 AND p.municipality_id = mu.id AND p.disabled_at IS NULL) AS present
         FROM municipality mu ORDER BY mu.position`,
      [scope.id],
    );
    const strip = ({ id, slug, name }: MunicipalityDto): MunicipalityDto => ({ id, slug, name });
    return { represented: rows.filter((r) => r.present).map(strip), missing: rows.filter((r) => !r.present).map(strip) };
  }

  async members(scope: NetworkScope, onlyCoordinators = false): Promise<MemberRow[]> {
    return this.db.query(
      `SELECT ${PERSON_JSON} AS person, m.role, m.created_at AS "joinedAt"
         FROM membership m JOIN person p ON p.id = m.person_id LEFT JOIN municipality mu ON mu.id = p.municipality_id
        WHERE m.network_id = $1 AND p.disabled_at IS NULL ${onlyCoordinators ? `AND m.role = 'coordinator'` : ''}
        ORDER BY m.role = 'coordinator' DESC, p.name, p.id`,
      [scope.id],
    );
  }

  async slugTaken(slug: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM network WHERE slug = $1`, [slug])).length > 0;
  }

  async nameTaken(name: string, exceptId?: string): Promise<boolean> {
    return (
      (await this.db.query(`SELECT 1 FROM network WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`, [name, exceptId ?? null]))
        .length > 0
    );
  }

  async create(n: { slug: string; name: string; description: string; kind: NetworkKind; visibility: string }): Promise<string> {
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO network (slug, name, description, kind, visibility) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [n.slug, n.name, n.description, n.kind, n.visibility],
    );
    return rows[0]!.id;
  }

  async update(
    scope: NetworkScope,
    fields: Partial<Record<'name' | 'description' | 'kind' | 'visibility' | 'archived', string | boolean>>,
  ): Promise<void> {
    const columns = new Set(['name', 'description', 'kind', 'visibility', 'archived']);
    const entries = Object.entries(fields).filter(([column, v]) => v !== undefined && columns.has(column));
    if (entries.length === 0) return;
    const sets = entries.map(([column], i) =>
      column === 'archived'
        ? `archived_at = CASE WHEN $${i + 2}::boolean THEN COALESCE(archived_at, now()) ELSE NULL END`
        : `${column} = $${i + 2}`,
    );
    await this.db.query(`UPDATE network SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [
      scope.id,
      ...entries.map(([, v]) => v),
    ]);
  }

  /**
   * Adds or changes a membership; resolves any pending join request. Returns the previous role;
   * `within` runs in the same transaction when the role changed.
   */
  async upsertMember(
    scope: NetworkScope,
    personId: string,
    role: 'member' | 'coordinator',
    decidedBy: string | null,
    within: Within,
  ): Promise<'member' | 'coordinator' | null> {
    return this.db.transaction(async (m) => {
      const before: Array<{ role: 'member' | 'coordinator' }> = await m.query(
        `SELECT role FROM membership WHERE network_id = $1 AND person_id = $2 FOR UPDATE`,
        [scope.id, personId],
      );
      await m.query(
        `INSERT INTO membership (network_id, person_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (network_id, person_id) DO UPDATE SET role = EXCLUDED.role`,
        [scope.id, personId, role],
      );
      await m.query(
        `UPDATE join_request SET status = 'approved', decided_at = now(), decided_by = $3
          WHERE network_id = $1 AND person_id = $2 AND status = 'pending'`,
        [scope.id, personId, decidedBy],
      );
      const previous = before[0]?.role ?? null;
      if (previous !== role) await within(m);
      return previous;
    });
  }

  /** `within` runs in the same transaction when a membership was removed. */
  async removeMember(scope: NetworkScope, personId: string, within: Within): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const result: [unknown[], number] = await m.query(`DELETE FROM membership WHERE network_id = $1 AND person_id = $2`, [
        scope.id,
        personId,
      ]);
      if (result[1] > 0) await within(m);
      return result[1] > 0;
    });
  }

  async coordinatorCount(scope: NetworkScope): Promise<number> {
    const rows: Array<{ n: number }> = await this.db.query(
      `SELECT count(*)::int AS n FROM membership WHERE network_id = $1 AND role = 'coordinator'`,
      [scope.id],
    );
    return rows[0]!.n;
  }

  async personForMembership(personId: string): Promise<{ role: Role; disabled: boolean } | null> {
    const rows: Array<{ role: Role; disabled: boolean }> = await this.db.query(
      `SELECT role, disabled_at IS NOT NULL AS disabled FROM person WHERE id = $1`,
      [personId],
    );
    return rows[0] ?? null;
  }

  /** A pending request, new or the one already there; `within(m, id)` runs in its transaction only when it is new. */
  async requestJoin(
    scope: NetworkScope,
    personId: string,
    message: string,
    within: (m: EntityManager, requestId: string) => Promise<void>,
  ): Promise<{ id: string; created: boolean }> {
    const created = await this.db.transaction(async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO join_request (network_id, person_id, message) VALUES ($1, $2, $3)
         ON CONFLICT (network_id, person_id) WHERE status = 'pending' DO NOTHING RETURNING id`,
        [scope.id, personId, message],
      );
      if (rows[0]) await within(m, rows[0].id);
      return rows[0]?.id;
    });
    if (created) return { id: created, created: true };
    const existing: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM join_request WHERE network_id = $1 AND person_id = $2 AND status = 'pending'`,
      [scope.id, personId],
    );
    return { id: existing[0]!.id, created: false };
  }

  async pendingRequests(scope: NetworkScope): Promise<Array<{ id: string; person: PersonSummaryDto; message: string; createdAt: string }>> {
    return this.db.query(
      `SELECT r.id, ${PERSON_JSON} AS person, r.message, r.created_at AS "createdAt"
         FROM join_request r JOIN person p ON p.id = r.person_id LEFT JOIN municipality mu ON mu.id = p.municipality_id
        WHERE r.network_id = $1 AND r.status = 'pending' AND p.disabled_at IS NULL
        ORDER BY r.created_at`,
      [scope.id],
    );
  }

  /** Pending requests in every network the person coordinates (all networks for an admin). */
  async pendingForManager(
    personId: string,
    role: Role,
  ): Promise<
    Array<{ id: string; person: PersonSummaryDto; message: string; createdAt: string; network: { id: string; slug: string; name: string } }>
  > {
    return this.db.query(
      `SELECT r.id, ${PERSON_JSON} AS person, r.message, r.created_at AS "createdAt",
              json_build_object('id', n.id, 'slug', n.slug, 'name', n.name) AS network
         FROM join_request r JOIN network n ON n.id = r.network_id
         JOIN person p ON p.id = r.person_id LEFT JOIN municipality mu ON mu.id = p.municipality_id
        WHERE r.status = 'pending' AND p.disabled_at IS NULL AND n.archived_at IS NULL
          AND ${managesSql('(SELECT c.role FROM membership c WHERE c.network_id = n.id AND c.person_id = $1)', '$2')}
        ORDER BY r.created_at`,
      [personId, role],
    );
  }

  /** Approves a still-pending request and adds the member, atomically; null when someone decided it first. */
  async approve(
    scope: NetworkScope,
    requestId: string,
    decidedBy: string,
    within: (m: EntityManager, personId: string) => Promise<void>,
  ): Promise<string | null> {
    return this.db.transaction(async (m) => {
      const [rows]: [Array<{ person_id: string }>, number] = await m.query(
        `UPDATE join_request SET status = 'approved', decided_at = now(), decided_by = $3
          WHERE id = $1 AND network_id = $2 AND status = 'pending' RETURNING person_id`,
        [requestId, scope.id, decidedBy],
      );
      const personId = rows[0]?.person_id;
      if (!personId) return null;
      await m.query(`INSERT INTO membership (network_id, person_id, role) VALUES ($1, $2, 'member') ON CONFLICT DO NOTHING`, [
        scope.id,
        personId,
      ]);
      await within(m, personId);
      return personId;
    });
  }

  /** Rejects a still-pending request of this network; false when there is none (or someone decided first). */
  async reject(scope: NetworkScope, requestId: string, decidedBy: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE join_request SET status = 'rejected', decided_at = now(), decided_by = $3
        WHERE id = $1 AND network_id = $2 AND status = 'pending'`,
      [requestId, scope.id, decidedBy],
    );
    return result[1] > 0;
  }
}
