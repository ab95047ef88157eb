import { type DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { destination, type DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AccessModule } from '@hub/access';
import { DbListener, DomainEvents, HUB_CONFIG, type HubConfig, ProblemFilter } from '@hub/core';
import { AuthGuard, IdentityModule } from '@hub/identity';
import { ChatModule } from '@hub/chat';
import { FeedModule } from '@hub/feed';
import { DocumentsModule } from '@hub/documents';
import { JobsModule } from '@hub/jobs';
import { MailModule } from '@hub/mail';
import { MeetingsModule } from '@hub/meetings';
import { NetworksModule } from '@hub/networks';
import { NotificationsModule } from '@hub/notifications';
import { RealtimeModule } from '@hub/realtime';
import { PeopleModule } from '@hub/people';
import { RecordsModule } from '@hub/records';
import { SearchModule } from '@hub/search';
import { SsoModule } from '@hub/sso';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health.controller';

export interface Connections {
  readonly databaseUrl: string;
  readonly meiliUrl: string;
  readonly meiliKey: string | undefined;
}

/** Never written to logs, wherever they appear. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.sessionToken',
  '*.csrfToken',
  '*.clientSecret',
];

const FRAMEWORK_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/** Request logs: JSON with a request id; credentials redacted wherever they appear. */
function httpLogOptions(config: HubConfig): PinoHttpOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[skyddat]' },
    // Fastify assigns the id (see bootstrap); this is only the fallback outside Fastify.
    genReqId: (req: IncomingMessage) => req.id ?? randomUUID(),
    hooks: {
      // Nest's start-up chatter (modules loaded, routes mapped) is debug noise, not news.
      logMethod(args, method, level) {
        const first: unknown = args[0];
        const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
        if (level === 30 && typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context) && !this.isLevelEnabled('debug')) return;
        method.apply(this, args);
      },
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/api/ready' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: HubConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: HUB_CONFIG, useValue: config }, DomainEvents, DbListener],
      exports: [HUB_CONFIG, DomainEvents, DbListener],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(
    config: HubConfig,
    connections: Connections,
    options: { connect?: boolean; logStream?: DestinationStream } = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Standard output written asynchronously: lines logged in the same turn of the event loop go
          // out in one write instead of one system call per request (flushed when the process exits).
          pinoHttp: [httpLogOptions(config), options.logStream ?? destination({ dest: 1, sync: false })],
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
        }),
        // Without `connect` (OpenAPI generation) nothing reaches out to the database.
        TypeOrmModule.forRoot({ ...dataSourceOptions(connections.databaseUrl), manualInitialization: options.connect === false }),
        SearchModule.forRoot({ url: connections.meiliUrl, apiKey: connections.meiliKey, indexPrefix: config.meiliIndexPrefix }),
        AccessModule,
        JobsModule,
        MailModule,
        IdentityModule,
        PeopleModule,
        NetworksModule,
        FeedModule,
        RealtimeModule,
        ChatModule,
        NotificationsModule,
        MeetingsModule,
        DocumentsModule,
        RecordsModule,
        SsoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
