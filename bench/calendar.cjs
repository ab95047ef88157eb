// npm run bench (or BENCH_ONLY=calendar): the personal calendar feed of a member of 40 networks with
// 50 meetings each, through the hub against a bare Fastify route running the same SQL and the hub's
// own compiled iCalendar writer: build time of one feed (hub ÷ bare) and p95 under 50 concurrent
// requests. See bench/README.md.
// Tunables (env): BENCH_CAL_PEOPLE (3000), BENCH_CAL_SEQUENTIAL (20), BENCH_CAL_WARMUP (3),
// BENCH_CAL_CONCURRENCY (50), BENCH_CAL_PER_CONNECTION (2), BENCH_CAL_ROUNDS (2), BENCH_HUB_NODE_OPTIONS.
// Exit code 1 only on errors, never on a missed target or a finding about the feed's content.
'use strict';

const { randomBytes, randomUUID } = require('node:crypto');
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
const feed = require('./calendar-feed.cjs');

const PORTS = benchPorts({ hub: 3620, bare: 3621, pg: 54720, meili: 8120 });
const CONFIG = {
  people: num('BENCH_CAL_PEOPLE', 3000),
  networks: 40,
  meetingsPerNetwork: 50,
  otherNetworks: 8,
  sequential: num('BENCH_CAL_SEQUENTIAL', 20),
  warmup: num('BENCH_CAL_WARMUP', 3),
  concurrency: num('BENCH_CAL_CONCURRENCY', 50),
  perConnection: num('BENCH_CAL_PER_CONNECTION', 2),
  rounds: num('BENCH_CAL_ROUNDS', 2),
  statementSamples: 5,
  readyProbeEveryMs: 250,
  feedPastDays: feed.FEED_PAST_DAYS,
  feedLimit: feed.FEED_LIMIT,
};
const ADMIN = { email: 'admin@familjenhelsingborg.se', password: `bench-${randomUUID()}` };
const dataDir = join(root, '.data', 'bench-calendar');
const DAY = 24 * 3600_000;
const round2 = (x) => Math.round(x * 100) / 100;
const mb = (bytes) => round2(bytes / 1024 / 1024);

// ---- data ------------------------------------------------------------------------------------
const FIRST = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Emma',
  'Kerstin',
  'Ingrid',
  'Malin',
  'Linnéa',
  'Åsa',
  'Elin',
  'Erik',
  'Lars',
  'Karl',
  'Anders',
  'Johan',
  'Per',
  'Nils',
  'Björn',
  'Göran',
  'Ali',
  'Fatima',
  'Zeynep',
  'Jonas',
];
const LAST = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Persson',
  'Svensson',
  'Jönsson',
  'Lindström',
  'Lindqvist',
  'Bergström',
  'Lundqvist',
  'Mattsson',
  'Hassan',
  'Åberg',
  'Öberg',
  'Ekström',
];
const TOPICS = [
  'välfärdsteknik',
  'upphandling',
  'GDPR och arkiv',
  'e-tjänster',
  'AI i förvaltningen',
  'klimat och energi',
  'vatten och avlopp',
  'skolutveckling',
  'förskola',
  'äldreomsorg',
  'LSS',
  'integration',
  'folkhälsa',
  'kultur',
  'bibliotek',
  'fritid',
  'detaljplanering',
  'bygglov',
  'trafik',
  'kollektivtrafik',
  'näringsliv',
  'turism',
  'kommunikation',
  'webb och tillgänglighet',
  'HR och lön',
  'ekonomi',
  'internkontroll',
  'informationssäkerhet',
  'krisberedskap',
  'miljötillsyn',
  'livsmedelskontroll',
  'avfall och återbruk',
  'öppna data',
  'geodata och GIS',
  'projektledning',
  'innovation',
  'medborgardialog',
  'barnrättsfrågor',
  'jämställdhet',
  'överförmyndare',
  'räddningstjänst',
  'socialtjänst',
  'ungdomsmottagning',
  'måltidsservice',
  'fastighetsförvaltning',
  'lokalförsörjning',
  'digital infrastruktur',
  'säkerhetsskydd',
];
const KINDS = ['kunskapsnatverk', 'arbetsgrupp', 'program'];
const MEETING_TITLES = [
  'Nätverksträff: %s',
  'Årsmöte, budget och verksamhetsplan för %s',
  'Workshop – %s i praktiken',
  'Frukostmöte om %s',
  'Studiebesök: %s på Öresundskraft',
  'Avstämning; läget i kommunerna (%s)',
  'Digital träff om %s',
  'Halvdag: erfarenhetsutbyte, %s',
  'Gemensam utbildning i %s',
  'Höstens planeringsdag – %s',
];
const PLACES = [
  'Dunkers kulturhus, Kungsgatan 11, 252 21 Helsingborg',
  'Stadshuset i Ängelholm, sal Åsen',
  'Landskrona stadshus, Drottninggatan 7, rum Öresund',
  'Höganäs kommunhus, Centralgatan 20',
  'Klippans bibliotek, Storgatan 19',
  'Båstad kommunhus; entré B, plan 2',
  'Familjen Helsingborgs kansli, Södergatan 3, 252 25 Helsingborg',
  'Åstorps kommunhus, Storgatan 4',
  'Örkelljunga Folkets hus, "Stora salen"',
];
const VIDEOS = [
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZTk0ZDEtYzQ1Mi00ZDE2LWJmYjQtNmQ4YjZjY2Y0ZTlm%40thread.v2/0?context=%7b%22Tid%22%3a%22e4c3b0a2%22%7d',
  'https://meet.jit.si/familjen-helsingborg-natverk',
  'https://zoom.us/j/96432157788?pwd=Rk5hdlhBQ2p3M1R0WnJ2cE9TZk1hQT09',
];
const PARAGRAPHS = [
  'Vi går igenom läget i de elva kommunerna, tar upp frågor från förra träffen och bestämmer nästa steg.',
  'Ta gärna med exempel från din egen verksamhet: vad har fungerat, vad har inte gjort det, och vad skulle du vilja pröva?',
  '**Dagordning**\n\n1. Välkommen och presentationsrunda\n2. Aktuellt från kommunerna\n3. Tema: erfarenheter, utmaningar och lärdomar\n4. Övriga frågor; nästa möte',
  'Fika serveras från kl. 8.30. Meddela specialkost, allergier eller behov av tolk senast en vecka före mötet.',
  'Underlag: rapporten "Samverkan i Familjen Helsingborg 2025" och minnesanteckningarna från förra mötet finns i nätverkets dokumentbibliotek.',
  'Vi är värdar i tur och ordning; nästa gång står Höganäs, Åstorp och Örkelljunga för lokal och fika.',
];

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Roughly what renderMarkdown() stores for such text: paragraphs, a list, bold. */
const toHtml = (md) =>
  md
    .split('\n\n')
    .filter(Boolean)
    .map((p) =>
      /^\d+\. /.test(p)
        ? `<ol>${p
            .split('\n')
            .map((l) => `<li>${escapeHtml(l.replace(/^\d+\. /, ''))}</li>`)
            .join('')}</ol>`
        : `<p>${escapeHtml(p)
            .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
            .replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');

/** 00:00 UTC of the last Sunday of `month` (0-based) in `year`. */
function lastSunday(year, month) {
  const d = new Date(Date.UTC(year, month + 1, 0));
  d.setUTCDate(d.getUTCDate() - d.getUTCDay());
  return d.getTime();
}
/** Stockholm's offset from UTC in hours at `t` (summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October). */
function stockholmOffset(t) {
  const y = new Date(t).getUTCFullYear();
  return t >= lastSunday(y, 2) + 3600_000 && t < lastSunday(y, 9) + 3600_000 ? 2 : 1;
}

/**
 * One person (`Åsa Öberg-Lindqvist`) who is a member of 40 networks, 50 meetings in each (and 8
 * networks with meetings she is not a member of), other people, memberships and answers, and a
 * calendar feed token for her stored as MeetingsService.createFeed() stores it (SHA-256 of the token).
 */
async function seed(url, now) {
  const random = prng(20261127);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const municipalities = (await db.query(`SELECT id, slug FROM municipality ORDER BY position`)).rows;
    await db.query('BEGIN');

    // People; the first is the one whose feed is measured.
    const people = { id: [], email: [], name: [], municipality: [], title: [] };
    for (let i = 0; i < CONFIG.people; i++) {
      people.id.push(randomUUID());
      people.email.push(i === 0 ? 'asa.oberg-lindqvist@bench.example' : `person${i}@bench.example`);
      people.name.push(i === 0 ? 'Åsa Öberg-Lindqvist' : `${pick(FIRST)} ${pick(LAST)}`);
      people.municipality.push(i === 0 ? municipalities.find((m) => m.slug === 'helsingborg').id : pick(municipalities).id);
      people.title.push(pick(['Verksamhetsutvecklare', 'Enhetschef', 'IT-strateg', 'Kommunikatör', 'Miljöinspektör', 'Folkhälsostrateg']));
    }
    const personId = people.id[0];
    await db.query(
      `INSERT INTO person (id, email, name, role, municipality_id, title)
       SELECT t.id, t.email, t.name, 'member', t.municipality_id, t.title
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[]) AS t(id, email, name, municipality_id, title)`,
      [people.id, people.email, people.name, people.municipality, people.title],
    );

    // 40 networks she is a member of (coordinator in three), 8 others (some secret) she is not.
    const networks = [];
    for (let i = 0; i < CONFIG.networks + CONFIG.otherNetworks; i++) {
      const mine = i < CONFIG.networks;
      networks.push({
        id: randomUUID(),
        slug: `kalender-natverk-${i + 1}`,
        name: `Nätverket för ${TOPICS[i % TOPICS.length]}${i >= TOPICS.length ? ` ${i + 1}` : ''}`,
        topic: TOPICS[i % TOPICS.length],
        kind: KINDS[i % 3],
        visibility: mine ? (i % 5 === 0 ? 'closed' : 'open') : i % 2 === 0 ? 'secret' : 'open',
        mine,
      });
    }
    await db.query(
      `INSERT INTO network (id, slug, name, description, kind, visibility)
       SELECT t.id, t.slug, t.name, 'Kunskapsnätverk mellan de elva kommunerna i Familjen Helsingborg.', t.kind, t.visibility
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, slug, name, kind, visibility)`,
      [
        networks.map((n) => n.id),
        networks.map((n) => n.slug),
        networks.map((n) => n.name),
        networks.map((n) => n.kind),
        networks.map((n) => n.visibility),
      ],
    );
    const mem = { network: [], person: [], role: [] };
    networks.forEach((n, i) => {
      const size = Math.floor(30 + Math.pow(random(), 2) * 400);
      const members = new Set();
      if (n.mine) members.add(personId);
      while (members.size < size) members.add(people.id[1 + Math.floor(random() * (CONFIG.people - 1))]);
      n.members = [...members];
      n.coordinators = n.mine && i < 3 ? [personId, n.members[1]] : [n.members[n.mine ? 1 : 0], n.members[n.mine ? 2 : 1]];
      for (const p of n.members) {
        mem.network.push(n.id);
        mem.person.push(p);
        mem.role.push(n.coordinators.includes(p) ? 'coordinator' : 'member');
      }
    });
    await db.query(`INSERT INTO membership (network_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
      mem.network,
      mem.person,
      mem.role,
    ]);

    // Meetings: 50 per network, from about 3½ months back to a year ahead, in office hours
    // (Stockholm time), a few all-day or two-day ones; the first network also gets the DST edges.
    const today = Math.floor(now / DAY) * DAY;
    const meetings = [];
    const autumn = [-1, 0, 1].map((k) => lastSunday(new Date(now).getUTCFullYear() + k, 9)).find((t) => t + 3600_000 >= now - 50 * DAY);
    const spring = [0, 1].map((k) => lastSunday(new Date(now).getUTCFullYear() + k, 2)).find((t) => t + 3600_000 >= now);
    const H = 3600_000;
    // [title, starts (UTC ms), ends]: the repeated hour after 03:00 CEST is 00:00–02:00 UTC; the skipped one 01:00 UTC.
    const dstEdges = [
      ['Nattvandring i centrum, höstlovshelgen', autumn - 4 * H, autumn + 1.5 * H], // 22:00 CEST → 02:30 CET (the second 02:30)
      ['Nattjour: krisberedskap; övning i ledningscentralen', autumn + 0.25 * H, autumn + 0.75 * H], // 02:15 CEST → 02:45 CEST (the first 02:xx)
      ['Söndagsöppet på biblioteket – vintertid börjar', autumn + 9 * H, autumn + 11 * H], // 10:00 → 12:00 CET
      ['Helgkonferens om välfärdsteknik, Båstad', autumn - 34 * H, autumn + 11 * H], // Fri 16:00 CEST → Sun 12:00 CET
      ['Nattvandring, sista helgen i mars', spring - 3 * H, spring + 2 * H], // 22:00 CET → 04:00 CEST, across the skipped hour
      ['Tidig morgon: soluppgång över Öresund', spring + H, spring + 2 * H], // 03:00 CEST, the first minute of summer time
      ['Söndagsmöte – sommartid börjar', spring + 8 * H, spring + 10 * H], // 10:00 → 12:00 CEST
    ];
    networks.forEach((n, ni) => {
      for (let k = 0; k < CONFIG.meetingsPerNetwork; k++) {
        let title;
        let startsAt;
        let endsAt;
        if (ni === 0 && k < dstEdges.length) {
          [title, startsAt, endsAt] = dstEdges[k];
        } else {
          // Days from today: -110 … +365, never within a day of the feed's 60-day edge (the count stays put during the run).
          let day;
          do day = Math.floor(-110 + random() * 476);
          while (Math.abs(day + CONFIG.feedPastDays) <= 1);
          const localHour = 8 + Math.floor(random() * 9) + [0, 0.25, 0.5, 0.75][Math.floor(random() * 4)];
          const guess = today + day * DAY + localHour * H;
          startsAt = guess - stockholmOffset(guess - 2 * H) * H;
          const r = random();
          endsAt = startsAt + (r < 0.05 ? 8 * H : r < 0.07 ? 30 * H : (1 + Math.floor(random() * 7) / 2) * H);
          title = pick(MEETING_TITLES).replace('%s', n.topic);
        }
        const past = endsAt < now;
        const r = random();
        const paragraphs = r < 0.2 ? 0 : r < 0.7 ? 1 + Math.floor(random() * 2) : r < 0.95 ? 4 : 60; // 60: ~14,000 characters
        const description = Array.from({ length: paragraphs }, (_, i) => PARAGRAPHS[(k + i) % PARAGRAPHS.length]).join('\n\n');
        const where = random();
        const sequence = Math.floor(Math.pow(random(), 3) * 4);
        const cancelled = random() < 0.05;
        meetings.push({
          id: randomUUID(),
          network: n,
          organizer: pick(n.coordinators),
          title,
          description,
          html: toHtml(description),
          startsAt,
          endsAt,
          // a place (55 %), a place and a video link (15 %), a video link (20 %), neither (10 %)
          location: where < 0.7 ? pick(PLACES) : '',
          videoUrl: where >= 0.55 && where < 0.9 ? pick(VIDEOS) : '',
          capacity: random() < 0.3 ? 10 + Math.floor(random() * 50) : null,
          deadline: random() < 0.3 ? startsAt - 2 * DAY : null,
          sequence: sequence + (cancelled ? 1 : 0),
          cancelled,
          updatedAt: Math.min(now, startsAt - 3 * DAY) - Math.floor(random() * 30) * DAY,
          past,
        });
      }
    });
    const col = (f) => meetings.map(f);
    const iso = (t) => (t === null ? null : new Date(t).toISOString());
    await db.query(
      `INSERT INTO meeting (id, network_id, organizer_id, title, description, description_html, starts_at, ends_at, location, video_url,
                            capacity, rsvp_deadline, sequence, cancelled_at, created_at, updated_at)
       SELECT t.id, t.network_id, t.organizer_id, t.title, t.description, t.html, t.starts_at, t.ends_at, t.location, t.video_url,
              t.capacity, t.deadline, t.sequence, CASE WHEN t.cancelled THEN t.updated_at END, t.updated_at - interval '20 days', t.updated_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[],
                     $10::text[], $11::int[], $12::timestamptz[], $13::int[], $14::boolean[], $15::timestamptz[])
           AS t(id, network_id, organizer_id, title, description, html, starts_at, ends_at, location, video_url, capacity, deadline, sequence, cancelled, updated_at)`,
      [
        col((m) => m.id),
        col((m) => m.network.id),
        col((m) => m.organizer),
        col((m) => m.title),
        col((m) => m.description),
        col((m) => m.html),
        col((m) => iso(m.startsAt)),
        col((m) => iso(m.endsAt)),
        col((m) => m.location),
        col((m) => m.videoUrl),
        col((m) => m.capacity),
        col((m) => iso(m.deadline)),
        col((m) => m.sequence),
        col((m) => m.cancelled),
        col((m) => iso(m.updatedAt)),
      ],
    );

    // Answers: past meetings 5–40, coming ones 0–25, from the network's members; she answers about a third.
    const rsvp = { meeting: [], person: [], answer: [], waitlisted: [], comment: [], at: [] };
    for (const m of meetings) {
      const answering = new Set();
      if (m.network.mine && random() < 0.35) answering.add(personId);
      const want = Math.min(m.network.members.length, (m.past ? 5 + random() * 35 : random() * 25) | 0);
      while (answering.size < want) answering.add(pick(m.network.members));
      let yes = 0;
      for (const p of answering) {
        const r = random();
        const answer = r < 0.6 ? 'yes' : r < 0.85 ? 'no' : 'maybe';
        if (answer === 'yes') yes++;
        rsvp.meeting.push(m.id);
        rsvp.person.push(p);
        rsvp.answer.push(answer);
        rsvp.waitlisted.push(answer === 'yes' && m.capacity !== null && yes > m.capacity);
        rsvp.comment.push(
          random() < 0.15 ? pick(['Kommer efter lunch.', 'Deltar digitalt.', 'Glutenfritt, tack!', 'Tar med en kollega från Bjuv.']) : '',
        );
        rsvp.at.push(iso(Math.min(now, m.startsAt) - Math.floor(1 + random() * 20) * DAY));
      }
    }
    await db.query(
      `INSERT INTO rsvp (meeting_id, person_id, answer, waitlisted, comment, answered_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::text[], $6::timestamptz[])`,
      [rsvp.meeting, rsvp.person, rsvp.answer, rsvp.waitlisted, rsvp.comment, rsvp.at],
    );

    // Her feed address, stored the way MeetingsService.createFeed() stores one: only the SHA-256 of the token.
    const token = randomBytes(32).toString('base64url');
    await db.query(`INSERT INTO calendar_token (person_id, network_id, token_hash) VALUES ($1, NULL, $2)`, [
      personId,
      feed.hashToken(token),
    ]);
    await db.query('COMMIT');
    await db.query('VACUUM ANALYZE');
    const mine = meetings.filter((m) => m.network.mine);
    return {
      token,
      personId,
      counts: {
        people: CONFIG.people,
        networks: networks.length,
        herNetworks: CONFIG.networks,
        memberships: mem.network.length,
        meetings: meetings.length,
        herMeetings: mine.length,
        herMeetingsPast: mine.filter((m) => m.past).length,
        herMeetingsCancelled: mine.filter((m) => m.cancelled).length,
        herMeetingsWithVideo: mine.filter((m) => m.videoUrl).length,
        herMeetingsWithLongDescription: mine.filter((m) => m.description.length > 5000).length,
        dstEdgeMeetings: dstEdges.length,
        rsvps: rsvp.meeting.length,
      },
    };
  } finally {
    await db.end();
  }
}

// ---- load ------------------------------------------------------------------------------------
/**
 * `concurrency` keep-alive connections, each sending `perConnection` requests back to back; meanwhile
 * GET /api/ready on the same server every 250 ms (how long other requests wait) and its VmRSS.
 */
async function concurrent(port, path, pid, probe) {
  const latencies = [];
  const ready = [];
  let failures = 0;
  let firstError = '';
  let rssPeakKb = 0;
  const cpuBefore = probe();
  const clientBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  let running = true;
  const readyProbe = (async () => {
    while (running) {
      const t0 = process.hrtime.bigint();
      const res = await request(port, '/api/ready').catch(() => null);
      if (res?.status === 200) ready.push(Number(process.hrtime.bigint() - t0) / 1e6);
      rssPeakKb = Math.max(rssPeakKb, residentKb(pid) ?? 0);
      if (running) await sleep(CONFIG.readyProbeEveryMs);
    }
  })();
  const worker = async () => {
    for (let i = 0; i < CONFIG.perConnection; i++) {
      const t0 = process.hrtime.bigint();
      try {
        const res = await request(port, path);
        if (res.status === 200 && res.body.subarray(0, 15).toString() === 'BEGIN:VCALENDAR')
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        else {
          failures++;
          if (!firstError) firstError = `HTTP ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`;
        }
      } catch (err) {
        failures++;
        if (!firstError) firstError = err.message;
      }
    }
  };
  await Promise.all(Array.from({ length: CONFIG.concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  running = false;
  await readyProbe;
  const cpuAfter = probe();
  const client = process.cpuUsage(clientBefore);
  return {
    latencies,
    ready,
    elapsed,
    errors: failures,
    firstError,
    rssPeakKb,
    cpu: {
      server: cpuDelta(cpuBefore.server, cpuAfter.server),
      pg: cpuDelta(cpuBefore.pg, cpuAfter.pg),
      client: (client.user + client.system) / 1000,
    },
  };
}

const median = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
/** Milliseconds `fn` takes, the median of `times` runs after two untimed ones. */
async function timeIt(times, fn) {
  for (let i = 0; i < 2; i++) await fn();
  const ms = [];
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return round2(median(ms));
}

// ---- checks ------------------------------------------------------------------------------------
/** ical.js (the parser the hub's tests use), if installed; null otherwise. */
function icalJs() {
  try {
    const mod = require('ical.js');
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

/**
 * What the hub's feed holds against the rows the repository selects: VEVENT count, one UID each,
 * cancelled ones, and, parsed back with ical.js using the feed's own VTIMEZONE, every start and end
 * instant and the text fields. Findings, not errors: the bench reports them and measures anyway.
 */
function checkFeed(body, rows, ICAL) {
  const text = body.toString('utf8');
  const unfolded = text.replace(/\r\n /g, '');
  const uids = [...unfolded.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
  const checks = {
    startsWithVcalendar: text.startsWith('BEGIN:VCALENDAR\r\n'),
    endsWithVcalendar: text.endsWith('END:VCALENDAR\r\n'),
    vevents: (text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length,
    expectedVevents: rows.length,
    distinctUids: new Set(uids).size,
    cancelled: (unfolded.match(/^STATUS:CANCELLED\r$/gm) ?? []).length,
    expectedCancelled: rows.filter((r) => r.cancelled).length,
    longestLineOctets: Math.max(...text.split('\r\n').map((l) => Buffer.byteLength(l))),
    swedishLettersIntact: /Nätverksträff|Årsmöte|Höstens/.test(unfolded) && !unfolded.includes('\ufffd'),
    repeatedHour: [],
    parser: ICAL ? 'ical.js' : 'none (ical.js not installed)',
    parseError: null,
    parsedVevents: null,
    timeMismatches: [],
    textMismatches: 0,
  };
  // Instants whose Stockholm wall-clock time occurs twice (the hour repeated when summer time ends).
  // As a local time with TZID they would be ambiguous (RFC 5545 3.3.5 reads the first occurrence),
  // so the hub writes them in UTC (`ics.ts`, dateTimeLine): check that each is, as written.
  const local = feed.ics.stockholmLocal;
  const lines = new Map();
  for (const block of unfolded.split('BEGIN:VEVENT\r\n').slice(1)) {
    const uid = /^UID:(.*)\r$/m.exec(block)?.[1];
    if (uid) lines.set(uid, { DTSTART: /^DTSTART[;:].*$/m.exec(block)?.[0].trimEnd(), DTEND: /^DTEND[;:].*$/m.exec(block)?.[0].trimEnd() });
  }
  const inUtc = (at) => `${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
  for (const r of rows) {
    for (const [field, at] of [
      ['DTSTART', new Date(r.startsAt)],
      ['DTEND', new Date(r.endsAt)],
    ]) {
      const wall = local(at);
      const first = wall === local(new Date(at.getTime() + 3600_000));
      if (first || wall === local(new Date(at.getTime() - 3600_000))) {
        const written = lines.get(`${r.id}@natverkshubben`)?.[field] ?? null;
        checks.repeatedHour.push({ title: r.title, field, utc: at.toISOString(), written, occurrence: first ? 'first' : 'second' });
      }
    }
  }
  checks.repeatedHourNotInUtc = checks.repeatedHour.filter((a) => !a.written?.endsWith(`:${inUtc(new Date(a.utc))}`)).length;
  if (ICAL) {
    try {
      const calendar = new ICAL.Component(ICAL.parse(text));
      for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const byId = new Map(rows.map((r) => [`${r.id}@natverkshubben`, r]));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      checks.parsedVevents = events.length;
      for (const e of events) {
        const r = byId.get(e.uid);
        if (!r) continue;
        for (const [field, got, want] of [
          ['DTSTART', e.startDate.toJSDate(), new Date(r.startsAt)],
          ['DTEND', e.endDate.toJSDate(), new Date(r.endsAt)],
        ]) {
          if (got.getTime() !== want.getTime())
            checks.timeMismatches.push({
              title: r.title,
              field,
              stored: want.toISOString(),
              readBack: got.toISOString(),
              written: local(want),
            });
        }
        const description = [r.description, r.videoUrl ? `Video: ${r.videoUrl}` : ''].filter(Boolean).join('\n\n');
        if (e.summary !== r.title || (e.description ?? '') !== description || (e.location ?? '') !== (r.location || r.videoUrl))
          checks.textMismatches++;
      }
    } catch (err) {
      checks.parseError = err instanceof Error ? err.message : String(err);
    }
  }
  checks.ok =
    checks.startsWithVcalendar &&
    checks.endsWithVcalendar &&
    checks.vevents === checks.expectedVevents &&
    checks.distinctUids === checks.vevents &&
    checks.cancelled === checks.expectedCancelled &&
    checks.longestLineOctets <= 75 &&
    checks.swedishLettersIntact &&
    checks.parseError === null &&
    (checks.parsedVevents === null || checks.parsedVevents === checks.vevents) &&
    checks.repeatedHourNotInUtc === 0 &&
    checks.timeMismatches.length === 0 &&
    checks.textMismatches === 0;
  return checks;
}

/** Both bodies, minus the DTSTAMP lines (the time of writing), byte for byte. */
const withoutStamps = (body) => body.toString('utf8').replace(/^DTSTAMP:\d{8}T\d{6}Z\r\n/gm, '');

// ---- run -------------------------------------------------------------------------------------
async function main() {
  const t0 = Date.now();
  say(
    `Nätverkshubben calendar bench: the personal feed of a member of ${CONFIG.networks} networks × ${CONFIG.meetingsPerNetwork} meetings, ` +
      `${CONFIG.sequential} sequential requests per server, then ${CONFIG.concurrency} concurrent × ${CONFIG.perConnection} × ${CONFIG.rounds} rounds, hub vs bare Fastify`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  say(`Starting a fresh embedded PostgreSQL on ${HOST}:${PORTS.pg} (${join('.data', 'bench-calendar')}) …`);
  // The feed's statements in PostgreSQL's statement log (log_statement = 'all' while counting),
  // recognised by their text: the hub's pollers (job queue, search outbox) send ~10 others a second.
  let statementsLogged = 0;
  let carry = '';
  let statementNext = false;
  const FEED_SQL =
    /FROM calendar_token t JOIN person p|SELECT m\.network_id FROM membership m JOIN network n|SELECT m\.id, n\.id AS "networkId"/;
  const onLog = (message) => {
    const lines = (carry + String(message)).split('\n');
    carry = lines.pop();
    for (const line of lines) {
      const logged = /LOG:\s+(?:statement|execute [^:]*):\s*(.*)$/.exec(line);
      const text = logged ? logged[1] : statementNext ? line : null;
      statementNext = logged !== null && logged[1].trim() === '';
      if (text !== null && FEED_SQL.test(text)) statementsLogged++;
    }
  };
  const pg = await startPostgres({ dir: join(dataDir, 'postgres'), port: PORTS.pg, secretsDir: dataDir, onLog });
  const seedStart = Date.now();
  const { token, personId, counts } = await seed(pg.url, Date.now());
  say(
    `Seeded ${counts.people.toLocaleString('sv-SE')} people, ${counts.networks} networks (${counts.memberships.toLocaleString('sv-SE')} memberships), ` +
      `${counts.meetings.toLocaleString('sv-SE')} meetings (${counts.herMeetings.toLocaleString('sv-SE')} in her ${counts.herNetworks} networks: ${counts.herMeetingsPast} past, ` +
      `${counts.herMeetingsCancelled} cancelled, ${counts.herMeetingsWithVideo} with a video link, ${counts.dstEdgeMeetings} on DST edges), ` +
      `${counts.rsvps.toLocaleString('sv-SE')} answers in ${((Date.now() - seedStart) / 1000).toFixed(1)} s.`,
  );

  say(`Starting Meilisearch on ${HOST}:${PORTS.meili}, the hub on ${HOST}:${PORTS.hub} and the bare server on ${HOST}:${PORTS.bare} …`);
  const meili = await startMeilisearch({ dir: join(dataDir, 'meili'), port: PORTS.meili, secretsDir: dataDir });
  const hub = await startHub({ port: PORTS.hub, dataDir: join(dataDir, 'hub'), pg, meili, admin: ADMIN });
  const publicUrl = `http://${HOST}:${PORTS.hub}`;
  const bare = startNode('bare', join(__dirname, 'bare-server.cjs'), {
    PORT: String(PORTS.bare),
    DATABASE_URL: pg.url,
    POOL_SIZE: '10',
    CALENDAR_PUBLIC_URL: publicUrl,
  });
  await waitReady(bare, PORTS.bare, 20_000);
  const path = `/api/v1/calendar/feeds/${token}.ics`;

  // The route and the token format, through the API as a person would get them (the administrator,
  // a member of nothing: an empty calendar), and a wrong token is refused.
  const { headers: withCsrf } = await signIn(PORTS.hub, ADMIN);
  const created = await request(PORTS.hub, '/api/v1/me/calendar-feeds', { method: 'POST', headers: withCsrf, body: {} });
  if (created.status !== 201)
    throw new Error(`Creating a feed address failed: HTTP ${created.status} ${created.body.toString('utf8').slice(0, 300)}`);
  const madeUrl = JSON.parse(created.body.toString('utf8')).url;
  const shape = new RegExp(`^${publicUrl.replace(/[.]/g, '\\.')}/api/v1/calendar/feeds/[A-Za-z0-9_-]{43}\\.ics$`);
  if (!shape.test(madeUrl))
    throw new Error(`The hub's feed address ${madeUrl} is not of the form ${publicUrl}/api/v1/calendar/feeds/<token>.ics`);
  const own = await request(PORTS.hub, madeUrl.slice(publicUrl.length));
  if (own.status !== 200 || !own.body.toString('utf8').startsWith('BEGIN:VCALENDAR'))
    throw new Error(`The hub's own feed address answered HTTP ${own.status}`);
  const wrong = `/api/v1/calendar/feeds/${randomBytes(32).toString('base64url')}.ics`;
  for (const port of [PORTS.hub, PORTS.bare]) {
    const res = await request(port, wrong);
    if (res.status !== 404)
      throw new Error(`${port === PORTS.hub ? 'hub' : 'bare'}: an unknown token answered HTTP ${res.status}, not 404`);
  }

  const db = new Client({ connectionString: pg.url });
  await db.connect();
  onCleanup(() => db.end());
  const query = (sql, params) => db.query(sql, params).then((r) => r.rows);
  // The hub indexes the seeded people and networks for search in the background; measure after it.
  const indexingStarted = Date.now();
  for (;;) {
    const [{ n }] = await query('SELECT count(*)::int AS n FROM search_outbox');
    if (n === 0) break;
    if (Date.now() - indexingStarted > 300_000) throw new Error(`search indexing did not finish in 5 minutes (${n} changes left)`);
    await sleep(500);
  }

  // Her feed from both servers: valid, complete, and the same text (but for DTSTAMP).
  const found = await feed.feedRows(query, token);
  const [inWindow] = await query(
    `SELECT count(*)::int AS n FROM meeting m JOIN membership ms ON ms.network_id = m.network_id AND ms.person_id = $1
      WHERE m.ends_at >= now() - make_interval(days => $2)`,
    [personId, CONFIG.feedPastDays],
  );
  const [hubFeed, bareFeed] = [await request(PORTS.hub, path), await request(PORTS.bare, path)];
  for (const [name, res] of [
    ['hub', hubFeed],
    ['bare', bareFeed],
  ]) {
    if (
      res.status !== 200 ||
      !String(res.headers['content-type']).startsWith('text/calendar') ||
      !res.body.toString('utf8').startsWith('BEGIN:VCALENDAR')
    )
      throw new Error(
        `${name}: the feed answered HTTP ${res.status} ${res.headers['content-type']}: ${res.body.toString('utf8').slice(0, 300)}`,
      );
  }
  const checks = checkFeed(hubFeed.body, found.rows, icalJs());
  checks.meetingsInWindow = inWindow.n;
  checks.cutByLimit = Math.max(0, inWindow.n - CONFIG.feedLimit);
  checks.sameAsBare = withoutStamps(hubFeed.body) === withoutStamps(bareFeed.body);
  checks.ok = checks.ok && checks.sameAsBare && checks.cutByLimit === 0;
  const feedBytes = hubFeed.body.length;
  say(
    `Her feed: ${checks.vevents} VEVENTs (${checks.meetingsInWindow} of her ${counts.herMeetings} meetings end within the last ${CONFIG.feedPastDays} days or later), ` +
      `${checks.cancelled} cancelled, ${mb(feedBytes)} MB; ${checks.sameAsBare ? 'the same text from both servers' : 'DIFFERENT text from the two servers'}; ` +
      `${checks.parser}: ${checks.parseError ? `parse error ${checks.parseError}` : `${checks.parsedVevents ?? '–'} events read back, ${checks.timeMismatches.length} start/end instants differ, ${checks.textMismatches} text fields differ`}.`,
  );

  const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const probeOf = (proc) => () => ({ server: cpuTimes({ pids: [proc.child.pid] }), pg: cpuTimes({ parentOf: postmaster }) });
  const targets = { hub: { port: PORTS.hub, proc: hub }, bare: { port: PORTS.bare, proc: bare } };
  const names = ['hub', 'bare'];

  // The feed's SQL statements per request (token, memberships, meetings), from the statement log.
  const statementsPerRequest = {};
  await query(`ALTER SYSTEM SET log_statement = 'all'`);
  await query(`SELECT pg_reload_conf()`);
  await sleep(500);
  for (const name of names) {
    const before = statementsLogged;
    for (let i = 0; i < CONFIG.statementSamples; i++) await request(targets[name].port, path);
    await sleep(500);
    statementsPerRequest[name] = round2((statementsLogged - before) / CONFIG.statementSamples);
  }
  await query(`ALTER SYSTEM RESET log_statement`);
  await query(`SELECT pg_reload_conf()`);
  await sleep(500);

  // One request at a time: the time to build the feed, hub and bare alternating.
  let errors = 0;
  const firstErrors = [];
  say(`One request at a time: ${CONFIG.warmup} untimed, then ${CONFIG.sequential} timed per server, alternating …`);
  const single = { hub: { ms: [], cpu: { server: 0, pg: 0 } }, bare: { ms: [], cpu: { server: 0, pg: 0 } } };
  for (let i = 0; i < CONFIG.warmup + CONFIG.sequential; i++) {
    for (const name of i % 2 === 0 ? names : [...names].reverse()) {
      const probe = probeOf(targets[name].proc);
      const before = probe();
      const started = process.hrtime.bigint();
      const res = await request(targets[name].port, path).catch((err) => ({ status: 0, body: Buffer.from(err.message) }));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const after = probe();
      if (res.status !== 200) {
        errors++;
        firstErrors.push(`${name} sequential: HTTP ${res.status} ${res.body.toString('utf8').slice(0, 300)}`);
        continue;
      }
      if (i < CONFIG.warmup) continue;
      single[name].ms.push(ms);
      single[name].cpu.server += cpuDelta(before.server, after.server);
      single[name].cpu.pg += cpuDelta(before.pg, after.pg);
    }
  }
  const sequential = {};
  for (const name of names) {
    const s = single[name];
    const sorted = [...s.ms].sort((a, b) => a - b);
    sequential[name] = {
      medianMs: round2(percentile(sorted, 50)),
      p90Ms: round2(percentile(sorted, 90)),
      minMs: round2(sorted[0]),
      maxMs: round2(sorted[sorted.length - 1]),
      requests: s.ms.length,
      cpuMsPerRequest: { server: round2(s.cpu.server / s.ms.length), postgres: round2(s.cpu.pg / s.ms.length) },
      statementsPerRequest: statementsPerRequest[name],
    };
  }
  const buildRatio = round2(sequential.hub.medianMs / sequential.bare.medianMs);
  say(`  median: hub ${sequential.hub.medianMs} ms, bare ${sequential.bare.medianMs} ms (hub/bare ${buildRatio})`);

  // The same rows and serialiser in this process, to see where the time goes (no HTTP, no server).
  say('Breaking the work down in this process (same rows, same ics.js) …');
  const serialiseMs = await timeIt(5, () => feed.serialise(found, publicUrl));
  const sqlMs = await timeIt(5, () => feed.feedRows(query, token));
  const herNetworks = (await query(`SELECT network_id FROM membership WHERE person_id = $1`, [personId])).map((r) => r.network_id);
  const forNetworksMs = await timeIt(5, () => db.query(feed.FOR_NETWORKS_SQL, [personId, herNetworks, CONFIG.feedPastDays]));
  const dates = found.rows.flatMap((r) => [new Date(r.startsAt), new Date(r.endsAt)]);
  const stockholmLocalMs = await timeIt(5, () => dates.forEach((d) => feed.ics.stockholmLocal(d)));
  const lines = feed.serialise(found, publicUrl).replace(/\r\n /g, '').split('\r\n');
  const foldMs = await timeIt(5, () => lines.forEach((l) => feed.ics.fold(l)));
  const breakdown = {
    where: 'the bench process, not a server: the same rows through the same code, median of 5 after 2 untimed',
    sqlMs,
    forNetworksSqlMs: forNetworksMs,
    serialiseMs,
    stockholmLocalMs,
    stockholmLocalCalls: dates.length,
    foldMs,
    foldLines: lines.length,
  };
  say(
    `  SQL (the 3 statements, rows parsed by pg) ${sqlMs} ms; serialising ${found.rows.length} events with the hub's ics.js ${serialiseMs} ms, of which ` +
      `stockholmLocal() ×${dates.length} ${stockholmLocalMs} ms and fold() of ${lines.length} lines ${foldMs} ms.`,
  );

  // 50 concurrent requests: rounds alternate which server goes first.
  say(`${CONFIG.concurrency} concurrent requests (${CONFIG.perConnection} per connection, back to back), ${CONFIG.rounds} rounds …`);
  const loaded = { hub: [], bare: [] };
  for (let round = 1; round <= CONFIG.rounds; round++) {
    for (const name of round % 2 === 1 ? names : [...names].reverse()) {
      const r = await concurrent(targets[name].port, path, targets[name].proc.child.pid, probeOf(targets[name].proc));
      loaded[name].push(r);
      errors += r.errors;
      if (r.firstError) firstErrors.push(`${name} concurrent round ${round}: ${r.firstError}`);
      const sorted = [...r.latencies].sort((a, b) => a - b);
      say(
        `  round ${round}  ${name.padEnd(4)}  ${(r.latencies.length / r.elapsed).toFixed(2).padStart(6)} req/s  p95 ${(percentile(sorted, 95) / 1000).toFixed(1)} s  in ${r.elapsed.toFixed(0)} s${r.errors ? `  ${r.errors} errors` : ''}`,
      );
    }
  }
  const underLoad = {};
  for (const name of names) {
    const rs = loaded[name];
    const latencies = rs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const ready = rs.flatMap((r) => r.ready).sort((a, b) => a - b);
    const elapsed = rs.reduce((s, r) => s + r.elapsed, 0);
    const n = latencies.length;
    underLoad[name] = {
      rps: round2(n / elapsed),
      roundsRps: rs.map((r) => round2(r.latencies.length / r.elapsed)),
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      p99Ms: Math.round(percentile(latencies, 99)),
      maxMs: Math.round(latencies[n - 1]),
      requests: n,
      errors: rs.reduce((s, r) => s + r.errors, 0),
      cpuMsPerRequest: {
        server: round2(rs.reduce((s, r) => s + r.cpu.server, 0) / n),
        postgres: round2(rs.reduce((s, r) => s + r.cpu.pg, 0) / n),
        client: round2(rs.reduce((s, r) => s + r.cpu.client, 0) / n),
      },
      // GET /api/ready on the same server every 250 ms during the load: how long any other request waits.
      readyProbe: {
        samples: ready.length,
        p50Ms: Math.round(percentile(ready, 50)),
        p95Ms: Math.round(percentile(ready, 95)),
        maxMs: Math.round(ready[ready.length - 1]),
      },
      rssPeakMb: Math.round(Math.max(...rs.map((r) => r.rssPeakKb)) / 1024),
    };
  }
  const throughputRatio = round2(underLoad.hub.rps / underLoad.bare.rps);
  const p95Ratio = round2(underLoad.hub.p95Ms / underLoad.bare.p95Ms);

  // ---- report ----
  say('');
  say(
    `Personal calendar feed: ${checks.vevents} VEVENTs, ${mb(feedBytes)} MB, ${statementsPerRequest.hub} SQL statements (bare ${statementsPerRequest.bare})`,
  );
  say(`${'one request at a time'.padEnd(34)}server  median ms   p90 ms   min ms  cpu ms/req node + pg  hub/bare`);
  const seqLine = (label, name, x, ratio) =>
    say(
      `${label.padEnd(34)}${name.padEnd(6)}${x.medianMs.toFixed(0).padStart(11)}${x.p90Ms.toFixed(0).padStart(9)}${x.minMs.toFixed(0).padStart(9)}  ${`${x.cpuMsPerRequest.server.toFixed(0)} + ${x.cpuMsPerRequest.postgres.toFixed(0)}`.padEnd(20)}  ${ratio}`,
    );
  seqLine(`(${sequential.hub.requests} each, alternating)`, 'hub', sequential.hub, `${buildRatio.toFixed(2)} (time)`);
  seqLine('', 'bare', sequential.bare, '');
  say(
    `${`${CONFIG.concurrency} concurrent`.padEnd(34)}server   req/s    p50 s    p95 s    p99 s  cpu ms/req node + pg  /api/ready p95 | max  hub/bare`,
  );
  const loadLine = (label, name, x, ratio) =>
    say(
      `${label.padEnd(34)}${name.padEnd(6)}${x.rps.toFixed(2).padStart(8)}${(x.p50Ms / 1000).toFixed(1).padStart(9)}${(x.p95Ms / 1000).toFixed(1).padStart(9)}${(x.p99Ms / 1000).toFixed(1).padStart(9)}  ${`${x.cpuMsPerRequest.server.toFixed(0)} + ${x.cpuMsPerRequest.postgres.toFixed(0)}`.padEnd(20)}  ${`${x.readyProbe.p95Ms} | ${x.readyProbe.maxMs} ms`.padStart(19)}  ${ratio}`,
    );
  loadLine(
    `(${underLoad.hub.requests} each, ${CONFIG.rounds} rounds)`,
    'hub',
    underLoad.hub,
    `${throughputRatio.toFixed(2)} (req/s), p95 ${p95Ratio.toFixed(2)}`,
  );
  loadLine('', 'bare', underLoad.bare, '');
  say('');
  say(
    `Where one feed's time goes (this process, same rows, same ics.js): SQL ${breakdown.sqlMs} ms; serialising ${breakdown.serialiseMs} ms, of which ` +
      `stockholmLocal() ×${breakdown.stockholmLocalCalls} ${breakdown.stockholmLocalMs} ms and fold() ×${breakdown.foldLines} ${breakdown.foldMs} ms.`,
  );
  say(
    `Hub VmRSS peak under load ${underLoad.hub.rssPeakMb} MB (bare ${underLoad.bare.rssPeakMb} MB). The issue sets no target for these figures; they are reported.`,
  );
  if (checks.ok)
    say('The feed checks out: complete, valid, the same text as the baseline, every start and end read as the stored instant.');
  else {
    say('FEED FINDINGS (reported, not an error):');
    if (checks.vevents !== checks.expectedVevents) say(`  ${checks.vevents} VEVENTs, the repository selects ${checks.expectedVevents}`);
    if (checks.cutByLimit > 0) say(`  ${checks.cutByLimit} meetings in the feed's window are cut off by LIMIT ${CONFIG.feedLimit}`);
    if (!checks.sameAsBare) say('  the hub and the baseline wrote different text');
    if (checks.distinctUids !== checks.vevents) say(`  ${checks.vevents - checks.distinctUids} duplicate UIDs`);
    if (checks.cancelled !== checks.expectedCancelled)
      say(`  ${checks.cancelled} STATUS:CANCELLED, ${checks.expectedCancelled} cancelled rows`);
    if (checks.longestLineOctets > 75) say(`  a line of ${checks.longestLineOctets} octets (RFC 5545: at most 75)`);
    if (!checks.swedishLettersIntact) say('  å/ä/ö not intact');
    if (checks.parseError) say(`  ical.js could not parse it: ${checks.parseError}`);
    if (checks.textMismatches) say(`  ${checks.textMismatches} events whose text ical.js reads back differently`);
    for (const a of checks.repeatedHour.filter((x) => !x.written?.endsWith('Z')))
      say(`  "${a.title}": ${a.field} ${a.utc} falls in the hour that occurs twice that night and is written ${a.written}, not in UTC`);
    for (const m of checks.timeMismatches)
      say(`  "${m.title}": ${m.field} stored ${m.stored}, written ${m.written} (Europe/Stockholm), read back by ical.js as ${m.readBack}`);
  }
  if (checks.repeatedHour.length > 0)
    say(
      `DST: ${checks.repeatedHour.length} start/end times fall in the hour that occurs twice when summer time ends; ` +
        `${checks.repeatedHour.length - checks.repeatedHourNotInUtc} written in UTC (${checks.repeatedHour.map((a) => `${a.field} ${a.utc}, ${a.occurrence}`).join('; ')}).`,
    );

  const report = {
    ...runInfo(),
    config: { ...CONFIG, ports: PORTS, poolSize: 10, path: '/api/v1/calendar/feeds/<token>.ics' },
    dataset: counts,
    feed: { vevents: checks.vevents, bytes: feedBytes, statementsPerRequest },
    checks,
    sequential: { ...sequential, ratio: buildRatio, ratioMeaning: 'hub median ÷ bare median (time; 1.00 = no framework cost)' },
    concurrent: {
      ...underLoad,
      throughputRatio,
      p95Ratio,
      ratioMeaning: 'throughputRatio: hub req/s ÷ bare req/s; p95Ratio: hub p95 ÷ bare p95',
    },
    breakdown,
    target: null,
    errors,
    durationSec: Math.round((Date.now() - t0) / 1000),
  };
  writeResults('calendar.json', report);
  if (errors > 0 || unexpectedExits.length > 0) {
    if (errors > 0) say(`\n${errors} requests failed; first:\n  ${firstErrors.slice(0, 5).join('\n  ')}`);
    for (const exit of unexpectedExits) say(`\n${exit}`);
    return 1;
  }
  return 0;
}

run(main);
