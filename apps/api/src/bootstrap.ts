import 'reflect-metadata';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { Logger as NestLogger, RequestMethod, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { DocumentBuilder, getSchemaPath, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import {
  createValidationPipe,
  DomainError,
  hasForbiddenCharacter,
  type HubConfig,
  hubVersion,
  jsonDeeperThan,
  ProblemDto,
  sendProblem,
} from '@hub/core';
import { MalformedScimBody, SCIM_PATHS } from '@hub/sso';

import { AppModule, type Connections } from './app.module';
import { PostgresIoAdapter } from './postgres-io.adapter';
import { RedisIoAdapter } from './redis-io.adapter';
import { Logger } from 'nestjs-pino';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** No request body of the API nests deeper than a few levels; 32 leaves room and bounds the work. */
const MAX_JSON_DEPTH = 32;

export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Nätverkshubben API')
    .setDescription('API för Familjen Helsingborgs kunskapsnätverk. Fel returneras som application/problem+json (RFC 9457).')
    .setVersion(hubVersion())
    .addCookieAuth('nh_session')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Personlig API-token (nh_…)' })
    .addGlobalResponse({
      status: 'default',
      description: 'Ett fel, som application/problem+json (RFC 9457).',
      content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
    })
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto],
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
}

/** Socket.IO across processes: through Redis when REDIS_URL is set, otherwise through PostgreSQL. */
async function socketAdapter(
  app: NestFastifyApplication,
  config: HubConfig,
  connections: Connections,
  connect: boolean,
): Promise<IoAdapter> {
  if (!connect) return new IoAdapter(app);
  if (!config.redisUrl) return new PostgresIoAdapter(app, connections.databaseUrl);
  const adapter = new RedisIoAdapter(app, config.redisUrl);
  await adapter.connect();
  return adapter;
}

/** The whole hub as one Fastify app: the API under /api, the web app at /. */
export async function createApp(
  config: HubConfig,
  connections: Connections,
  options: { logs?: boolean; connect?: boolean; logStream?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const problemLogger = new NestLogger('Problem');
  const adapter = new FastifyAdapter({
    bodyLimit: config.jsonBodyLimitBytes,
    // Errors Fastify meets before routing (a badly percent-encoded address) are problems in Swedish too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendProblem(reply, request, error, problemLogger),
    // Only behind a reverse proxy the operator names may X-Forwarded-For decide the client IP.
    trustProxy: config.trustProxy ?? false,
    routerOptions: { maxParamLength: 200 },
    // One request id for logs and the X-Request-Id answer; a caller's own id is kept when sane.
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, connections, { connect: options.connect, logStream: options.logStream }),
    adapter,
    {
      bufferLogs: true,
      // Fastify's own JSON parser only: no urlencoded bodies (nothing but JSON, CSV and multipart is accepted).
      bodyParser: false,
      logger: options.logs === false ? false : undefined,
    },
  );
  if (options.logs !== false) app.useLogger(app.get(Logger));
  // SCIM lives at /scim/v2 (the address directories are configured with), outside /api.
  app.setGlobalPrefix('api', { exclude: SCIM_PATHS.map((path) => ({ path, method: RequestMethod.ALL })) });
  app.enableVersioning({ type: VersioningType.URI });
  app.useGlobalPipes(createValidationPipe());
  app.useWebSocketAdapter(await socketAdapter(app, config, connections, options.connect !== false));

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(fastifyMultipart as never, { limits: { fileSize: config.importBodyLimitBytes, files: 1, fields: 5 } });
  fastify.addContentTypeParser('application/scim+json', { parseAs: 'string', bodyLimit: config.jsonBodyLimitBytes }, (_req, body, done) => {
    try {
      done(null, body === '' ? undefined : (JSON.parse(String(body)) as unknown));
    } catch {
      done(null, new MalformedScimBody());
    }
  });
  fastify.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'buffer', bodyLimit: config.importBodyLimitBytes },
    (_req, body, done) => done(null, body),
  );
  // JSON nested without end would make every later walk over the body (and the parser's own
  // checks) costly or recursive: it is refused by a scan of the text before parsing.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDeeperThan(body as string, MAX_JSON_DEPTH)) {
      done(new DomainError('bad-request', `Begärans JSON är nästlad djupare än ${MAX_JSON_DEPTH} nivåer.`), undefined);
      return;
    }
    // The default parser answers through `done`; its type also allows a promise.
    void parseJson(request, body as string, done);
  });
  // PostgreSQL cannot store NUL in text and no UTF-8 carries a lone surrogate: refuse them up front as bad input, not a 500.
  fastify.addHook('preValidation', async (request) => {
    if (/%00/i.test(request.url) || hasForbiddenCharacter(request.url) || hasForbiddenCharacter(request.body)) {
      throw new DomainError('validation', 'Begäran innehåller ett otillåtet tecken (NUL eller ett ensamt surrogattecken).', {
        errors: [{ field: 'body', message: 'Texten innehåller ett tecken som inte kan sparas (NUL eller ett ensamt surrogattecken).' }],
      });
    }
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Request-Id', request.id);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    // A route that chose stricter or different framing rules (document downloads) keeps them.
    if (!reply.hasHeader('X-Frame-Options')) reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (!request.url.startsWith('/api/docs') && !reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', CSP);
    if (request.url.startsWith('/api/') && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    customSiteTitle: 'Nätverkshubben API',
  });

  const webDir = config.webDir ?? join(__dirname, '..', '..', '..', '..', 'web');
  if (existsSync(join(webDir, 'index.html'))) {
    // Brotli or gzip copies written by the build (scripts/build.cjs) are sent to browsers that take
    // them. Hashed assets never change under their name: cached for a year; the page itself is
    // checked on every visit, so a deploy is seen at once.
    await fastify.register(fastifyStatic as never, {
      root: webDir,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        if (/[\\/]assets[\\/]/.test(path)) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
        else if (/index\.html(\.(br|gz))?$/.test(path)) reply.header('Cache-Control', 'no-cache');
        else reply.header('Cache-Control', 'public, max-age=3600');
      },
    });
    fastify.get('/*', (request: FastifyRequest, reply: FastifyReply & { sendFile(name: string): FastifyReply }) => {
      if (request.url.startsWith('/api')) {
        return sendProblem(reply, request, new DomainError('not-found', 'Det finns ingen sådan adress i API:t.'), problemLogger);
      }
      // A missing asset (an old page after a deploy) is a 404, not the app shell.
      if (request.url.startsWith('/assets/') || /\.[a-z0-9]{2,5}(\?|$)/i.test(request.url)) {
        return reply.status(404).header('Content-Type', 'text/plain; charset=utf-8').send('Hittades inte');
      }
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    });
  }
  await app.init();
  return app;
}
