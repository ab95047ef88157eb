import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling shared by every hub process (it was kept in each process's memory, so N
 * processes allowed N times the attempts). One row per throttled key (`a:<e-mail>` or `i:<ip>`);
 * `login_throttle_begin` counts an attempt for all its keys at once, under row locks taken in key
 * order, unless one of them is waiting: then it records nothing and returns the seconds left.
 * The rules (free failures, cap) come from the caller (libs/identity, login-throttle.ts).
 */
export class LoginThrottle1764381600000 implements MigrationInterface {
  name = 'LoginThrottle1764381600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        blocked_until timestamptz,
        last_failure timestamptz NOT NULL
      );
      CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure);

      CREATE FUNCTION login_throttle_begin(keys text[], frees integer[], caps integer[], at timestamptz, forget interval)
      RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        wait integer := 0;
        r record;
        i integer;
        n integer;
      BEGIN
        -- Every key exists and is locked, in key order (two attempts never wait on each other in a cycle).
        INSERT INTO login_throttle (key, last_failure) SELECT unnest(keys), at ORDER BY 1 ON CONFLICT (key) DO NOTHING;
        FOR r IN SELECT l.key, l.blocked_until FROM login_throttle l WHERE l.key = ANY (keys) ORDER BY l.key FOR UPDATE LOOP
          IF r.blocked_until > at THEN
            wait := greatest(wait, ceil(extract(epoch FROM r.blocked_until - at))::integer);
          END IF;
        END LOOP;
        IF wait > 0 THEN
          RETURN wait;
        END IF;
        FOR i IN 1 .. array_length(keys, 1) LOOP
          -- Failures older than \`forget\` start over; beyond the free ones each doubles the wait, up to the cap.
          SELECT CASE WHEN l.last_failure < at - forget THEN 1 ELSE l.failures + 1 END INTO n FROM login_throttle l WHERE l.key = keys[i];
          UPDATE login_throttle l
             SET failures = n,
                 last_failure = at,
                 blocked_until = CASE WHEN n > frees[i]
                                      THEN at + least(caps[i], power(2, least(n - frees[i] - 1, 20))::integer) * interval '1 second'
                                      ELSE l.blocked_until END
           WHERE l.key = keys[i];
        END LOOP;
        -- Keys (an e-mail address, an IP address) nobody has failed with for a day go (an index scan).
        DELETE FROM login_throttle WHERE last_failure < at - interval '1 day';
        RETURN 0;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION login_throttle_begin(text[], integer[], integer[], timestamptz, interval); DROP TABLE login_throttle;`);
  }
}
