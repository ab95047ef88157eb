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

const { PAGE_SQL, INSERT_SQL, escapeHtml } = require('./feed-sql.cjs');

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
