// The baseline for bench/feed.cjs: plain Fastify + pg running the SAME SQL as the hub's network
// feed (POST_SELECT and FeedRepository.page(), copied from libs/feed/src/feed.repository.ts) and a
// bare `INSERT … RETURNING` for creating a post. Nothing else: no Nest, no auth, no access check,
// no validation, no markdown rendering, no transaction, no event, no logging, no security headers.
// Env: PORT, DATABASE_URL, VIEWER_ID (the person the hub's token belongs to), VIEWER_ADMIN ('true'
// when that person is an administrator, as the hub's canModerate asks), POOL_SIZE (the hub's is 10).
'use strict';

const Fastify = require('fastify');
const { Pool } = require('pg');

const port = Number(process.env.PORT);
const viewerId = process.env.VIEWER_ID;
const viewerAdmin = process.env.VIEWER_ADMIN === 'true';
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE || 10), application_name: 'bench-bare-feed' });

// ---- SQL copied from libs/feed/src/feed.repository.ts ------------------------------------------
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

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const app = Fastify({ logger: false });

app.get('/api/ready', async () => ({ ok: true }));

// The network id as the hub's URL has it (the bench uses the id, not the slug).
app.get('/api/v1/networks/:id/posts', async (req) => {
  const limit = 20;
  const { rows } = await pool.query(PAGE_SQL, [viewerId, req.params.id, null, null, limit + 1]);
  const items = rows.slice(0, limit).map(({ authorId, viewerRole, ...post }) => ({
    ...post,
    canEdit: !post.deleted && authorId === viewerId,
    canModerate: !post.deleted && (viewerAdmin || viewerRole === 'coordinator'),
  }));
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last ? Buffer.from(JSON.stringify([new Date(last.createdAt).toISOString(), last.id])).toString('base64url') : null;
  return { items, nextCursor };
});

// A bare INSERT … RETURNING: the body stored as it came, the HTML a trivially escaped paragraph.
app.post('/api/v1/networks/:id/posts', async (req, reply) => {
  const body = String(req.body?.body ?? '');
  const { rows } = await pool.query(INSERT_SQL, [req.params.id, viewerId, body, `<p>${escapeHtml(body)}</p>`, false, false]);
  reply.code(201);
  return { id: rows[0].id };
});

app.listen({ port, host: '127.0.0.1' }).catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
