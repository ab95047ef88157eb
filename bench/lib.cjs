// What the benchmarks (bench/run.cjs and the ones it starts) share: the processes they start and
// stop by PID, the keep-alive HTTP client and a timed load loop, CPU and memory from /proc, starting
// the embedded stores and the built hub, signing in, a seeded PRNG for test data, the generated
// Swedish posts and queries of the two search benchmarks, and the results file. See bench/README.md.
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const { createHash, randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist', 'api');
const { startEmbeddedPostgres, startEmbeddedMeilisearch } = require(join(dist, 'node_modules', '@hub', 'runtime'));
const { runMigrations } = require(join(dist, 'apps', 'api', 'src', 'database', 'data-source.js'));
const { ensureDatabase } = require(join(dist, 'apps', 'api', 'src', 'database', 'ensure-database.js'));

const HOST = '127.0.0.1';
const resultsDir = join(__dirname, 'results');

const say = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A positive number from the environment, or the fallback. */
const num = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
};

/**
 * A benchmark's ports, all moved by BENCH_PORT_OFFSET (two benchmarks at once on one machine), or,
 * with BENCH_PORT_BASE, numbered from that port on in the order the benchmark lists them (for a
 * range of ports handed out to one user of a shared machine: BENCH_PORT_BASE=41200).
 */
const benchPorts = (defaults) => {
  const base = process.env.BENCH_PORT_BASE;
  if (base !== undefined && base !== '') {
    const first = Number(base);
    if (!Number.isInteger(first) || first < 1024 || first + Object.keys(defaults).length > 65535) throw new Error(`BENCH_PORT_BASE must be a port 1024–65535, not "${base}"`);
    return Object.fromEntries(Object.keys(defaults).map((k, i) => [k, first + i]));
  }
  const raw = process.env.BENCH_PORT_OFFSET;
  const offset = raw === undefined || raw === '' ? 0 : Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 1000) throw new Error(`BENCH_PORT_OFFSET must be a whole number 0–1000, not "${raw}"`);
  return Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, v + offset]));
};

/** A small seeded PRNG (mulberry32): the same data on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- processes we start, stopped in reverse order whatever happens ----------------------------
const cleanups = [];
const unexpectedExits = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const stop of cleanups.reverse()) await stop().catch((err) => say(`  (stopping: ${err.message})`));
  })();
  return cleaning;
}
/** Runs `stop` (async) when the bench ends, before what was registered earlier. */
const onCleanup = (stop) => cleanups.push(stop);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    say(`\n${signal}: stopping everything the bench started …`);
    void cleanup().then(() => process.exit(130));
  });
}

/** Spawns a node script; keeps the tail of its output for error messages; stops it by its PID. */
function startNode(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    tail.push(chunk.toString('utf8'));
    if (tail.length > 40) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!cleaning && !stopping)
      unexpectedExits.push(
        `${name} (pid ${child.pid}) exited during the run with ${signal ?? `code ${code}`}; its last output:\n${tail.join('').slice(-2000)}`,
      );
  });
  const stop = () =>
    new Promise((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => process.kill(child.pid, 'SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      process.kill(child.pid, 'SIGTERM');
    });
  cleanups.push(stop);
  // stop(): ends it before the bench does (by its PID), without counting that as an unexpected exit.
  return { child, output: () => tail.join('').slice(-3000), name, stop };
}

async function waitReady(proc, port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited with code ${proc.child.exitCode}:\n${proc.output()}`);
    const res = await request(port, '/api/ready', {}).catch(() => null);
    if (res && res.status === 200) return;
    await sleep(150);
  }
  throw new Error(`${proc.name} was not ready on port ${port} within ${timeoutMs / 1000} s:\n${proc.output()}`);
}

// ---- HTTP ------------------------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One keep-alive request; resolves with status, headers and body once the body is read. */
function request(port, path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        agent,
        host: HOST,
        port,
        path,
        method,
        headers: payload ? { ...headers, 'content-type': 'application/json', 'content-length': payload.length } : headers,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

// ---- CPU and memory from /proc (Linux) ---------------------------------------------------------
let clockTicks = 100;
try {
  clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // keep the usual 100
}
/** user+system CPU milliseconds of each given process (or of every child of `parentOf`). */
function cpuTimes({ pids = [], parentOf } = {}) {
  const out = new Map();
  if (!existsSync('/proc/self/stat')) return out;
  const want = new Set(pids);
  const names = parentOf === undefined ? [...want].map(String) : readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  for (const name of names) {
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    if (parentOf !== undefined && pid !== parentOf && Number(fields[1]) !== parentOf) continue;
    out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks);
  }
  return out;
}
const cpuDelta = (before, after) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

/** Resident memory of a process in KiB (VmRSS), or undefined once it is gone. */
function residentKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

const percentile = (sorted, p) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Load for a fixed time: `concurrency` workers, each sending `makeRequest(n)` ({path, method,
 * headers, body}) as soon as the previous answer is read. `probe()` returns named Maps of CPU times
 * (from cpuTimes); the result's `cpu` has the milliseconds each name used meanwhile, and `client`
 * this process's own. An answer other than `okStatus` counts as an error.
 */
async function loadFor(port, makeRequest, seconds, concurrency, probe = () => ({}), okStatus = 200) {
  const latencies = [];
  const before = probe();
  const clientBefore = process.cpuUsage();
  let errors = 0;
  let firstError = '';
  let n = 0;
  const started = process.hrtime.bigint();
  const end = started + BigInt(Math.round(seconds * 1e9));
  const worker = async () => {
    while (process.hrtime.bigint() < end) {
      const { path, method, headers, body } = makeRequest(n++);
      const t0 = process.hrtime.bigint();
      try {
        const res = await request(port, path, { method, headers, body });
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (res.status !== okStatus) {
          errors++;
          if (!firstError) firstError = `HTTP ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`;
        }
      } catch (err) {
        errors++;
        if (!firstError) firstError = err.message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const after = probe();
  const client = process.cpuUsage(clientBefore);
  const cpu = Object.fromEntries(Object.keys(after).map((k) => [k, cpuDelta(before[k] ?? new Map(), after[k])]));
  cpu.client = (client.user + client.system) / 1000;
  return { requests: latencies.length, elapsed, latencies, errors, firstError, cpu };
}

/** Adds one loadFor() round to `samples[key]` (requests, latencies, req/s per round, errors, CPU by name). */
function addRound(samples, key, r) {
  const s = (samples[key] ??= { requests: 0, elapsed: 0, latencies: [], rounds: [], errors: 0, cpu: {} });
  s.requests += r.requests;
  s.elapsed += r.elapsed;
  for (const l of r.latencies) s.latencies.push(l);
  s.rounds.push(Math.round(r.requests / r.elapsed));
  s.errors += r.errors;
  for (const [k, ms] of Object.entries(r.cpu)) s.cpu[k] = (s.cpu[k] ?? 0) + ms;
  return s;
}

/** req/s, p50/p95/p99 (ms, two decimals) and counts of the rounds added with addRound(). */
function summarizeRounds(s) {
  const sorted = s.latencies.sort((x, y) => x - y);
  const round2 = (x) => Math.round(x * 100) / 100;
  return {
    rps: Math.round(s.requests / s.elapsed),
    p50Ms: round2(percentile(sorted, 50)),
    p95Ms: round2(percentile(sorted, 95)),
    p99Ms: round2(percentile(sorted, 99)),
    requests: s.requests,
    errors: s.errors,
    roundsRps: s.rounds,
  };
}

/** PID of a child of this process whose command name matches `pattern` (the embedded Meilisearch's starter does not return it). */
function childPid(pattern) {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (pattern.test(command) && Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** An API token as AuthService.createToken() makes one: `nh_` + 32 random bytes, only its SHA-256 stored. */
const newToken = () => {
  const token = `nh_${randomBytes(32).toString('base64url')}`;
  return { token, hash: createHash('sha256').update(token).digest('hex'), prefix: token.slice(0, 10) };
};

/** Members (role 'member') from columns of equal length: {id, email, name, municipality, title}, in one statement. */
const insertPeople = (db, people) =>
  db.query(
    `INSERT INTO person (id, email, name, role, municipality_id, title)
     SELECT t.id, t.email, t.name, 'member', t.m, t.title FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[]) AS t(id, email, name, m, title)`,
    [people.id, people.email, people.name, people.municipality, people.title],
  );

// ---- search data (bench/search.cjs and bench/search-fts.cjs) -----------------------------------
/** The words generated posts are made of, and the queries both search benchmarks send. */
const SEARCH_WORDS = (
  'samverkan familjehem placering uppföljning barnets bästa handläggning rutin kommun nätverk träff protokoll förslag utbildning erfarenhet vårdnadshavare ' +
  'skola socialtjänst fråga svar kontaktperson jourhem umgänge utredning beslut nämnd tillsyn kartläggning hälsa tandvård fritid ekonomi ersättning ' +
  'matchning rekrytering stöd handledare konsulent återförening anknytning trauma skolgång betyg elevhälsa kurator psykolog region vårdcentral'
).split(' ');
const SEARCH_QUERIES = ['familjehem', 'uppföljning placering', 'umgänge', 'skolgång elevhälsa', 'rekrytering', 'barnets bästa', 'handledning', 'ersättning', 'kartläggning', 'återförening'];

/** A generated post body: 1–3 paragraphs of 10–39 random SEARCH_WORDS, drawn from `random` (a prng). */
function searchPostBody(random) {
  const word = () => SEARCH_WORDS[Math.floor(random() * SEARCH_WORDS.length)];
  return Array.from({ length: 1 + Math.floor(random() * 3) }, () => Array.from({ length: 10 + Math.floor(random() * 30) }, word).join(' ')).join('\n\n');
}

/** Waits until Meilisearch (master key `key`) has no enqueued or processing task; `progress(left)` every 30 s. */
async function meiliIdle(port, key, timeoutMs, progress = () => {}) {
  const headers = { authorization: `Bearer ${key}` };
  const started = Date.now();
  let said = started;
  for (;;) {
    const res = await request(port, '/tasks?statuses=enqueued,processing&limit=1', { headers });
    const body = JSON.parse(res.body.toString('utf8'));
    if (body.results.length === 0) return;
    if (Date.now() - started > timeoutMs) throw new Error(`Meilisearch still had tasks after ${timeoutMs / 1000} s`);
    if (Date.now() - said > 30_000) {
      progress(body.total);
      said = Date.now();
    }
    await sleep(500);
  }
}

// ---- the stores and the hub --------------------------------------------------------------------
/** A fresh embedded PostgreSQL in `dir` with the hub's database and migrations; stopped at the end. */
async function startPostgres({ dir, port, secretsDir, onLog }) {
  const pg = await startEmbeddedPostgres({ dir, port, secretsDir, onLog });
  cleanups.push(() => pg.stop());
  await ensureDatabase(pg.adminUrl('postgres'), 'hub');
  await runMigrations(pg.url);
  return pg;
}

async function startMeilisearch({ dir, port, secretsDir }) {
  const meili = await startEmbeddedMeilisearch({ dir, port, secretsDir });
  cleanups.push(() => meili.stop());
  return meili;
}

/**
 * The built hub (`npm run build`) as a child process on its own port and data folder, without demo
 * data, with `admin` as its administrator; resolves once /api/ready answers.
 * BENCH_HUB_NODE_OPTIONS becomes its NODE_OPTIONS (e.g. --cpu-prof --cpu-prof-dir=/tmp/hub-prof).
 */
async function startHub({ port, dataDir, pg, meili, admin, env = {} }) {
  const hub = startNode('hub', join(dist, 'apps', 'api', 'src', 'main.js'), {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST,
    PUBLIC_URL: `http://${HOST}:${port}`,
    HUB_DATA_DIR: dataDir,
    DATABASE_URL: pg.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    HUB_SEED_DEMO: 'false',
    HUB_ADMIN_EMAIL: admin.email,
    HUB_ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: 'warn',
    // One hub process unless the run asks for more (HUB_PROCESSES=2 npm run bench), so figures compare.
    HUB_PROCESSES: process.env.HUB_PROCESSES || '1',
    // The search worker's gathering window, when the run sets one (SEARCH_GATHER_MS=500 npm run bench).
    ...(process.env.SEARCH_GATHER_MS ? { SEARCH_GATHER_MS: process.env.SEARCH_GATHER_MS } : {}),
    // Socket.IO through Redis instead of PostgreSQL, when the run names one (REDIS_URL=redis://… npm run bench).
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...env,
    ...(process.env.BENCH_HUB_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_HUB_NODE_OPTIONS } : {}),
  });
  await waitReady(hub, port, 60_000);
  return hub;
}

/**
 * Signs in as `admin`; returns the session cookie, the CSRF token and the person id, and `headers`
 * for state-changing requests with that cookie (cookie, X-CSRF-Token, Origin).
 */
async function signIn(port, admin) {
  const login = await request(port, '/api/v1/auth/login', { method: 'POST', body: { email: admin.email, password: admin.password } });
  if (login.status !== 200) throw new Error(`Sign-in failed: HTTP ${login.status} ${login.body.toString('utf8').slice(0, 300)}`);
  const { csrfToken, personId } = JSON.parse(login.body.toString('utf8'));
  const cookie = []
    .concat(login.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('nh_session='));
  if (!cookie) throw new Error('Sign-in set no nh_session cookie');
  return { cookie, csrfToken, personId, headers: { cookie, 'x-csrf-token': csrfToken, origin: `http://${HOST}:${port}` } };
}

// ---- results ---------------------------------------------------------------------------------
function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** The head of every results file: when, which commit, which machine. */
const runInfo = () => ({
  date: new Date().toISOString(),
  commit: gitCommit(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? null,
});

function writeResults(fileName, report) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, fileName), `${JSON.stringify(report, null, 2)}\n`);
  say(`Written to bench/results/${fileName} (${report.durationSec} s in all).`);
}

/**
 * Runs `main` (resolving to an exit code), stops everything started, then runs `after` (if any,
 * returning an exit code) and exits with the worse of the two codes.
 */
function run(main, after = () => 0) {
  main()
    .catch((err) => {
      process.stderr.write(`\nThe bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    })
    .then(async (code) => {
      await cleanup();
      process.exit(Math.max(code, after()));
    });
}

/** A benchmark's exit code: 1 when requests failed or a server died (listed), else 0; never for a missed target. */
function exitCode(errors, firstErrors) {
  if (errors === 0 && unexpectedExits.length === 0) return 0;
  if (errors > 0) say(`\n${errors} errors; first:\n  ${firstErrors.slice(0, 5).join('\n  ')}`);
  for (const exit of unexpectedExits) say(`\n${exit}`);
  return 1;
}

module.exports = {
  exitCode,
  root,
  benchPorts,
  HOST,
  say,
  sleep,
  num,
  prng,
  newToken,
  insertPeople,
  onCleanup,
  unexpectedExits,
  startNode,
  waitReady,
  agent,
  request,
  cpuTimes,
  cpuDelta,
  residentKb,
  percentile,
  loadFor,
  addRound,
  summarizeRounds,
  childPid,
  SEARCH_WORDS,
  SEARCH_QUERIES,
  searchPostBody,
  meiliIdle,
  startPostgres,
  startMeilisearch,
  startHub,
  signIn,
  runInfo,
  writeResults,
  run,
};
