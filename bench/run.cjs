// npm run bench: the hub's list endpoints under load against a bare Fastify + pg server running the
// same SQL, on a fresh embedded PostgreSQL with 100,000 people. See bench/README.md.
// Tunables (env): BENCH_PEOPLE (100000), BENCH_CONCURRENCY (16), BENCH_DURATION (6 s per round),
// BENCH_ROUNDS (3), BENCH_WARMUP (2 s), BENCH_HUB_NODE_OPTIONS (NODE_OPTIONS for the hub, e.g. --cpu-prof),
// BENCH_ONLY (people, documents, calendar, feed, broadcast, search, fts or mixed; all by default, see the end of this file).
// Exit code 1 only on errors, never on a missed target.
'use strict';

const { spawnSync } = require('node:child_process');
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
  cpuTimes,
  cpuDelta,
  percentile,
  startPostgres,
  startMeilisearch,
  startHub,
  signIn,
  runInfo,
  writeResults,
  run,
  benchPorts,
} = require('./lib.cjs');

const PORTS = benchPorts({ hub: 3600, bare: 3601, pg: 54700, meili: 8100 });
const TARGET = 0.6;
const CONFIG = {
  people: num('BENCH_PEOPLE', 100_000),
  networks: 40,
  concurrency: num('BENCH_CONCURRENCY', 16),
  durationSec: num('BENCH_DURATION', 6),
  rounds: num('BENCH_ROUNDS', 3),
  warmupSec: num('BENCH_WARMUP', 2),
  municipality: 'landskrona',
};
const ADMIN = { email: 'admin@familjenhelsingborg.se', password: `bench-${randomUUID()}` };
const dataDir = join(root, '.data', 'bench');

// ---- load generator ----------------------------------------------------------------------------
/** N workers, each sending the next request as soon as the previous answer is read, for `seconds`. */
async function load(port, path, headers, seconds, concurrency, probe = () => ({ server: new Map(), pg: new Map() })) {
  const latencies = [];
  const cpuBefore = probe();
  const clientBefore = process.cpuUsage();
  const statuses = new Map();
  let failures = 0;
  let firstError = '';
  const started = process.hrtime.bigint();
  const end = started + BigInt(Math.round(seconds * 1e9));
  const worker = async () => {
    while (process.hrtime.bigint() < end) {
      const t0 = process.hrtime.bigint();
      try {
        const res = await request(port, path, { headers });
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status !== 200 && !firstError) firstError = `HTTP ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`;
      } catch (err) {
        failures++;
        if (!firstError) firstError = err.message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = probe();
  const client = process.cpuUsage(clientBefore);
  const cpu = { server: cpuDelta(cpuBefore.server, cpuAfter.server), pg: cpuDelta(cpuBefore.pg, cpuAfter.pg), client: (client.user + client.system) / 1000 };
  const errors = failures + [...statuses].filter(([s]) => s !== 200).reduce((n, [, c]) => n + c, 0);
  return { requests: latencies.length, elapsed, latencies, errors, firstError, cpu };
}

// ---- data ------------------------------------------------------------------------------------
const FIRST = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Malin', 'Sofia', 'Linnéa', 'Åsa', 'Elin', 'Ida', 'Maja', 'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Jan', 'Hans', 'Peter', 'Olof', 'Björn', 'Göran', 'Oskar', 'Ali', 'Fatima', 'Mohammed', 'Yasmin', 'Öztürk', 'Zeynep', 'Ahmed', 'Leila', 'Jonas'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Axelsson', 'Berg', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Ali', 'Mohammadi', 'Hassan', 'Åberg', 'Öberg'];
const TITLES = ['Verksamhetsutvecklare', 'Enhetschef', 'Socialsekreterare', 'IT-strateg', 'Planarkitekt', 'Kommunikatör', 'Controller', 'Rektor', 'Miljöinspektör', 'Digitaliseringsstrateg', 'HR-konsult', 'Upphandlare', 'Bygglovshandläggare', 'Folkhälsostrateg', 'Näringslivsutvecklare'];
const TAGS = ['välfärdsteknik', 'upphandling', 'GDPR', 'arkiv', 'e-tjänster', 'AI', 'klimat', 'energi', 'vatten', 'skola', 'förskola', 'äldreomsorg', 'LSS', 'integration', 'folkhälsa', 'kultur', 'bibliotek', 'fritid', 'detaljplan', 'bygglov', 'trafik', 'kollektivtrafik', 'näringsliv', 'turism', 'kommunikation', 'webb', 'tillgänglighet', 'HR', 'lön', 'ekonomi', 'budget', 'internkontroll', 'informationssäkerhet', 'krisberedskap', 'säkerhet', 'miljötillsyn', 'livsmedel', 'avfall', 'cirkulär ekonomi', 'data', 'öppna data', 'geodata', 'GIS', 'projektledning', 'förändringsledning', 'innovation', 'medborgardialog', 'barnrätt', 'jämställdhet', 'mångfald'];
// Rough population weights of the 11 municipalities, in MUNICIPALITIES order.
const WEIGHTS = { bjuv: 16, bastad: 15, helsingborg: 152, hoganas: 28, klippan: 18, landskrona: 47, perstorp: 7, svalov: 14, astorp: 17, angelholm: 43, orkelljunga: 10 };

async function seed(url) {
  const random = prng(20260127);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const municipalities = (await db.query(`SELECT id, slug FROM municipality ORDER BY position`)).rows;
    const cumulative = [];
    let total = 0;
    for (const m of municipalities) cumulative.push([(total += WEIGHTS[m.slug] ?? 10), m.id]);
    const pickMunicipality = () => {
      const r = random() * total;
      return cumulative.find(([c]) => r < c)[1];
    };

    // People, with client-side ids so expertise and memberships need no round trip.
    const ids = [];
    const BATCH = 5000;
    let expertiseRows = 0;
    await db.query('BEGIN');
    for (let start = 0; start < CONFIG.people; start += BATCH) {
      const cols = { id: [], email: [], name: [], role: [], municipality: [], organisation: [], title: [], disabled: [] };
      const exp = { person: [], tag: [], pos: [], askMe: [] };
      for (let i = start; i < Math.min(start + BATCH, CONFIG.people); i++) {
        const id = randomUUID();
        const guest = random() < 0.01;
        ids.push(id);
        cols.id.push(id);
        cols.email.push(`person${i}@bench.example`);
        cols.name.push(`${pick(FIRST)} ${pick(LAST)}`);
        cols.role.push(guest ? 'guest' : 'member');
        cols.municipality.push(guest ? null : pickMunicipality());
        cols.organisation.push(guest ? 'Region Skåne' : null);
        cols.title.push(pick(TITLES));
        cols.disabled.push(random() < 0.02);
        const tags = new Set();
        const count = Math.floor(random() * 5);
        while (tags.size < count) tags.add(pick(TAGS));
        [...tags].forEach((tag, position) => {
          exp.person.push(id);
          exp.tag.push(tag);
          exp.pos.push(position);
          exp.askMe.push(random() < 0.3);
        });
      }
      await db.query(
        `INSERT INTO person (id, email, name, role, municipality_id, organisation, title, disabled_at)
         SELECT t.id, t.email, t.name, t.role, t.municipality_id, t.organisation, t.title, CASE WHEN t.disabled THEN now() END
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::boolean[])
             AS t(id, email, name, role, municipality_id, organisation, title, disabled)`,
        [cols.id, cols.email, cols.name, cols.role, cols.municipality, cols.organisation, cols.title, cols.disabled],
      );
      await db.query(
        `INSERT INTO expertise (person_id, tag, position, ask_me)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::smallint[], $4::boolean[])`,
        [exp.person, exp.tag, exp.pos, exp.askMe],
      );
      expertiseRows += exp.tag.length;
    }

    // ~40 networks: mostly open, some closed or secret, two archived; sizes from 20 to ~3,000.
    const kinds = ['kunskapsnatverk', 'arbetsgrupp', 'program'];
    const net = { id: [], slug: [], name: [], description: [], kind: [], visibility: [], archived: [] };
    for (let i = 0; i < CONFIG.networks; i++) {
      const topic = TAGS[i % TAGS.length];
      const r = random();
      net.id.push(randomUUID());
      net.slug.push(`natverk-${i + 1}`);
      net.name.push(`Nätverket för ${topic} ${i + 1}`);
      net.description.push(`Kunskapsnätverk om ${topic} mellan de elva kommunerna.`);
      net.kind.push(kinds[i % 3]);
      net.visibility.push(r < 0.6 ? 'open' : r < 0.9 ? 'closed' : 'secret');
      net.archived.push(i >= CONFIG.networks - 2);
    }
    await db.query(
      `INSERT INTO network (id, slug, name, description, kind, visibility, archived_at)
       SELECT t.id, t.slug, t.name, t.description, t.kind, t.visibility, CASE WHEN t.archived THEN now() END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[])
           AS t(id, slug, name, description, kind, visibility, archived)`,
      [net.id, net.slug, net.name, net.description, net.kind, net.visibility, net.archived],
    );
    const mem = { network: [], person: [], role: [] };
    const req = { network: [], person: [] };
    for (const networkId of net.id) {
      const size = Math.floor(20 + Math.pow(random(), 2) * 3000);
      const members = new Set();
      while (members.size < size) members.add(pick(ids));
      let n = 0;
      for (const personId of members) {
        mem.network.push(networkId);
        mem.person.push(personId);
        mem.role.push(n++ < 2 ? 'coordinator' : 'member');
      }
      for (let k = 0; k < 10; k++) {
        const personId = pick(ids);
        if (!members.has(personId) && !req.person.some((p, j) => p === personId && req.network[j] === networkId)) {
          req.network.push(networkId);
          req.person.push(personId);
        }
      }
    }
    await db.query(`INSERT INTO membership (network_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [mem.network, mem.person, mem.role]);
    await db.query(`INSERT INTO join_request (network_id, person_id, message) SELECT t.n, t.p, 'Hej!' FROM unnest($1::uuid[], $2::uuid[]) AS t(n, p)`, [
      req.network,
      req.person,
    ]);
    await db.query('COMMIT');
    await db.query('VACUUM ANALYZE');
    return { people: ids.length, expertise: expertiseRows, networks: net.id.length, memberships: mem.network.length, joinRequests: req.network.length };
  } finally {
    await db.end();
  }
}

// ---- run -------------------------------------------------------------------------------------
async function main() {
  const t0 = Date.now();
  say(`Nätverkshubben bench: ${CONFIG.people.toLocaleString('sv-SE')} people, ${CONFIG.concurrency} concurrent keep-alive connections, ${CONFIG.rounds} rounds × ${CONFIG.durationSec} s per target`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  say(`Starting a fresh embedded PostgreSQL on ${HOST}:${PORTS.pg} (${join('.data', 'bench')}) …`);
  // Counts the statements PostgreSQL logs while log_statement = 'all' is on (SQL per request below).
  let statementsLogged = 0;
  const onLog = (message) => {
    for (const line of String(message).split('\n')) if (/LOG:\s+(statement|execute [^:]*):/.test(line)) statementsLogged++;
  };
  const pg = await startPostgres({ dir: join(dataDir, 'postgres'), port: PORTS.pg, secretsDir: dataDir, onLog });
  const seedStart = Date.now();
  const counts = await seed(pg.url);
  say(
    `Seeded ${counts.people.toLocaleString('sv-SE')} people, ${counts.expertise.toLocaleString('sv-SE')} expertise tags, ${counts.networks} networks, ` +
      `${counts.memberships.toLocaleString('sv-SE')} memberships, ${counts.joinRequests} join requests in ${((Date.now() - seedStart) / 1000).toFixed(1)} s.`,
  );

  say(`Starting Meilisearch on ${HOST}:${PORTS.meili} …`);
  const meili = await startMeilisearch({ dir: join(dataDir, 'meili'), port: PORTS.meili, secretsDir: dataDir });

  say(`Starting the hub on ${HOST}:${PORTS.hub} and the bare server on ${HOST}:${PORTS.bare} …`);
  const hub = await startHub({ port: PORTS.hub, dataDir: join(dataDir, 'hub'), pg, meili, admin: ADMIN });

  // Sign in, make an API token (the way scripts call the hub), and keep the cookie for a diagnostic.
  const { cookie, personId, headers: withCsrf } = await signIn(PORTS.hub, ADMIN);
  const created = await request(PORTS.hub, '/api/v1/me/tokens', { method: 'POST', headers: withCsrf, body: { name: 'bench' } });
  if (created.status !== 201) throw new Error(`Creating an API token failed: HTTP ${created.status} ${created.body.toString('utf8').slice(0, 300)}`);
  const bearer = { authorization: `Bearer ${JSON.parse(created.body.toString('utf8')).token}` };

  const bare = startNode('bare', join(__dirname, 'bare-server.cjs'), { PORT: String(PORTS.bare), DATABASE_URL: pg.url, VIEWER_ID: personId, POOL_SIZE: '10' });
  await waitReady(bare, PORTS.bare, 20_000);

  const endpoints = [
    { key: 'people', path: `/api/v1/people?municipality=${CONFIG.municipality}&limit=50` },
    { key: 'networks', path: '/api/v1/networks' },
  ];
  const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const probeOf = (proc) => () => ({ server: cpuTimes({ pids: [proc.child.pid] }), pg: cpuTimes({ parentOf: postmaster }) });
  const targets = {
    hub: { port: PORTS.hub, headers: bearer, probe: probeOf(hub) },
    bare: { port: PORTS.bare, headers: {}, probe: probeOf(bare) },
    hubCookie: { port: PORTS.hub, headers: { cookie }, probe: probeOf(hub) },
  };

  // Both answer the same thing (same SQL, same rows) before anything is timed.
  for (const e of endpoints) {
    const [a, b] = await Promise.all([request(PORTS.hub, e.path, { headers: bearer }), request(PORTS.bare, e.path, {})]);
    if (a.status !== 200 || b.status !== 200) throw new Error(`${e.path}: hub ${a.status}, bare ${b.status}: ${a.body.toString('utf8').slice(0, 300)}`);
    const ha = JSON.parse(a.body.toString('utf8'));
    const hb = JSON.parse(b.body.toString('utf8'));
    const idsOf = (x) => JSON.stringify((Array.isArray(x) ? x : x.items).map((r) => r.id));
    if (idsOf(ha) !== idsOf(hb)) throw new Error(`${e.path}: the hub and the bare server answer different rows`);
    e.rows = (Array.isArray(ha) ? ha : ha.items).length;
    e.bytes = { hub: a.body.length, bare: b.body.length };
  }

  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  // The hub indexes the seeded people for search in the background; measure the steady state after it.
  const indexingStarted = Date.now();
  for (;;) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM search_outbox');
    if (rows[0].n === 0) break;
    if (Date.now() - indexingStarted > 300_000) throw new Error(`search indexing did not finish in 5 minutes (${rows[0].n} changes left)`);
    await sleep(1000);
  }
  say(`Search index caught up in ${((Date.now() - indexingStarted) / 1000).toFixed(0)} s; measuring.`);

  // SQL statements per request, counted from PostgreSQL's own statement log (unloaded, 100 requests).
  const statementLog = async (on) => {
    await admin.query(on ? `ALTER SYSTEM SET log_statement = 'all'` : `ALTER SYSTEM RESET log_statement`);
    await admin.query(`SELECT pg_reload_conf()`);
    await sleep(500);
  };
  await statementLog(true);
  for (const e of endpoints) {
    e.statementsPerRequest = {};
    for (const name of ['hub', 'bare', 'hubCookie']) {
      const before = statementsLogged;
      for (let i = 0; i < 100; i++) await request(targets[name].port, e.path, { headers: targets[name].headers });
      await sleep(300);
      e.statementsPerRequest[name] = Math.round(statementsLogged - before) / 100;
    }
  }
  await statementLog(false);
  await admin.end();

  say(`Warming up (${CONFIG.warmupSec} s per endpoint and server) …`);
  for (const e of endpoints) for (const name of ['hub', 'bare', 'hubCookie']) {
    const w = await load(targets[name].port, e.path, targets[name].headers, CONFIG.warmupSec, CONFIG.concurrency);
    if (w.errors > 0) throw new Error(`${name} ${e.path} failed while warming up: ${w.firstError}`);
  }

  // Interleaved rounds; the order alternates so neither side always runs on a warmer machine.
  const samples = {};
  let errors = 0;
  const firstErrors = [];
  const record = (e, name, r) => {
    const s = (samples[`${e.key}:${name}`] ??= { requests: 0, elapsed: 0, latencies: [], rounds: [], errors: 0, cpu: { server: 0, pg: 0, client: 0 } });
    for (const k of ['server', 'pg', 'client']) s.cpu[k] += r.cpu[k];
    s.requests += r.requests;
    s.elapsed += r.elapsed;
    for (const l of r.latencies) s.latencies.push(l);
    s.rounds.push(Math.round(r.requests / r.elapsed));
    s.errors += r.errors;
    errors += r.errors;
    if (r.firstError) firstErrors.push(`${name} ${e.path}: ${r.firstError}`);
  };
  // The session-cookie variant is a diagnostic (what the token check costs), measured in the same rotation.
  const names = ['hub', 'bare', 'hubCookie'];
  const label = { hub: 'hub', bare: 'bare', hubCookie: 'hub with session cookie' };
  for (let round = 1; round <= CONFIG.rounds; round++) {
    const order = names.map((_, i) => names[(i + round - 1) % names.length]);
    for (const e of endpoints) {
      for (const name of order) {
        const r = await load(targets[name].port, e.path, targets[name].headers, CONFIG.durationSec, CONFIG.concurrency, targets[name].probe);
        record(e, name, r);
        say(`  round ${round}  ${e.key.padEnd(8)}  ${label[name].padEnd(23)}  ${String(Math.round(r.requests / r.elapsed)).padStart(6)} req/s${r.errors ? `  ${r.errors} errors` : ''}`);
      }
    }
  }

  const summarize = (s) => {
    const sorted = s.latencies.sort((a, b) => a - b);
    const round1 = (x) => Math.round(x * 100) / 100;
    return {
      rps: Math.round(s.requests / s.elapsed),
      p50Ms: round1(percentile(sorted, 50)),
      p95Ms: round1(percentile(sorted, 95)),
      p99Ms: round1(percentile(sorted, 99)),
      requests: s.requests,
      errors: s.errors,
      roundsRps: s.rounds,
      // CPU milliseconds per request: the server process, all PostgreSQL processes, this load generator.
      cpuMsPerRequest: { server: round1(s.cpu.server / s.requests), postgres: round1(s.cpu.pg / s.requests), client: round1(s.cpu.client / s.requests) },
    };
  };
  const results = {};
  for (const e of endpoints) {
    const hubR = summarize(samples[`${e.key}:hub`]);
    const bareR = summarize(samples[`${e.key}:bare`]);
    const cookieR = summarize(samples[`${e.key}:hubCookie`]);
    results[e.key] = {
      path: e.path,
      rows: e.rows,
      responseBytes: e.bytes,
      hub: { ...hubR, statementsPerRequest: e.statementsPerRequest.hub },
      bare: { ...bareR, statementsPerRequest: e.statementsPerRequest.bare },
      ratio: Math.round((hubR.rps / bareR.rps) * 1000) / 1000,
      hubWithSessionCookie: { ...cookieR, statementsPerRequest: e.statementsPerRequest.hubCookie, ratio: Math.round((cookieR.rps / bareR.rps) * 1000) / 1000 },
      meetsTarget: hubR.rps / bareR.rps >= TARGET,
    };
  }

  // ---- report ----
  say('');
  say(`${'endpoint'.padEnd(40)}server   req/s   p50 ms  p95 ms  p99 ms  cpu ms/req node + pg  sql/req  hub/bare`);
  for (const e of endpoints) {
    const r = results[e.key];
    const line = (label, x, ratio) =>
      say(`${label.padEnd(40)}${x.label.padEnd(7)}${String(x.rps).padStart(6)}  ${x.p50Ms.toFixed(1).padStart(7)} ${x.p95Ms.toFixed(1).padStart(7)} ${x.p99Ms.toFixed(1).padStart(7)}  ${`${x.cpuMsPerRequest.server.toFixed(2)} + ${x.cpuMsPerRequest.postgres.toFixed(2)}`.padEnd(20)}  ${x.statementsPerRequest.toFixed(1).padStart(7)}  ${ratio}`);
    line(`GET ${e.key === 'people' ? `/people?municipality=…` : '/networks'} (${r.rows} rows)`, { ...r.hub, label: 'hub' }, `${r.ratio.toFixed(2)} ${r.meetsTarget ? 'ok' : `< ${TARGET} MISSED`}`);
    line('', { ...r.bare, label: 'bare' }, '');
    line('  diagnostic: hub with session cookie', { ...r.hubWithSessionCookie, label: 'hub' }, r.hubWithSessionCookie.ratio.toFixed(2));
  }
  const met = endpoints.every((e) => results[e.key].meetsTarget);
  say('');
  say(met ? `Target met: the hub serves at least ${TARGET} of the bare server's throughput on both endpoints.` : `TARGET MISSED: the hub should serve at least ${TARGET} of the bare server's throughput (see the hub/bare column).`);

  const report = {
    ...runInfo(),
    config: { ...CONFIG, ports: PORTS, poolSize: 10 },
    dataset: counts,
    target: TARGET,
    met,
    errors,
    results,
    durationSec: Math.round((Date.now() - t0) / 1000),
  };
  writeResults('latest.json', report);
  if (errors > 0 || unexpectedExits.length > 0) {
    if (errors > 0) say(`\n${errors} requests failed; first:\n  ${firstErrors.slice(0, 5).join('\n  ')}`);
    for (const exit of unexpectedExits) say(`\n${exit}`);
    return 1;
  }
  return 0;
}

// `npm run bench` runs this file: the list benchmark above, then the others (CHILDREN below), each
// its own process, ports and data. BENCH_ONLY=people or one of CHILDREN runs one.
const only = process.env.BENCH_ONLY || 'all';
const child = (file) => spawnSync(process.execPath, [join(__dirname, file)], { stdio: 'inherit' }).status ?? 1;
// The feed, broadcast and search benchmarks (bench/feed.cjs, broadcast.cjs, search.cjs) follow, each
// its own process on ports 3630/3631/54730/8130; then fts (bench/search-fts.cjs: Meilisearch against
// PostgreSQL full-text search) on 3731/54830/8230; then mixed (bench/mixed.cjs: 2,000 members with
// live sockets in the issue's mix of actions) on 3640/3641/54740/8140.
const CHILDREN = ['documents', 'calendar', 'feed', 'broadcast', 'search', 'fts', 'mixed'];
const FILES = { fts: 'search-fts.cjs' };
const others = () => {
  let code = 0;
  for (const name of CHILDREN) if (only === 'all' || only === name) code = Math.max(code, child(FILES[name] ?? `${name}.cjs`));
  return code;
};
if (!['all', 'people', ...CHILDREN].includes(only)) {
  say(`BENCH_ONLY must be people, ${CHILDREN.join(', ')}, not "${only}"`);
  process.exit(1);
} else if (CHILDREN.includes(only)) {
  process.exit(others());
} else {
  run(main, only === 'people' ? () => 0 : others);
}
