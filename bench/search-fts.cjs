// Meilisearch against PostgreSQL full-text search (issue 6): the same generated Swedish posts and the
// same queries as bench/search.cjs in both, (1) speed: Meilisearch's search endpoint against a bare
// Fastify + pg endpoint running websearch_to_tsquery('swedish', q) on a GIN-indexed tsvector with
// ts_rank order, LIMIT 10; (2) quality: the Swedish fixture (bench/fixtures/swedish-posts.json)
// mixed into the same corpus, recall@10 per engine and the cases each misses.
// Meilisearch gets the hub's own posts index: POST_SETTINGS (synonyms, typo tolerance, searchable
// attributes, stop words) and the documents SearchIndexer.postDocument() builds (body, diacritic-folded
// copy, compound parts and base forms against the base vocabulary), from the compiled hub in dist/.
// PostgreSQL gets the plain `swedish` configuration (Snowball stemmer and stop words, nothing else).
// See bench/README.md (FTS). Env: BENCH_FTS_POSTS (100000), BENCH_FTS_CONCURRENCY (8),
// BENCH_FTS_DURATION (5 s per round and engine), BENCH_FTS_ROUNDS (4), BENCH_FTS_WARMUP (2 s),
// BENCH_FTS_INDEX_TIMEOUT (1800 s). Exit code 1 only on errors.
'use strict';

const { randomUUID } = require('node:crypto');
const { mkdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');
const {
  root,
  HOST,
  say,
  num,
  prng,
  startNode,
  waitReady,
  request,
  cpuTimes,
  loadFor,
  addRound,
  summarizeRounds,
  childPid,
  SEARCH_QUERIES,
  searchPostBody,
  meiliIdle,
  startPostgres,
  startMeilisearch,
  runInfo,
  writeResults,
  run,
  benchPorts,
  exitCode,
} = require('./lib.cjs');

const searchDist = join(root, 'dist', 'api', 'libs', 'search', 'src');
const { POST_SETTINGS, SearchIndexer } = require(join(searchDist, 'search-indexer.js'));
const { MeiliClient } = require(join(searchDist, 'meili.client.js'));

// 3730 is left for a hub; this bench does not need one (the settings and documents come from dist).
const PORTS = benchPorts({ bare: 3731, pg: 54830, meili: 8230 });
const CONFIG = {
  posts: num('BENCH_FTS_POSTS', 100_000),
  networks: 40,
  concurrency: num('BENCH_FTS_CONCURRENCY', 8),
  durationSec: num('BENCH_FTS_DURATION', 5),
  rounds: num('BENCH_FTS_ROUNDS', 4),
  warmupSec: num('BENCH_FTS_WARMUP', 2),
  indexTimeoutSec: num('BENCH_FTS_INDEX_TIMEOUT', 1800),
  limit: 10,
  poolSize: 10,
};
const dataDir = join(root, '.data', 'bench', 'fts');
const FIXTURE = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'swedish-posts.json'), 'utf8'));
const INDEX = 'hub_posts';
const round2 = (x) => Math.round(x * 100) / 100;
const round3 = (x) => Math.round(x * 1000) / 1000;
const sv = (n) => n.toLocaleString('sv-SE');

/** The generated posts (as bench/search.cjs makes them) and the fixture's posts, with fixed ids. */
function makePosts() {
  const random = prng(11);
  const networks = Array.from({ length: CONFIG.networks }, () => randomUUID());
  const now = Date.now();
  const posts = [];
  for (let i = 0; i < CONFIG.posts; i++) {
    const networkId = networks[Math.floor(random() * networks.length)];
    posts.push({ id: randomUUID(), networkId, body: searchPostBody(random), createdAt: new Date(now - random() * 365 * 86_400_000) });
  }
  const fixtureIds = new Map();
  FIXTURE.posts.forEach((p, i) => {
    const id = `f0000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    fixtureIds.set(id, p.key);
    posts.push({ id, networkId: networks[i % networks.length], body: p.body, createdAt: new Date(now - i * 86_400_000) });
  });
  return { posts, fixtureIds };
}

async function loadPostgres(url, posts) {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`CREATE TABLE fts_post (
      id uuid PRIMARY KEY,
      network_id uuid NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL,
      tsv tsvector GENERATED ALWAYS AS (to_tsvector('swedish', body)) STORED)`);
    const t0 = Date.now();
    for (let start = 0; start < posts.length; start += 10_000) {
      const batch = posts.slice(start, start + 10_000);
      await db.query(
        `INSERT INTO fts_post (id, network_id, body, created_at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
        [batch.map((p) => p.id), batch.map((p) => p.networkId), batch.map((p) => p.body), batch.map((p) => p.createdAt.toISOString())],
      );
    }
    const insertSeconds = (Date.now() - t0) / 1000;
    const t1 = Date.now();
    await db.query(`CREATE INDEX fts_post_tsv ON fts_post USING gin (tsv)`);
    const ginSeconds = (Date.now() - t1) / 1000;
    await db.query('VACUUM ANALYZE fts_post');
    const { rows } = await db.query(
      `SELECT pg_size_pretty(pg_relation_size('fts_post_tsv')) AS gin, pg_size_pretty(pg_total_relation_size('fts_post')) AS total, version() AS version`,
    );
    return {
      insertSeconds: round2(insertSeconds),
      ginIndexSeconds: round2(ginSeconds),
      ginIndexSize: rows[0].gin,
      tableWithIndexesSize: rows[0].total,
      version: rows[0].version,
    };
  } finally {
    await db.end();
  }
}

/** The hub's posts index: its settings, its documents (SearchIndexer.postDocument), batches of 10,000. */
async function loadMeilisearch(meili, posts) {
  const client = new MeiliClient({ url: meili.url, apiKey: meili.masterKey, indexPrefix: 'hub' });
  if (client.index('posts') !== INDEX) throw new Error(`the hub's posts index is ${client.index('posts')}, not ${INDEX}`);
  await client.ensureIndex(INDEX, POST_SETTINGS);
  const indexer = new SearchIndexer(client, null);
  const t0 = Date.now();
  for (let start = 0; start < posts.length; start += 10_000) {
    // authorName stays empty: PostgreSQL indexes the body only, and names would match fixture queries.
    const docs = posts.slice(start, start + 10_000).map((p) => indexer.postDocument({ ...p, authorName: null, comments: [] }));
    await client.request('PUT', `/indexes/${INDEX}/documents`, docs, 120_000);
  }
  await meiliIdle(PORTS.meili, meili.masterKey, CONFIG.indexTimeoutSec * 1000, (left) =>
    say(`  … Meilisearch: ${left ?? 'some'} tasks left`),
  );
  const failed = await client.request('GET', '/tasks?statuses=failed&limit=1');
  if (failed.results.length > 0) throw new Error(`a Meilisearch task failed: ${JSON.stringify(failed.results[0].error)}`);
  const stats = await client.request('GET', `/indexes/${INDEX}/stats`);
  const version = await client.request('GET', '/version');
  return { indexSeconds: round2((Date.now() - t0) / 1000), documents: stats.numberOfDocuments, version: version.pkgVersion };
}

async function main() {
  const t0 = Date.now();
  say('');
  say(
    `FTS bench: Meilisearch (the hub's posts index) against PostgreSQL full-text search ('swedish', GIN), ${sv(CONFIG.posts)} posts; ${CONFIG.concurrency} concurrent, ${CONFIG.rounds} rounds × ${CONFIG.durationSec} s per engine`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const { posts, fixtureIds } = makePosts();

  say(`Starting a fresh embedded PostgreSQL on ${HOST}:${PORTS.pg} (${join('.data', 'bench', 'fts')}) …`);
  const pg = await startPostgres({ dir: join(dataDir, 'postgres'), port: PORTS.pg, secretsDir: dataDir });
  const pgLoad = await loadPostgres(pg.url, posts);
  say(
    `PostgreSQL: ${sv(posts.length)} posts inserted in ${pgLoad.insertSeconds} s (tsvector computed on insert), GIN index built in ${pgLoad.ginIndexSeconds} s (${pgLoad.ginIndexSize}).`,
  );

  say(`Starting Meilisearch on ${HOST}:${PORTS.meili} and indexing the same posts …`);
  const meili = await startMeilisearch({ dir: join(dataDir, 'meili'), port: PORTS.meili, secretsDir: dataDir });
  const meiliLoad = await loadMeilisearch(meili, posts);
  if (meiliLoad.documents !== posts.length) throw new Error(`Meilisearch holds ${meiliLoad.documents} documents, not ${posts.length}`);
  say(`Meilisearch ${meiliLoad.version}: ${sv(meiliLoad.documents)} posts indexed in ${meiliLoad.indexSeconds} s.`);

  const bare = startNode('bare-fts', join(__dirname, 'bare-fts.cjs'), {
    PORT: String(PORTS.bare),
    DATABASE_URL: pg.url,
    POOL_SIZE: String(CONFIG.poolSize),
  });
  await waitReady(bare, PORTS.bare, 20_000);

  const meiliKey = { authorization: `Bearer ${meili.masterKey}` };
  const engines = {
    meilisearch: {
      port: PORTS.meili,
      request: (q) => ({
        method: 'POST',
        path: `/indexes/${INDEX}/search`,
        headers: meiliKey,
        body: { q, limit: CONFIG.limit, attributesToRetrieve: ['id'] },
      }),
    },
    postgres: { port: PORTS.bare, request: (q) => ({ path: `/search?q=${encodeURIComponent(q)}&limit=${CONFIG.limit}` }) },
  };
  const ask = async (engine, q) => {
    const r = engines[engine].request(q);
    const res = await request(engines[engine].port, r.path, r);
    if (res.status !== 200) throw new Error(`${engine} "${q}": HTTP ${res.status} ${res.body.toString('utf8').slice(0, 300)}`);
    return JSON.parse(res.body.toString('utf8'));
  };

  const db = new Client({ connectionString: pg.url });
  await db.connect();
  const pgQueryText = async (q) => (await db.query(`SELECT websearch_to_tsquery('swedish', $1)::text AS t`, [q])).rows[0].t;

  // ---- the speed queries: what each engine finds (untimed) ----
  const perQuery = [];
  for (const q of SEARCH_QUERIES) {
    const [m, p] = await Promise.all([ask('meilisearch', q), ask('postgres', q)]);
    const matches = (await db.query(`SELECT count(*)::int AS n FROM fts_post WHERE tsv @@ websearch_to_tsquery('swedish', $1)`, [q]))
      .rows[0].n;
    const mIds = m.hits.map((h) => h.id);
    const pIds = new Set(p.hits.map((h) => h.id));
    perQuery.push({
      q,
      tsquery: await pgQueryText(q),
      meiliEstimatedHits: m.estimatedTotalHits,
      postgresMatches: matches,
      sameInTop10: mIds.filter((id) => pIds.has(id)).length,
    });
  }

  // ---- quality: the Swedish fixture, mixed into the corpus ----
  say('');
  say(
    `Quality: ${FIXTURE.cases.length} Swedish cases (bench/fixtures/swedish-posts.json), all expected posts among the top ${CONFIG.limit} of ${sv(posts.length)}:`,
  );
  const quality = { meilisearch: { cases: [] }, postgres: { cases: [] } };
  for (const c of FIXTURE.cases) {
    const tsquery = await pgQueryText(c.query);
    for (const engine of ['meilisearch', 'postgres']) {
      const answer = await ask(engine, c.query);
      const top = answer.hits.map((h) => fixtureIds.get(h.id) ?? null);
      const found = c.expect.filter((k) => top.includes(k));
      quality[engine].cases.push({
        query: c.query,
        kind: c.kind,
        expect: c.expect,
        found,
        missing: c.expect.filter((k) => !top.includes(k)),
        unwanted: (c.notExpected ?? []).filter((k) => top.includes(k)),
        ranks: Object.fromEntries(found.map((k) => [k, top.indexOf(k) + 1])),
        otherHitsInTop10: top.filter((k) => k === null).length,
        ...(engine === 'postgres' ? { tsquery } : {}),
        ok: found.length === c.expect.length,
      });
    }
  }
  for (const engine of ['meilisearch', 'postgres']) {
    const cases = quality[engine].cases;
    const expected = cases.reduce((n, c) => n + c.expect.length, 0);
    const found = cases.reduce((n, c) => n + c.found.length, 0);
    Object.assign(quality[engine], {
      casesOk: cases.filter((c) => c.ok).length,
      cases: cases,
      recallAt10: round3(cases.filter((c) => c.ok).length / cases.length),
      postsFound: found,
      postsExpected: expected,
      postRecallAt10: round3(found / expected),
      unwantedHits: cases.reduce((n, c) => n + c.unwanted.length, 0),
      missed: cases.filter((c) => !c.ok).map((c) => `${c.query} (${c.kind}): missing ${c.missing.join(', ')}`),
    });
  }
  say(`${'query'.padEnd(32)}${'kind'.padEnd(34)}${'expected'.padEnd(22)}meilisearch          postgres ('swedish')`);
  FIXTURE.cases.forEach((c, i) => {
    const cell = (x) =>
      (x.ok ? 'all' : x.found.length === 0 ? 'MISSED' : `missed ${x.missing.join(',')}`) +
      (x.unwanted.length ? ` +${x.unwanted.join(',')}` : '');
    say(
      `${c.query.padEnd(32)}${c.kind.slice(0, 33).padEnd(34)}${c.expect.join(',').padEnd(22)}${cell(quality.meilisearch.cases[i]).padEnd(21)}${cell(quality.postgres.cases[i])}`,
    );
  });
  for (const engine of ['meilisearch', 'postgres'])
    say(
      `  ${engine.padEnd(12)} recall@10: ${quality[engine].casesOk}/${FIXTURE.cases.length} cases (${quality[engine].recallAt10}), ${quality[engine].postsFound}/${quality[engine].postsExpected} expected posts; ${quality[engine].unwantedHits} unwanted fixture hits`,
    );

  // ---- speed ----
  const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const meiliPid = childPid(/^meili/);
  const probe = () => ({
    bare: cpuTimes({ pids: [bare.child.pid] }),
    meili: meiliPid ? cpuTimes({ pids: [meiliPid] }) : new Map(),
    pg: cpuTimes({ parentOf: postmaster }),
  });
  let errors = 0;
  const firstErrors = [];
  /** Warm-up, then CONFIG.rounds rounds per engine (the order alternates), the queries in turn. */
  const measure = async (label, queries) => {
    const makeRequest = (engine) => (i) => engines[engine].request(queries[i % queries.length]);
    say('');
    say(`Speed, ${label}: ${queries.length} queries in turn; warming up (${CONFIG.warmupSec} s per engine) …`);
    for (const engine of ['meilisearch', 'postgres']) {
      const w = await loadFor(engines[engine].port, makeRequest(engine), CONFIG.warmupSec, CONFIG.concurrency, probe);
      if (w.errors > 0) throw new Error(`${engine} failed while warming up: ${w.firstError}`);
    }
    const samples = {};
    for (let round = 1; round <= CONFIG.rounds; round++) {
      for (const engine of round % 2 === 1 ? ['meilisearch', 'postgres'] : ['postgres', 'meilisearch']) {
        const r = await loadFor(engines[engine].port, makeRequest(engine), CONFIG.durationSec, CONFIG.concurrency, probe);
        addRound(samples, engine, r);
        errors += r.errors;
        if (r.firstError) firstErrors.push(`${engine}: ${r.firstError}`);
        say(
          `  round ${round}  ${engine.padEnd(12)} ${String(Math.round(r.requests / r.elapsed)).padStart(6)} req/s${r.errors ? `  ${r.errors} errors` : ''}`,
        );
      }
    }
    const result = { queries };
    for (const engine of ['meilisearch', 'postgres']) {
      const s = samples[engine];
      result[engine] = {
        ...summarizeRounds(s),
        // CPU milliseconds per search: Meilisearch's process; the bare Node server and all PostgreSQL processes.
        cpuMsPerRequest: {
          meilisearch: round2(s.cpu.meili / s.requests),
          node: round2(s.cpu.bare / s.requests),
          postgres: round2(s.cpu.pg / s.requests),
        },
      };
    }
    result.p95Ratio = round3(result.postgres.p95Ms / result.meilisearch.p95Ms);
    result.throughputRatio = round3(result.postgres.rps / result.meilisearch.rps);
    return result;
  };
  // The issue's figure: bench/search.cjs's queries, each matching up to 60 % of the generated posts.
  const speed = await measure("the search benchmark's queries", SEARCH_QUERIES);
  // A diagnostic: the fixture's queries, each matching a handful of posts (what ranking costs PostgreSQL).
  const selective = await measure("diagnostic, the fixture's selective queries", [...new Set(FIXTURE.cases.map((c) => c.query))]);
  await db.end();

  say('');
  say(`${'queries'.padEnd(24)}${'engine'.padEnd(32)}req/s   p50 ms  p95 ms  p99 ms  cpu ms/req (meili | node + pg)`);
  for (const [label, r] of [
    [`search (${SEARCH_QUERIES.length}, broad)`, speed],
    [`fixture (${selective.queries.length}, selective)`, selective],
  ]) {
    for (const engine of ['meilisearch', 'postgres']) {
      const x = r[engine];
      const cpu =
        engine === 'meilisearch'
          ? `${x.cpuMsPerRequest.meilisearch.toFixed(2)}`
          : `${x.cpuMsPerRequest.node.toFixed(2)} + ${x.cpuMsPerRequest.postgres.toFixed(2)}`;
      const name = engine === 'meilisearch' ? 'Meilisearch (POST /search)' : 'PostgreSQL FTS (Fastify + pg)';
      say(
        `${(engine === 'meilisearch' ? label : '').padEnd(24)}${name.padEnd(30)}${String(x.rps).padStart(6)}  ${x.p50Ms.toFixed(1).padStart(7)} ${x.p95Ms.toFixed(1).padStart(7)} ${x.p99Ms.toFixed(1).padStart(7)}  ${cpu}`,
      );
    }
    say(`${''.padEnd(24)}PostgreSQL / Meilisearch: p95 ${r.p95Ratio}×, throughput ${r.throughputRatio}×`);
  }
  say(
    `Matches per query (PostgreSQL tsquery | Meilisearch estimate): ${perQuery.map((x) => `${x.q} ${sv(x.postgresMatches)}|${sv(x.meiliEstimatedHits)}`).join('; ')}`,
  );

  writeResults('fts.json', {
    ...runInfo(),
    config: { ...CONFIG, ports: PORTS, queries: SEARCH_QUERIES, meiliIndex: INDEX },
    dataset: { generatedPosts: CONFIG.posts, fixturePosts: FIXTURE.posts.length, postgres: pgLoad, meilisearch: meiliLoad },
    requests: {
      meilisearch: `POST /indexes/${INDEX}/search {q, limit: ${CONFIG.limit}, attributesToRetrieve: ['id']} (no filter, crop or highlight)`,
      postgres: `GET /search?q= on bare Fastify + pg: SELECT id, ts_rank(tsv, query) … WHERE tsv @@ websearch_to_tsquery('swedish', $1) ORDER BY rank DESC, id LIMIT ${CONFIG.limit}`,
    },
    errors,
    speed: { ...speed, perQuery },
    selectiveDiagnostic: selective,
    quality,
    durationSec: Math.round((Date.now() - t0) / 1000),
  });
  return exitCode(errors, firstErrors);
}

run(main);
