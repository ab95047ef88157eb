import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { loadConfig, type HubConfig } from '@hub/core';
import { PasswordHasher } from '@hub/identity';
import { SearchWorker } from '@hub/search';
import { createApp } from '../../apps/api/src/bootstrap';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';

export type Credentials = { kind: 'cookie'; cookie: string; csrf: string } | { kind: 'bearer'; token: string };

export interface Answer<T = unknown> {
  status: number;
  body: T;
  text: string;
  /** The body's bytes as sent (downloads). */
  raw: Buffer;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface UploadOptions {
  as?: Credentials | null;
  fileName: string;
  bytes: Buffer;
  /** Text fields sent before the file (folderId, tags, note). */
  fields?: Record<string, string>;
  /** The part's declared type; the hub decides by content anyway. */
  contentType?: string;
}

export interface CallOptions {
  as?: Credentials | null;
  body?: unknown;
  payload?: string | Buffer;
  headers?: Record<string, string>;
  /** Leave out the CSRF header of a cookie session. */
  noCsrf?: boolean;
  /** Leave out the Origin header a browser sends with a cookie session's writes. */
  noOrigin?: boolean;
}

export interface PersonHandle {
  id: string;
  email: string;
  password: string;
  role: 'admin' | 'member' | 'guest';
}

export interface NetworkHandle {
  id: string;
  slug: string;
  name: string;
}

/** Ids of one of everything a network holds (see TestHub.content). */
export interface NetworkContent {
  post: string;
  comment: string;
  meeting: string;
  agendaItem: string;
  actionItem: string;
  folder: string;
  document: string;
  channel: string;
  message: string;
}

/** The id of what a request created (a setup step: anything but 2xx throws with the answer). */
export async function made(answer: Promise<Answer>): Promise<string> {
  const res = await answer;
  if (res.status >= 300) throw new Error(`setup: ${res.status} ${res.text}`);
  return (res.body as { id: string }).id;
}

export const TEST_PASSWORD = 'korrekt-häst-batteri-häftklammer';
let cachedHash: Promise<string> | undefined;
let counter = 0;

/**
 * A whole hub on its own database cloned from the migrated template, driven through Fastify's
 * inject (no port). Builders put people and networks straight into the tables.
 */
export class TestHub {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly db: DataSource,
    readonly config: HubConfig,
    private readonly database: string,
    private readonly owner = true,
  ) {}

  /** A second hub process on the same database and Meilisearch (as in a multi-process deployment). */
  async sibling(): Promise<TestHub> {
    const url = (this.db.options as { url: string }).url;
    const app = await createApp(
      this.config,
      { databaseUrl: url, meiliUrl: process.env['HUB_TEST_MEILI_URL']!, meiliKey: process.env['HUB_TEST_MEILI_KEY'] || undefined },
      { logs: false },
    );
    await app.getHttpAdapter().getInstance().ready();
    const db = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
    await db.initialize();
    return new TestHub(app, db, this.config, this.database, false);
  }

  static async start(overrides: Record<string, string> = {}, options: { logStream?: DestinationStream } = {}): Promise<TestHub> {
    const adminUrl = process.env['HUB_TEST_ADMIN_URL'];
    if (!adminUrl) throw new Error('HUB_TEST_ADMIN_URL missing: run the tests through jest (global setup).');
    const database = `t_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "hub_template"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const config = {
      ...loadConfig({
        LOG_LEVEL: 'silent',
        HUB_DATA_DIR: process.env['HUB_TEST_DATA_DIR'] ?? '.data/test',
        MEILI_INDEX_PREFIX: database,
        DOCUMENT_STORAGE_DIR: join(process.env['HUB_TEST_DATA_DIR'] ?? '.data/test', 'documents', database),
        ...overrides,
      }),
      webDir: overrides['HUB_WEB_DIR'] ?? '/nonexistent',
    };
    const app = await createApp(
      config,
      {
        databaseUrl: url.toString(),
        meiliUrl: overrides['MEILI_URL'] ?? process.env['HUB_TEST_MEILI_URL']!,
        meiliKey: overrides['MEILI_MASTER_KEY'] ?? (process.env['HUB_TEST_MEILI_KEY'] || undefined),
      },
      options.logStream ? { logStream: options.logStream } : { logs: false },
    );
    await app.getHttpAdapter().getInstance().ready();
    const db = new DataSource(dataSourceOptions(url.toString(), { poolSize: 2 }));
    await db.initialize();
    return new TestHub(app, db, config, database);
  }

  /** Listens on a free loopback port (for Socket.IO clients); returns the base URL. */
  async listen(): Promise<string> {
    await this.app.listen({ port: 0, host: '127.0.0.1' });
    const address = this.app.getHttpServer().address() as { port: number };
    return `http://127.0.0.1:${address.port}`;
  }

  /** Waits until the text of every uploaded document has been read (a background job). */
  async extracted(): Promise<void> {
    for (const started = Date.now(); Date.now() - started < 60_000; ) {
      const rows: Array<{ n: number }> = await this.db.query(`SELECT count(*)::int AS n FROM document WHERE extraction_status = 'pending'`);
      if (rows[0]!.n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('text extraction did not finish within 60 s');
  }

  /** Waits until every change so far is searchable. */
  settle(): Promise<void> {
    return this.app.get(SearchWorker).settle();
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.db.destroy();
    if (!this.owner) return;
    const admin = new Client({ connectionString: process.env['HUB_TEST_ADMIN_URL'] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${this.database}" WITH (FORCE)`);
    await admin.end();
    await rm(this.config.documentStorageDir, { recursive: true, force: true });
  }

  async call<T = unknown>(method: string, url: string, options: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    const as = options.as;
    if (as?.kind === 'cookie') {
      headers['cookie'] = `nh_session=${as.cookie}`;
      if (!options.noCsrf && !['GET', 'HEAD'].includes(method)) headers['x-csrf-token'] = as.csrf;
      // As a browser on the hub's own page: every write carries the page's Origin.
      if (!options.noOrigin && !['GET', 'HEAD'].includes(method)) headers['origin'] ??= this.config.publicUrl;
    } else if (as?.kind === 'bearer') {
      headers['authorization'] = `Bearer ${as.token}`;
    }
    let payload: string | Buffer | undefined = options.payload;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({ method: method as 'GET', url, headers, payload });
    let body: unknown = res.body;
    const type = String(res.headers['content-type'] ?? '');
    if (type.includes('json') && res.body.length > 0) body = JSON.parse(res.body);
    return { status: res.statusCode, body: body as T, text: res.body, raw: res.rawPayload, headers: res.headers };
  }

  /** A multipart/form-data upload with the file in the field `file`, as a browser sends it. */
  upload<T = unknown>(url: string, options: UploadOptions): Promise<Answer<T>> {
    const boundary = `----hub${randomBytes(8).toString('hex')}`;
    const parts: Buffer[] = [];
    for (const [name, value] of Object.entries(options.fields ?? {})) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    }
    const quoted = options.fileName.replace(/"/g, '%22');
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted}"\r\nContent-Type: ${options.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      options.bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    return this.call<T>('POST', url, {
      as: options.as,
      payload: Buffer.concat(parts),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  }

  get = <T = unknown>(url: string, options?: CallOptions): Promise<Answer<T>> => this.call<T>('GET', url, options);
  post = <T = unknown>(url: string, options?: CallOptions): Promise<Answer<T>> => this.call<T>('POST', url, options);
  patch = <T = unknown>(url: string, options?: CallOptions): Promise<Answer<T>> => this.call<T>('PATCH', url, options);
  delete = <T = unknown>(url: string, options?: CallOptions): Promise<Answer<T>> => this.call<T>('DELETE', url, options);

  // ---- data builders -------------------------------------------------------------------------

  async person(
    options: Partial<{
      role: 'admin' | 'member' | 'guest';
      municipality: string;
      name: string;
      email: string;
      disabled: boolean;
      title: string;
      expertise: string[];
    }> = {},
  ): Promise<PersonHandle> {
    const role = options.role ?? 'member';
    counter += 1;
    const email = options.email ?? `person${counter}.${randomBytes(3).toString('hex')}@${role === 'guest' ? 'skane.se' : 'helsingborg.se'}`;
    cachedHash ??= new PasswordHasher().hash(TEST_PASSWORD);
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO person (email, name, role, municipality_id, organisation, title, disabled_at)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'guest' THEN NULL ELSE (SELECT id FROM municipality WHERE slug = $4) END,
               CASE WHEN $3 = 'guest' THEN 'Region Skåne' ELSE NULL END, $5, CASE WHEN $6 THEN now() ELSE NULL END)
       RETURNING id`,
      [
        email,
        options.name ?? `Testperson ${counter}`,
        role,
        options.municipality ?? 'helsingborg',
        options.title ?? '',
        options.disabled ?? false,
      ],
    );
    const id = rows[0]!.id;
    await this.db.query(`INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)`, [id, await cachedHash]);
    for (const [position, tag] of (options.expertise ?? []).entries()) {
      await this.db.query(`INSERT INTO expertise (person_id, tag, position) VALUES ($1, $2, $3)`, [id, tag, position]);
    }
    return { id, email, password: TEST_PASSWORD, role };
  }

  async network(
    options: Partial<{ visibility: 'open' | 'closed' | 'secret'; name: string; archived: boolean }> = {},
  ): Promise<NetworkHandle> {
    counter += 1;
    const name = options.name ?? `Testnätverket ${counter} ${randomBytes(2).toString('hex')}`;
    const slug = name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO network (slug, name, kind, visibility, description, archived_at) VALUES ($1, $2, 'kunskapsnatverk', $3, 'Beskrivning', CASE WHEN $4 THEN now() END) RETURNING id`,
      [slug, name, options.visibility ?? 'open', options.archived ?? false],
    );
    return { id: rows[0]!.id, slug, name };
  }

  async member(network: NetworkHandle, person: PersonHandle, role: 'member' | 'coordinator' = 'member'): Promise<void> {
    await this.db.query(`INSERT INTO membership (network_id, person_id, role) VALUES ($1, $2, $3)`, [network.id, person.id, role]);
  }

  /** One of everything in a network, made through the API by a coordinator of it. */
  async content(network: NetworkHandle, as: Credentials): Promise<NetworkContent> {
    const post = await made(this.post(`/api/v1/networks/${network.id}/posts`, { as, body: { body: 'Ett inlägg.' } }));
    const comment = await made(this.post(`/api/v1/posts/${post}/comments`, { as, body: { body: 'En kommentar.' } }));
    const meeting = await made(
      this.post(`/api/v1/networks/${network.id}/meetings`, {
        as,
        body: { title: 'Ett möte', startsAt: '2027-03-01T09:00:00+01:00', endsAt: '2027-03-01T10:00:00+01:00' },
      }),
    );
    const agenda = await this.post<{ items: Array<{ id: string }> }>(`/api/v1/meetings/${meeting}/agenda-items`, { as, body: { title: 'Punkt' } });
    const actionItem = await made(this.post(`/api/v1/meetings/${meeting}/action-items`, { as, body: { title: 'Att göra' } }));
    const folder = await made(this.post(`/api/v1/networks/${network.id}/document-folders`, { as, body: { name: 'Mapp' } }));
    const document = await made(
      this.upload(`/api/v1/networks/${network.id}/documents`, { as, fileName: 'anteckningar.txt', bytes: Buffer.from('Anteckningar.\n') }),
    );
    const channel = (await this.get<{ id: string }>(`/api/v1/networks/${network.id}/chat`, { as })).body.id;
    const message = await made(this.post(`/api/v1/conversations/${channel}/messages`, { as, body: { body: 'Hej!' } }));
    return { post, comment, meeting, agendaItem: agenda.body.items[0]!.id, actionItem, folder, document, channel, message };
  }

  async login(person: PersonHandle): Promise<Credentials> {
    const res = await this.post<{ csrfToken: string }>('/api/v1/auth/login', { body: { email: person.email, password: person.password } });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
    const cookie = String(res.headers['set-cookie']).match(/nh_session=([^;]+)/)![1]!;
    return { kind: 'cookie', cookie, csrf: res.body.csrfToken };
  }

  async token(person: PersonHandle): Promise<Credentials> {
    const session = await this.login(person);
    const res = await this.post<{ token: string }>('/api/v1/me/tokens', { as: session, body: { name: 'test' } });
    if (res.status !== 201) throw new Error(`token failed: ${res.status} ${res.text}`);
    return { kind: 'bearer', token: res.body.token };
  }
}
