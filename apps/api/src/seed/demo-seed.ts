import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { slugify } from '@hub/core';
import { DEMO_NETWORKS, FIRST_NAMES, GUESTS, LANGUAGES, LAST_NAMES } from './demo-data';

export const DEMO_PASSWORD = 'hubben-demo-2026';
const DEMO_PEOPLE = 600;

const DOMAINS: Record<string, string> = {
  bjuv: 'bjuv.se',
  bastad: 'bastad.se',
  helsingborg: 'helsingborg.se',
  hoganas: 'hoganas.se',
  klippan: 'klippan.se',
  landskrona: 'landskrona.se',
  perstorp: 'perstorp.se',
  svalov: 'svalov.se',
  astorp: 'astorp.se',
  angelholm: 'engelholm.se',
  orkelljunga: 'orkelljunga.se',
};

export interface DemoLogin {
  readonly who: string;
  readonly email: string;
}

export interface SeedOutcome {
  adminEmail: string;
  /** Set only on the start that created the admin with a generated password. */
  generatedAdminPassword: string | null;
  demoSeeded: boolean;
  demoLogins: DemoLogin[];
}

export const DEMO_LOGINS: DemoLogin[] = [
  { who: 'samordnare (välfärdsteknik, brottsförebyggande)', email: 'karin.lindqvist@helsingborg.se' },
  { who: 'medlem (upphandlare, Ängelholm)', email: 'erik.johansson@engelholm.se' },
  { who: 'extern gäst (Region Skåne)', email: 'tobias.ek@skane.se' },
];

/** Small deterministic PRNG so the demo looks the same on every machine. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function ensureAdmin(
  db: DataSource,
  admin: { email: string; password: string | undefined },
  hash: (password: string) => Promise<string>,
): Promise<{ generatedPassword: string | null }> {
  const existing: Array<{ id: string }> = await db.query(`SELECT id FROM person WHERE email = $1`, [admin.email]);
  if (existing.length > 0) {
    // HUB_ADMIN_PASSWORD on a later start resets a forgotten administrator password.
    if (admin.password) {
      await db.query(
        `INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)
         ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
        [existing[0]!.id, await hash(admin.password)],
      );
    }
    return { generatedPassword: null };
  }
  const password = admin.password ?? randomBytes(12).toString('base64url');
  const helsingborg: Array<{ id: string }> = await db.query(`SELECT id FROM municipality WHERE slug = 'helsingborg'`);
  await db.transaction(async (m) => {
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO person (email, name, role, municipality_id, title) VALUES ($1, 'Sekretariatet', 'admin', $2, 'Administratör, Familjen Helsingborgs sekretariat') RETURNING id`,
      [admin.email, helsingborg[0]?.id ?? null],
    );
    await m.query(`INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)`, [rows[0]!.id, await hash(password)]);
  });
  return { generatedPassword: admin.password ? null : password };
}

/** Seeds municipalities' people, ~40 networks, coordinators and guests once (marked in hub_meta). */
export async function seedDemo(db: DataSource, hash: (password: string) => Promise<string>): Promise<boolean> {
  const done: unknown[] = await db.query(`SELECT 1 FROM hub_meta WHERE key = 'demo_seeded'`);
  if (done.length > 0) return false;
  const random = prng(2023);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const passwordHash = await hash(DEMO_PASSWORD);
  const municipalities: Array<{ id: string; slug: string }> = await db.query(`SELECT id, slug FROM municipality ORDER BY position`);

  await db.transaction(async (m) => {
    const networkIds = new Map<string, string>();
    for (const n of DEMO_NETWORKS) {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO network (slug, name, description, kind, visibility) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [slugify(n.name), n.name, n.description, n.kind, n.visibility],
      );
      networkIds.set(n.name, rows[0]!.id);
    }

    interface P {
      email: string;
      name: string;
      municipalityId: string;
      title: string;
      bio: string;
      languages: string[];
      primary: number;
      expertise: Array<[string, boolean, boolean, boolean]>;
    }
    const people: P[] = [];
    const emails = new Set<string>();
    const add = (p: P): void => {
      emails.add(p.email);
      people.push(p);
    };
    const bySlug = new Map(municipalities.map((x) => [x.slug, x.id]));
    const welfare = DEMO_NETWORKS.findIndex((n) => n.name === 'Nätverket för välfärdsteknik');
    const procurement = DEMO_NETWORKS.findIndex((n) => n.name === 'Nätverket för upphandlare');
    add({
      email: 'karin.lindqvist@helsingborg.se',
      name: 'Karin Lindqvist',
      municipalityId: bySlug.get('helsingborg')!,
      title: 'Utvecklingsledare välfärdsteknik',
      bio: 'Leder införandet av digital tillsyn i Helsingborgs hemtjänst. Fråga mig gärna om upphandling av trygghetslarm.',
      languages: ['svenska', 'engelska'],
      primary: welfare,
      expertise: [
        ['välfärdsteknik', true, true, false],
        ['digital tillsyn', true, false, false],
        ['e-hälsa', false, false, false],
        ['förändringsledning', false, true, false],
      ],
    });
    add({
      email: 'erik.johansson@engelholm.se',
      name: 'Erik Johansson',
      municipalityId: bySlug.get('angelholm')!,
      title: 'Upphandlare',
      bio: 'Arbetar med ramavtal och säkerhetsskyddad upphandling.',
      languages: ['svenska', 'engelska'],
      primary: procurement,
      expertise: [
        ['säkerhetsskyddad upphandling', true, false, false],
        ['LOU', true, false, false],
        ['avtalsuppföljning', false, false, false],
        ['välfärdsteknik', false, false, true],
      ],
    });

    for (let i = 0; people.length < DEMO_PEOPLE; i++) {
      const municipality = municipalities[i % municipalities.length]!;
      const primary = i % DEMO_NETWORKS.length;
      const network = DEMO_NETWORKS[primary]!;
      const first = pick(FIRST_NAMES);
      const last = pick(LAST_NAMES);
      const base = `${slugify(first)}.${slugify(last)}`.replace(/-/g, '');
      let email = `${base}@${DOMAINS[municipality.slug]}`;
      for (let n = 2; emails.has(email); n++) email = `${base}${n}@${DOMAINS[municipality.slug]}`;
      const skills = [...network.skills].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 3));
      if (random() < 0.4) skills.push(pick(pick(DEMO_NETWORKS).skills));
      const unique = [...new Set(skills)];
      add({
        email,
        name: `${first} ${last}`,
        municipalityId: municipality.id,
        title: pick(network.titles),
        bio:
          random() < 0.5
            ? `Arbetar i ${network.name.toLowerCase().startsWith('nätverket') ? 'frågor om ' + network.skills[0] : network.skills[0]}.`
            : '',
        languages: pick(LANGUAGES),
        primary,
        expertise: unique.map((tag) => [tag, random() < 0.3, random() < 0.15, random() < 0.1]),
      });
    }

    const inserted: Array<{ id: string; email: string }> = await m.query(
      `INSERT INTO person (email, name, role, municipality_id, title, bio, languages)
       SELECT t.email, t.name, 'member', t.municipality_id, t.title, t.bio, string_to_array(t.languages, ',')
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[]) AS t(email, name, municipality_id, title, bio, languages)
       RETURNING id, email`,
      [
        people.map((p) => p.email),
        people.map((p) => p.name),
        people.map((p) => p.municipalityId),
        people.map((p) => p.title),
        people.map((p) => p.bio),
        people.map((p) => p.languages.join(',')),
      ],
    );
    const idOf = new Map(inserted.map((r) => [r.email, r.id]));
    await m.query(`INSERT INTO credential (person_id, password_hash) SELECT unnest($1::uuid[]), $2`, [[...idOf.values()], passwordHash]);

    const exp: { person: string[]; tag: string[]; ask: boolean[]; mentor: boolean[]; learn: boolean[]; pos: number[] } = {
      person: [],
      tag: [],
      ask: [],
      mentor: [],
      learn: [],
      pos: [],
    };
    const memberships: { network: string[]; person: string[]; role: string[] } = { network: [], person: [], role: [] };
    const coordinated = new Set<number>();
    for (const p of people) {
      const id = idOf.get(p.email)!;
      p.expertise.forEach(([tag, ask, mentor, learn], pos) => {
        exp.person.push(id);
        exp.tag.push(tag);
        exp.ask.push(ask);
        exp.mentor.push(mentor);
        exp.learn.push(learn);
        exp.pos.push(pos);
      });
      const nets = new Set([p.primary]);
      if (random() < 0.5) nets.add(Math.floor(random() * DEMO_NETWORKS.length));
      if (p.email === 'karin.lindqvist@helsingborg.se')
        nets.add(DEMO_NETWORKS.findIndex((n) => n.name === 'Det brottsförebyggande nätverket'));
      for (const n of nets) {
        const coordinator = p.email === 'karin.lindqvist@helsingborg.se' || (!coordinated.has(n) && n === p.primary);
        if (coordinator) coordinated.add(n);
        memberships.network.push(networkIds.get(DEMO_NETWORKS[n]!.name)!);
        memberships.person.push(id);
        memberships.role.push(coordinator ? 'coordinator' : 'member');
      }
    }
    await m.query(
      `INSERT INTO expertise (person_id, tag, ask_me, mentor, learning, position)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::boolean[], $5::boolean[], $6::smallint[]) ON CONFLICT DO NOTHING`,
      [exp.person, exp.tag, exp.ask, exp.mentor, exp.learn, exp.pos],
    );
    await m.query(
      `INSERT INTO membership (network_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) ON CONFLICT DO NOTHING`,
      [memberships.network, memberships.person, memberships.role],
    );

    for (const g of GUESTS) {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO person (email, name, role, organisation, title, languages) VALUES ($1, $2, 'guest', $3, $4, '{svenska}') RETURNING id`,
        [g.email, g.name, g.organisation, g.title],
      );
      await m.query(`INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)`, [rows[0]!.id, passwordHash]);
      for (const n of g.networks)
        await m.query(`INSERT INTO membership (network_id, person_id, role) VALUES ($1, $2, 'member')`, [networkIds.get(n), rows[0]!.id]);
    }

    // Two people wait for Karin to let them into the crime prevention network.
    const crime = networkIds.get('Det brottsförebyggande nätverket')!;
    const waiting: Array<{ id: string }> = await m.query(
      `SELECT p.id FROM person p WHERE p.role = 'member' AND NOT EXISTS (SELECT 1 FROM membership x WHERE x.person_id = p.id AND x.network_id = $1)
        AND p.email <> 'erik.johansson@engelholm.se' ORDER BY p.email LIMIT 2`,
      [crime],
    );
    for (const w of waiting) {
      await m.query(
        `INSERT INTO join_request (network_id, person_id, message) VALUES ($1, $2, 'Jag arbetar med trygghetsfrågor och vill gärna vara med.')`,
        [crime, w.id],
      );
    }
    await m.query(`INSERT INTO hub_meta (key, value) VALUES ('demo_seeded', now()::text)`);
  });
  return true;
}
