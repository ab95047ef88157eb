import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Large Socket.IO packets between hub processes (the PostgreSQL adapter sends small ones by NOTIFY). */
export class SocketIoAttachments1764334800000 implements MigrationInterface {
  name = 'SocketIoAttachments1764334800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT now(), payload bytea)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE socket_io_attachments`);
  }
}
