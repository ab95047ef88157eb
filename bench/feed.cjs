// The feed benchmark (issue 3): a network's feed page of 20 posts (GET /api/v1/networks/:id/posts)
// and creating a post (POST /api/v1/networks/:id/posts) through the hub, against a bare Fastify + pg
// server (bench/bare-feed.cjs) running the same SELECT and a bare INSERT … RETURNING. SQL statements
// per hub request counted in PostgreSQL's statement log. See bench/README.md (Feed).
// Env: BENCH_FEED_PEOPLE (2000), BENCH_FEED_POSTS (5000), BENCH_FEED_CONCURRENCY (16),
// BENCH_FEED_DURATION (5 s per round), BENCH_FEED_ROUNDS (3), BENCH_FEED_WARMUP (2 s).
// Exit code 1 only on errors, never on a missed target.
'use strict';

const { randomUUID } = require('node:crypto');
const { mkdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');
const {
  root,
  HOST,
  say,
  sleep,
  num,
  prng,
  unexpectedExits,
  startNode,
  waitReady,
  request,
  childPid,
  cpuTimes,
  startPostgres,
  startMeilisearch,
  startHub,
  signIn,
  runInfo,
  writeResults,
  run,
  benchPorts,
  insertPeople,
  loadFor,
  addRound,
  summarizeRounds,
} = require('./lib.cjs');

const PORTS = benchPorts({ hub: 3630, bare: 3631, pg: 54730, meili: 8130 });
const TARGETS = { pageRatio: 0.6, pageP95: 1.4, createRatio: 0.4 };
const CONFIG = {
  people: num('BENCH_FEED_PEOPLE', 2000),
  posts: num('BENCH_FEED_POSTS', 5000),
  members: 600,
  concurrency: num('BENCH_FEED_CONCURRENCY', 16),
  durationSec: num('BENCH_FEED_DURATION', 5),
  rounds: num('BENCH_FEED_ROUNDS', 3),
  warmupSec: num('BENCH_FEED_WARMUP', 2),
  statementSamples: 50,
};
const ADMIN = { email: 'admin@familjenhelsingborg.se', password: `bench-${randomUUID()}` };
const dataDir = join(root, '.data', 'bench-feed');
const round2 = (x) => Math.round(x * 100) / 100;

// ---- load generator: bench/lib.cjs loadFor, with a body per request and the expected status -------
function load(port, { method = 'GET', path, headers, body }, seconds, concurrency, probe, okStatus) {
  return loadFor(port, (n) => ({ method, path, headers, body: body?.(n) }), seconds, concurrency, probe ?? (() => ({})), okStatus);
}

// ---- data ------------------------------------------------------------------------------------
const FIRST = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Åsa', 'Linnéa', 'Erik', 'Lars', 'Johan', 'Björn', 'Göran', 'Fatima', 'Öztürk', 'Yasmin'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Jönsson', 'Lindqvist', 'Åberg', 'Öberg', 'Hassan', 'Bergström'];
const TITLES = ['Socialsekreterare', 'Enhetschef', 'Utvecklingsledare', 'Skolkurator', 'Verksamhetsutvecklare'];
const WORDS =
  'samverkan familjehem placering uppföljning barnets bästa handläggning rutin kommun nätverk träff protokoll förslag utbildning erfarenhet vårdnadshavare skola socialtjänst fråga svar'.split(
    ' ',
  );

/** A closed network of `members` people (the administrator joins after the hub made them) with `posts` posts, comments, reactions, acknowledgements. */
async function seed(url) {
  const random = prng(3);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const municipalities = (await db.query(`SELECT id FROM municipality ORDER BY position`)).rows.map((r) => r.id);
    const people = { id: [], email: [], name: [], municipality: [], title: [] };
    for (let i = 0; i < CONFIG.people; i++) {
      people.id.push(randomUUID());
      people.email.push(`feed${i}@bench.example`);
      people.name.push(`${pick(FIRST)} ${pick(LAST)}`);
      people.municipality.push(pick(municipalities));
      people.title.push(pick(TITLES));
    }
    await db.query('BEGIN');
    await insertPeople(db, people);
    const networkId = randomUUID();
    await db.query(`INSERT INTO network (id, slug, name, description, kind, visibility) VALUES ($1, 'flodet', 'Flödet i familjehemsvården', 'Bench', 'kunskapsnatverk', 'closed')`, [
      networkId,
    ]);
    const members = people.id.slice(0, CONFIG.members);
    await db.query(`INSERT INTO membership (network_id, person_id, role) SELECT $1, p, CASE WHEN o <= 2 THEN 'coordinator' ELSE 'member' END FROM unnest($2::uuid[]) WITH ORDINALITY AS t(p, o)`, [
      networkId,
      members,
    ]);
    // Posts over the last 120 days, 1–4 paragraphs; ~5 % announcements (half of them to acknowledge).
    const posts = { id: [], author: [], body: [], html: [], announcement: [], ack: [], at: [] };
    const now = Date.now();
    for (let i = 0; i < CONFIG.posts; i++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(random() * 4) }, () => sentence(8 + Math.floor(random() * 40)));
      const announcement = random() < 0.05;
      posts.id.push(randomUUID());
      posts.author.push(pick(members));
      posts.body.push(paragraphs.join('\n\n'));
      posts.html.push(paragraphs.map((p) => `<p>${p}</p>`).join('\n'));
      posts.announcement.push(announcement);
      posts.ack.push(announcement && random() < 0.5);
      posts.at.push(new Date(now - random() * 120 * 86_400_000).toISOString());
    }
    await db.query(
      `INSERT INTO post (id, network_id, author_id, body, html, announcement, requires_ack, created_at)
       SELECT t.id, $1, t.a, t.b, t.h, t.an, t.ack, t.at FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::boolean[], $7::boolean[], $8::timestamptz[])
         AS t(id, a, b, h, an, ack, at)`,
      [networkId, posts.id, posts.author, posts.body, posts.html, posts.announcement, posts.ack, posts.at],
    );
    const comments = { post: [], author: [], body: [] };
    const reactions = { post: [], person: [], kind: [] };
    const acks = { post: [], person: [] };
    const kinds = ['like', 'heart', 'celebrate', 'thanks', 'idea'];
    posts.id.forEach((postId, i) => {
      for (let k = Math.floor(random() * 8); k > 0; k--) {
        comments.post.push(postId);
        comments.author.push(pick(members));
        comments.body.push(sentence(5 + Math.floor(random() * 20)));
      }
      const reacted = new Set();
      for (let k = Math.floor(random() * 15); k > 0; k--) {
        const key = `${pick(members)} ${pick(kinds)}`;
        if (reacted.has(key)) continue;
        reacted.add(key);
        const [person, kind] = key.split(' ');
        reactions.post.push(postId);
        reactions.person.push(person);
        reactions.kind.push(kind);
      }
      if (posts.ack[i]) {
        const acked = new Set();
        for (let k = Math.floor(random() * 200); k > 0; k--) acked.add(pick(members));
        for (const person of acked) {
          acks.post.push(postId);
          acks.person.push(person);
        }
      }
    });
    await db.query(
      `INSERT INTO comment (post_id, network_id, author_id, body, html) SELECT t.p, $1, t.a, t.b, '<p>' || t.b || '</p>' FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t(p, a, b)`,
      [networkId, comments.post, comments.author, comments.body],
    );
    await db.query(`INSERT INTO reaction (post_id, person_id, kind) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
      reactions.post,
      reactions.person,
      reactions.kind,
    ]);
    await db.query(`INSERT INTO acknowledgement (post_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [acks.post, acks.person]);
    await db.query('COMMIT');
    await db.query('VACUUM ANALYZE');
    return {
      networkId,
      counts: { people: CONFIG.people, members: members.length + 1, posts: CONFIG.posts, comments: comments.post.length, reactions: reactions.post.length, acknowledgements: acks.post.length },
    };
  } finally {
    await db.end();
  }
}

// ---- run -------------------------------------------------------------------------------------
async function main() {
  const t0 = Date.now();
  say('');
  say(`Feed bench: a network of ${CONFIG.members + 1} members and ${CONFIG.posts.toLocaleString('sv-SE')} posts; ${CONFIG.concurrency} concurrent keep-alive connections, ${CONFIG.rounds} rounds × ${CONFIG.durationSec} s per target`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  // Statements from PostgreSQL's log (log_statement = 'all' only while counting), with their text:
  // a statement whose first line is empty (the feed's SELECT starts with a newline) is read from the next line.
  const logged = [];
  let carry = '';
  let statementNext = false;
  const onLog = (message) => {
    const lines = (carry + String(message)).split('\n');
    carry = lines.pop();
    for (const line of lines) {
      const m = /LOG:\s+(?:statement|execute [^:]*):\s*(.*)$/.exec(line);
      const text = m ? m[1] : statementNext ? line : null;
      statementNext = m !== null && m[1].trim() === '';
      if (text !== null && text.trim() !== '') logged.push(text.trim().replace(/\s+/g, ' ').slice(0, 90));
    }
  };
  say(`Starting a fresh embedded PostgreSQL on ${HOST}:${PORTS.pg} (${join('.data', 'bench-feed')}) …`);
  const pg = await startPostgres({ dir: join(dataDir, 'postgres'), port: PORTS.pg, secretsDir: dataDir, onLog });
  const seedStart = Date.now();
  const { networkId, counts } = await seed(pg.url);
  say(
    `Seeded ${counts.people} people, one closed network with ${counts.members} members, ${counts.posts} posts, ${counts.comments.toLocaleString('sv-SE')} comments, ` +
      `${counts.reactions.toLocaleString('sv-SE')} reactions, ${counts.acknowledgements.toLocaleString('sv-SE')} acknowledgements in ${((Date.now() - seedStart) / 1000).toFixed(1)} s.`,
  );
  const meili = await startMeilisearch({ dir: join(dataDir, 'meili'), port: PORTS.meili, secretsDir: dataDir });
  say(`Starting the hub on ${HOST}:${PORTS.hub} and the bare server on ${HOST}:${PORTS.bare} …`);
  const hub = await startHub({ port: PORTS.hub, dataDir: join(dataDir, 'hub'), pg, meili, admin: ADMIN });
  const { personId, headers: withCsrf } = await signIn(PORTS.hub, ADMIN);
  const created = await request(PORTS.hub, '/api/v1/me/tokens', { method: 'POST', headers: withCsrf, body: { name: 'bench' } });
  if (created.status !== 201) throw new Error(`Creating an API token failed: HTTP ${created.status} ${created.body.toString('utf8').slice(0, 300)}`);
  const bearer = { authorization: `Bearer ${JSON.parse(created.body.toString('utf8')).token}` };

  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  // The administrator reads the feed as a coordinator of the network (its member, as a real reader is).
  await admin.query(`INSERT INTO membership (network_id, person_id, role) VALUES ($1, $2, 'coordinator')`, [networkId, personId]);

  const bare = startNode('bare', join(__dirname, 'bare-feed.cjs'), { PORT: String(PORTS.bare), DATABASE_URL: pg.url, VIEWER_ID: personId, VIEWER_ADMIN: 'true', POOL_SIZE: '10' });
  await waitReady(bare, PORTS.bare, 20_000);

  const pagePath = `/api/v1/networks/${networkId}/posts`;
  // Same page from both: the same 20 posts with the same counts.
  const [a, b] = await Promise.all([request(PORTS.hub, pagePath, { headers: bearer }), request(PORTS.bare, pagePath)]);
  if (a.status !== 200 || b.status !== 200) throw new Error(`${pagePath}: hub ${a.status}, bare ${b.status}: ${a.body.toString('utf8').slice(0, 300)}`);
  const ha = JSON.parse(a.body.toString('utf8'));
  const hb = JSON.parse(b.body.toString('utf8'));
  const digest = (page) => JSON.stringify(page.items.map((p) => [p.id, p.author?.name, p.commentCount, p.reactions, p.ackCount, p.acknowledgedByMe, p.canEdit, p.canModerate]));
  if (ha.items.length !== 20) throw new Error(`The hub's page has ${ha.items.length} posts, not 20`);
  if (digest(ha) !== digest(hb)) throw new Error('The hub and the bare server answer different pages');
  const pageBytes = { hub: a.body.length, bare: b.body.length };

  // Wait for the search index to take in the seeded posts (its worker would otherwise run during the load).
  const indexingStarted = Date.now();
  for (;;) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM search_outbox');
    if (rows[0].n === 0) break;
    if (Date.now() - indexingStarted > 300_000) throw new Error(`search indexing did not finish in 5 minutes (${rows[0].n} changes left)`);
    await sleep(500);
  }
  say(`Search index caught up in ${((Date.now() - indexingStarted) / 1000).toFixed(0)} s.`);

  const postBody = (server) => (i) => ({ body: `Inlägg ${i} från bänken (${server}): hur gör ni med **uppföljning** av placeringar i familjehem? Vi provar en ny rutin.` });
  const targets = {
    page: { hub: { port: PORTS.hub, path: pagePath, headers: bearer }, bare: { port: PORTS.bare, path: pagePath, headers: {} } },
    create: {
      hub: { port: PORTS.hub, method: 'POST', path: pagePath, headers: bearer, body: postBody('hub') },
      bare: { port: PORTS.bare, method: 'POST', path: pagePath, headers: {}, body: postBody('bare') },
    },
  };
  const okStatus = { page: 200, create: 201 };

  // ---- SQL statements per request, from the statement log ----
  // The hub's pollers (job queue, search outbox) share the pool, so statements are told apart by
  // their text. Requests run one at a time; a statement logged at least 0.9 times per request is
  // one every request sends, and those make the fixed number (`perRequest`). Everything else logged
  // meanwhile (pollers, the search worker indexing the new post, a token's last-used update) is in
  // `breakdown` with its rate, not in the number. Transaction control (BEGIN/START TRANSACTION,
  // COMMIT) is counted like any statement: it is a round trip.
  const setLog = async (on) => {
    await admin.query(on ? `ALTER SYSTEM SET log_statement = 'all'` : `ALTER SYSTEM RESET log_statement`);
    await admin.query(`SELECT pg_reload_conf()`);
    await sleep(500);
  };
  await setLog(true);
  logged.length = 0;
  await sleep(3000);
  const idle = new Map();
  for (const text of logged) idle.set(text, (idle.get(text) ?? 0) + 1);
  const statements = {};
  for (const op of ['page', 'create']) {
    statements[op] = {};
    for (const name of ['hub', 'bare']) {
      const t = targets[op][name];
      logged.length = 0;
      const started = Date.now();
      for (let i = 0; i < CONFIG.statementSamples; i++) {
        const res = await request(t.port, t.path, { method: t.method ?? 'GET', headers: t.headers, body: t.body?.(i) });
        if (res.status !== okStatus[op]) throw new Error(`${name} ${op}: HTTP ${res.status} ${res.body.toString('utf8').slice(0, 300)}`);
      }
      await sleep(700);
      const seconds = (Date.now() - started) / 1000;
      const byText = new Map();
      for (const text of logged) byText.set(text, (byText.get(text) ?? 0) + 1);
      // What idling logs at the same rate is subtracted (transaction control of the pollers, for one).
      const rows = [...byText].map(([text, c]) => {
        const net = c - ((idle.get(text) ?? 0) / 3) * seconds;
        return { perRequest: round2(Math.max(0, net) / CONFIG.statementSamples), logged: c, text };
      });
      const every = rows.filter((r) => r.perRequest >= 0.9);
      statements[op][name] = {
        perRequest: every.reduce((n, r) => n + Math.round(r.perRequest), 0),
        breakdown: rows.filter((r) => r.perRequest > 0).sort((x, y) => y.perRequest - x.perRequest),
      };
    }
  }
  await setLog(false);
  say(`SQL statements per request: page hub ${statements.page.hub.perRequest}, bare ${statements.page.bare.perRequest}; create hub ${statements.create.hub.perRequest}, bare ${statements.create.bare.perRequest}`);
  for (const s of statements.page.hub.breakdown) say(`    page   ${s.perRequest.toFixed(2)} × ${s.text}`);
  for (const s of statements.create.hub.breakdown) say(`    create ${s.perRequest.toFixed(2)} × ${s.text}`);

  const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  // Meilisearch is measured too: the hub's search worker indexes every new post while the load runs.
  const meiliPid = childPid(/^meili/);
  const probeOf = (proc) => () => ({
    server: cpuTimes({ pids: [proc.child.pid] }),
    pg: cpuTimes({ parentOf: postmaster }),
    meili: meiliPid ? cpuTimes({ pids: [meiliPid] }) : new Map(),
  });
  const procs = { hub, bare };

  say(`Warming up (${CONFIG.warmupSec} s per operation and server) …`);
  for (const op of ['page', 'create'])
    for (const name of ['hub', 'bare']) {
      const w = await load(targets[op][name].port, targets[op][name], CONFIG.warmupSec, CONFIG.concurrency, null, okStatus[op]);
      if (w.errors > 0) throw new Error(`${name} ${op} failed while warming up: ${w.firstError}`);
    }

  const samples = {};
  let errors = 0;
  const firstErrors = [];
  const names = ['hub', 'bare'];
  // The page first (all rounds), then creating: posts made during the create rounds would change the page.
  for (const op of ['page', 'create']) {
    for (let round = 1; round <= CONFIG.rounds; round++) {
      for (const name of round % 2 === 1 ? names : [...names].reverse()) {
        const r = await load(targets[op][name].port, targets[op][name], CONFIG.durationSec, CONFIG.concurrency, probeOf(procs[name]), okStatus[op]);
        addRound(samples, `${op}:${name}`, r);
        errors += r.errors;
        if (r.firstError) firstErrors.push(`${name} ${op}: ${r.firstError}`);
        say(`  round ${round}  ${op.padEnd(7)} ${name.padEnd(5)} ${String(Math.round(r.requests / r.elapsed)).padStart(6)} req/s${r.errors ? `  ${r.errors} errors` : ''}`);
      }
    }
  }
  await admin.end();

  const summarize = (s) => ({
    ...summarizeRounds(s),
    cpuMsPerRequest: {
      server: round2(s.cpu.server / s.requests),
      postgres: round2(s.cpu.pg / s.requests),
      meilisearch: round2(s.cpu.meili / s.requests),
      client: round2(s.cpu.client / s.requests),
    },
  });
  const results = {};
  for (const op of ['page', 'create']) {
    const hubR = summarize(samples[`${op}:hub`]);
    const bareR = summarize(samples[`${op}:bare`]);
    results[op] = {
      method: op === 'page' ? 'GET' : 'POST',
      path: '/api/v1/networks/:id/posts',
      hub: { ...hubR, statementsPerRequest: statements[op].hub.perRequest, statements: statements[op].hub.breakdown },
      bare: { ...bareR, statementsPerRequest: statements[op].bare.perRequest, statements: statements[op].bare.breakdown },
      ratio: Math.round((hubR.rps / bareR.rps) * 1000) / 1000,
      p95Ratio: Math.round((hubR.p95Ms / bareR.p95Ms) * 1000) / 1000,
    };
  }
  results.page.responseBytes = pageBytes;
  results.page.meetsTarget = { throughput: results.page.ratio >= TARGETS.pageRatio, p95: results.page.p95Ratio <= TARGETS.pageP95 };
  results.create.meetsTarget = { throughput: results.create.ratio >= TARGETS.createRatio };

  say('');
  say(`${'operation'.padEnd(34)}server   req/s   p50 ms  p95 ms  p99 ms  cpu ms/req node + pg + meili  sql/req  hub/bare`);
  const line = (label, who, x, extra) =>
    say(
      `${label.padEnd(34)}${who.padEnd(7)}${String(x.rps).padStart(6)}  ${x.p50Ms.toFixed(1).padStart(7)} ${x.p95Ms.toFixed(1).padStart(7)} ${x.p99Ms.toFixed(1).padStart(7)}  ${`${x.cpuMsPerRequest.server.toFixed(2)} + ${x.cpuMsPerRequest.postgres.toFixed(2)} + ${x.cpuMsPerRequest.meilisearch.toFixed(2)}`.padEnd(28)}  ${x.statementsPerRequest.toFixed(1).padStart(7)}  ${extra}`,
    );
  const p = results.page;
  line('GET feed page (20 posts)', 'hub', p.hub, `${p.ratio.toFixed(2)} ${p.meetsTarget.throughput ? 'ok' : `< ${TARGETS.pageRatio} MISSED`}; p95 ${p.p95Ratio.toFixed(2)}× ${p.meetsTarget.p95 ? 'ok' : `> ${TARGETS.pageP95} MISSED`}`);
  line('', 'bare', p.bare, '');
  const c = results.create;
  line('POST create post', 'hub', c.hub, `${c.ratio.toFixed(2)} ${c.meetsTarget.throughput ? 'ok' : `< ${TARGETS.createRatio} MISSED`}; p95 ${c.p95Ratio.toFixed(2)}×`);
  line('', 'bare', c.bare, '');
  const met = p.meetsTarget.throughput && p.meetsTarget.p95 && c.meetsTarget.throughput;
  say('');
  say(met ? 'Targets met.' : 'TARGET MISSED (see the hub/bare column).');

  writeResults('feed.json', {
    ...runInfo(),
    config: { ...CONFIG, ports: PORTS, poolSize: 10 },
    dataset: counts,
    targets: TARGETS,
    met,
    errors,
    statementCounting:
      "log_statement = 'all' while 50 requests per server run one at a time; statementsPerRequest = the statements logged at least 0.9 times per request (after subtracting the rate of the same text during 3 s of idling); statements lists everything else with its rate per request",
    results,
    durationSec: Math.round((Date.now() - t0) / 1000),
  });
  if (errors > 0 || unexpectedExits.length > 0) {
    if (errors > 0) say(`\n${errors} requests failed; first:\n  ${firstErrors.slice(0, 5).join('\n  ')}`);
    for (const exit of unexpectedExits) say(`\n${exit}`);
    return 1;
  }
  return 0;
}

run(main);
