// The PostgreSQL side of bench/search-fts.cjs: plain Fastify + pg answering a search with
// PostgreSQL full-text search (`swedish` configuration, GIN index on fts_post.tsv), the ten best by
// ts_rank. Nothing else (no auth, no validation, no logging). Started by search-fts.cjs as its own
// process. Env: PORT, DATABASE_URL, POOL_SIZE (10, the hub's TypeORM pool).
// GET /search?q=…&limit=10 → {hits: [{id, rank}], query}; GET /api/ready → 200.
'use strict';

const Fastify = require('fastify');
const { Pool } = require('pg');

const port = Number(process.env.PORT);
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE || 10),
  application_name: 'bench-fts',
});

// websearch_to_tsquery: what a search box needs (words are ANDed, "quoted phrases", -not, or);
// never a syntax error on user input.
const SEARCH_SQL = `SELECT p.id, ts_rank(p.tsv, query) AS rank
                      FROM fts_post p, websearch_to_tsquery('swedish', $1) AS query
                     WHERE p.tsv @@ query
                     ORDER BY rank DESC, p.id
                     LIMIT $2`;

const app = Fastify({ logger: false });
app.get('/api/ready', async () => ({ status: 'ok' }));
app.get('/search', async (req, reply) => {
  const q = typeof req.query.q === 'string' ? req.query.q : '';
  const limit = Math.min(Number(req.query.limit) || 10, 100);
  if (q.trim() === '') return reply.code(400).send({ error: 'q is required' });
  const { rows } = await pool.query({ name: 'fts-search', text: SEARCH_SQL, values: [q, limit] });
  return { hits: rows.map((r) => ({ id: r.id, rank: r.rank })), query: q };
});

app.listen({ port, host: '127.0.0.1' }).catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(
    signal,
    () =>
      void app
        .close()
        .then(() => pool.end())
        .then(() => process.exit(0)),
  );
