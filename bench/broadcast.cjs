// The broadcast benchmark (issue 3): N sockets (1,000 and 5,000 by default), each a member of one
// network with its own API token, connected to the hub with socket.io-client; posts created through
// the API; delivered `post.created` messages per second and delivery latency, against a bare
// Socket.IO server (bench/bare-broadcast.cjs) broadcasting the same payload to as many clients, each
// post when the hub's began to reach the sockets (an upper bound: the same fan-outs, nothing before).
// Then 10,000 idle authenticated sockets in the one hub process: its resident memory.
// The clients live in bench/broadcast-client.cjs processes (at most BENCH_BROADCAST_PER_CLIENT
// sockets each). See bench/README.md (Broadcast).
// Env: BENCH_BROADCAST_SIZES (1000,5000), BENCH_BROADCAST_POSTS (20), BENCH_BROADCAST_IDLE (10000),
// BENCH_BROADCAST_PER_CLIENT (2500), BENCH_BROADCAST_CONNECT_TIMEOUT (240 s per size).
// Exit code 1 only on errors, never on a missed target.
'use strict';

const { fork } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const { mkdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');
const {
  root,
  HOST,
  say,
  sleep,
  num,
  prng,
  onCleanup,
  unexpectedExits,
  startNode,
  waitReady,
  request,
  cpuTimes,
  cpuDelta,
  residentKb,
  percentile,
  startPostgres,
  startMeilisearch,
  startHub,
  signIn,
  runInfo,
  writeResults,
  run,
  benchPorts,
  newToken,
} = require('./lib.cjs');

const PORTS = benchPorts({ hub: 3630, bare: 3631, pg: 54730, meili: 8130 });
const TARGETS = { deliveredRatio: 0.9, p95Ratio: 1.2, idleRssMb: 1024 };
const sizes = (process.env.BENCH_BROADCAST_SIZES || '1000,5000').split(',').map((s) => {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || n <= 0) throw new Error(`BENCH_BROADCAST_SIZES: "${s}" is not a positive whole number`);
  return n;
});
const CONFIG = {
  sizes,
  posts: num('BENCH_BROADCAST_POSTS', 20),
  warmupPosts: 3,
  idle: num('BENCH_BROADCAST_IDLE', 10_000),
  perClient: num('BENCH_BROADCAST_PER_CLIENT', 2500),
  connectConcurrency: 25, // handshakes in flight per client process
  connectTimeoutSec: num('BENCH_BROADCAST_CONNECT_TIMEOUT', 240),
  idleNetworkSize: 50,
};
const ADMIN = { email: 'admin@familjenhelsingborg.se', password: `bench-${randomUUID()}` };
const dataDir = join(root, '.data', 'bench-broadcast');
const round2 = (x) => Math.round(x * 100) / 100;
const now = () => performance.timeOrigin + performance.now();

/**
 * `maxSize` people who are members of one big network, and `idle` other people in networks of 50
 * (so that their coming online is announced to 49 others, not to thousands); everyone has a token.
 */
async function seed(url) {
  const random = prng(7);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const municipalities = (await db.query(`SELECT id FROM municipality ORDER BY position`)).rows.map((r) => r.id);
    const maxSize = Math.max(...CONFIG.sizes);
    const total = maxSize + CONFIG.idle;
    const people = { id: [], email: [], name: [], municipality: [] };
    const tokens = { person: [], hash: [], prefix: [], token: [] };
    for (let i = 0; i < total; i++) {
      const id = randomUUID();
      people.id.push(id);
      people.email.push(`socket${i}@bench.example`);
      people.name.push(`Person ${i} Bänkesson`);
      people.municipality.push(municipalities[Math.floor(random() * municipalities.length)]);
      const t = newToken();
      tokens.person.push(id);
      tokens.hash.push(t.hash);
      tokens.prefix.push(t.prefix);
      tokens.token.push(t.token);
    }
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO person (id, email, name, role, municipality_id, title)
       SELECT t.id, t.email, t.name, 'member', t.m, 'Familjehemssekreterare' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS t(id, email, name, m)`,
      [people.id, people.email, people.name, people.municipality],
    );
    await db.query(`INSERT INTO api_token (person_id, name, token_hash, prefix) SELECT t.p, 'bench', t.h, t.x FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(p, h, x)`, [
      tokens.person,
      tokens.hash,
      tokens.prefix,
    ]);
    const networkId = randomUUID();
    await db.query(`INSERT INTO network (id, slug, name, description, kind, visibility) VALUES ($1, 'alla', 'Alla i familjehemsvården', 'Bench', 'kunskapsnatverk', 'closed')`, [networkId]);
    await db.query(`INSERT INTO membership (network_id, person_id, role) SELECT $1, unnest($2::uuid[]), 'member'`, [networkId, people.id.slice(0, maxSize)]);
    const small = { id: [], slug: [] };
    const mem = { network: [], person: [] };
    for (let i = 0; i < CONFIG.idle; i++) {
      if (i % CONFIG.idleNetworkSize === 0) {
        small.id.push(randomUUID());
        small.slug.push(`liten-${small.id.length}`);
      }
      mem.network.push(small.id[small.id.length - 1]);
      mem.person.push(people.id[maxSize + i]);
    }
    await db.query(
      `INSERT INTO network (id, slug, name, description, kind, visibility) SELECT t.id, t.slug, 'Nätverk ' || t.slug, 'Bench', 'arbetsgrupp', 'closed' FROM unnest($1::uuid[], $2::text[]) AS t(id, slug)`,
      [small.id, small.slug],
    );
    await db.query(`INSERT INTO membership (network_id, person_id, role) SELECT t.n, t.p, 'member' FROM unnest($1::uuid[], $2::uuid[]) AS t(n, p)`, [mem.network, mem.person]);
    await db.query('COMMIT');
    await db.query('VACUUM ANALYZE');
    return {
      networkId,
      memberTokens: tokens.token.slice(0, maxSize),
      idleTokens: tokens.token.slice(maxSize),
      counts: { people: total, bigNetworkMembers: maxSize, idlePeople: CONFIG.idle, smallNetworks: small.id.length },
    };
  } finally {
    await db.end();
  }
}

// ---- client processes ---------------------------------------------------------------------------
/** Forks a client process; stopped by its PID at the end whatever happens. */
function startClient() {
  const child = fork(join(__dirname, 'broadcast-client.cjs'), [], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { PATH: process.env.PATH } });
  const waiting = [];
  child.on('message', (msg) => waiting.shift()?.(msg));
  const ask = (msg) =>
    new Promise((resolve, reject) => {
      if (!child.connected) return reject(new Error('a client process has exited'));
      waiting.push(resolve);
      child.send(msg);
    });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => process.kill(child.pid, 'SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.send({ close: true });
      else process.kill(child.pid, 'SIGTERM');
    });
  onCleanup(stop);
  return { child, ask, stop };
}

/** Connects `count` sockets to `port` over enough client processes; the hub's with `tokens`. */
async function connectAll(port, count, tokens) {
  const clients = [];
  const shares = [];
  for (let start = 0; start < count; start += CONFIG.perClient) shares.push([start, Math.min(count, start + CONFIG.perClient)]);
  const started = Date.now();
  const answers = await Promise.race([
    Promise.all(
      shares.map(([from, to]) => {
        const c = startClient();
        clients.push(c);
        return c.ask({
          connect: { url: `http://${HOST}:${port}`, concurrency: CONFIG.connectConcurrency, ...(tokens ? { tokens: tokens.slice(from, to) } : { count: to - from }) },
        });
      }),
    ),
    sleep(CONFIG.connectTimeoutSec * 1000).then(() => null),
  ]);
  const seconds = (Date.now() - started) / 1000;
  if (!answers) return { clients, connected: 0, failed: count, seconds, timedOut: true, firstError: `not connected within ${CONFIG.connectTimeoutSec} s` };
  const connected = answers.reduce((n, a) => n + a.connected.connected, 0);
  const failed = answers.reduce((n, a) => n + a.connected.failed, 0);
  return { clients, connected, failed, seconds, timedOut: false, firstError: answers.find((a) => a.connected.firstError)?.connected.firstError ?? '' };
}

async function reports(clients) {
  const all = await Promise.all(clients.map((c) => c.ask({ report: true })));
  return all.map((a) => a.report);
}

/** Waits until the clients' presence count stops growing (the hub announcing everyone who came online). */
async function settle(clients, maxSec = 120) {
  const deadline = Date.now() + maxSec * 1000;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const presence = (await reports(clients)).reduce((n, r) => n + r.presence, 0);
    if (presence !== last) {
      last = presence;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 1500) return presence;
    if (Date.now() > deadline) return presence;
    await sleep(500);
  }
}

/**
 * Sends warm-up posts one at a time, then the timed posts: all at once, or (`schedule`, ms after the
 * start) each at its moment; collects every delivery. Returns, besides the figures, `fanOutStartsMs`:
 * when each post first reached a socket, after the first send, in order.
 */
async function broadcastRound({ clients, count, send, cpuProbe, schedule = null }) {
  for (let i = 0; i < CONFIG.warmupPosts; i++) await send(`warm-up ${i}`);
  await sleep(1000);
  await Promise.all(clients.map((c) => c.ask({ reset: true })));
  const sent = new Map(); // postId -> send time
  const acked = [];
  const cpuBefore = cpuProbe();
  // The hub gets all timed posts at once (a burst): the fan-out, not one request's round trip, sets
  // the pace. The baseline replays when the hub's fan-outs began (see main).
  const start = now();
  await Promise.all(
    Array.from({ length: CONFIG.posts }, async (_, i) => {
      if (schedule) await sleep(Math.max(0, start + schedule[i] - now()));
      const t = now();
      const id = await send(`timed ${i}`);
      acked.push(now() - t);
      sent.set(id, t);
    }),
  );
  const expected = CONFIG.posts * count;
  const deadline = Date.now() + 60_000;
  let got = [];
  for (;;) {
    got = await reports(clients);
    let delivered = 0;
    for (const r of got) for (const [postId, times] of Object.entries(r.received)) if (sent.has(postId)) delivered += times.length;
    if (delivered >= expected || Date.now() > deadline) break;
    await sleep(250);
  }
  const cpu = cpuDelta(cpuBefore, cpuProbe());
  const latencies = [];
  let first = Infinity;
  let last = 0;
  for (const r of got)
    for (const [postId, times] of Object.entries(r.received)) {
      const t0 = sent.get(postId);
      if (t0 === undefined) continue;
      for (const t of times) {
        latencies.push(t - t0);
        last = Math.max(last, t);
      }
    }
  for (const t of sent.values()) first = Math.min(first, t);
  const reached = new Map();
  for (const r of got)
    for (const [postId, times] of Object.entries(r.received))
      if (sent.has(postId)) reached.set(postId, Math.min(reached.get(postId) ?? Infinity, ...times));
  const fanOutStartsMs = [...reached.values()].map((t) => t - first).sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  const seconds = (last - first) / 1000;
  acked.sort((a, b) => a - b);
  return {
    sockets: count,
    posts: CONFIG.posts,
    expected,
    delivered: latencies.length,
    missing: expected - latencies.length,
    seconds: round2(seconds),
    messagesPerSec: Math.round(latencies.length / seconds),
    p50Ms: round2(percentile(latencies, 50)),
    p95Ms: round2(percentile(latencies, 95)),
    p99Ms: round2(percentile(latencies, 99)),
    maxMs: round2(latencies[latencies.length - 1]),
    sendAnswerP50Ms: round2(percentile(acked, 50)),
    serverCpuMsPerPost: round2(cpu / CONFIG.posts),
    otherEvents: got.reduce((n, r) => n + r.otherEvents, 0),
    fanOutStartsMs: fanOutStartsMs.map(round2),
  };
}

// ---- run -------------------------------------------------------------------------------------
async function main() {
  const t0 = Date.now();
  say('');
  say(`Broadcast bench: ${CONFIG.sizes.join(' and ')} sockets in one network room, ${CONFIG.posts} posts each; ${CONFIG.idle.toLocaleString('sv-SE')} idle sockets for memory`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  say(`Starting a fresh embedded PostgreSQL on ${HOST}:${PORTS.pg} (${join('.data', 'bench-broadcast')}) …`);
  const pg = await startPostgres({ dir: join(dataDir, 'postgres'), port: PORTS.pg, secretsDir: dataDir });
  const seedStart = Date.now();
  const { networkId, memberTokens, idleTokens, counts } = await seed(pg.url);
  say(`Seeded ${counts.people.toLocaleString('sv-SE')} people with API tokens (${counts.bigNetworkMembers} in one network, ${counts.idlePeople} in ${counts.smallNetworks} networks of ${CONFIG.idleNetworkSize}) in ${((Date.now() - seedStart) / 1000).toFixed(1)} s.`);
  const meili = await startMeilisearch({ dir: join(dataDir, 'meili'), port: PORTS.meili, secretsDir: dataDir });
  say(`Starting the hub on ${HOST}:${PORTS.hub} and the bare Socket.IO server on ${HOST}:${PORTS.bare} …`);
  const hub = await startHub({ port: PORTS.hub, dataDir: join(dataDir, 'hub'), pg, meili, admin: ADMIN });
  const bare = startNode('bare', join(__dirname, 'bare-broadcast.cjs'), { PORT: String(PORTS.bare) });
  await waitReady(bare, PORTS.bare, 20_000);
  const { personId, headers: withCsrf } = await signIn(PORTS.hub, ADMIN);
  const created = await request(PORTS.hub, '/api/v1/me/tokens', { method: 'POST', headers: withCsrf, body: { name: 'bench' } });
  if (created.status !== 201) throw new Error(`Creating an API token failed: HTTP ${created.status}`);
  const bearer = { authorization: `Bearer ${JSON.parse(created.body.toString('utf8')).token}` };
  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query(`INSERT INTO membership (network_id, person_id, role) VALUES ($1, $2, 'coordinator')`, [networkId, personId]);
  // Let the search worker index the seeded people before anything is measured.
  for (const started = Date.now(); ; ) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM search_outbox');
    if (rows[0].n === 0 || Date.now() - started > 300_000) break;
    await sleep(500);
  }
  await admin.end();

  let errors = 0;
  const problems = [];

  // ---- 10,000 idle authenticated sockets: the hub's resident memory ----
  await sleep(2000);
  const idleBeforeKb = residentKb(hub.child.pid);
  say(`Connecting ${CONFIG.idle.toLocaleString('sv-SE')} idle sockets to the hub (hub VmRSS before: ${Math.round(idleBeforeKb / 1024)} MB) …`);
  const idleConn = await connectAll(PORTS.hub, CONFIG.idle, idleTokens);
  if (idleConn.connected < CONFIG.idle) {
    errors++;
    problems.push(`idle: ${idleConn.connected} of ${CONFIG.idle} connected (${idleConn.failed} failed: ${idleConn.firstError})`);
  }
  await settle(idleConn.clients, 60);
  const rssSamples = [];
  for (let i = 0; i < 10; i++) {
    rssSamples.push(residentKb(hub.child.pid));
    await sleep(500);
  }
  const stillIdle = (await reports(idleConn.clients)).reduce((n, r) => n + r.stillConnected, 0);
  const idleRssMb = Math.round(Math.max(...rssSamples) / 1024);
  const idle = {
    sockets: CONFIG.idle,
    connected: idleConn.connected,
    stillConnectedAfter: stillIdle,
    connectSeconds: round2(idleConn.seconds),
    hubRssBeforeMb: Math.round(idleBeforeKb / 1024),
    hubRssMb: idleRssMb,
    perSocketKb: Math.round((Math.max(...rssSamples) - idleBeforeKb) / Math.max(1, idleConn.connected)),
    target: TARGETS.idleRssMb,
    met: idleRssMb <= TARGETS.idleRssMb,
  };
  say(`  ${idleConn.connected} connected in ${idle.connectSeconds} s; hub VmRSS ${idleRssMb} MB (${idle.perSocketKb} KB per socket above idle) ${idle.met ? 'ok' : 'MISSED'} (target ≤ ${TARGETS.idleRssMb} MB)`);
  await Promise.all(idleConn.clients.map((c) => c.stop()));
  await sleep(3000);

  // ---- broadcast: hub vs bare, per size ----
  const hubSend = async (label) => {
    const res = await request(PORTS.hub, `/api/v1/networks/${networkId}/posts`, { method: 'POST', headers: bearer, body: { body: `Bänkens inlägg (${label}): välkomna till träffen på torsdag!` } });
    if (res.status !== 201) throw new Error(`creating a post: HTTP ${res.status} ${res.body.toString('utf8').slice(0, 200)}`);
    return JSON.parse(res.body.toString('utf8')).id;
  };
  const bareSend = async () => {
    const res = await request(PORTS.bare, '/emit', { method: 'POST' });
    if (res.status !== 201) throw new Error(`bare /emit: HTTP ${res.status}`);
    return JSON.parse(res.body.toString('utf8')).id;
  };
  const results = [];
  for (const size of CONFIG.sizes) {
    const row = { sockets: size };
    for (const name of ['hub', 'bare']) {
      say(`${size} sockets, ${name}: connecting …`);
      const conn = await connectAll(name === 'hub' ? PORTS.hub : PORTS.bare, size, name === 'hub' ? memberTokens.slice(0, size) : null);
      // After a timeout the clients are still busy connecting: no presence count is asked of them.
      const presence = conn.timedOut ? null : await settle(conn.clients);
      if (conn.connected < size) {
        errors++;
        problems.push(`${name} ${size}: ${conn.connected} of ${size} connected (${conn.firstError})`);
        await Promise.all(conn.clients.map((c) => c.stop()));
        continue;
      }
      const proc = name === 'hub' ? hub : bare;
      const r = await broadcastRound({
        clients: conn.clients,
        count: size,
        send: name === 'hub' ? hubSend : bareSend,
        cpuProbe: () => cpuTimes({ pids: [proc.child.pid] }),
        // An upper bound: the bare server gets each post when the hub's post of the same rank began
        // to reach the sockets, so it makes the same fan-outs at the same moments with nothing
        // before them (no transaction, no event log) and never a burst the hub did not face.
        schedule: name === 'bare' && row.hub?.fanOutStartsMs.length === CONFIG.posts ? row.hub.fanOutStartsMs : null,
      });
      r.connectSeconds = round2(conn.seconds);
      r.presenceEventsWhileConnecting = presence;
      row[name] = r;
      if (r.missing > 0) {
        errors++;
        problems.push(`${name} ${size}: ${r.missing} of ${r.expected} messages not delivered within 60 s`);
      }
      say(
        `  ${name}: connected in ${r.connectSeconds} s (${presence.toLocaleString('sv-SE')} presence events meanwhile); ${r.delivered}/${r.expected} delivered, ` +
          `${r.messagesPerSec.toLocaleString('sv-SE')} msg/s, p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms`,
      );
      await Promise.all(conn.clients.map((c) => c.stop()));
      await sleep(2000);
    }
    if (row.hub && row.bare) {
      row.deliveredRatio = Math.round((row.hub.messagesPerSec / row.bare.messagesPerSec) * 1000) / 1000;
      row.p95Ratio = Math.round((row.hub.p95Ms / row.bare.p95Ms) * 1000) / 1000;
      row.meetsTarget = { delivered: row.deliveredRatio >= TARGETS.deliveredRatio, p95: row.p95Ratio <= TARGETS.p95Ratio };
    }
    results.push(row);
  }

  say('');
  say(`${'broadcast'.padEnd(16)}server    msg/s   p50 ms   p95 ms   p99 ms  cpu ms/post  hub/bare`);
  for (const row of results) {
    for (const name of ['hub', 'bare']) {
      const r = row[name];
      if (!r) continue;
      const extra =
        name === 'hub' && row.deliveredRatio !== undefined
          ? `${row.deliveredRatio.toFixed(2)} ${row.meetsTarget.delivered ? 'ok' : `< ${TARGETS.deliveredRatio} MISSED`}; p95 ${row.p95Ratio.toFixed(2)}× ${row.meetsTarget.p95 ? 'ok' : `> ${TARGETS.p95Ratio} MISSED`}`
          : '';
      say(
        `${(name === 'hub' ? `${row.sockets} sockets` : '').padEnd(16)}${name.padEnd(7)}${String(r.messagesPerSec).padStart(9)} ${r.p50Ms.toFixed(1).padStart(8)} ${r.p95Ms.toFixed(1).padStart(8)} ${r.p99Ms.toFixed(1).padStart(8)} ${r.serverCpuMsPerPost.toFixed(1).padStart(12)}  ${extra}`,
      );
    }
  }
  say(`${CONFIG.idle.toLocaleString('sv-SE')} idle authenticated sockets: hub VmRSS ${idle.hubRssMb} MB ${idle.met ? 'ok' : 'MISSED'} (target ≤ ${TARGETS.idleRssMb} MB)`);
  const met = idle.met && results.every((r) => r.meetsTarget?.delivered && r.meetsTarget?.p95);
  say(met ? 'Targets met.' : 'TARGET MISSED or not measured (see above).');
  writeResults('broadcast.json', {
    ...runInfo(),
    config: { ...CONFIG, ports: PORTS },
    dataset: counts,
    targets: TARGETS,
    met,
    errors,
    problems,
    latencyFrom: 'the moment the POST (hub: create post, all at once; bare: /emit, each when the hub\'s post of the same rank began to reach the sockets) is sent, to the client receiving the event; both stamped with performance.timeOrigin + performance.now()',
    broadcast: results,
    idle,
    durationSec: Math.round((Date.now() - t0) / 1000),
  });
  if (errors > 0 || unexpectedExits.length > 0) {
    for (const p of problems) say(`  ${p}`);
    for (const exit of unexpectedExits) say(`\n${exit}`);
    return 1;
  }
  return 0;
}

run(main);
