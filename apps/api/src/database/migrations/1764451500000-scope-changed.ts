import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * NOTIFY scope_changed whenever the networks a person may see can have changed, so every hub
 * process drops its cached search scopes (`ViewerScopes` in libs/search) at the commit: a
 * membership added, removed or changed (payload: the person's id), a network created, deleted,
 * renamed, or its visibility or archive changed (payload `*`: everyone's). Triggers, so that no
 * writer can forget it, and in the writer's transaction, so nothing is announced that rolls back.
 */
export class ScopeChanged1764451500000 implements MigrationInterface {
  name = 'ScopeChanged1764451500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION scope_changed_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('scope_changed', OLD.person_id::text); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('scope_changed', NEW.person_id::text); END IF;
        RETURN NULL;
      END $$;
      CREATE FUNCTION scope_changed_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('scope_changed', '*');
        RETURN NULL;
      END $$;
      CREATE TRIGGER membership_scope_changed AFTER INSERT OR DELETE OR UPDATE ON membership
        FOR EACH ROW EXECUTE FUNCTION scope_changed_person();
      CREATE TRIGGER membership_scope_truncated AFTER TRUNCATE ON membership
        FOR EACH STATEMENT EXECUTE FUNCTION scope_changed_all();
      CREATE TRIGGER network_scope_changed AFTER INSERT OR DELETE OR UPDATE OF visibility, archived_at, name, slug OR TRUNCATE ON network
        FOR EACH STATEMENT EXECUTE FUNCTION scope_changed_all();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER network_scope_changed ON network; DROP TRIGGER membership_scope_truncated ON membership;
      DROP TRIGGER membership_scope_changed ON membership;
      DROP FUNCTION scope_changed_all(); DROP FUNCTION scope_changed_person();
    `);
  }
}
