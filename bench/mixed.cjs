// The mixed-load benchmark (issue 15): a fresh hub with demo-like data; N simulated members (2,000),
// each with a live Socket.IO connection, doing ~100 actions/s for BENCH_SECONDS in the issue's mix
// (55 % network feed, 15 % home feed, 10 % people search, 5 % unified search, 7 % posts, 5 %
// comments, 3 % chat), from a load generator in its own process (bench/mixed-client.cjs). Reads p95,
// writes p95, live delivery p95 (a post's creation to its arrival on members' sockets), errors, lost
// deliveries, CPU per action of the hub, PostgreSQL and Meilisearch, the hub's memory; then the same
// load against a bare Fastify + pg + Socket.IO server (bench/bare-mixed.cjs) on the same data.
// With windows (BENCH_WINDOW) the figures are also given per window: the soak's first and last five
// minutes, and Meilisearch's CPU per indexed document as the index grows. See bench/README.md (Mixed).
// Env: BENCH_MEMBERS (2000), BENCH_RATE (100), BENCH_SECONDS (120), BENCH_WINDOW (300 s from 600 s
// on, else BENCH_SECONDS), BENCH_PROCESSES (1: HUB_PROCESSES of the hub), BENCH_MIXED_BARE (1; 0
// skips the baseline), BENCH_MIXED_POSTS (3000), BENCH_MIXED_WARMUP (10 s).
// Exit code 1 only on errors (a failed action, a process that died), never on a missed target.
'use strict';

const { fork } = require('node:child_process');
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
  onCleanup,
  unexpectedExits,
  startNode,
  waitReady,
  request,
  childPid,
  cpuTimes,
  cpuDelta,
  residentKb,
  meiliIdle,
  startPostgres,
  startMeilisearch,
  startHub,
  signIn,
  runInfo,
  writeResults,
  run,
  benchPorts,
  insertPeople,
  newToken,
} = require('./lib.cjs');

const PORTS = benchPorts({ hub: 3640, bare: 3641, pg: 54740, meili: 8140 });
const TARGETS = { readsP95Ms: 100, writesP95Ms: 200, deliveryP95Ms: 500, errors: 0, lost: 0, soakP95Growth: 0.2 };
const seconds = num('BENCH_SECONDS', 120);
const CONFIG = {
  members: num('BENCH_MEMBERS', 2000),
  directoryOnly: 1000, // people in the directory without a socket
  networks: 40,
  posts: num('BENCH_MIXED_POSTS', 3000),
  rate: num('BENCH_RATE', 100),
  seconds,
  windowSec: num('BENCH_WINDOW', seconds >= 600 ? 300 : seconds),
  warmupSec: num('BENCH_MIXED_WARMUP', 10),
  processes: num('BENCH_PROCESSES', 1),
  bare: process.env.BENCH_MIXED_BARE !== '0',
  searchGatherMs: process.env.SEARCH_GATHER_MS || 'default', // the hub's, when the run sets it (bench/lib.cjs startHub)
  graceSec: 15,
  connectConcurrency: 25,
  mix: { networkFeed: 55, homeFeed: 15, peopleSearch: 10, unifiedSearch: 5, post: 7, comment: 5, chat: 3 },
};
const ADMIN = { email: 'admin@familjenhelsingborg.se', password: `bench-${randomUUID()}` };
const dataDir = join(root, '.data', 'bench-mixed');
const round2 = (x) => Math.round(x * 100) / 100;

// ---- data ------------------------------------------------------------------------------------
const FIRST = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Åsa', 'Linnéa', 'Erik', 'Lars', 'Johan', 'Björn', 'Göran', 'Fatima', 'Öztürk', 'Yasmin', 'Mohammed', 'Ingrid'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Jönsson', 'Lindqvist', 'Åberg', 'Öberg', 'Hassan', 'Bergström', 'Persson', 'Svensson'];
const TITLES = ['Socialsekreterare', 'Enhetschef', 'Utvecklingsledare', 'Skolkurator', 'Verksamhetsutvecklare', 'Familjehemssekreterare', 'Kurator', 'Rektor'];
const TOPICS = ['Familjehem', 'Skolsamverkan', 'Elevhälsa', 'Ekonomiskt bistånd', 'Integration', 'Digitalisering', 'Upphandling', 'Äldreomsorg', 'Barn och unga', 'Miljö'];
const WORDS =
  'samverkan familjehem placering uppföljning barnets bästa handläggning rutin kommun nätverk träff protokoll förslag utbildning erfarenhet vårdnadshavare skola socialtjänst fråga svar umgänge elevhälsa rekrytering ersättning kartläggning'.split(
    ' ',
  );

/**
 * Like the demo, larger: members (with tokens) and directory-only people over the municipalities,
 * 40 networks (10 open, 26 closed, 4 secret) of very different sizes (each member in 1–6, drawn
 * with weights falling with the network's rank, so a few have hundreds of members and most a few
 * dozen), posts over 90 days with comments and reactions, a chat channel per network with messages.
 */
async function seed(url) {
  const random = prng(15);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const municipalities = (await db.query(`SELECT id FROM municipality ORDER BY position`)).rows.map((r) => r.id);
    const people = { id: [], email: [], name: [], municipality: [], title: [] };
    const tokens = { person: [], hash: [], prefix: [] };
    const members = [];
    for (let i = 0; i < CONFIG.members + CONFIG.directoryOnly; i++) {
      const id = randomUUID();
      people.id.push(id);
      people.email.push(`mixed${i}@bench.example`);
      people.name.push(`${pick(FIRST)} ${pick(LAST)}`);
      people.municipality.push(pick(municipalities));
      people.title.push(pick(TITLES));
      if (i < CONFIG.members) {
        const t = newToken();
        tokens.person.push(id);
        tokens.hash.push(t.hash);
        tokens.prefix.push(t.prefix);
        members.push({ person: id, token: t.token, networks: [] });
      }
    }
    await db.query('BEGIN');
    await insertPeople(db, people);
    await db.query(`INSERT INTO api_token (person_id, name, token_hash, prefix) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(p, n, h, x)`, [
      tokens.person,
      tokens.person.map(() => 'bench'),
      tokens.hash,
      tokens.prefix,
    ]);
    const networks = Array.from({ length: CONFIG.networks }, (_, i) => ({
      id: randomUUID(),
      slug: `natverk-${i + 1}`,
      name: `${TOPICS[i % TOPICS.length]} ${Math.floor(i / TOPICS.length) + 1}`,
      visibility: i % 4 === 0 ? 'open' : i % 10 === 3 ? 'secret' : 'closed',
      kind: i % 3 === 0 ? 'arbetsgrupp' : 'kunskapsnatverk',
      members: [],
    }));
    await db.query(
      `INSERT INTO network (id, slug, name, description, kind, visibility) SELECT t.id, t.slug, t.name, 'Bänkens nätverk', t.kind, t.vis FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, slug, name, kind, vis)`,
      [networks.map((n) => n.id), networks.map((n) => n.slug), networks.map((n) => n.name), networks.map((n) => n.kind), networks.map((n) => n.visibility)],
    );
    const weights = networks.map((_, i) => 1 / (i + 1) ** 0.8);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const draw = () => {
      let x = random() * weightSum;
      for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
      return weights.length - 1;
    };
    for (const m of members) {
      const want = 1 + Math.floor(random() ** 1.5 * 6);
      const mine = new Set();
      while (mine.size < want) mine.add(draw());
      for (const i of mine) {
        m.networks.push(networks[i].id);
        networks[i].members.push(m.person);
      }
    }
    const ms = { network: [], person: [], role: [] };
    for (const n of networks)
      n.members.forEach((p, i) => {
        ms.network.push(n.id);
        ms.person.push(p);
        ms.role.push(i < 2 ? 'coordinator' : 'member');
      });
    await db.query(`INSERT INTO membership (network_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [ms.network, ms.person, ms.role]);
    // Posts in proportion to each network's size, over 90 days; 0–4 comments and 0–8 reactions each.
    const posts = { id: [], network: [], author: [], body: [], at: [] };
    const comments = { post: [], network: [], author: [], body: [] };
    const reactions = { post: [], person: [], kind: [] };
    const kinds = ['like', 'heart', 'celebrate', 'thanks', 'idea'];
    const now = Date.now();
    const memberTotal = ms.person.length;
    for (const n of networks) {
      if (n.members.length === 0) continue;
      const count = Math.max(5, Math.round((CONFIG.posts * n.members.length) / memberTotal));
      for (let k = 0; k < count; k++) {
        const id = randomUUID();
        posts.id.push(id);
        posts.network.push(n.id);
        posts.author.push(pick(n.members));
        posts.body.push(Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(8 + Math.floor(random() * 30))).join('\n\n'));
        posts.at.push(new Date(now - random() * 90 * 86_400_000).toISOString());
        for (let c = Math.floor(random() * 5); c > 0; c--) {
          comments.post.push(id);
          comments.network.push(n.id);
          comments.author.push(pick(n.members));
          comments.body.push(sentence(5 + Math.floor(random() * 15)));
        }
        const reacted = new Set();
        for (let r = Math.floor(random() * 9); r > 0; r--) reacted.add(`${pick(n.members)} ${pick(kinds)}`);
        for (const key of reacted) {
          const [person, kind] = key.split(' ');
          reactions.post.push(id);
          reactions.person.push(person);
          reactions.kind.push(kind);
        }
      }
    }
    await db.query(
      `INSERT INTO post (id, network_id, author_id, body, html, created_at)
       SELECT t.id, t.n, t.a, t.b, '<p>' || t.b || '</p>', t.at FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS t(id, n, a, b, at)`,
      [posts.id, posts.network, posts.author, posts.body, posts.at],
    );
    await db.query(
      `INSERT INTO comment (post_id, network_id, author_id, body, html) SELECT t.p, t.n, t.a, t.b, '<p>' || t.b || '</p>' FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS t(p, n, a, b)`,
      [comments.post, comments.network, comments.author, comments.body],
    );
    await db.query(`INSERT INTO reaction (post_id, person_id, kind) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [reactions.post, reactions.person, reactions.kind]);
    // A chat channel per network, with 0–60 messages.
    const channels = (
      await db.query(`INSERT INTO conversation (kind, network_id) SELECT 'network', unnest($1::uuid[]) RETURNING id, network_id AS "networkId"`, [networks.map((n) => n.id)])
    ).rows;
    const msgs = { conversation: [], network: [], author: [], body: [] };
    for (const c of channels) {
      const n = networks.find((x) => x.id === c.networkId);
      if (n.members.length === 0) continue;
      for (let k = Math.floor(random() * 60); k > 0; k--) {
        msgs.conversation.push(c.id);
        msgs.network.push(n.id);
        msgs.author.push(pick(n.members));
        msgs.body.push(sentence(4 + Math.floor(random() * 12)));
      }
    }
    await db.query(
      `INSERT INTO message (conversation_id, network_id, author_id, body, html) SELECT t.c, t.n, t.a, t.b, '<p>' || t.b || '</p>' FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS t(c, n, a, b)`,
      [msgs.conversation, msgs.network, msgs.author, msgs.body],
    );
    await db.query('COMMIT');
    await db.query('VACUUM ANALYZE');
    // What the load generator needs per network: the newest posts (to comment on) and the channel.
    const recent = (await db.query(`SELECT network_id, (array_agg(id ORDER BY created_at DESC))[1:50] AS ids FROM post GROUP BY network_id`)).rows;
    const byNetwork = Object.fromEntries(
      networks.map((n) => [n.id, { posts: recent.find((r) => r.network_id === n.id)?.ids ?? [], conversation: channels.find((c) => c.networkId === n.id).id }]),
    );
    const sizes = networks.map((n) => n.members.length).sort((a, b) => b - a);
    return {
      members,
      networks: byNetwork,
      counts: {
        people: people.id.length,
        members: members.length,
        networks: networks.length,
        memberships: ms.person.length,
        networkSizes: { largest: sizes[0], median: sizes[Math.floor(sizes.length / 2)], smallest: sizes[sizes.length - 1] },
        posts: posts.id.length,
        comments: comments.post.length,
        reactions: reactions.post.length,
        messages: msgs.body.length,
      },
    };
  } finally {
    await db.end();
  }
}

// ---- the load generator, in its own process -------------------------------------------------
function startClient() {
  const proc = fork(join(__dirname, 'mixed-client.cjs'), [], { cwd: root, env: { PATH: process.env.PATH }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiters = [];
  proc.on('message', (msg) => {
    const i = waiters.findIndex((w) => w.key in msg);
    if (i >= 0) {
      const [w] = waiters.splice(i, 1);
      w.resolve(msg[w.key]);
    }
  });
  const ask = (message, key) =>
    new Promise((resolve) => {
      waiters.push({ key, resolve });
      proc.send(message);
    });
  const once = (key) => new Promise((resolve) => waiters.push({ key, resolve }));
  const close = () =>
    new Promise((resolve) => {
      if (proc.exitCode !== null) return resolve();
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      proc.send({ close: true });
    });
  onCleanup(close);
  return { proc, ask, once, close };
}

/** All PIDs of a process and its direct children (the hub's cluster workers). */
const family = (pid) => [...cpuTimes({ parentOf: pid }).keys()];
const rssMb = (pid) => Math.round(family(pid).reduce((kb, p) => kb + (residentKb(p) ?? 0), 0) / 1024);

/**
 * One measured phase against `target` (hub or bare): connect the members' sockets, warm up, run the
 * load; CPU of the server (with its workers), PostgreSQL and Meilisearch per window and in all,
 * Meilisearch's documents per window, the server's memory every 2 s.
 */
async function phase(name, { port, serverPid, postmaster, meiliPid, meiliStats, members, networks, auth }) {
  const client = startClient();
  say(`${name}: connecting ${members.length} sockets …`);
  const connected = await client.ask(
    { connect: { url: `http://${HOST}:${port}`, members: members.map((m) => ({ networks: m.networks, ...(auth === 'token' ? { token: m.token } : { person: m.person }) })), concurrency: CONFIG.connectConcurrency } },
    'connected',
  );
  say(`  ${connected.connected} connected in ${connected.seconds.toFixed(1)} s${connected.failed ? `, ${connected.failed} failed: ${connected.firstError}` : ''}`);
  await sleep(3000); // presence announcements settle
  const loadMsg = (secs, seed, windowSec) => ({ load: { port, rate: CONFIG.rate, seconds: secs, mix: CONFIG.mix, windowSec, graceSec: CONFIG.graceSec, networks, auth, seed } });
  say(`  warming up for ${CONFIG.warmupSec} s …`);
  const warm = await (async () => {
    const started = client.once('started');
    const result = client.ask(loadMsg(CONFIG.warmupSec, 1, CONFIG.warmupSec), 'result');
    await started;
    return result;
  })();
  if (warm.errors > 0) say(`  warm-up had ${warm.errors} errors: ${warm.firstErrors[0]}`);

  const probe = () => ({ server: cpuTimes({ parentOf: serverPid }), pg: cpuTimes({ parentOf: postmaster }), meili: cpuTimes({ pids: [meiliPid] }), client: cpuTimes({ pids: [client.proc.pid] }) });
  const cpuBetween = (a, b) => Object.fromEntries(Object.keys(b).map((k) => [k, cpuDelta(a[k], b[k])]));
  const rss = [];
  const sampleRss = () => rss.push(rssMb(serverPid));
  sampleRss();
  const rssTimer = setInterval(sampleRss, 2000);
  say(`  load: ${CONFIG.rate} actions/s for ${CONFIG.seconds} s${CONFIG.windowSec < CONFIG.seconds ? `, windows of ${CONFIG.windowSec} s` : ''} …`);
  const startedP = client.once('started');
  const resultP = client.ask(loadMsg(CONFIG.seconds, 2, CONFIG.windowSec), 'result');
  await startedP;
  const marks = [{ cpu: probe(), docs: await meiliStats() }];
  const windows = [];
  const windowTimer = setInterval(async () => {
    if (marks.length > Math.ceil(CONFIG.seconds / CONFIG.windowSec) - 1) return;
    const mark = { cpu: probe(), docs: await meiliStats() };
    const prev = marks[marks.length - 1];
    marks.push(mark);
    windows.push({ cpu: cpuBetween(prev.cpu, mark.cpu), documents: mark.docs - prev.docs, documentsAtEnd: mark.docs });
    say(`    window ${windows.length}: Meilisearch ${(windows.at(-1).cpu.meili / 1000).toFixed(1)} s CPU, +${windows.at(-1).documents} documents (${mark.docs} in all)`);
  }, CONFIG.windowSec * 1000);
  const result = await resultP;
  clearInterval(windowTimer);
  clearInterval(rssTimer);
  const endMark = { cpu: probe(), docs: await meiliStats() };
  if (windows.length < result.perWindow.length) {
    const prev = marks[marks.length - 1];
    windows.push({ cpu: cpuBetween(prev.cpu, endMark.cpu), documents: endMark.docs - prev.docs, documentsAtEnd: endMark.docs });
  }
  const cpu = cpuBetween(marks[0].cpu, endMark.cpu);
  await client.close();
  const perAction = (ms) => round2(ms / result.actions);
  return {
    sockets: { connected: connected.connected, failed: connected.failed, connectSec: round2(connected.seconds), upAtEnd: result.socketsUp, disconnectsDuringLoad: result.disconnectsDuringLoad },
    warmup: { actions: warm.actions, errors: warm.errors },
    actions: result.actions,
    actionsPerSec: result.actionsPerSec,
    reads: result.reads,
    writes: result.writes,
    delivery: result.delivery,
    byKind: result.byKind,
    errors: result.errors,
    firstErrors: result.firstErrors,
    cpuMsPerAction: { server: perAction(cpu.server), postgres: perAction(cpu.pg), meilisearch: perAction(cpu.meili), loadGenerator: perAction(cpu.client) },
    cpuSec: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, round2(v / 1000)])),
    serverRssMb: { start: rss[0], peak: Math.max(...rss), end: rss[rss.length - 1] },
    meilisearchDocuments: { start: marks[0].docs, end: endMark.docs },
    windows: result.perWindow.map((w, i) => ({
      ...w,
      cpuSec: windows[i] ? Object.fromEntries(Object.entries(windows[i].cpu).map(([k, v]) => [k, round2(v / 1000)])) : null,
      meiliDocumentsIndexed: windows[i]?.documents ?? null,
      meiliDocumentsAtEnd: windows[i]?.documentsAtEnd ?? null,
      meiliCpuMsPerDocument: windows[i] && windows[i].documents > 0 ? round2(windows[i].cpu.meili / windows[i].documents) : null,
      // Every write changes the index (a post or a message is a new document, a comment updates its post's).
      meiliCpuMsPerWrite: windows[i] && w.writes.count > 0 ? round2(windows[i].cpu.meili / w.writes.count) : null,
    })),
  };
}

// ---- run -------------------------------------------------------------------------------------
async function main() {
  const t0 = Date.now();
  say('');
  say(
    `Mixed-load bench: ${CONFIG.members} members with live sockets, ${CONFIG.rate} actions/s for ${CONFIG.seconds} s, hub with ${CONFIG.processes} process(es)${CONFIG.bare ? ', then the bare baseline' : ''}`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  say(`Starting a fresh embedded PostgreSQL on ${HOST}:${PORTS.pg} (${join('.data', 'bench-mixed')}) …`);
  const pg = await startPostgres({ dir: join(dataDir, 'postgres'), port: PORTS.pg, secretsDir: dataDir });
  const seedStart = Date.now();
  const { members, networks, counts } = await seed(pg.url);
  say(`Seeded ${JSON.stringify(counts)} in ${((Date.now() - seedStart) / 1000).toFixed(1)} s.`);
  const meili = await startMeilisearch({ dir: join(dataDir, 'meili'), port: PORTS.meili, secretsDir: dataDir });
  const meiliPid = childPid(/^meili/);
  const meiliKey = { authorization: `Bearer ${meili.masterKey}` };
  const meiliStats = async () => {
    const stats = JSON.parse((await request(PORTS.meili, '/stats', { headers: meiliKey })).body.toString('utf8'));
    return Object.values(stats.indexes).reduce((n, i) => n + i.numberOfDocuments, 0);
  };
  const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

  say(`Starting the hub on ${HOST}:${PORTS.hub} (HUB_PROCESSES=${CONFIG.processes}) …`);
  const hub = await startHub({ port: PORTS.hub, dataDir: join(dataDir, 'hub'), pg, meili, admin: ADMIN, env: { HUB_PROCESSES: String(CONFIG.processes) } });
  await signIn(PORTS.hub, ADMIN);
  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  const indexingStarted = Date.now();
  for (;;) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM search_outbox');
    if (rows[0].n === 0) break;
    if (Date.now() - indexingStarted > 600_000) throw new Error(`search indexing did not finish in 10 minutes (${rows[0].n} changes left)`);
    await sleep(1000);
  }
  await meiliIdle(PORTS.meili, meili.masterKey, 300_000);
  await admin.end();
  say(`Search index caught up in ${((Date.now() - indexingStarted) / 1000).toFixed(0)} s (${await meiliStats()} documents).`);

  const hubResult = await phase('hub', { port: PORTS.hub, serverPid: hub.child.pid, postmaster, meiliPid, meiliStats, members, networks, auth: 'token' });
  await hub.stop();

  let bareResult = null;
  if (CONFIG.bare) {
    say(`Starting the bare server on ${HOST}:${PORTS.bare} …`);
    const bare = startNode('bare', join(__dirname, 'bare-mixed.cjs'), { PORT: String(PORTS.bare), DATABASE_URL: pg.url, MEILI_URL: meili.url, MEILI_KEY: meili.masterKey, POOL_SIZE: '10' });
    await waitReady(bare, PORTS.bare, 20_000);
    bareResult = await phase('bare', { port: PORTS.bare, serverPid: bare.child.pid, postmaster, meiliPid, meiliStats, members, networks, auth: 'person' });
    await bare.stop();
  }

  // ---- report ----
  const h = hubResult;
  const met = {
    readsP95: h.reads.p95Ms < TARGETS.readsP95Ms,
    writesP95: h.writes.p95Ms < TARGETS.writesP95Ms,
    deliveryP95: h.delivery.p95Ms < TARGETS.deliveryP95Ms,
    errors: h.errors === 0,
    lost: h.delivery.lost === 0,
  };
  const ws = h.windows;
  const soak =
    ws.length >= 2
      ? {
          first: { reads: ws[0].reads.p95Ms, writes: ws[0].writes.p95Ms, delivery: ws[0].delivery.p95Ms },
          last: { reads: ws.at(-1).reads.p95Ms, writes: ws.at(-1).writes.p95Ms, delivery: ws.at(-1).delivery.p95Ms },
          growth: {
            reads: round2(ws.at(-1).reads.p95Ms / ws[0].reads.p95Ms - 1),
            writes: round2(ws.at(-1).writes.p95Ms / ws[0].writes.p95Ms - 1),
          },
        }
      : null;
  if (soak) met.soakWithin20Percent = soak.growth.reads <= TARGETS.soakP95Growth && soak.growth.writes <= TARGETS.soakP95Growth;
  const ratios = bareResult
    ? {
        readsP95: round2(h.reads.p95Ms / bareResult.reads.p95Ms),
        writesP95: round2(h.writes.p95Ms / bareResult.writes.p95Ms),
        deliveryP95: round2(h.delivery.p95Ms / bareResult.delivery.p95Ms),
        serverCpuPerAction: round2(h.cpuMsPerAction.server / bareResult.cpuMsPerAction.server),
        postgresCpuPerAction: round2(h.cpuMsPerAction.postgres / bareResult.cpuMsPerAction.postgres),
      }
    : null;

  say('');
  say(`${'server'.padEnd(8)}${'actions/s'.padStart(10)}  reads p50/p95/p99 ms   writes p50/p95/p99 ms   delivery p50/p95 ms  lost  errors  cpu ms/action server + pg + meili   RSS MB peak`);
  const row = (label, r) =>
    say(
      `${label.padEnd(8)}${String(r.actionsPerSec).padStart(10)}  ${`${r.reads.p50Ms} / ${r.reads.p95Ms} / ${r.reads.p99Ms}`.padEnd(22)} ${`${r.writes.p50Ms} / ${r.writes.p95Ms} / ${r.writes.p99Ms}`.padEnd(23)} ${`${r.delivery.p50Ms} / ${r.delivery.p95Ms}`.padEnd(20)} ${String(r.delivery.lost).padStart(4)}  ${String(r.errors).padStart(6)}  ${`${r.cpuMsPerAction.server} + ${r.cpuMsPerAction.postgres} + ${r.cpuMsPerAction.meilisearch}`.padEnd(33)} ${r.serverRssMb.peak}`,
    );
  row(`hub×${CONFIG.processes}`, h);
  if (bareResult) row('bare', bareResult);
  say('');
  for (const [k, r] of Object.entries(h.byKind)) say(`  hub ${k.padEnd(14)} ${String(r.count).padStart(6)} × p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms${r.errors ? `, ${r.errors} errors` : ''}`);
  if (ratios) say(`hub/bare: reads p95 ${ratios.readsP95}×, writes p95 ${ratios.writesP95}×, delivery p95 ${ratios.deliveryP95}×, server CPU per action ${ratios.serverCpuPerAction}×, PostgreSQL CPU per action ${ratios.postgresCpuPerAction}×`);
  if (ws.length >= 2) {
    say('');
    say('window   reads p95  writes p95  delivery p95  errors  meili cpu s  +docs  meili ms/doc  meili ms/write');
    for (const w of ws)
      say(
        `${`${w.fromSec}s`.padEnd(8)} ${String(w.reads.p95Ms).padStart(9)} ${String(w.writes.p95Ms).padStart(11)} ${String(w.delivery.p95Ms).padStart(13)} ${String(w.errors).padStart(7)} ${String(w.cpuSec?.meili ?? '').padStart(12)} ${String(w.meiliDocumentsIndexed ?? '').padStart(6)} ${String(w.meiliCpuMsPerDocument ?? '').padStart(13)} ${String(w.meiliCpuMsPerWrite ?? '').padStart(14)}`,
      );
  }
  say('');
  const mark = (ok) => (ok ? 'met' : 'NOT MET');
  say(
    `Targets: reads p95 < ${TARGETS.readsP95Ms} ms ${mark(met.readsP95)}; writes p95 < ${TARGETS.writesP95Ms} ms ${mark(met.writesP95)}; delivery p95 < ${TARGETS.deliveryP95Ms} ms ${mark(met.deliveryP95)}; 0 errors ${mark(met.errors)}; 0 lost ${mark(met.lost)}` +
      (soak ? `; last window within 20 % of the first ${mark(met.soakWithin20Percent)}` : ''),
  );

  writeResults(process.env.BENCH_MIXED_RESULTS || 'mixed.json', {
    ...runInfo(),
    config: { ...CONFIG, ports: PORTS },
    dataset: counts,
    targets: TARGETS,
    met,
    allMet: Object.values(met).every(Boolean),
    hub: hubResult,
    bare: bareResult,
    hubOverBare: ratios,
    soak,
    durationSec: Math.round((Date.now() - t0) / 1000),
  });
  const errors = hubResult.errors + (bareResult?.errors ?? 0);
  if (errors > 0 || unexpectedExits.length > 0) {
    if (errors > 0) say(`\n${errors} actions failed; first:\n  ${[...hubResult.firstErrors, ...(bareResult?.firstErrors ?? [])].slice(0, 5).join('\n  ')}`);
    for (const exit of unexpectedExits) say(`\n${exit}`);
    return 1;
  }
  return 0;
}

run(main);
