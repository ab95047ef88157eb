import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The address each sign-in through a provider started from, so `sso/start` (public: it writes a
 * row per call) can refuse an address with too many unfinished sign-ins in flight.
 */
export class SsoStateIp1764470000000 implements MigrationInterface {
  name = 'SsoStateIp1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sso_state ADD COLUMN ip text NOT NULL DEFAULT '';
      CREATE INDEX sso_state_ip_idx ON sso_state (ip, expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sso_state_ip_idx; ALTER TABLE sso_state DROP COLUMN ip;`);
  }
}
