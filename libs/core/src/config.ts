import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

/** Everything the hub reads from its environment, validated once at start-up. */
export interface HubConfig {
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly embeddedPostgresPort: number;
  readonly meiliUrl: string | undefined;
  readonly meiliMasterKey: string | undefined;
  readonly embeddedMeiliPort: number;
  readonly meiliIndexPrefix: string;
  readonly adminEmail: string;
  readonly adminPassword: string | undefined;
  readonly seedDemo: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly sessionTtlHours: number;
  readonly jsonBodyLimitBytes: number;
  readonly importBodyLimitBytes: number;
  readonly webDir: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Largest accepted document upload (bytes). */
  readonly documentMaxBytes: number;
  /** Where document bytes are kept (content-addressed by SHA-256). */
  readonly documentStorageDir: string;
  /** Set when document bytes live in an S3-compatible bucket instead of DOCUMENT_STORAGE_DIR. */
  readonly s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | undefined;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (Fastify trustProxy). */
  readonly trustProxy: string | undefined;
  /** Set when Socket.IO shares rooms across processes through Redis instead of PostgreSQL (may hold a password). */
  readonly redisUrl: string | undefined;
  /** Key material for secrets kept in the database (identity providers' client secrets); never logged. */
  readonly secretKey: string | undefined;
  /** How often a session started through a municipality's identity provider is re-checked there. */
  readonly ssoSessionHours: number;
  /** Port of the demo identity provider (Bjuv) that `npm start` runs on loopback with the demo. */
  readonly demoIdpPort: number;
  /** How many hub processes `npm start` runs on the one port (node's cluster; 1: no cluster). */
  readonly hubProcesses: number;
  /** While writes keep coming, how long the search worker gathers changes into one Meilisearch task (ms). */
  readonly searchGatherMs: number;
  /**
   * Whether this process runs the work that needs only one runner: job workers and schedules,
   * draining the search outbox, the SSO session sweep. Always true outside a cluster; in one, only
   * the first worker process (`apps/api/src/main.ts`). Not read from the environment.
   */
  readonly runsBackgroundWork: boolean;
}

/** A configuration problem, phrased as one sentence naming the variable and the fix. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigVariable {
  readonly name: string;
  readonly default: string;
  readonly description: string;
}

/** The documented variables; the README table is checked against this list by a test. */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  { name: 'PORT', default: '3000', description: 'Port the hub (API and web app) listens on.' },
  { name: 'HOST', default: '127.0.0.1', description: 'Address to listen on; `0.0.0.0` in a container.' },
  {
    name: 'PUBLIC_URL',
    default: 'http://localhost:<PORT>',
    description: 'Address users reach the hub at; decides Secure cookies and the links in invitations.',
  },
  { name: 'HUB_DATA_DIR', default: '.data', description: 'Folder for the embedded PostgreSQL and Meilisearch data and generated secrets.' },
  {
    name: 'DATABASE_URL',
    default: '(embedded)',
    description: 'An existing PostgreSQL (`postgres://user:pass@host:5432/db`); unset starts the embedded one.',
  },
  { name: 'EMBEDDED_PG_PORT', default: '54320', description: 'Port of the embedded PostgreSQL (loopback only).' },
  { name: 'MEILI_URL', default: '(embedded)', description: 'An existing Meilisearch (`http://host:7700`); unset starts the embedded one.' },
  {
    name: 'MEILI_MASTER_KEY',
    default: '(generated)',
    description: 'Master key for `MEILI_URL`; the embedded server gets a generated key kept under `HUB_DATA_DIR`.',
  },
  {
    name: 'MEILI_INDEX_PREFIX',
    default: 'hub',
    description: 'Prefix of the Meilisearch index names, for several hubs on one Meilisearch.',
  },
  { name: 'EMBEDDED_MEILI_PORT', default: '7700', description: 'Port of the embedded Meilisearch (loopback only).' },
  {
    name: 'TRUST_PROXY',
    default: '(none)',
    description: 'Reverse proxies whose X-Forwarded-For gives the client IP (for login throttling), e.g. `127.0.0.1` or `10.0.0.5`.',
  },
  { name: 'HUB_ADMIN_EMAIL', default: 'admin@familjenhelsingborg.se', description: 'E-mail of the first administrator (the secretariat).' },
  {
    name: 'HUB_ADMIN_PASSWORD',
    default: '(generated, printed once)',
    description: 'Password of the first administrator; set it on a later start to reset a forgotten one.',
  },
  { name: 'HUB_SEED_DEMO', default: 'true', description: 'Seed the demo municipalities, networks, people and posts on the first start.' },
  {
    name: 'SMTP_URL',
    default: '(files)',
    description:
      'SMTP server for e-mail (`smtp://user:pass@host:587`); unset writes each message as an .eml file under `HUB_DATA_DIR/mail`.',
  },
  { name: 'MAIL_FROM', default: 'Nätverkshubben <noreply@familjenhelsingborg.se>', description: 'Sender of the hub’s e-mail.' },
  { name: 'LOG_LEVEL', default: 'info', description: 'fatal, error, warn, info, debug, trace or silent.' },
  { name: 'SESSION_TTL_HOURS', default: '336', description: 'How long a sign-in lasts without use (hours).' },
  { name: 'JSON_BODY_LIMIT', default: '1048576', description: 'Largest accepted JSON request body (bytes).' },
  { name: 'HUB_WEB_DIR', default: 'dist/web', description: 'Folder of the built web app the hub serves at `/`.' },
  {
    name: 'DOCUMENT_MAX_MB',
    default: '50',
    description: 'Largest document upload (MB); quotas and retention are set by the secretariat in the admin pages.',
  },
  {
    name: 'DOCUMENT_STORAGE_DIR',
    default: '(HUB_DATA_DIR/documents)',
    description: 'Folder for document bytes (content-addressed, checksums verified on read); put it on a backed-up disk.',
  },
  {
    name: 'DOCUMENT_STORAGE',
    default: 'local',
    description: '`local` (DOCUMENT_STORAGE_DIR) or `s3`: an S3-compatible bucket, needed when several API instances run.',
  },
  {
    name: 'S3_ENDPOINT',
    default: '(none)',
    description: 'With DOCUMENT_STORAGE=s3: `https://host[:port]` of the service (path-style addressing).',
  },
  { name: 'S3_BUCKET', default: '(none)', description: 'With DOCUMENT_STORAGE=s3: the bucket (it must exist).' },
  { name: 'S3_REGION', default: 'us-east-1', description: 'With DOCUMENT_STORAGE=s3: the region to sign requests for.' },
  { name: 'S3_ACCESS_KEY_ID', default: '(none)', description: 'With DOCUMENT_STORAGE=s3: access key id.' },
  { name: 'S3_SECRET_ACCESS_KEY', default: '(none)', description: 'With DOCUMENT_STORAGE=s3: secret key (never logged).' },
  {
    name: 'REDIS_URL',
    default: '(PostgreSQL)',
    description:
      'Redis for live events across several hub processes (`redis://:pass@host:6379` or `rediss://` for TLS); unset uses PostgreSQL NOTIFY.',
  },
  { name: 'IMPORT_BODY_LIMIT', default: '8388608', description: 'Largest accepted people-import CSV (bytes).' },
  {
    name: 'HUB_SECRET_KEY',
    default: '(generated under HUB_DATA_DIR)',
    description: 'Key (at least 32 characters) that encrypts the identity providers’ client secrets in the database; keep it with the backups.',
  },
  {
    name: 'SSO_SESSION_HOURS',
    default: '12',
    description: 'A sign-in through a municipality’s identity provider is re-checked there at most this often (hours).',
  },
  { name: 'DEMO_IDP_PORT', default: '3900', description: 'Port of the demo identity provider for Bjuv that the demo starts on loopback.' },
  {
    name: 'HUB_PROCESSES',
    default: '(cores, at most 4)',
    description:
      'Hub processes serving the one port (node’s cluster); background jobs and search indexing run in the first. See docs/scaling.md.',
  },
  {
    name: 'SEARCH_GATHER_MS',
    default: '500',
    description:
      'While changes keep coming, the search worker gathers them this long (ms) into one Meilisearch task: longer means fewer tasks and less Meilisearch CPU under steady writes, at that much more write-to-searchable time. See docs/scaling.md.',
  },
];

/** HUB_PROCESSES when unset: one per core, but no more than this (PostgreSQL and Meilisearch need cores too). */
export const DEFAULT_MAX_PROCESSES = 4;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, but is "${raw}": fix or unset it.`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, but is ${value}: fix or unset it.`);
  }
  return value;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: set it like ${protocols[0]}//host:port or unset it.`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, but starts with ${parsed.protocol}: fix or unset it.`);
  }
  return raw;
}

function indexPrefix(env: Env): string {
  const prefix = env['MEILI_INDEX_PREFIX'] || 'hub';
  if (!/^[a-zA-Z0-9_-]{1,40}$/.test(prefix)) {
    throw new ConfigError(`MEILI_INDEX_PREFIX may only contain letters, digits, - and _ (at most 40), but is "${prefix}".`);
  }
  return prefix;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): HubConfig {
  const port = int(env, 'PORT', 3000, 1, 65535);
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const logLevel = env['LOG_LEVEL'] ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, but is "${logLevel}".`);
  }
  const seed = (env['HUB_SEED_DEMO'] ?? 'true').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(seed)) {
    throw new ConfigError(`HUB_SEED_DEMO must be true or false, but is "${env['HUB_SEED_DEMO']}".`);
  }
  const adminEmail = (env['HUB_ADMIN_EMAIL'] ?? 'admin@familjenhelsingborg.se').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError(`HUB_ADMIN_EMAIL is not an e-mail address: "${adminEmail}".`);
  }
  const adminPassword = env['HUB_ADMIN_PASSWORD'] || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('HUB_ADMIN_PASSWORD must be at least 8 characters long: choose a longer one or unset it to get a generated one.');
  }
  const meiliMasterKey = env['MEILI_MASTER_KEY'] || undefined;
  if (meiliMasterKey !== undefined && Buffer.byteLength(meiliMasterKey) < 16) {
    throw new ConfigError('MEILI_MASTER_KEY must be at least 16 bytes long.');
  }
  const host = env['HOST'] || '127.0.0.1';
  return {
    port,
    host,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    dataDir: resolve(cwd, env['HUB_DATA_DIR'] || '.data'),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    embeddedPostgresPort: int(env, 'EMBEDDED_PG_PORT', 54320, 1, 65535),
    meiliUrl: url(env, 'MEILI_URL', ['http:', 'https:']),
    meiliMasterKey,
    embeddedMeiliPort: int(env, 'EMBEDDED_MEILI_PORT', 7700, 1, 65535),
    meiliIndexPrefix: indexPrefix(env),
    adminEmail,
    adminPassword,
    seedDemo: seed === 'true' || seed === '1',
    logLevel: logLevel as HubConfig['logLevel'],
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 336, 1, 24 * 365),
    jsonBodyLimitBytes: int(env, 'JSON_BODY_LIMIT', 1024 * 1024, 1024, 64 * 1024 * 1024),
    importBodyLimitBytes: int(env, 'IMPORT_BODY_LIMIT', 8 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    webDir: env['HUB_WEB_DIR'] || undefined,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env['MAIL_FROM'] || 'Nätverkshubben <noreply@familjenhelsingborg.se>',
    trustProxy: env['TRUST_PROXY'] || undefined,
    documentMaxBytes: int(env, 'DOCUMENT_MAX_MB', 50, 1, 2048) * 1024 * 1024,
    documentStorageDir: resolve(cwd, env['DOCUMENT_STORAGE_DIR'] || join(env['HUB_DATA_DIR'] || '.data', 'documents')),
    s3: s3Config(env),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    secretKey: secretKey(env),
    ssoSessionHours: int(env, 'SSO_SESSION_HOURS', 12, 1, 24 * 30),
    demoIdpPort: int(env, 'DEMO_IDP_PORT', 3900, 1, 65535),
    hubProcesses: int(env, 'HUB_PROCESSES', Math.min(availableParallelism(), DEFAULT_MAX_PROCESSES), 1, 64),
    searchGatherMs: int(env, 'SEARCH_GATHER_MS', 500, 0, 900),
    runsBackgroundWork: true,
  };
}

function secretKey(env: Env): string | undefined {
  const key = env['HUB_SECRET_KEY'] || undefined;
  if (key !== undefined && key.length < 32) {
    throw new ConfigError('HUB_SECRET_KEY must be at least 32 characters long: generate one (e.g. openssl rand -base64 32) or unset it.');
  }
  return key;
}

function s3Config(env: Env): HubConfig['s3'] {
  const kind = env['DOCUMENT_STORAGE'] || 'local';
  if (kind === 'local') return undefined;
  if (kind !== 's3') throw new ConfigError(`DOCUMENT_STORAGE must be "local" or "s3", but is "${kind}": fix or unset it.`);
  const missing = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (missing.length > 0) throw new ConfigError(`DOCUMENT_STORAGE=s3 needs ${missing.join(', ')}: set them or use DOCUMENT_STORAGE=local.`);
  return {
    endpoint: url(env, 'S3_ENDPOINT', ['http:', 'https:'])!,
    bucket: env['S3_BUCKET']!,
    region: env['S3_REGION'] || 'us-east-1',
    accessKeyId: env['S3_ACCESS_KEY_ID']!,
    secretAccessKey: env['S3_SECRET_ACCESS_KEY']!,
  };
}

/** Reads a secret kept under the data folder, creating it on first use (mode 0600). */
export function persistentSecret(dataDir: string, name: string, bytes = 24): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(bytes).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export const HUB_CONFIG = Symbol('HUB_CONFIG');
