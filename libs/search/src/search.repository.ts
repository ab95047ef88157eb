import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isMemberSql, seesInsideSql, seesNetworkSql } from '@hub/access';
import { preparedQuery, type Role } from '@hub/core';

export interface PersonSource {
  id: string;
  name: string;
  title: string;
  bio: string;
  role: Role;
  organisation: string | null;
  municipalityId: string | null;
  municipality: string | null;
  municipalitySlug: string | null;
  languages: string[];
  networkIds: string[];
  expertise: Array<{ tag: string; askMe: boolean; mentor: boolean; learning: boolean }>;
}

export interface NetworkSource {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: string;
  visibility: 'open' | 'closed' | 'secret';
  archived: boolean;
}

export interface PostSource {
  id: string;
  networkId: string;
  authorName: string | null;
  body: string;
  comments: string[];
  createdAt: Date;
}

export interface DocumentSource {
  id: string;
  networkId: string;
  title: string;
  tags: string[];
  fileName: string;
  kind: string;
  chunks: string[];
  updatedAt: Date;
}

export interface MessageSource {
  id: string;
  conversationId: string;
  networkId: string | null;
  participantIds: string[];
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export interface MeetingSource {
  id: string;
  networkId: string;
  title: string;
  description: string;
  location: string;
  agenda: string[];
  minutes: string;
  startsAt: Date;
  cancelled: boolean;
}

export type IndexKind = 'person' | 'network' | 'post' | 'document' | 'message' | 'meeting';

export interface OutboxEntry {
  id: string;
  kind: IndexKind;
  entityId: string;
  attempts: number;
}

export interface ViewerScope {
  role: Role;
  /** Networks the viewer is a member of. */
  networkIds: string[];
  /** Networks whose content (and members) the viewer may read now, by name. */
  readable: Array<{ id: string; name: string; slug: string }>;
}

/** A person's (`p`) expertise in their order, with the three flags. */
const EXPERTISE_JSON = `COALESCE((SELECT json_agg(json_build_object('tag', e.tag, 'askMe', e.ask_me, 'mentor', e.mentor, 'learning', e.learning)
                                                ORDER BY e.position, e.tag) FROM expertise e WHERE e.person_id = p.id), '[]')`;

/** The search projection: rows read from the domains' tables, and the outbox. */
@Injectable()
export class SearchRepository {
  constructor(private readonly db: DataSource) {}

  /** Active people among `ids` (disabled and deleted ones are absent: they leave the index). */
  async people(ids: readonly string[]): Promise<PersonSource[]> {
    return preparedQuery(
      this.db,
      'search_people',
      `SELECT p.id, p.name, p.title, p.bio, p.role, p.organisation, p.municipality_id AS "municipalityId", m.name AS municipality, m.slug AS "municipalitySlug", p.languages,
              COALESCE((SELECT array_agg(ms.network_id ORDER BY ms.network_id) FROM membership ms WHERE ms.person_id = p.id), '{}') AS "networkIds",
              ${EXPERTISE_JSON} AS expertise
         FROM person p LEFT JOIN municipality m ON m.id = p.municipality_id
        WHERE p.id = ANY($1::uuid[]) AND p.disabled_at IS NULL`,
      [ids],
    );
  }

  /** What a people hit shows, for active people among `ids` (without what only the index needs). */
  async personHits(ids: readonly string[]): Promise<Array<Omit<PersonSource, 'bio' | 'languages' | 'networkIds'>>> {
    return preparedQuery(
      this.db,
      'search_person_hits',
      `SELECT p.id, p.name, p.title, p.role, p.organisation, p.municipality_id AS "municipalityId", m.name AS municipality, m.slug AS "municipalitySlug",
              ${EXPERTISE_JSON} AS expertise
         FROM person p LEFT JOIN municipality m ON m.id = p.municipality_id
        WHERE p.id = ANY($1::uuid[]) AND p.disabled_at IS NULL`,
      [ids],
    );
  }

  async networks(ids: readonly string[]): Promise<NetworkSource[]> {
    return this.db.query(
      `SELECT id, slug, name, description, kind, visibility, archived_at IS NOT NULL AS archived FROM network WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The networks among `ids` the viewer may know of now (the access rule, ADR 0002): re-checks network hits. */
  async networksSeenBy(ids: readonly string[], personId: string, role: Role): Promise<NetworkSource[]> {
    return this.db.query(
      `SELECT n.id, n.slug, n.name, n.description, n.kind, n.visibility, n.archived_at IS NOT NULL AS archived
         FROM network n
        WHERE n.id = ANY($1::uuid[]) AND ${seesNetworkSql('n', isMemberSql('n', '$2'), '$3')}`,
      [ids, personId, role],
    );
  }

  /** Live posts among `ids` with their live comments (deleted ones leave the index). */
  async posts(ids: readonly string[]): Promise<PostSource[]> {
    return this.db.query(
      `SELECT p.id, p.network_id AS "networkId", a.name AS "authorName", p.body, p.created_at AS "createdAt",
              COALESCE((SELECT array_agg(c.body ORDER BY c.created_at) FROM comment c WHERE c.post_id = p.id AND c.deleted_at IS NULL), '{}') AS comments
         FROM post p LEFT JOIN person a ON a.id = p.author_id
        WHERE p.id = ANY($1::uuid[]) AND p.deleted_at IS NULL`,
      [ids],
    );
  }

  /** Live library documents among `ids` with the text read from their current version. */
  async documents(ids: readonly string[]): Promise<DocumentSource[]> {
    return this.db.query(
      `SELECT d.id, d.network_id AS "networkId", d.title, d.tags, v.file_name AS "fileName", v.kind, d.updated_at AS "updatedAt",
              COALESCE((SELECT array_agg(c.text ORDER BY c.number) FROM document_chunk c WHERE c.document_id = d.id), '{}') AS chunks
         FROM document d JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
        WHERE d.id = ANY($1::uuid[]) AND d.deleted_at IS NULL`,
      [ids],
    );
  }

  /** Live chat messages among `ids`; a direct conversation's carry its two people (the access filter). */
  async messages(ids: readonly string[]): Promise<MessageSource[]> {
    return this.db.query(
      `SELECT m.id, m.conversation_id AS "conversationId", c.network_id AS "networkId", a.name AS "authorName", m.body, m.created_at AS "createdAt",
              CASE WHEN c.kind = 'direct'
                   THEN COALESCE((SELECT array_agg(cm.person_id ORDER BY cm.person_id) FROM conversation_member cm WHERE cm.conversation_id = c.id), '{}')
                   ELSE '{}' END AS "participantIds"
         FROM message m JOIN conversation c ON c.id = m.conversation_id LEFT JOIN person a ON a.id = m.author_id
        WHERE m.id = ANY($1::uuid[]) AND m.deleted_at IS NULL`,
      [ids],
    );
  }

  /** Hydrates message hits: live, and in a readable network's channel or a conversation of the viewer's. */
  async messageHits(
    ids: readonly string[],
    readable: readonly string[],
    viewerId: string,
  ): Promise<
    Array<{
      id: string;
      conversationId: string;
      networkId: string | null;
      networkSlug: string | null;
      networkName: string | null;
      authorName: string | null;
      createdAt: string;
    }>
  > {
    return this.db.query(
      `SELECT m.id, m.conversation_id AS "conversationId", n.id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName",
              a.name AS "authorName", m.created_at AS "createdAt"
         FROM message m JOIN conversation c ON c.id = m.conversation_id
         LEFT JOIN network n ON n.id = c.network_id LEFT JOIN person a ON a.id = m.author_id
        WHERE m.id = ANY($1::uuid[]) AND m.deleted_at IS NULL
          AND ((c.kind = 'network' AND c.network_id = ANY($2::uuid[]))
            OR (c.kind = 'direct' AND EXISTS (SELECT 1 FROM conversation_member cm WHERE cm.conversation_id = c.id AND cm.person_id = $3)))`,
      [ids, readable, viewerId],
    );
  }

  /** Meetings among `ids` with their agenda (not declined items) and published minutes only. */
  async meetings(ids: readonly string[]): Promise<MeetingSource[]> {
    return this.db.query(
      `SELECT m.id, m.network_id AS "networkId", m.title, m.description, m.location, m.starts_at AS "startsAt", m.cancelled_at IS NOT NULL AS cancelled,
              COALESCE((SELECT array_agg(i.title || CASE WHEN i.details <> '' THEN ': ' || i.details ELSE '' END ORDER BY i.position)
                          FROM agenda_item i WHERE i.meeting_id = m.id AND i.status <> 'declined'), '{}') AS agenda,
              COALESCE((SELECT mm.published_body FROM meeting_minutes mm WHERE mm.meeting_id = m.id AND mm.published_at IS NOT NULL), '') AS minutes
         FROM meeting m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async meetingHits(
    ids: readonly string[],
    readable: readonly string[],
  ): Promise<
    Array<{ id: string; networkId: string; networkSlug: string; networkName: string; title: string; startsAt: string; cancelled: boolean }>
  > {
    return this.db.query(
      `SELECT m.id, n.id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName", m.title, m.starts_at AS "startsAt",
              m.cancelled_at IS NOT NULL AS cancelled
         FROM meeting m JOIN network n ON n.id = m.network_id
        WHERE m.id = ANY($1::uuid[]) AND m.network_id = ANY($2::uuid[])`,
      [ids, readable],
    );
  }

  /** Hydrates document hits, re-checking that they are live and in a readable network. */
  async documentHits(
    ids: readonly string[],
    readable: readonly string[],
  ): Promise<
    Array<{ id: string; networkId: string; networkSlug: string; networkName: string; title: string; kind: string; updatedAt: string }>
  > {
    return this.db.query(
      `SELECT d.id, n.id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName", d.title, v.kind, d.updated_at AS "updatedAt"
         FROM document d JOIN network n ON n.id = d.network_id
         JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
        WHERE d.id = ANY($1::uuid[]) AND d.deleted_at IS NULL AND d.network_id = ANY($2::uuid[])`,
      [ids, readable],
    );
  }

  /** Networks whose content the viewer may read now: their own, open ones (not for guests), all for admins. */
  /** Hydrates post hits, re-checking that they are live and in a readable network. */
  async postHits(
    ids: readonly string[],
    readable: readonly string[],
  ): Promise<
    Array<{ id: string; networkId: string; networkSlug: string; networkName: string; authorName: string | null; createdAt: string }>
  > {
    return preparedQuery(
      this.db,
      'search_post_hits',
      `SELECT p.id, n.id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName", a.name AS "authorName", p.created_at AS "createdAt"
         FROM post p JOIN network n ON n.id = p.network_id LEFT JOIN person a ON a.id = p.author_id
        WHERE p.id = ANY($1::uuid[]) AND p.deleted_at IS NULL AND p.network_id = ANY($2::uuid[])`,
      [ids, readable],
    );
  }

  /** All ids of a kind, in pages, for reindex and search-check. */
  async allIds(kind: IndexKind, after: string | null, limit: number): Promise<string[]> {
    const table = kind;
    const extra =
      kind === 'person'
        ? 'AND disabled_at IS NULL'
        : kind === 'post' || kind === 'document' || kind === 'message'
          ? 'AND deleted_at IS NULL'
          : '';
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM ${table} WHERE ($1::uuid IS NULL OR id > $1::uuid) ${extra} ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }

  async count(kind: IndexKind): Promise<number> {
    const sql = {
      person: `SELECT count(*)::int AS n FROM person WHERE disabled_at IS NULL`,
      network: `SELECT count(*)::int AS n FROM network`,
      post: `SELECT count(*)::int AS n FROM post WHERE deleted_at IS NULL`,
      document: `SELECT count(*)::int AS n FROM document WHERE deleted_at IS NULL`,
      message: `SELECT count(*)::int AS n FROM message WHERE deleted_at IS NULL`,
      meeting: `SELECT count(*)::int AS n FROM meeting`,
    }[kind];
    const rows: Array<{ n: number }> = await this.db.query(sql);
    return rows[0]!.n;
  }

  async vocabulary(): Promise<string[]> {
    const rows: Array<{ tag: string }> = await this.db.query(`SELECT DISTINCT lower(tag) AS tag FROM expertise`);
    return rows.map((r) => r.tag);
  }

  /** Claims due outbox rows (skipping rows another worker holds) and runs `work` before deleting them. */
  async drain(limit: number, work: (entries: OutboxEntry[]) => Promise<void>): Promise<number> {
    let claimed: OutboxEntry[] = [];
    try {
      return await this.db.transaction(async (m: EntityManager) => {
        claimed = await m.query(
          `SELECT id, kind, entity_id AS "entityId", attempts FROM search_outbox
            WHERE next_attempt_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        if (claimed.length === 0) return 0;
        await work(claimed);
        await m.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [claimed.map((e) => e.id)]);
        return claimed.length;
      });
    } catch (err) {
      // The claim was rolled back with the failure; record the backoff outside it (at most a minute).
      if (claimed.length > 0) {
        await this.db
          .query(
            `UPDATE search_outbox SET attempts = attempts + 1,
                    next_attempt_at = now() + make_interval(secs => least(60, power(2, attempts))) WHERE id = ANY($1::bigint[])`,
            [claimed.map((e) => e.id)],
          )
          .catch(() => undefined);
      }
      throw err;
    }
  }

  /** Of these people, those a guest shares a network with (the index may lag a membership change). */
  async sharingWith(personIds: readonly string[], guestId: string): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT DISTINCT x.person_id AS id FROM membership x JOIN membership y ON y.network_id = x.network_id
        WHERE x.person_id = ANY($1::uuid[]) AND y.person_id = $2`,
      [personIds, guestId],
    );
    return new Set(rows.map((r) => r.id));
  }

  async enqueue(kind: IndexKind, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`INSERT INTO search_outbox (kind, entity_id) SELECT $1, unnest($2::uuid[])`, [kind, ids]);
  }

  /** After an outage: everything waiting for its backoff is due now. */
  async retryNow(): Promise<void> {
    await this.db.query(`UPDATE search_outbox SET next_attempt_at = now() WHERE next_attempt_at > now()`);
  }

  async pending(): Promise<number> {
    const rows: Array<{ n: number }> = await this.db.query(`SELECT count(*)::int AS n FROM search_outbox`);
    return rows[0]!.n;
  }

  /**
   * The asker's memberships and the networks whose content they may read (the access rule,
   * ADR 0002: archived networks stay readable to the same people), with names, in one statement;
   * kept in process by `ViewerScopes` until a membership or network change NOTIFYs (never in a token).
   */
  async scope(personId: string, role: Role): Promise<ViewerScope> {
    const rows = await preparedQuery<{ id: string; name: string; slug: string; member: boolean; readable: boolean }>(
      this.db,
      'search_scope',
      `SELECT n.id, n.name, n.slug, m.person_id IS NOT NULL AS member,
              ${seesInsideSql('n', 'm.person_id IS NOT NULL', '$2')} AS readable
         FROM network n LEFT JOIN membership m ON m.network_id = n.id AND m.person_id = $1
        WHERE ${seesInsideSql('n', 'm.person_id IS NOT NULL', '$2')}
        ORDER BY n.name`,
      [personId, role],
    );
    return {
      role,
      networkIds: rows.filter((r) => r.member).map((r) => r.id),
      readable: rows.filter((r) => r.readable).map(({ id, name, slug }) => ({ id, name, slug })),
    };
  }

  private municipalityCache: { at: number; rows: Promise<Array<{ id: string; slug: string; name: string }>> } | undefined;

  /** The eleven municipalities (and any added later), read at most once a minute: every people search needs them. */
  async municipalities(): Promise<Array<{ id: string; slug: string; name: string }>> {
    if (!this.municipalityCache || Date.now() - this.municipalityCache.at > 60_000) {
      const rows: Promise<Array<{ id: string; slug: string; name: string }>> = this.db.query(
        `SELECT id, slug, name FROM municipality ORDER BY position`,
      );
      this.municipalityCache = { at: Date.now(), rows };
      rows.catch(() => (this.municipalityCache = undefined));
    }
    return this.municipalityCache.rows;
  }
}
