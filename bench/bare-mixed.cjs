// The baseline for bench/mixed.cjs: plain Fastify + pg + Socket.IO doing the same reads and writes
// as the hub's routes in the mixed load, and nothing else. Reads: the hub's feed SQL (network page
// and home feed, bench/feed-sql.cjs), people search and unified search sent to Meilisearch directly
// (one multi-search, the hub's indexes) with the hits' rows read back in one statement. Writes: bare
// INSERTs of a post (then `post.created` to the network's room, the hub's payload), a comment and a
// chat message. No auth (the member is the `x-person` header; a socket names itself in `auth.person`
// and joins its networks' rooms), no access check, no validation, no markdown, no transaction, no
// event log, no outbox work of its own (the hub's triggers still write outbox rows), no logging.
// Env: PORT, DATABASE_URL, MEILI_URL, MEILI_KEY, POOL_SIZE (the hub's is 10).
'use strict';

const Fastify = require('fastify');
const { Pool } = require('pg');
const { Server } = require('socket.io');
const http = require('node:http');
const { PAGE_SQL, HOME_SQL, INSERT_SQL, escapeHtml } = require('./feed-sql.cjs');

const port = Number(process.env.PORT);
const meili = new URL(process.env.MEILI_URL);
const meiliKey = process.env.MEILI_KEY;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE || 10), application_name: 'bench-bare-mixed' });
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
const PRE = '<mark>';
const POST = '</mark>';

const meiliPost = (path, body) =>
  new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = http.request(
      { agent, host: meili.hostname, port: meili.port, path, method: 'POST', headers: { authorization: `Bearer ${meiliKey}`, 'content-type': 'application/json', 'content-length': payload.length } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`Meilisearch ${res.statusCode}: ${text.slice(0, 200)}`));
          else resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });

const anyOf = (field, ids) => `${field} IN [${ids.map((id) => JSON.stringify(id)).join(', ')}]`;
const READABLE_SQL = `SELECT id FROM network WHERE archived_at IS NULL AND (visibility = 'open' OR id IN (SELECT network_id FROM membership WHERE person_id = $1))`;
const PEOPLE_SQL = `SELECT p.id, p.name, p.title, m.name AS municipality FROM person p LEFT JOIN municipality m ON m.id = p.municipality_id WHERE p.id = ANY($1::uuid[]) AND p.disabled_at IS NULL`;
const peopleQuery = (q, limit) => ({
  indexUid: 'hub_people',
  q,
  facets: ['municipalityId', 'networkIds'],
  limit,
  attributesToRetrieve: ['id'],
  attributesToHighlight: ['expertise', 'title'],
  highlightPreTag: PRE,
  highlightPostTag: POST,
});
const inNetworks = (indexUid, readable, q, limit, extra = {}) => ({ indexUid, q, filter: anyOf('networkId', readable), limit, attributesToRetrieve: ['id'], highlightPreTag: PRE, highlightPostTag: POST, ...extra });

const app = Fastify({ logger: false });
const person = (req) => String(req.headers['x-person'] ?? '');
const page = (rows, limit) => ({ items: rows.slice(0, limit), nextCursor: rows.length > limit ? 'more' : null });

app.get('/api/ready', async () => ({ ok: true }));
app.get('/api/v1/networks/:id/posts', async (req) => page((await pool.query(PAGE_SQL, [person(req), req.params.id, null, null, 21])).rows, 20));
app.get('/api/v1/feed', async (req) => page((await pool.query(HOME_SQL, [person(req), null, null, 21])).rows, 20));
app.get('/api/v1/people/search', async (req) => {
  const res = await meiliPost('/multi-search', { queries: [peopleQuery(String(req.query.q ?? ''), 20)] });
  const hits = res.results[0].hits;
  return { total: res.results[0].estimatedTotalHits, hits: (await pool.query(PEOPLE_SQL, [hits.map((h) => h.id)])).rows, facets: res.results[0].facetDistribution };
});
app.get('/api/v1/search', async (req) => {
  const q = String(req.query.q ?? '');
  const readable = (await pool.query(READABLE_SQL, [person(req)])).rows.map((r) => r.id);
  const res = await meiliPost('/multi-search', {
    queries: [
      peopleQuery(q, 10),
      { indexUid: 'hub_networks', q, filter: 'archived = false', limit: 10, attributesToRetrieve: ['id'], attributesToHighlight: ['name'] },
      inNetworks('hub_posts', readable, q, 10, { attributesToCrop: ['body'], cropLength: 30, attributesToHighlight: ['body'] }),
      inNetworks('hub_documents', readable, q, 10),
      inNetworks('hub_messages', readable, q, 10),
      inNetworks('hub_meetings', readable, q, 10),
    ],
  });
  const [people, networks] = await Promise.all([
    pool.query(PEOPLE_SQL, [res.results[0].hits.map((h) => h.id)]),
    pool.query(`SELECT id, slug, name FROM network WHERE id = ANY($1::uuid[])`, [res.results[1].hits.map((h) => h.id)]),
  ]);
  return { query: q, people: people.rows, networks: networks.rows, posts: res.results[2].hits, documents: res.results[3].hits, messages: res.results[4].hits, meetings: res.results[5].hits };
});
app.post('/api/v1/networks/:id/posts', async (req, reply) => {
  const body = String(req.body?.body ?? '');
  const author = person(req);
  const { rows } = await pool.query(INSERT_SQL, [req.params.id, author, body, `<p>${escapeHtml(body)}</p>`, false, false]);
  const id = rows[0].id;
  io.to(`network:${req.params.id}`).emit('post.created', { id, type: 'post.created', networkId: req.params.id, data: { postId: id, authorId: author, announcement: false }, at: new Date().toISOString() });
  reply.code(201);
  return { id };
});
app.post('/api/v1/posts/:id/comments', async (req, reply) => {
  const body = String(req.body?.body ?? '');
  const { rows } = await pool.query(
    `INSERT INTO comment (post_id, network_id, author_id, body, html) SELECT p.id, p.network_id, $2, $3, $4 FROM post p WHERE p.id = $1 RETURNING id`,
    [req.params.id, person(req), body, `<p>${escapeHtml(body)}</p>`],
  );
  reply.code(201);
  return { id: rows[0].id };
});
app.post('/api/v1/conversations/:id/messages', async (req, reply) => {
  const body = String(req.body?.body ?? '');
  const { rows } = await pool.query(
    `INSERT INTO message (conversation_id, network_id, author_id, body, html) SELECT c.id, c.network_id, $2, $3, $4 FROM conversation c WHERE c.id = $1 RETURNING id, seq::text AS seq`,
    [req.params.id, person(req), body, `<p>${escapeHtml(body)}</p>`],
  );
  reply.code(201);
  return rows[0];
});

const io = new Server(app.server, { path: '/socket.io', transports: ['websocket'], serveClient: false });
io.use((socket, next) => {
  const id = String(socket.handshake.auth?.person ?? '');
  pool.query(`SELECT network_id FROM membership WHERE person_id = $1`, [id]).then(
    ({ rows }) => {
      socket.data.rooms = [`user:${id}`, ...rows.map((r) => `network:${r.network_id}`)];
      next();
    },
    (err) => next(err),
  );
});
io.on('connection', (socket) => void socket.join(socket.data.rooms));

app.listen({ port, host: '127.0.0.1' }).catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
