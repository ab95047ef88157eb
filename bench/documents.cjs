// npm run bench (or BENCH_ONLY=documents): upload and download of a 40 MB PDF through the hub's
// document library against a bare Fastify server streaming the same bytes to and from disk, and the
// hub's resident memory during the uploads. See bench/README.md.
// Tunables (env): BENCH_DOC_MB (40), BENCH_DOC_ROUNDS (10), BENCH_DOC_WARMUP (2), BENCH_HUB_NODE_OPTIONS.
// Exit code 1 only on errors, never on a missed target.
'use strict';

const { createHash, randomBytes, randomUUID } = require('node:crypto');
const { closeSync, createReadStream, mkdirSync, openSync, readFileSync, rmSync, writeSync } = require('node:fs');
const http = require('node:http');
const { join } = require('node:path');
const {
  root,
  HOST,
  say,
  sleep,
  num,
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
  benchPorts,
} = require('./lib.cjs');

const PORTS = benchPorts({ hub: 3610, bare: 3611, pg: 54710, meili: 8110 });
const MB = 1024 * 1024;
/** The hub's resident memory during uploads may grow at most this much above idle (MB). */
const MEMORY_TARGET_MB = 100;
const CONFIG = {
  fileMb: num('BENCH_DOC_MB', 40),
  rounds: num('BENCH_DOC_ROUNDS', 10),
  warmupRounds: num('BENCH_DOC_WARMUP', 2),
  sampleEveryMs: 50,
  idleSec: 2,
  fileName: 'Stor rapport.pdf',
};
const ADMIN = { email: 'admin@familjenhelsingborg.se', password: `bench-${randomUUID()}` };
const dataDir = join(root, '.data', 'bench-docs');
const round2 = (x) => Math.round(x * 100) / 100;

// ---- the file: a valid one-page PDF, padded to size with an unreferenced stream of random bytes ----
/**
 * Writes `bytes` bytes of PDF to `path` (header, catalog, a page saying "Stor rapport", a stream
 * object of random bytes like a compressed image, xref, trailer, %%EOF) and returns its SHA-256.
 * It passes the hub's content check and its text can be read, so the extraction job ends quickly.
 */
function writePdf(path, bytes) {
  const text = 'BT /F1 24 Tf 72 760 Td (Stor rapport) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const layout = (filler) => {
    let head = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
    const offsets = [];
    objects.forEach((body, i) => {
      offsets.push(head.length);
      head += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    offsets.push(head.length);
    head += `6 0 obj\n<< /Length ${filler} >>\nstream\n`;
    const xrefAt = head.length + filler + '\nendstream\nendobj\n'.length;
    const tail =
      `\nendstream\nendobj\nxref\n0 7\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
      `trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return { head: Buffer.from(head, 'latin1'), tail: Buffer.from(tail, 'latin1') };
  };
  let filler = bytes;
  for (let i = 0; i < 3; i++) {
    const { head, tail } = layout(filler);
    filler = bytes - head.length - tail.length;
  }
  const { head, tail } = layout(filler);
  if (filler <= 0 || head.length + filler + tail.length !== bytes) throw new Error(`cannot lay out a PDF of ${bytes} bytes`);
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  try {
    const put = (buffer) => {
      hash.update(buffer);
      writeSync(fd, buffer);
    };
    put(head);
    for (let left = filler; left > 0; left -= MB) put(randomBytes(Math.min(MB, left)));
    put(tail);
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

// ---- HTTP: the file streamed from disk as multipart/form-data, and downloads read to the end ------
/** POSTs `file` as the multipart field `file`, read from disk as it is sent (never whole in memory). */
function uploadFile(port, path, headers, file, size, fileName) {
  const boundary = `----bench-${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      {
        agent,
        host: HOST,
        port,
        path,
        method: 'POST',
        headers: {
          ...headers,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        answered = true;
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    // An early answer (an error before the body was read) may cut the upload short: the answer counts.
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const source = createReadStream(file);
    source.on('error', (err) => {
      req.destroy(err);
      reject(err);
    });
    source.on('end', () => req.end(tail));
    req.write(head);
    source.pipe(req, { end: false });
  });
}

/** GETs `path` and reads the body to its end, counting (and, if asked, hashing) the bytes. */
function downloadFile(port, path, headers, { hash = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: HOST, port, path, method: 'GET', headers }, (res) => {
      const digest = hash ? createHash('sha256') : null;
      let bytes = 0;
      const errorBody = [];
      res.on('data', (c) => {
        bytes += c.length;
        if (digest) digest.update(c);
        if (res.statusCode !== 200 && errorBody.length < 16) errorBody.push(c);
      });
      res.on('end', () => resolve({ status: res.statusCode, bytes, sha256: digest?.digest('hex'), body: Buffer.concat(errorBody) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const json = (res) => JSON.parse(res.body.toString('utf8'));
const problem = (res) => `HTTP ${res.status} ${res.body.toString('utf8').slice(0, 300)}`;

// ---- the hub's resident memory, sampled every 50 ms from /proc -------------------------------------
/** Samples VmRSS of `pid` (and of its child processes, the PDF text worker) tagged with the current phase. */
function memorySampler(pid, everyMs) {
  const samples = [];
  let phase = 'start';
  let segment = 0;
  let last = process.hrtime.bigint();
  let maxGapMs = 0;
  const childrenKb = () => {
    let ids = [];
    try {
      ids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      // not available: no child figures
    }
    return ids.reduce((sum, id) => sum + (residentKb(id) ?? 0), 0);
  };
  const take = () => {
    const now = process.hrtime.bigint();
    maxGapMs = Math.max(maxGapMs, Number(now - last) / 1e6);
    last = now;
    const kb = residentKb(pid);
    if (kb !== undefined) samples.push({ phase, segment, kb, childrenKb: childrenKb() });
  };
  take();
  const timer = setInterval(take, everyMs);
  onCleanup(async () => clearInterval(timer));
  const of = (name) => samples.filter((s) => s.phase === name);
  return {
    /** Starts a phase (idle, upload, download, between, after); each start is a segment of its own. */
    set(name) {
      take();
      phase = name;
      segment++;
      take();
    },
    stop: () => clearInterval(timer),
    of,
    peakMb: (name, key = 'kb') => Math.max(...of(name).map((s) => s[key])) / 1024,
    /** The peak of each segment of a phase, in order (one per upload, say). */
    peaksMb: (name) => {
      const peaks = new Map();
      for (const s of of(name)) peaks.set(s.segment, Math.max(peaks.get(s.segment) ?? 0, s.kb));
      return [...peaks.values()].map((kb) => Math.round(kb / 1024));
    },
    medianMb: (name) =>
      percentile(
        of(name)
          .map((s) => s.kb)
          .sort((a, b) => a - b),
        50,
      ) / 1024,
    count: () => samples.length,
    maxGapMs: () => Math.round(maxGapMs),
  };
}

async function main() {
  const t0 = Date.now();
  const fileBytes = Math.round(CONFIG.fileMb * MB);
  say(
    `Nätverkshubben document bench: a ${CONFIG.fileMb} MB PDF, ${CONFIG.rounds} interleaved rounds of upload and of download, hub vs bare Fastify`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  // The bytes (the file, the hub's store, the baseline's copy) go; the database may stay for a look.
  onCleanup(async () => {
    for (const dir of ['source', 'bare-files', join('hub', 'documents')]) rmSync(join(dataDir, dir), { recursive: true, force: true });
  });
  const source = join(dataDir, 'source', 'upload.pdf');
  mkdirSync(join(dataDir, 'source'), { recursive: true });
  const sha256 = writePdf(source, fileBytes);
  say(`Wrote ${CONFIG.fileName} (${fileBytes.toLocaleString('sv-SE')} bytes, a one-page PDF padded with random bytes).`);

  say(
    `Starting a fresh embedded PostgreSQL on ${HOST}:${PORTS.pg} and Meilisearch on ${HOST}:${PORTS.meili} (${join('.data', 'bench-docs')}) …`,
  );
  const pg = await startPostgres({ dir: join(dataDir, 'postgres'), port: PORTS.pg, secretsDir: dataDir });
  const meili = await startMeilisearch({ dir: join(dataDir, 'meili'), port: PORTS.meili, secretsDir: dataDir });

  say(`Starting the hub on ${HOST}:${PORTS.hub} and the bare server on ${HOST}:${PORTS.bare} …`);
  const maxMb = Math.ceil(CONFIG.fileMb) + 1 > 50 ? { DOCUMENT_MAX_MB: String(Math.ceil(CONFIG.fileMb) + 10) } : {};
  const hub = await startHub({ port: PORTS.hub, dataDir: join(dataDir, 'hub'), pg, meili, admin: ADMIN, env: maxMb });
  const { cookie, headers: withCsrf } = await signIn(PORTS.hub, ADMIN);

  const settings = await request(PORTS.hub, '/api/v1/admin/document-settings', {
    method: 'PATCH',
    headers: withCsrf,
    body: { networkQuotaMb: 100_000 },
  });
  if (settings.status !== 200) throw new Error(`Raising the quota failed: ${problem(settings)}`);
  const created = await request(PORTS.hub, '/api/v1/networks', {
    method: 'POST',
    headers: withCsrf,
    body: { name: 'Nätverket för stora rapporter', slug: 'stora-rapporter', kind: 'arbetsgrupp', visibility: 'closed' },
  });
  if (created.status !== 201) throw new Error(`Creating a network failed: ${problem(created)}`);
  const network = json(created);

  const bareFiles = join(dataDir, 'bare-files');
  mkdirSync(bareFiles, { recursive: true });
  const bare = startNode('bare', join(__dirname, 'bare-server.cjs'), { PORT: String(PORTS.bare), FILES_DIR: bareFiles });
  await waitReady(bare, PORTS.bare, 20_000);

  const targets = {
    hub: {
      proc: hub,
      upload: () => uploadFile(PORTS.hub, `/api/v1/networks/${network.id}/documents`, withCsrf, source, fileBytes, CONFIG.fileName),
      download: (id, options) => downloadFile(PORTS.hub, `/api/v1/documents/${id}/download`, { cookie }, options),
    },
    bare: {
      proc: bare,
      upload: () => uploadFile(PORTS.bare, '/files', {}, source, fileBytes, CONFIG.fileName),
      download: (_id, options) => downloadFile(PORTS.bare, '/files/latest', {}, options),
    },
  };

  /** Waits until the hub has read the text of a new document (the job runs in its own process). */
  const extractions = [];
  const awaitExtraction = async (id) => {
    const started = Date.now();
    for (;;) {
      const res = await request(PORTS.hub, `/api/v1/documents/${id}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`Reading document ${id} failed: ${problem(res)}`);
      const { extraction } = json(res);
      if (extraction.status !== 'pending') {
        extractions.push({ status: extraction.status, reason: extraction.reason, seconds: round2((Date.now() - started) / 1000) });
        return;
      }
      if (Date.now() - started > 120_000) throw new Error(`the text of document ${id} was still pending after 2 minutes`);
      await sleep(200);
    }
  };

  // Idle: the hub signed in, its network made, nothing uploaded yet.
  const memory = memorySampler(hub.child.pid, CONFIG.sampleEveryMs);
  memory.set('idle');
  await sleep(CONFIG.idleSec * 1000);

  // One upload and one download each, checked byte for byte, before anything is timed.
  memory.set('upload');
  const first = await targets.hub.upload();
  memory.set('between');
  if (first.status !== 201) throw new Error(`The hub refused the upload: ${problem(first)}`);
  const doc = json(first);
  if (doc.size !== fileBytes || doc.versions?.[0]?.sha256 !== sha256)
    throw new Error(`The hub stored ${doc.size} bytes with SHA-256 ${doc.versions?.[0]?.sha256}, not ${fileBytes} with ${sha256}`);
  await awaitExtraction(doc.id);
  const bareFirst = await targets.bare.upload();
  if (bareFirst.status !== 201 || json(bareFirst).size !== fileBytes)
    throw new Error(`The bare server's upload failed: ${problem(bareFirst)}`);
  for (const name of ['hub', 'bare']) {
    memory.set(name === 'hub' ? 'download' : 'between');
    const got = await targets[name].download(doc.id, { hash: true });
    memory.set('between');
    if (got.status !== 200 || got.bytes !== fileBytes || got.sha256 !== sha256) {
      throw new Error(
        `${name} download: HTTP ${got.status}, ${got.bytes} bytes, SHA-256 ${got.sha256} (expected ${fileBytes} bytes, ${sha256}) ${got.body.toString('utf8').slice(0, 300)}`,
      );
    }
  }
  say(
    `Both servers store and return the file byte for byte; the hub read its text in ${extractions[0].seconds} s (${extractions[0].status}). ` +
      `Measuring after ${CONFIG.warmupRounds} untimed rounds per operation and server.`,
  );

  // Interleaved rounds: upload, then download; the order alternates so neither side always goes first.
  const samples = {};
  let errors = 0;
  const firstErrors = [];
  const measure = async (op, name, round, warm = false) => {
    const t = targets[name];
    const cpuBefore = cpuTimes({ pids: [t.proc.child.pid] });
    const clientBefore = process.cpuUsage();
    if (name === 'hub') memory.set(op);
    const started = process.hrtime.bigint();
    let res;
    try {
      res = op === 'upload' ? await t.upload() : await t.download(doc.id);
    } catch (err) {
      res = { status: 0, body: Buffer.from(err.message) };
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    memory.set('between');
    const client = process.cpuUsage(clientBefore);
    const serverMs = cpuDelta(cpuBefore, cpuTimes({ pids: [t.proc.child.pid] }));
    const ok = op === 'upload' ? res.status === 201 : res.status === 200 && res.bytes === fileBytes;
    const s = warm
      ? { seconds: [], cpu: { server: 0, client: 0 }, errors: 0 }
      : (samples[`${op}:${name}`] ??= { seconds: [], cpu: { server: 0, client: 0 }, errors: 0 });
    if (!ok) {
      s.errors++;
      errors++;
      firstErrors.push(
        `${name} ${op} ${warm ? 'warm-up' : 'round'} ${round}: HTTP ${res.status}${op === 'download' ? `, ${res.bytes} bytes` : ''} ${res.body.toString('utf8').slice(0, 300)}`,
      );
    } else {
      s.seconds.push(seconds);
      s.cpu.server += serverMs;
      s.cpu.client += (client.user + client.system) / 1000;
    }
    if (!warm || !ok)
      say(
        `  round ${String(round).padStart(2)}  ${op.padEnd(8)}  ${name.padEnd(4)}  ${ok ? `${(fileBytes / MB / seconds).toFixed(1).padStart(7)} MB/s` : 'FAILED'}`,
      );
    if (ok && op === 'upload' && name === 'hub') await awaitExtraction(json(res).id);
  };
  const names = ['hub', 'bare'];
  for (const op of ['upload', 'download']) {
    for (let round = 1; round <= CONFIG.warmupRounds; round++) for (const name of names) await measure(op, name, round, true);
    for (let round = 1; round <= CONFIG.rounds; round++) {
      const order = round % 2 === 1 ? names : [...names].reverse();
      for (const name of order) await measure(op, name, round);
    }
  }
  memory.set('after');
  await sleep(CONFIG.idleSec * 1000);
  memory.stop();

  const summarize = (s) => {
    const mbs = s.seconds.map((sec) => fileBytes / MB / sec);
    const total = s.seconds.reduce((a, b) => a + b, 0);
    const sorted = [...s.seconds].sort((a, b) => a - b);
    return {
      mbPerSec: round2((s.seconds.length * fileBytes) / MB / total),
      roundsMbPerSec: mbs.map((x) => Math.round(x * 10) / 10),
      p50Sec: round2(percentile(sorted, 50)),
      maxSec: round2(sorted[sorted.length - 1]),
      rounds: s.seconds.length,
      errors: s.errors,
      // CPU milliseconds per MB moved: the server process and this client.
      cpuMsPerMb: {
        server: round2(s.cpu.server / ((s.seconds.length * fileBytes) / MB)),
        client: round2(s.cpu.client / ((s.seconds.length * fileBytes) / MB)),
      },
    };
  };
  const results = {};
  for (const op of ['upload', 'download']) {
    const hubR = summarize(samples[`${op}:hub`] ?? { seconds: [], cpu: { server: 0, client: 0 }, errors: 0 });
    const bareR = summarize(samples[`${op}:bare`] ?? { seconds: [], cpu: { server: 0, client: 0 }, errors: 0 });
    results[op] = { hub: hubR, bare: bareR, ratio: round2(hubR.mbPerSec / bareR.mbPerSec) };
  }
  const idleMb = memory.medianMb('idle');
  const uploadPeakMb = memory.peakMb('upload');
  const downloadPeakMb = memory.peakMb('download');
  const aboveIdleMb = Math.round(uploadPeakMb - idleMb);
  const met = aboveIdleMb < MEMORY_TARGET_MB;
  const allPhases = ['idle', 'upload', 'between', 'download', 'after'];
  const memoryReport = {
    process: 'the hub (VmRSS of its PID, the PDF text worker is a separate process: childrenPeakMb)',
    sampleEveryMs: CONFIG.sampleEveryMs,
    samples: memory.count(),
    largestGapMs: memory.maxGapMs(),
    idleMb: Math.round(idleMb),
    uploadPeakMb: Math.round(uploadPeakMb),
    uploadPeakAboveIdleMb: aboveIdleMb,
    // One figure per hub upload in order: the check, the warm-ups, the timed rounds (growth or plateau).
    uploadPeaksMb: memory.peaksMb('upload'),
    downloadPeakMb: Math.round(downloadPeakMb),
    downloadPeakAboveIdleMb: Math.round(downloadPeakMb - idleMb),
    afterMb: Math.round(memory.medianMb('after')),
    peakMb: Math.round(Math.max(...allPhases.map((p) => memory.peakMb(p)))),
    childrenPeakMb: Math.round(Math.max(...allPhases.map((p) => memory.peakMb(p, 'childrenKb')))),
    target: `< ${MEMORY_TARGET_MB} MB above idle during the uploads`,
    met,
  };

  // ---- report ----
  say('');
  say(`${`operation (${CONFIG.fileMb} MB file)`.padEnd(34)}server    MB/s  s/round p50   max  cpu ms/MB server  hub/bare`);
  const line = (label, name, x, ratio) =>
    say(
      `${label.padEnd(34)}${name.padEnd(7)}${x.mbPerSec.toFixed(1).padStart(7)}  ${x.p50Sec.toFixed(2).padStart(11)} ${x.maxSec.toFixed(2).padStart(5)}  ${x.cpuMsPerMb.server.toFixed(2).padStart(16)}  ${ratio}`,
    );
  for (const op of ['upload', 'download']) {
    const r = results[op];
    line(op === 'upload' ? 'POST multipart upload' : 'GET download', 'hub', r.hub, r.ratio.toFixed(2));
    line('', 'bare', r.bare, '');
  }
  say('');
  say(
    `Hub resident memory (VmRSS every ${CONFIG.sampleEveryMs} ms, ${memoryReport.samples} samples): idle ${memoryReport.idleMb} MB, ` +
      `peak during uploads ${memoryReport.uploadPeakMb} MB = +${aboveIdleMb} MB ${met ? 'ok' : 'MISSED'} (target < ${MEMORY_TARGET_MB} MB above idle); ` +
      `during downloads ${memoryReport.downloadPeakMb} MB (+${memoryReport.downloadPeakAboveIdleMb}); afterwards ${memoryReport.afterMb} MB; PDF text worker peak ${memoryReport.childrenPeakMb} MB.\n` +
      `Peak of each hub upload in order (MB): ${memoryReport.uploadPeaksMb.join(', ')}.`,
  );
  say(
    met
      ? `Target met: the hub stays under ${MEMORY_TARGET_MB} MB above idle while it receives ${CONFIG.fileMb} MB files.`
      : `TARGET MISSED: the hub grew more than ${MEMORY_TARGET_MB} MB above idle while receiving ${CONFIG.fileMb} MB files.`,
  );

  const report = {
    ...runInfo(),
    config: { ...CONFIG, fileBytes, megabyte: MB, ports: PORTS },
    target: { memoryAboveIdleMb: MEMORY_TARGET_MB },
    met,
    errors,
    results,
    memory: memoryReport,
    extractions,
    durationSec: Math.round((Date.now() - t0) / 1000),
  };
  writeResults('documents.json', report);
  if (errors > 0 || unexpectedExits.length > 0) {
    if (errors > 0) say(`\n${errors} requests failed; first:\n  ${firstErrors.slice(0, 5).join('\n  ')}`);
    for (const exit of unexpectedExits) say(`\n${exit}`);
    return 1;
  }
  return 0;
}

run(main);
