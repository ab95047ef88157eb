// The baseline for bench/run.cjs: plain Fastify + pg running the SAME SQL as the hub's endpoints,
// with nothing else (no Nest, no auth, no validation, no logging, no security headers).
// Started by run.cjs as its own process, like the hub. Env: PORT, DATABASE_URL, VIEWER_ID (the
// admin the hub's token belongs to), POOL_SIZE (the hub's TypeORM pool is 10).
// With FILES_DIR set (bench/documents.cjs) it also streams multipart uploads to that folder and
// files back from it, with @fastify/multipart like the hub; no database is touched for those.
// With CALENDAR_PUBLIC_URL set (bench/calendar.cjs, the hub's PUBLIC_URL) it also serves the personal
// calendar feed: the hub's three SQL statements and its compiled iCalendar writer (calendar-feed.cjs).
'use strict';

const { randomUUID } = require('node:crypto');
const { createReadStream, createWriteStream } = require('node:fs');
const { rename, rm, stat } = require('node:fs/promises');
const { join } = require('node:path');
const { pipeline } = require('node:stream/promises');
const Fastify = require('fastify');
const multipart = require('@fastify/multipart');
const { Pool } = require('pg');

const port = Number(process.env.PORT);
const viewerId = process.env.VIEWER_ID;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE || 10), application_name: 'bench-bare' });

// ---- SQL copied from libs/people/src/people.repository.ts -----------------------------------
const MUNICIPALITY_JSON = `CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) END`;

// municipalities(): read once per process, as PeopleRepository.municipalityByIdOrSlug() caches them
const MUNICIPALITY_SQL = `SELECT id, slug, name FROM municipality ORDER BY position`;
let municipalities;

// list() with the filters the benchmarked request uses (municipality, not disabled, first page)
const PEOPLE_SQL = `SELECT p.id, p.name, p.title, p.role, p.organisation, p.disabled_at IS NOT NULL AS disabled,
              ${MUNICIPALITY_JSON} AS municipality,
              COALESCE((SELECT array_agg(e.tag ORDER BY e.position, e.tag) FROM expertise e WHERE e.person_id = p.id), '{}') AS expertise
         FROM (SELECT * FROM person p WHERE p.disabled_at IS NULL AND p.municipality_id = $1 ORDER BY p.name, p.id LIMIT $2) p
         LEFT JOIN municipality m ON m.id = p.municipality_id
        ORDER BY p.name, p.id`;

// ---- SQL copied from libs/networks/src/networks.repository.ts list() ------------------------
const NETWORKS_SQL = `SELECT n.id, n.slug, n.name, n.description, n.kind, n.visibility, n.archived_at IS NOT NULL AS archived,
              n.member_count AS "memberCount",
              my.role AS "myRole",
              EXISTS (SELECT 1 FROM join_request r WHERE r.network_id = n.id AND r.person_id = $1 AND r.status = 'pending') AS requested
         FROM network n LEFT JOIN membership my ON my.network_id = n.id AND my.person_id = $1
        WHERE ($2 = 'admin' OR my.role IS NOT NULL OR ($2 = 'member' AND n.visibility <> 'secret'))
          AND ($3 = 'all' OR ($3 = 'mine') = (my.role IS NOT NULL))
          AND (n.archived_at IS NULL OR ($4 AND $2 = 'admin'))
        ORDER BY n.name`;

const encodeCursor = (values) => Buffer.from(JSON.stringify(values)).toString('base64url');

const app = Fastify({ logger: false });

// GET /api/v1/people?municipality=<slug>&limit=50, as PeopleService.list does it for an admin.
app.get('/api/v1/people', async (request, reply) => {
  const limit = Math.min(Math.max(Number(request.query.limit) || 50, 1), 100);
  municipalities ??= pool.query(MUNICIPALITY_SQL).then((r) => r.rows);
  const wanted = String(request.query.municipality ?? '').toLowerCase();
  const found = (await municipalities).find((m) => m.id === wanted || m.slug === wanted || m.name.toLowerCase() === wanted);
  if (!found) return reply.code(400).send({ title: 'unknown municipality' });
  const { rows } = await pool.query(PEOPLE_SQL, [found.id, limit + 1]);
  const items = rows.slice(0, limit).map((r) => ({ ...r, external: r.role === 'guest' }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null };
});

// GET /api/v1/networks, as NetworksService.list does it for an admin (scope all, no archived).
app.get('/api/v1/networks', async () => {
  const { rows } = await pool.query(NETWORKS_SQL, [viewerId, 'admin', 'all', false]);
  return rows; // an admin sees inside every network, so memberCount stays
});

app.get('/api/ready', async () => ({ status: 'ready' }));

// ---- files: the baseline of bench/documents.cjs ----------------------------------------------
// In their own encapsulated context, so the multipart plugin's hooks never run for the routes above.
const filesDir = process.env.FILES_DIR;
if (filesDir) {
  const latest = join(filesDir, 'latest');
  app.register(async (files) => {
    await files.register(multipart, { limits: { fileSize: 2 * 1024 * 1024 * 1024, files: 1 } });

    // POST /files: the multipart field `file` streamed to a temporary file, then renamed into place.
    files.post('/files', async (request, reply) => {
      let size;
      for await (const part of request.parts()) {
        if (part.type !== 'file' || part.fieldname !== 'file' || size !== undefined) {
          if (part.type === 'file') part.file.resume();
          continue;
        }
        const temporary = join(filesDir, `tmp-${randomUUID()}`);
        try {
          await pipeline(part.file, createWriteStream(temporary, { mode: 0o600 }));
          await rename(temporary, latest);
        } catch (err) {
          await rm(temporary, { force: true });
          throw err;
        }
        size = (await stat(latest)).size;
      }
      if (size === undefined) return reply.code(400).send({ title: 'no file in the field "file"' });
      return reply.code(201).send({ size });
    });

    // GET /files/latest: the last upload, streamed from disk.
    files.get('/files/latest', async (request, reply) => {
      const { size } = await stat(latest);
      return reply.header('content-type', 'application/pdf').header('content-length', String(size)).send(createReadStream(latest));
    });
  });
}

// ---- calendar feed: the baseline of bench/calendar.cjs -------------------------------------------
// Same statements, same rows, same serialiser (the hub's dist ics.js) as MeetingsService.feedIcs();
// no Nest, no guards, no validation pipe, no hooks. In its own encapsulated context like the files.
const calendarUrl = process.env.CALENDAR_PUBLIC_URL;
if (calendarUrl) {
  const feed = require('./calendar-feed.cjs');
  const query = (sql, params) => pool.query(sql, params).then((r) => r.rows);
  app.register(async (calendar) => {
    calendar.get('/api/v1/calendar/feeds/:file', async (request, reply) => {
      const { file } = request.params;
      const found = file.endsWith('.ics') ? await feed.feedRows(query, file.slice(0, -4)) : null;
      if (!found) return reply.code(404).send({ title: 'Kalenderflödet finns inte eller är återkallat.' });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(feed.serialise(found, calendarUrl));
    });
  });
}

const stop = async () => {
  await app.close().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

app.listen({ port, host: '127.0.0.1' }).catch((err) => {
  process.stderr.write(`bare server: ${err.message}\n`);
  process.exit(1);
});
