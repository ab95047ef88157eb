// The hub's feed SQL, copied for the bare baselines (bench/bare-feed.cjs, bench/bare-mixed.cjs):
// POST_SELECT and the page of FeedRepository.page() and .home() (libs/feed/src/feed.repository.ts),
// and the bare INSERT the baselines create posts with. Keep in step with the repository.
'use strict';

const AUTHOR_JSON = (alias, municipality) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'title', ${alias}.title,
     'external', ${alias}.role = 'guest', 'affiliation', COALESCE(${municipality}.name, ${alias}.organisation)) END`;

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
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'available', d.deleted_at IS NULL,
                                                     'title', CASE WHEN d.deleted_at IS NULL THEN d.title END,
                                                     'kind', CASE WHEN d.deleted_at IS NULL THEN v.kind END,
                                                     'size', CASE WHEN d.deleted_at IS NULL THEN v.size END) ORDER BY pa.position)
                     FROM post_attachment pa JOIN document d ON d.id = pa.document_id AND d.network_id = p.network_id
                     JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
                    WHERE pa.post_id = p.id AND p.deleted_at IS NULL), '[]') AS attachments
    FROM post p JOIN network n ON n.id = p.network_id
    LEFT JOIN person a ON a.id = p.author_id LEFT JOIN municipality mu ON mu.id = a.municipality_id`;

// FeedRepository.page() without a cursor and without the pinned filter (the benchmarked request).
const PAGE_SQL = `${POST_SELECT}
        WHERE p.network_id = $2 
          AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
        ORDER BY  p.created_at DESC, p.id DESC LIMIT $5`;

// The INSERT of FeedRepository.createPost(), alone.
const INSERT_SQL = `INSERT INTO post (network_id, author_id, body, html, announcement, requires_ack) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`;

// FeedRepository.home(): every network the viewer is a member of, in one statement.
const HOME_SQL = `${POST_SELECT}
        WHERE p.network_id IN (SELECT network_id FROM membership WHERE person_id = $1) AND n.archived_at IS NULL
          AND ($2::timestamptz IS NULL OR (p.created_at, p.id) < ($2::timestamptz, $3::uuid))
        ORDER BY p.created_at DESC, p.id DESC LIMIT $4`;

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

module.exports = { POST_SELECT, PAGE_SQL, HOME_SQL, INSERT_SQL, escapeHtml };
