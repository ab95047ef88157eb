// What bench/run.cjs (lists), bench/documents.cjs (uploads and downloads) and bench/calendar.cjs
// (the calendar feed) share: the processes they start and stop by PID, the keep-alive HTTP client,
// CPU and memory from /proc, starting the embedded stores and the built hub, signing in, a seeded
// PRNG for test data, and the results file. See bench/README.md.
'use strict';

const { spawn, execFileSync } = require('node:child_process');
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

/** A benchmark's ports, all moved by BENCH_PORT_OFFSET (two benchmarks at once on one machine). */
const benchPorts = (defaults) => {
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
  child.once('exit', (code, signal) => {
    if (!cleaning)
      unexpectedExits.push(
        `${name} (pid ${child.pid}) exited during the run with ${signal ?? `code ${code}`}; its last output:\n${tail.join('').slice(-2000)}`,
      );
  });
  cleanups.push(
    () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => process.kill(child.pid, 'SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        process.kill(child.pid, 'SIGTERM');
      }),
  );
  return { child, output: () => tail.join('').slice(-3000), name };
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

module.exports = {
  root,
  benchPorts,
  HOST,
  say,
  sleep,
  num,
  prng,
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
  startPostgres,
  startMeilisearch,
  startHub,
  signIn,
  runInfo,
  writeResults,
  run,
};
