import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { JobScope, NetworkScope } from '@hub/access';
import { preparedQuery, type Within } from '@hub/core';
import type { AckGroupDto, AuthorDto, CommentDto, PostDto, ReactionKind, RevisionDto } from './feed.dto';

/** A post of a period as the weekly digest lists it. */
export interface PeriodPost {
  id: string;
  networkId: string;
  authorId: string | null;
  /** The first 400 characters of the markdown. */
  excerpt: string;
  announcement: boolean;
  createdAt: Date;
}

export type PostRow = Omit<PostDto, 'canEdit' | 'canModerate'> & { authorId: string | null; viewerRole: 'member' | 'coordinator' | null };

const AUTHOR_JSON = (alias: string, municipality: string): string =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'title', ${alias}.title,
     'external', ${alias}.role = 'guest', 'affiliation', COALESCE(${municipality}.name, ${alias}.organisation)) END`;

/** One statement for a page of posts with author, counts, reactions and my acknowledgement. */
const POST_SELECT = `
  SELECT p.id, json_build_object('id', n.id, 'slug', n.slug, 'name', n.name) AS network,
         ${AUTHOR_JSON('a', 'mu')} AS author, p.author_id AS "authorId",
         CASE WHEN p.deleted_at IS NULL THEN p.body ELSE '' END AS body,
         CASE WHEN p.deleted_at IS NULL THEN p.html ELSE '' END AS html,
         p.deleted_at IS NOT NULL AS deleted, p.announcement, p.requires_ack AS "requiresAck", p.pinned_at IS NOT NULL AS pinned,
         p.created_at AS "createdAt", p.edited_at AS "editedAt",
         (SELECT count(*)::int FROM comment c WHERE c.post_id = p.id AND c.deleted_at IS NULL) AS "commentCount",
         COALESCE((SELECT json_agg(json_build_object('kind', r.kind, 'count', r.n, 'mine', r.mine) ORDER BY r.kind)
                     FROM (SELECT kind, count(*)::int AS n, bool_or(person_id = $1) AS mine FROM reaction WHERE post_id = p.id GROUP BY kind) r), '[]') AS reactions,
         (SELECT count(*)::int FROM acknowledgement k WHERE k.post_id = p.id) AS "ackCount",
         EXISTS (SELECT 1 FROM acknowledgement k WHERE k.post_id = p.id AND k.person_id = $1) AS "acknowledgedByMe",
         (SELECT vm.role FROM membership vm WHERE vm.network_id = p.network_id AND vm.person_id = $1) AS "viewerRole",
         -- Attachments are documents of the post's own network: whoever reads the post may read them.
         -- Read here, from the document library's tables, so a page stays one statement (docs/architecture.md).
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'available', d.deleted_at IS NULL,
                                                     'title', CASE WHEN d.deleted_at IS NULL THEN d.title END,
                                                     'kind', CASE WHEN d.deleted_at IS NULL THEN v.kind END,
                                                     'size', CASE WHEN d.deleted_at IS NULL THEN v.size END) ORDER BY pa.position)
                     FROM post_attachment pa JOIN document d ON d.id = pa.document_id AND d.network_id = p.network_id
                     JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
                    WHERE pa.post_id = p.id AND p.deleted_at IS NULL), '[]') AS attachments
    FROM post p JOIN network n ON n.id = p.network_id
    LEFT JOIN person a ON a.id = p.author_id LEFT JOIN municipality mu ON mu.id = a.municipality_id`;

/**
 * Posts, comments, reactions and acknowledgements. Every method that reads or writes a network's
 * content takes the NetworkScope the access check returned: forgetting the network does not compile.
 * The exceptions: the lookups of a post's or comment's network for the check, the home feed (the
 * viewer's memberships decide), `replyRecipients` (a JobScope, for notifications) and
 * `postsBetween` (every network, for the weekly digest, which answers no person).
 */
@Injectable()
export class FeedRepository {
  constructor(private readonly db: DataSource) {}

  /** The network a post belongs to, to run the access check with (the only unscoped lookup). */
  async networkOfPost(postId: string): Promise<string | null> {
    const rows: Array<{ network_id: string }> = await this.db.query(`SELECT network_id FROM post WHERE id = $1`, [postId]);
    return rows[0]?.network_id ?? null;
  }

  async networkOfComment(commentId: string): Promise<{ networkId: string; postId: string } | null> {
    const rows: Array<{ network_id: string; post_id: string }> = await this.db.query(
      `SELECT network_id, post_id FROM comment WHERE id = $1`,
      [commentId],
    );
    return rows[0] ? { networkId: rows[0].network_id, postId: rows[0].post_id } : null;
  }

  /** `pinned`: true only pinned, false without pinned, null all. */
  async page(
    scope: NetworkScope,
    viewerId: string,
    after: [string, string] | null,
    limit: number,
    pinned: boolean | null,
  ): Promise<PostRow[]> {
    const filter =
      pinned === true ? 'AND p.pinned_at IS NOT NULL AND p.deleted_at IS NULL' : pinned === false ? 'AND p.pinned_at IS NULL' : '';
    return preparedQuery(
      this.db,
      `feed_page_${pinned === true ? 'pinned' : pinned === false ? 'unpinned' : 'all'}`,
      `${POST_SELECT}
        WHERE p.network_id = $2 ${filter}
          AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
        ORDER BY ${pinned === true ? 'p.pinned_at DESC,' : ''} p.created_at DESC, p.id DESC LIMIT $5`,
      [viewerId, scope.id, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** The home feed: every network the viewer is a member of, in one statement. */
  /**
   * The viewer's home feed: the newest posts of their networks (archived ones left out). Each
   * network's newest `limit` come from its (network_id, created_at, id) index and only those are
   * merged, so a page reads at most `limit` posts per network instead of every post of every
   * network and sorting them (which grew with the content: 5,480 rows read for 20 in the soak).
   */
  async home(viewerId: string, after: [string, string] | null, limit: number): Promise<PostRow[]> {
    return preparedQuery(
      this.db,
      'feed_home',
      `${POST_SELECT}
        WHERE p.id IN (
          SELECT q.id FROM membership m JOIN network mn ON mn.id = m.network_id AND mn.archived_at IS NULL
           CROSS JOIN LATERAL (
             SELECT x.id, x.created_at FROM post x
              WHERE x.network_id = m.network_id
                AND ($2::timestamptz IS NULL OR (x.created_at, x.id) < ($2::timestamptz, $3::uuid))
              ORDER BY x.created_at DESC, x.id DESC LIMIT $4) q
          WHERE m.person_id = $1
          ORDER BY q.created_at DESC, q.id DESC LIMIT $4)
        ORDER BY p.created_at DESC, p.id DESC LIMIT $4`,
      [viewerId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async post(scope: NetworkScope, viewerId: string, postId: string): Promise<PostRow | null> {
    const rows = await preparedQuery<PostRow>(this.db, 'feed_post', `${POST_SELECT} WHERE p.id = $2 AND p.network_id = $3`, [
      viewerId,
      postId,
      scope.id,
    ]);
    return rows[0] ?? null;
  }

  async comments(scope: NetworkScope, postId: string): Promise<Array<Omit<CommentDto, 'canDelete'> & { authorId: string | null }>> {
    return this.db.query(
      `SELECT c.id, c.parent_id AS "parentId", c.author_id AS "authorId", ${AUTHOR_JSON('a', 'mu')} AS author,
              CASE WHEN c.deleted_at IS NULL THEN c.html ELSE '' END AS html, c.deleted_at IS NOT NULL AS deleted, c.created_at AS "createdAt"
         FROM comment c LEFT JOIN person a ON a.id = c.author_id LEFT JOIN municipality mu ON mu.id = a.municipality_id
        WHERE c.post_id = $1 AND c.network_id = $2
        ORDER BY COALESCE((SELECT t.created_at FROM comment t WHERE t.id = c.parent_id), c.created_at), COALESCE(c.parent_id, c.id), c.parent_id NULLS FIRST, c.created_at, c.id`,
      [postId, scope.id],
    );
  }

  /** Of these people, the members of the network, with their names (for mentions). */
  async membersAmong(scope: NetworkScope, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.db.query(
      `SELECT p.id, p.name FROM membership m JOIN person p ON p.id = m.person_id
        WHERE m.network_id = $1 AND m.person_id = ANY($2::uuid[]) AND p.disabled_at IS NULL`,
      [scope.id, ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async setAttachments(
    scope: NetworkScope,
    postId: string,
    documentIds: readonly string[],
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(`DELETE FROM post_attachment WHERE post_id = $1 AND EXISTS (SELECT 1 FROM post WHERE id = $1 AND network_id = $2)`, [
      postId,
      scope.id,
    ]);
    await this.insertAttachments(m, postId, documentIds);
  }

  private async insertAttachments(m: EntityManager, postId: string, documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await m.query(
      `INSERT INTO post_attachment (post_id, document_id, position)
       SELECT $1, d, n FROM unnest($2::uuid[]) WITH ORDINALITY AS a(d, n)`,
      [postId, documentIds],
    );
  }

  async createPost(
    scope: NetworkScope,
    post: { authorId: string; body: string; html: string; announcement: boolean; requiresAck: boolean; documentIds: readonly string[] },
    mentions: readonly string[],
    within: (m: EntityManager, postId: string) => Promise<void>,
  ): Promise<{ id: string; row: PostRow | null }> {
    return this.db.transaction(async (m) => {
      // The new post as POST_SELECT would read it back (no comments, reactions or acknowledgements
      // yet), in the INSERT's own statement: no second read after the commit.
      const rows = await preparedQuery<PostRow>(
        m,
        'feed_create_post',
        `WITH p AS (
           INSERT INTO post (network_id, author_id, body, html, announcement, requires_ack) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *
         )
         SELECT p.id, json_build_object('id', n.id, 'slug', n.slug, 'name', n.name) AS network,
                ${AUTHOR_JSON('a', 'mu')} AS author, p.author_id AS "authorId", p.body, p.html, false AS deleted,
                p.announcement, p.requires_ack AS "requiresAck", false AS pinned, p.created_at AS "createdAt", p.edited_at AS "editedAt",
                0 AS "commentCount", '[]'::json AS reactions, 0 AS "ackCount", false AS "acknowledgedByMe",
                (SELECT vm.role FROM membership vm WHERE vm.network_id = p.network_id AND vm.person_id = p.author_id) AS "viewerRole",
                '[]'::json AS attachments
           FROM p JOIN network n ON n.id = p.network_id
           LEFT JOIN person a ON a.id = p.author_id LEFT JOIN municipality mu ON mu.id = a.municipality_id`,
        [scope.id, post.authorId, post.body, post.html, post.announcement, post.requiresAck],
      );
      const row = rows[0]!;
      await this.insertMentions(m, row.id, null, mentions);
      // A new post has no attachments to replace: only insert (one statement fewer per post).
      if (post.documentIds.length > 0) await this.insertAttachments(m, row.id, post.documentIds);
      await within(m, row.id);
      // With attachments the caller reads the post back (they are listed with their documents).
      return { id: row.id, row: post.documentIds.length > 0 ? null : row };
    });
  }

  private async insertMentions(m: EntityManager, postId: string, commentId: string | null, personIds: readonly string[]): Promise<void> {
    if (personIds.length === 0) return;
    await preparedQuery(
      m,
      'feed_insert_mentions',
      `INSERT INTO mention (post_id, comment_id, person_id) SELECT $1, $2, unnest($3::uuid[])`,
      [postId, commentId, personIds],
    );
  }

  /**
   * Keeps the replaced text in post_revision, then updates (and replaces the attachments when
   * `documentIds` is given), in one transaction with `within`. Returns false when the post is gone.
   */
  async updatePost(
    scope: NetworkScope,
    postId: string,
    editorId: string,
    change: { body?: string; html?: string; announcement?: boolean; requiresAck?: boolean; documentIds?: readonly string[] },
    newMentions: readonly string[],
    within: Within,
  ): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const [current]: Array<{ body: string }> = await m.query(
        `SELECT body FROM post WHERE id = $1 AND network_id = $2 AND deleted_at IS NULL FOR UPDATE`,
        [postId, scope.id],
      );
      if (!current) return false;
      if (change.body !== undefined && change.body !== current.body) {
        await m.query(`INSERT INTO post_revision (post_id, body, editor_id) VALUES ($1, $2, $3)`, [postId, current.body, editorId]);
        await m.query(`UPDATE post SET body = $2, html = $3, edited_at = now() WHERE id = $1`, [postId, change.body, change.html]);
        await this.insertMentions(m, postId, null, newMentions);
      }
      if (change.announcement !== undefined || change.requiresAck !== undefined) {
        await m.query(
          `UPDATE post SET announcement = COALESCE($2, announcement), requires_ack = COALESCE($3, requires_ack) AND COALESCE($2, announcement) WHERE id = $1`,
          [postId, change.announcement ?? null, change.requiresAck ?? null],
        );
      }
      if (change.documentIds !== undefined) await this.setAttachments(scope, postId, change.documentIds, m);
      await within(m);
      return true;
    });
  }

  /** `within` runs in the same transaction, only when something changed. */
  async tombstone(scope: NetworkScope, postId: string, by: string, within: Within): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const result: [unknown[], number] = await m.query(
        `UPDATE post SET deleted_at = now(), deleted_by = $3, pinned_at = NULL WHERE id = $1 AND network_id = $2 AND deleted_at IS NULL`,
        [postId, scope.id, by],
      );
      if (result[1] > 0) await within(m);
      return result[1] > 0;
    });
  }

  async setPinned(scope: NetworkScope, postId: string, by: string, pinned: boolean, within: Within): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const result: [unknown[], number] = await m.query(
        `UPDATE post SET pinned_at = CASE WHEN $3 THEN now() ELSE NULL END, pinned_by = CASE WHEN $3 THEN $4::uuid ELSE NULL END
          WHERE id = $1 AND network_id = $2 AND deleted_at IS NULL`,
        [postId, scope.id, pinned, by],
      );
      if (result[1] > 0) await within(m);
      return result[1] > 0;
    });
  }

  async revisions(scope: NetworkScope, postId: string): Promise<RevisionDto[]> {
    return this.db.query(
      `SELECT r.body, e.name AS "editorName", r.replaced_at AS "replacedAt"
         FROM post_revision r JOIN post p ON p.id = r.post_id LEFT JOIN person e ON e.id = r.editor_id
        WHERE r.post_id = $1 AND p.network_id = $2 ORDER BY r.id DESC`,
      [postId, scope.id],
    );
  }

  /** A top-level comment of this post, or null. */
  async topLevelComment(scope: NetworkScope, postId: string, commentId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM comment WHERE id = $1 AND post_id = $2 AND network_id = $3 AND parent_id IS NULL AND deleted_at IS NULL`,
      [commentId, postId, scope.id],
    );
    return rows.length > 0;
  }

  async createComment(
    scope: NetworkScope,
    comment: { postId: string; parentId: string | null; authorId: string; body: string; html: string },
    mentions: readonly string[],
    within: (m: EntityManager, commentId: string) => Promise<void>,
  ): Promise<string> {
    return this.db.transaction(async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO comment (post_id, network_id, parent_id, author_id, body, html) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [comment.postId, scope.id, comment.parentId, comment.authorId, comment.body, comment.html],
      );
      await this.insertMentions(m, comment.postId, rows[0]!.id, mentions);
      await within(m, rows[0]!.id);
      return rows[0]!.id;
    });
  }

  async commentAuthor(scope: NetworkScope, commentId: string): Promise<string | null | undefined> {
    const rows: Array<{ author_id: string | null }> = await this.db.query(
      `SELECT author_id FROM comment WHERE id = $1 AND network_id = $2 AND deleted_at IS NULL`,
      [commentId, scope.id],
    );
    return rows[0] ? rows[0].author_id : undefined;
  }

  async tombstoneComment(scope: NetworkScope, commentId: string, by: string, within: Within): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE comment SET deleted_at = now(), deleted_by = $3 WHERE id = $1 AND network_id = $2`, [commentId, scope.id, by]);
      await within(m);
    });
  }

  async react(scope: NetworkScope, postId: string, personId: string, kind: ReactionKind, on: boolean, within: Within): Promise<void> {
    await this.db.transaction(async (m) => {
      if (on) {
        await m.query(
          `INSERT INTO reaction (post_id, person_id, kind) SELECT $1, $3, $4 FROM post WHERE id = $1 AND network_id = $2 ON CONFLICT DO NOTHING`,
          [postId, scope.id, personId, kind],
        );
      } else {
        await m.query(
          `DELETE FROM reaction r USING post p WHERE r.post_id = $1 AND p.id = r.post_id AND p.network_id = $2 AND r.person_id = $3 AND r.kind = $4`,
          [postId, scope.id, personId, kind],
        );
      }
      await within(m);
    });
  }

  /** `within` runs in the same transaction, only when the acknowledgement is new. */
  async acknowledge(scope: NetworkScope, postId: string, personId: string, within: Within): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const rows: unknown[] = await m.query(
        `INSERT INTO acknowledgement (post_id, person_id)
         SELECT $1, $3 FROM post WHERE id = $1 AND network_id = $2 AND requires_ack AND deleted_at IS NULL
         ON CONFLICT DO NOTHING RETURNING post_id`,
        [postId, scope.id, personId],
      );
      if (rows.length > 0) await within(m);
      return rows.length > 0;
    });
  }

  /**
   * Whom a new comment answers: the post's author and, for a reply, the parent comment's author;
   * minus those the comment mentions (they hear of the mention). Read on the comment's own
   * transaction `m` by the notifications that follow it, which answer no person (`JobScope`).
   */
  async replyRecipients(scope: JobScope, postId: string, commentId: string, m: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(
      `SELECT DISTINCT x.id FROM (
          SELECT author_id AS id FROM post WHERE id = $1 AND network_id = $3
          UNION SELECT p.author_id FROM comment c JOIN comment p ON p.id = c.parent_id WHERE c.id = $2 AND c.network_id = $3
       ) x
       WHERE x.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.comment_id = $2 AND m.person_id = x.id)`,
      [postId, commentId, scope.id],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Every network's live posts created in [from, to), newest first: background work over all
   * networks that answers no person (the weekly digest keeps what each reader's memberships allow).
   */
  async postsBetween(from: Date, to: Date): Promise<PeriodPost[]> {
    return this.db.query(
      `SELECT id, network_id AS "networkId", author_id AS "authorId", left(body, 400) AS excerpt, announcement, created_at AS "createdAt"
         FROM post WHERE deleted_at IS NULL AND created_at >= $1 AND created_at < $2
        ORDER BY created_at DESC, id DESC`,
      [from, to],
    );
  }

  /** Who has and has not acknowledged, among the network's current members, grouped by municipality. */
  async acknowledgements(scope: NetworkScope, postId: string): Promise<{ acknowledged: AckGroupDto[]; pending: AckGroupDto[] }> {
    const rows: Array<{ person: AuthorDto; acked: boolean }> = await this.db.query(
      `SELECT ${AUTHOR_JSON('a', 'mu')} AS person, EXISTS (SELECT 1 FROM acknowledgement k WHERE k.post_id = $1 AND k.person_id = a.id) AS acked
         FROM membership ms JOIN person a ON a.id = ms.person_id LEFT JOIN municipality mu ON mu.id = a.municipality_id
        WHERE ms.network_id = $2 AND a.disabled_at IS NULL
        ORDER BY COALESCE(mu.position, 100), COALESCE(mu.name, a.organisation), a.name`,
      [postId, scope.id],
    );
    const group = (list: Array<{ person: AuthorDto }>): AckGroupDto[] => {
      const groups = new Map<string, AuthorDto[]>();
      for (const { person } of list) {
        const key = person.affiliation ?? 'Okänd';
        groups.set(key, [...(groups.get(key) ?? []), person]);
      }
      return [...groups.entries()].map(([affiliation, people]) => ({ affiliation, people }));
    };
    return { acknowledged: group(rows.filter((r) => r.acked)), pending: group(rows.filter((r) => !r.acked)) };
  }
}
