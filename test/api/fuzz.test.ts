import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemFault } from '../support/swedish';
import { type Credentials, made, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

/**
 * Every route of the OpenAPI document gets generated bad input, signed in as a real member (the
 * coordinator of a network with a post, comment, meeting, documents and chat) and, for the
 * secretariat's routes, as an administrator. Every answer must be a 4xx application/problem+json
 * in Swedish, and no row may change.
 */

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const api = JSON.parse(readFileSync(join(__dirname, '..', '..', 'apps', 'api', 'openapi.json'), 'utf8')) as OpenApi;

function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(api.components.schemas[schema.$ref.split('/').pop()!]!);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0]!);
  return schema;
}

const INT4_MAX = 2147483647;

/** A request the test sends, and what it is meant to show. */
interface Probe {
  label: string;
  method: string;
  url: string;
  as: Credentials | null;
  body?: unknown;
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

describe('fuzz: bad input to every route', () => {
  let hub: TestHub;
  let coordinator: PersonHandle;
  let member: Credentials;
  let admin: Credentials;
  let network: NetworkHandle;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    hub = await TestHub.start();
    coordinator = await hub.person({ name: 'Fuzz Samordnare' });
    network = await hub.network({ name: 'Nätverket för fuzzning' });
    await hub.member(network, coordinator, 'coordinator');
    member = await hub.login(coordinator);
    admin = await hub.login(await hub.person({ role: 'admin' }));
    const content = await hub.content(network, member);
    Object.assign(ids, {
      networks: network.id,
      posts: content.post,
      comments: content.comment,
      meetings: content.meeting,
      'agenda-items': content.agendaItem,
      'action-items': content.actionItem,
      'document-folders': content.folder,
      documents: content.document,
      conversations: content.channel,
      messages: content.message,
    });
    ids['sessions'] = (await hub.get<Array<{ id: string }>>('/api/v1/me/sessions', { as: member })).body[0]!.id;
    ids['tokens'] = await made(hub.post('/api/v1/me/tokens', { as: member, body: { name: 'Fuzz' } }));
    ids['calendar-feeds'] = await made(hub.post('/api/v1/me/calendar-feeds', { as: member, body: {} }));
    ids['people'] = coordinator.id;
  }, 60_000);
  afterAll(() => hub.close());

  /** A valid value for a path parameter: the fixture's thing of that kind. */
  function pathValue(path: string, name: string): string {
    if (name === 'id') {
      const segments = path.split('/');
      const kind = segments[segments.indexOf('{id}') - 1]!;
      return ids[kind] ?? randomUUID();
    }
    if (name === 'personId') return coordinator.id;
    if (name === 'networkId') return network.id;
    if (name === 'kind') return 'like';
    if (name === 'number') return '1';
    if (name === 'name') return 'brev.eml';
    return randomUUID();
  }

  /** A valid value for a schema (the base a single bad property is put into). */
  function valid(schema: Schema, name: string): unknown {
    const s = resolve(schema);
    if (s.enum) return s.enum[0];
    if (s.type === 'boolean') return false;
    if (s.type === 'number' || s.type === 'integer') return s.minimum ?? 1;
    if (s.type === 'array') return [];
    if (s.type === 'object' || s.properties) return base(s);
    if (s.format === 'uuid') return name === 'personId' ? coordinator.id : randomUUID();
    if (s.format === 'date-time') return name === 'endsAt' ? '2027-04-01T10:00:00+02:00' : '2027-04-01T09:00:00+02:00';
    if (name === 'email') return 'fuzz@helsingborg.se';
    if (name === 'seq') return '1';
    return 'Fuzz-värde-2026'.padEnd(s.minLength ?? 0, 'x');
  }

  function base(schema: Schema): Record<string, unknown> {
    const s = resolve(schema);
    return Object.fromEntries((s.required ?? []).map((key) => [key, valid(s.properties![key]!, key)]));
  }

  /** Values a property of this schema must refuse. */
  function badValues(schema: Schema, name: string): unknown[] {
    const s = resolve(schema);
    const out: unknown[] = [];
    if (!s.nullable) out.push(null);
    if (s.type === 'string') {
      out.push(42, true, ['x'], { a: 1 }, 'a\u0000b');
      if (s.enum) out.push('finns-inte');
      if (s.maxLength !== undefined) out.push('x'.repeat(s.maxLength + 1));
      if (s.format === 'uuid') out.push('inte-ett-id', `${randomUUID()}x`);
      if (s.format === 'date-time') out.push('i morgon', '2027-02-30T09:00:00+01:00', '0000-01-01T00:00:00Z', '+275760-09-14T00:00:00Z');
      if (name === 'email') out.push('a\ud800@helsingborg.se', '\udc00', 'x'.repeat(300));
    }
    if (s.type === 'number' || s.type === 'integer') {
      out.push('1', 1.5, true, [1], INT4_MAX + 1, -INT4_MAX - 2, 1e308, -1e308);
      if (s.maximum !== undefined) out.push(s.maximum + 1);
      if (s.minimum !== undefined) out.push(s.minimum - 1);
    }
    if (s.type === 'boolean') out.push('ja', 1, 'true', [true]);
    if (s.type === 'array') {
      out.push('x', 42, { a: 1 }, [null]);
      const items = s.items ? resolve(s.items) : undefined;
      if (items?.type === 'string') out.push([42], ['a\u0000b'], s.maxItems !== undefined ? Array.from({ length: s.maxItems + 1 }, () => 'x') : []);
      if (name === 'documentIds' || name === 'ids') out.push(['inte-ett-id']);
      if (items?.properties) out.push([42], [{}], [{ okänt: 1 }]);
    }
    return out.filter((v) => !(Array.isArray(v) && v.length === 0));
  }

  /** Bad values for a query parameter (only ones no route may take). */
  function badQuery(schema: Schema): string[] {
    const s = resolve(schema);
    const out = ['%00'];
    if (s.type === 'number' || s.type === 'integer') out.push('x', '1.5', '2147483648', '-2147483649', '1e400', '-1');
    if (s.enum) out.push('finns-inte');
    if (s.format === 'date-time') out.push('i morgon', '0000-01-01T00:00:00Z', '2027-02-30T09:00:00Z');
    if (s.maxLength !== undefined) out.push('x'.repeat(s.maxLength + 1));
    return out;
  }

  const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);
  const DEEP_OBJECT = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
  const BAD_PATHS = ['inte-ett-id', '%E0%A4%A', '%', '%ZZ', 'a%00b', '%ED%A0%80', 'x'.repeat(300), '2147483648', '-1', '..%2F..%2Fetc'];

  function probes(): Probe[] {
    const out: Probe[] = [];
    for (const [template, methods] of Object.entries(api.paths)) {
      for (const [lower, op] of Object.entries(methods)) {
        const method = lower.toUpperCase();
        const params = op.parameters ?? [];
        const pathParams = params.filter((p) => p.in === 'path');
        const fill = (override: Record<string, string> = {}): string =>
          template.replace(/\{(\w+)\}/g, (_m, name: string) => override[name] ?? pathValue(template, name));
        const url = fill();
        const actors: Credentials[] = template.includes('/admin/') ? [member, admin] : [member];
        for (const as of actors) {
          const who = as === admin ? 'admin' : 'member';
          for (const p of pathParams) {
            for (const bad of BAD_PATHS) out.push({ label: `${method} ${template} ${p.name}=${bad.slice(0, 20)} (${who})`, method, url: fill({ [p.name]: bad }), as, body: op.requestBody ? {} : undefined });
          }
          for (const p of params.filter((q) => q.in === 'query')) {
            for (const bad of badQuery(p.schema)) out.push({ label: `${method} ${template}?${p.name}=${bad.slice(0, 20)} (${who})`, method, url: `${url}?${p.name}=${bad}`, as });
            out.push({ label: `${method} ${template}?${p.name} twice (${who})`, method, url: `${url}?${p.name}=1&${p.name}=2&${p.name}=3`, as });
          }
          if (method === 'GET' && params.some((q) => q.in === 'query')) out.push({ label: `${method} ${template}?okänd (${who})`, method, url: `${url}?ok%C3%A4nd=1`, as });
          const content = op.requestBody?.content ?? {};
          const json = content['application/json'];
          if (json) {
            const schema = resolve(json.schema);
            const start = base(schema);
            for (const [name, property] of Object.entries(schema.properties ?? {})) {
              for (const bad of badValues(property, name)) {
                out.push({ label: `${method} ${template} ${name}=${JSON.stringify(bad)?.slice(0, 30)} (${who})`, method, url, as, body: { ...start, [name]: bad } });
              }
            }
            for (const payload of ['42', '"x"', '[]', '[{}]', 'null', 'true', '{"a":', '{"title": "\\ud800"', DEEP, DEEP_OBJECT]) {
              out.push({ label: `${method} ${template} body ${payload.slice(0, 12)} (${who})`, method, url, as, payload, headers: { 'content-type': 'application/json' } });
            }
            out.push({ label: `${method} ${template} unknown field (${who})`, method, url, as, body: { ...start, okändFält: 1 } });
            out.push({ label: `${method} ${template} as form (${who})`, method, url, as, payload: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
          }
          if (content['multipart/form-data']) {
            const boundary = '----fuzz';
            const part = (name: string, value: string): string => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
            const file = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nText\r\n`;
            const multipart = (what: string, payload: string, type = `multipart/form-data; boundary=${boundary}`): void => {
              out.push({ label: `${method} ${template} multipart: ${what} (${who})`, method, url, as, payload, headers: { 'content-type': type } });
            };
            const end = `--${boundary}--\r\n`;
            multipart('no closing boundary', file);
            multipart('cut in the part header', file.slice(0, 60));
            multipart('no boundary parameter', `${file}${end}`, 'multipart/form-data');
            multipart('empty', '');
            multipart('only the end', end);
            for (const field of ['folderId', 'tags', 'note']) {
              multipart(`NUL in ${field}`, `${part(field, 'a\u0000b')}${file}${end}`);
            }
            // A new version takes no folder (it keeps its document's); an upload does.
            if (template.endsWith('/documents')) multipart('bad folderId', `${part('folderId', 'inte-ett-id')}${file}${end}`);
            multipart('no file', `${part('note', 'x')}${end}`);
          }
        }
        // Deep JSON before signing in: the parser must refuse it without recursion, before the guard.
        if (json(op)) out.push({ label: `${method} ${template} deep JSON, signed out`, method, url, as: null, payload: DEEP, headers: { 'content-type': 'application/json' } });
      }
    }
    // Badly percent-encoded and unknown addresses: Fastify's router answers these itself.
    for (const path of ['/api/v1/%E0%A4%A', '/api/v1/networks/%', '/api/%ZZ', '/api/v1/finns-inte', '/api/v1/%ED%A0%80']) {
      out.push({ label: `GET ${path}`, method: 'GET', url: path, as: member });
      out.push({ label: `POST ${path}`, method: 'POST', url: path, as: member, body: {} });
    }
    return out;
  }

  function json(op: Operation): boolean {
    return op.requestBody?.content['application/json'] !== undefined;
  }

  /** A checksum of every table's rows; the ones expected to change are named with the reason. */
  async function snapshot(): Promise<Record<string, string>> {
    const EXPECTED_TO_CHANGE = new Set([
      // Each request with the session cookie refreshes the session's last use (sliding expiry).
      'session',
      // Failed sign-ins (bad e-mail addresses and passwords) are counted: that is the throttle's job.
      'login_throttle',
    ]);
    const tables: Array<{ name: string }> = await hub.db.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      if (EXPECTED_TO_CHANGE.has(name)) continue;
      const rows: Array<{ sum: string | null; n: number }> = await hub.db.query(
        `SELECT md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS sum, count(*)::int AS n FROM "${name}" t`,
      );
      out[name] = `${rows[0]!.n}:${rows[0]!.sum ?? ''}`;
    }
    return out;
  }

  it('answers every bad request with a Swedish 4xx problem and changes no row', async () => {
    // The fixture's document is read by a background job: let it finish before the snapshot.
    await hub.extracted();
    await hub.settle();
    const before = await snapshot();
    const all = probes();
    const faults: string[] = [];
    let next = 0;
    // A few requests at a time: the hub serves them concurrently as it would in use.
    const worker = async (): Promise<void> => {
      while (next < all.length) {
        const probe = all[next++]!;
        const res = await hub.call(probe.method, probe.url, { as: probe.as, body: probe.body, payload: probe.payload, headers: probe.headers });
        const fault = problemFault(res);
        if (fault) faults.push(`${probe.label}: ${fault}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(faults).toEqual([]);
    expect(all.length).toBeGreaterThan(2000);
    await hub.settle();
    expect(await snapshot()).toEqual(before);
  }, 240_000);
});
