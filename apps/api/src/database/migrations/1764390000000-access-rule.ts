import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The network access rule, written once (owned by libs/access, ADR 0002). Every statement that asks
 * "may this person know of / see inside this network?" calls these, and so does AccessService (it
 * reads the answers in the same statement as the network's facts): there is no second copy.
 *
 * Arguments: the network's visibility, whether the person is a member of it (or their membership
 * role), the person's role.
 * Archiving does not change who may see a network: an archived network is a read-only record for
 * the same readers (writes are refused by AccessService). Where a listing leaves archived networks
 * out (the directory, network search), it says so next to its query.
 *
 * Plain SQL expressions, IMMUTABLE: the planner inlines them, so they cost what the expression costs.
 */
export class AccessRule1764390000000 implements MigrationInterface {
  name = 'AccessRule1764390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION hub_sees_network(visibility text, is_member boolean, role text)
      RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN role = 'admin' OR is_member OR (role = 'member' AND visibility <> 'secret');

      CREATE FUNCTION hub_sees_inside(visibility text, is_member boolean, role text)
      RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN role = 'admin' OR is_member OR (role = 'member' AND visibility = 'open');

      -- May the person manage the network (moderate, decide join requests, appoint)? membership_role: theirs, or NULL.
      CREATE FUNCTION hub_manages(membership_role text, role text)
      RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN role = 'admin' OR coalesce(membership_role = 'coordinator', false);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION hub_manages(text, text); DROP FUNCTION hub_sees_inside(text, boolean, text); DROP FUNCTION hub_sees_network(text, boolean, text);`);
  }
}
