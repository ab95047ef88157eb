import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 11 municipalities of Familjen Helsingborg, in Swedish alphabetical order. */
export const MUNICIPALITIES: ReadonlyArray<readonly [slug: string, name: string]> = [
  ['bjuv', 'Bjuv'],
  ['bastad', 'Båstad'],
  ['helsingborg', 'Helsingborg'],
  ['hoganas', 'Höganäs'],
  ['klippan', 'Klippan'],
  ['landskrona', 'Landskrona'],
  ['perstorp', 'Perstorp'],
  ['svalov', 'Svalöv'],
  ['astorp', 'Åstorp'],
  ['angelholm', 'Ängelholm'],
  ['orkelljunga', 'Örkelljunga'],
];

export class Foundation1764230400000 implements MigrationInterface {
  name = 'Foundation1764230400000';

  async up(q: QueryRunner): Promise<void> {
    // Swedish sort order (å, ä, ö after z) where the server has ICU; plain byte order otherwise.
    const icu: unknown[] = await q.query(`SELECT 1 FROM pg_collation WHERE collname = 'sv-x-icu'`);
    const sv = icu.length > 0 ? 'COLLATE "sv-x-icu"' : '';
    await q.query(`
      CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL);

      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text ${sv} NOT NULL UNIQUE,
        position smallint NOT NULL
      );

      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text ${sv} NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('admin', 'member', 'guest')),
        municipality_id uuid REFERENCES municipality(id),
        organisation text,
        title text NOT NULL DEFAULT '',
        bio text NOT NULL DEFAULT '',
        languages text[] NOT NULL DEFAULT '{}',
        phone text NOT NULL DEFAULT '',
        show_email boolean NOT NULL DEFAULT true,
        show_phone boolean NOT NULL DEFAULT false,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'guest' OR organisation IS NOT NULL),
        CHECK (role <> 'member' OR municipality_id IS NOT NULL)
      );
      CREATE INDEX person_name_idx ON person (name, id);
      CREATE INDEX person_municipality_name_idx ON person (municipality_id, name, id);

      CREATE TABLE expertise (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        tag text NOT NULL CHECK (length(tag) BETWEEN 1 AND 80),
        ask_me boolean NOT NULL DEFAULT false,
        mentor boolean NOT NULL DEFAULT false,
        learning boolean NOT NULL DEFAULT false,
        position smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (person_id, tag)
      );
      CREATE INDEX expertise_tag_idx ON expertise (lower(tag));

      CREATE TABLE credential (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        password_hash text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE invitation (
        token_hash text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );

      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        csrf_token text NOT NULL,
        user_agent text NOT NULL DEFAULT '',
        ip text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX session_person_idx ON session (person_id);

      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        token_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX api_token_person_idx ON api_token (person_id);

      CREATE TABLE network (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text ${sv} NOT NULL UNIQUE,
        description text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN ('kunskapsnatverk', 'arbetsgrupp', 'program')),
        visibility text NOT NULL CHECK (visibility IN ('open', 'closed', 'secret')),
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX network_name_idx ON network (name, id);

      CREATE TABLE membership (
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('member', 'coordinator')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, person_id)
      );
      CREATE INDEX membership_person_idx ON membership (person_id, network_id);

      CREATE TABLE join_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        message text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES person(id) ON DELETE SET NULL
      );
      CREATE UNIQUE INDEX join_request_pending_idx ON join_request (network_id, person_id) WHERE status = 'pending';
    `);
    for (const [index, [slug, name]] of MUNICIPALITIES.entries()) {
      await q.query(`INSERT INTO municipality (slug, name, position) VALUES ($1, $2, $3)`, [slug, name, index]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE join_request, membership, network, api_token, session, invitation, credential, expertise, person, municipality, hub_meta`,
    );
  }
}
