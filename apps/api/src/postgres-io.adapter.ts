import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Socket.IO across several hub processes: rooms, broadcasts, joins, leaves and disconnects reach
 * sockets on every process, through PostgreSQL NOTIFY (large packets via socket_io_attachments).
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly pool: Pool;

  constructor(app: INestApplicationContext, databaseUrl: string) {
    super(app);
    this.pool = new Pool({ connectionString: databaseUrl, max: 2, application_name: 'natverkshubben-socket-io' });
    this.pool.on('error', () => undefined);
    // The adapter keeps one client checked out for LISTEN; its errors (PostgreSQL stopping before
    // the hub at shutdown) are emitted on the client itself, so every client gets a handler.
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(
      createAdapter(this.pool, { channelPrefix: 'hub_io', tableName: 'socket_io_attachments', errorHandler: () => undefined }),
    );
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await this.pool.end().catch(() => undefined);
  }
}
