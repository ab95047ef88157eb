// The load generator of bench/mixed.cjs, in its own process (fork(), IPC): one Socket.IO connection
// per simulated member (socket.io-client, WebSocket transport, as the web app), then actions at a
// fixed mean rate (Poisson arrivals, open loop: an action starts on time whether or not earlier ones
// have answered), each by a random member, in the mix it is given. Every `post.created` a socket
// receives is stamped (performance.timeOrigin + performance.now()); a post's delivery time is its
// arrival minus the moment its POST was sent, and a post not received by a member of its network
// whose socket stayed up is a lost delivery. Latencies are summarised here, per window of time.
// Messages: {connect: {url, members: [{token | person, networks}], concurrency}}, {load: {...}}, {close: true}.
'use strict';

const { io } = require('socket.io-client');
const http = require('node:http');
const { prng, percentile } = require('./lib.cjs');

const now = () => performance.timeOrigin + performance.now();
let members = [];
let sockets = [];
const arrivals = new Map(); // postId -> [[member index, time]]
let disconnects = 0;

async function connect({ url, members: list, concurrency }) {
  members = list;
  sockets = new Array(list.length);
  let next = 0;
  let failed = 0;
  let firstError = '';
  const one = (i) =>
    new Promise((resolve) => {
      const m = members[i];
      const socket = io(url, {
        path: '/socket.io',
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        timeout: 60_000,
        auth: m.token ? { token: m.token } : { person: m.person },
      });
      socket.on('post.created', (event) => {
        const t = now();
        const postId = event?.data?.postId;
        let seen = arrivals.get(postId);
        if (!seen) arrivals.set(postId, (seen = []));
        seen.push([i, t]);
      });
      socket.on('disconnect', () => disconnects++);
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => {
        failed++;
        if (!firstError) firstError = err.message;
        resolve();
      });
      sockets[i] = socket;
    });
  const worker = async () => {
    while (next < members.length) await one(next++);
  };
  const started = now();
  await Promise.all(Array.from({ length: Math.min(concurrency, members.length) }, worker));
  return { connected: sockets.filter((s) => s.connected).length, failed, firstError, seconds: (now() - started) / 1000 };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function send(port, { method, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      { agent, host: '127.0.0.1', port, path, method, timeout: 30_000, headers: payload ? { ...headers, 'content-type': 'application/json', 'content-length': payload.length } : headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

const KINDS = ['networkFeed', 'homeFeed', 'peopleSearch', 'unifiedSearch', 'post', 'comment', 'chat'];
const WRITES = new Set(['post', 'comment', 'chat']);
const PEOPLE_QUERIES = ['andersson', 'socialsekreterare', 'lindqvist', 'enhetschef', 'åsa', 'kurator', 'bergström', 'hassan', 'utvecklingsledare', 'öberg'];
const QUERIES = ['familjehem', 'uppföljning placering', 'umgänge', 'skolgång elevhälsa', 'rekrytering', 'barnets bästa', 'handledning', 'ersättning', 'kartläggning', 'återförening'];

/** Runs the load; resolves with per-kind, per-window latencies (summarised), errors and deliveries. */
async function load({ port, rate, seconds, mix, windowSec, graceSec, networks, auth, seed }) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const cumulative = [];
  let total = 0;
  for (const k of KINDS) cumulative.push([k, (total += mix[k] ?? 0)]);
  const kindOf = () => {
    const x = random() * total;
    return cumulative.find(([, c]) => x < c)[0];
  };
  const headersOf = (m) => (auth === 'token' ? { authorization: `Bearer ${m.token}` } : { 'x-person': m.person });
  let n = 0;
  const action = (kind, m) => {
    const networkId = pick(m.networks);
    const net = networks[networkId];
    const text = `${pick(QUERIES)} – inlägg ${n} från bänken: hur gör ni med uppföljning av placeringar i familjehem?`;
    switch (kind) {
      case 'networkFeed':
        return { method: 'GET', path: `/api/v1/networks/${networkId}/posts` };
      case 'homeFeed':
        return { method: 'GET', path: '/api/v1/feed' };
      case 'peopleSearch':
        return { method: 'GET', path: `/api/v1/people/search?q=${encodeURIComponent(pick(PEOPLE_QUERIES))}` };
      case 'unifiedSearch':
        return { method: 'GET', path: `/api/v1/search?q=${encodeURIComponent(pick(QUERIES))}` };
      case 'post':
        return { method: 'POST', path: `/api/v1/networks/${networkId}/posts`, body: { body: text }, networkId };
      case 'comment':
        return { method: 'POST', path: `/api/v1/posts/${pick(net.posts)}/comments`, body: { body: `Tack! ${text}` } };
      default:
        return { method: 'POST', path: `/api/v1/conversations/${net.conversation}/messages`, body: { body: `Hej! ${text}` } };
    }
  };
  const samples = []; // [kind index, window, latency ms, ok]
  const posts = []; // {id, networkId, sent}
  let errors = 0;
  const firstErrors = [];
  const inFlight = new Set();
  const connectedAtStart = sockets.map((s) => s.connected);
  const disconnectsBefore = disconnects;
  const start = now();
  process.send({ started: Date.now() });
  const end = start + seconds * 1000;
  let due = start;
  while (due < end) {
    const wait = due - now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const kind = kindOf();
    const m = members[Math.floor(random() * members.length)];
    const req = action(kind, m);
    n++;
    const sent = now();
    const window = Math.floor((sent - start) / (windowSec * 1000));
    const p = send(port, { ...req, headers: headersOf(m) }).then(
      (res) => {
        const ok = res.status === (WRITES.has(kind) ? 201 : 200);
        samples.push([KINDS.indexOf(kind), window, now() - sent, ok]);
        if (!ok) {
          errors++;
          if (firstErrors.length < 5) firstErrors.push(`${kind} ${req.path}: HTTP ${res.status} ${res.body.toString('utf8').slice(0, 200)}`);
        } else if (kind === 'post') {
          const id = JSON.parse(res.body.toString('utf8')).id;
          posts.push({ id, networkId: req.networkId, sent, window });
          networks[req.networkId].posts.push(id);
        }
      },
      (err) => {
        samples.push([KINDS.indexOf(kind), window, now() - sent, false]);
        errors++;
        if (firstErrors.length < 5) firstErrors.push(`${kind} ${req.path}: ${err.message}`);
      },
    );
    inFlight.add(p);
    void p.then(() => inFlight.delete(p));
    due += (-Math.log(1 - random()) / rate) * 1000;
  }
  const elapsed = (now() - start) / 1000;
  await Promise.all([...inFlight]);
  // Deliveries still on their way get up to graceSec.
  // Expected: every member of the post's network whose socket was up from start to end.
  const byNetwork = new Map();
  members.forEach((mm, i) => {
    if (!connectedAtStart[i] || !sockets[i].connected) return;
    for (const id of mm.networks) byNetwork.set(id, [...(byNetwork.get(id) ?? []), i]);
  });
  const expected = (post) => byNetwork.get(post.networkId) ?? [];
  const graceEnd = now() + graceSec * 1000;
  const missing = () => posts.reduce((sum, post) => sum + Math.max(0, expected(post).length - new Set((arrivals.get(post.id) ?? []).map(([i]) => i)).size), 0);
  while (now() < graceEnd && missing() > 0) await new Promise((r) => setTimeout(r, 250));

  const windows = Math.ceil(seconds / windowSec);
  const summary = (list) => {
    const sorted = list.sort((a, b) => a - b);
    const r = (x) => Math.round(x * 10) / 10;
    return { count: sorted.length, p50Ms: r(percentile(sorted, 50)), p95Ms: r(percentile(sorted, 95)), p99Ms: r(percentile(sorted, 99)), maxMs: r(sorted[sorted.length - 1] ?? NaN) };
  };
  const group = (filter) => summary(samples.filter(filter).map((s) => s[2]));
  const byKind = Object.fromEntries(KINDS.map((k, i) => [k, { ...group((s) => s[0] === i), errors: samples.filter((s) => s[0] === i && !s[3]).length }]));
  const isWrite = (s) => WRITES.has(KINDS[s[0]]);
  const deliveries = [];
  const deliveriesByWindow = Array.from({ length: windows }, () => []);
  let lost = 0;
  let expectedTotal = 0;
  for (const post of posts) {
    const want = new Set(expected(post));
    expectedTotal += want.size;
    const got = new Set();
    for (const [i, t] of arrivals.get(post.id) ?? []) {
      if (!want.has(i) || got.has(i)) continue;
      got.add(i);
      deliveries.push(t - post.sent);
      deliveriesByWindow[Math.min(post.window, windows - 1)]?.push(t - post.sent);
    }
    lost += want.size - got.size;
  }
  const perWindow = Array.from({ length: windows }, (_, w) => ({
    window: w,
    fromSec: w * windowSec,
    reads: group((s) => s[1] === w && !isWrite(s)),
    writes: group((s) => s[1] === w && isWrite(s)),
    delivery: summary(deliveriesByWindow[w]),
    errors: samples.filter((s) => s[1] === w && !s[3]).length,
  }));
  return {
    actions: samples.length,
    elapsed,
    actionsPerSec: Math.round((samples.length / elapsed) * 10) / 10,
    reads: group((s) => !isWrite(s)),
    writes: group(isWrite),
    byKind,
    errors,
    firstErrors,
    delivery: { ...summary(deliveries), posts: posts.length, expected: expectedTotal, lost },
    socketsUp: sockets.filter((s) => s.connected).length,
    disconnectsDuringLoad: disconnects - disconnectsBefore,
    perWindow,
  };
}

process.on('message', async (msg) => {
  if (msg.connect) process.send({ connected: await connect(msg.connect) });
  else if (msg.load) process.send({ result: await load(msg.load) });
  else if (msg.close) {
    for (const s of sockets) s?.disconnect();
    setTimeout(() => process.exit(0), 300);
  }
});
process.on('disconnect', () => process.exit(0));
