import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A maintained member count, so the network directory does not count every membership per request. */
export class NetworkMemberCount1764320400000 implements MigrationInterface {
  name = 'NetworkMemberCount1764320400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE network ADD COLUMN member_count integer NOT NULL DEFAULT 0;
      UPDATE network n SET member_count = (SELECT count(*) FROM membership m WHERE m.network_id = n.id);

      CREATE FUNCTION network_member_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE network SET member_count = member_count + 1 WHERE id = NEW.network_id;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE network SET member_count = member_count - 1 WHERE id = OLD.network_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER membership_count AFTER INSERT OR DELETE ON membership FOR EACH ROW EXECUTE FUNCTION network_member_count();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TRIGGER membership_count ON membership; DROP FUNCTION network_member_count(); ALTER TABLE network DROP COLUMN member_count;`,
    );
  }
}
