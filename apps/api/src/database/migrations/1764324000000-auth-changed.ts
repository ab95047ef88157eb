import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * NOTIFY auth_changed with the person's id whenever a sign-in stops being valid (session deleted,
 * token revoked, person disabled or given another role), so every hub process drops its cached
 * sign-ins for that person at once. Triggers, so that no code path can forget it.
 */
export class AuthChanged1764324000000 implements MigrationInterface {
  name = 'AuthChanged1764324000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION auth_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rec record;
      BEGIN
        rec := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        IF TG_TABLE_NAME = 'person' THEN
          PERFORM pg_notify('auth_changed', rec.id::text);
        ELSE
          PERFORM pg_notify('auth_changed', rec.person_id::text);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER session_auth_changed AFTER DELETE ON session FOR EACH ROW EXECUTE FUNCTION auth_changed_notify();
      CREATE TRIGGER api_token_auth_changed AFTER DELETE OR UPDATE OF revoked_at, expires_at ON api_token FOR EACH ROW EXECUTE FUNCTION auth_changed_notify();
      CREATE TRIGGER person_auth_changed AFTER DELETE OR UPDATE OF role, disabled_at ON person FOR EACH ROW EXECUTE FUNCTION auth_changed_notify();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER session_auth_changed ON session; DROP TRIGGER api_token_auth_changed ON api_token;
      DROP TRIGGER person_auth_changed ON person; DROP FUNCTION auth_changed_notify();
    `);
  }
}
