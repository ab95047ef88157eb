import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_METADATA, PERMISSIONS } from '@hub/access';
import { CONFIG_VARIABLES, DOMAIN_EVENTS, EVENT_TYPES } from '@hub/core';
import { openApiDocument } from '../../apps/api/src/bootstrap';
import { registeredRoutes } from '../support/routes';
import { TestHub } from '../support/test-hub';

const root = join(__dirname, '..', '..');

/** The README of each library and app, by its path. */
function readmes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of ['libs', 'apps']) {
    for (const name of readdirSync(join(root, folder))) {
      const path = `${folder}/${name}/README.md`;
      try {
        found.set(path, readFileSync(join(root, path), 'utf8'));
      } catch {
        // a project without a README owns nothing
      }
    }
  }
  return found;
}

/** Names in backticks, with `post.created|updated` read as `post.created` and `post.updated`. */
function backticked(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, inner] of text.matchAll(/`([^`]+)`/g)) {
    const [first, ...rest] = inner!.split('|');
    names.add(first!);
    const prefix = first!.slice(0, first!.lastIndexOf('.') + 1);
    for (const part of rest) names.add(prefix + part);
  }
  return names;
}

/** The tables a README's "Owns …" sentence names (what is in parentheses there is only context). */
function owned(readme: string): Set<string> {
  let text = readme.replace(/\s+/g, ' ');
  while (/\([^()]*\)/.test(text)) text = text.replace(/\([^()]*\)/g, '');
  const sentence = /\bOwns\b[^.]*\./.exec(text)?.[0] ?? '';
  return backticked(sentence);
}

describe('contract', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('every route declares its permission (or is explicitly public)', () => {
    const routes = registeredRoutes(hub.app).map((r) => ({ route: r.handler, access: r.access }));
    expect(routes.length).toBeGreaterThan(25);
    const undeclared = routes.filter((r) => !r.access).map((r) => r.route);
    expect(undeclared).toEqual([]);
    const unknown = routes.filter((r) => {
      const a = r.access as { kind: string; permission?: string };
      return a.kind === 'permission' && !(a.permission! in PERMISSIONS);
    });
    expect(unknown).toEqual([]);
    const publicRoutes = routes
      .filter((r) => (r.access as { kind: string }).kind === 'public')
      .map((r) => r.route)
      .sort();
    expect(publicRoutes).toEqual([
      'GET HealthController.health',
      'GET HealthController.ready',
      // The accessibility statement and the privacy notice are read before signing in.
      'GET LegalController.get',
      // Calendar apps cannot sign in: the feed's long secret address is its credential.
      'GET MeetingsController.feed',
      'GET ScimController.config',
      'GET ScimController.get',
      'GET ScimController.list',
      // Sign-in through a municipality's identity provider: before anyone is signed in.
      'GET SsoController.callback',
      'GET SsoController.discover',
      'GET SsoController.start',
      // SCIM authenticates with its own per-provider bearer token (ScimController.provider), not the hub's.
      'DELETE ScimController.remove',
      'PATCH ScimController.patch',
      'POST AuthController.acceptInvitation',
      'POST AuthController.login',
      'POST ScimController.create',
      'PUT ScimController.replace',
    ].sort());
  });

  it('every socket event declares its permission', () => {
    const discovery = new DiscoveryService(hub.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const handlers: Array<{ name: string; access: unknown }> = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        if (Reflect.getMetadata('message', handler) === undefined) continue;
        handlers.push({ name: String(Reflect.getMetadata('message', handler)), access: Reflect.getMetadata(ACCESS_METADATA, handler) });
      }
    }
    expect(handlers.map((h) => h.name).sort()).toEqual(['network.watch', 'typing']);
    expect(handlers.filter((h) => !h.access)).toEqual([]);
  });

  it('the committed OpenAPI document matches the controllers (run `npm run openapi` when it does not)', () => {
    const committed: unknown = JSON.parse(readFileSync(join(root, 'apps', 'api', 'openapi.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(openApiDocument(hub.app)))).toEqual(committed);
  });

  it('the web client types are generated from the committed document, the realtime contract copied from libs/core', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'scripts', 'gen-client.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await hub.get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toContain('/api/v1/networks/{id}/join');
    const ui = await hub.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('the README documents every configuration variable', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const missing = CONFIG_VARIABLES.filter((v) => !readme.includes(`| \`${v.name}\``)).map((v) => v.name);
    expect(missing).toEqual([]);
  });

  it('every table is owned by exactly one README (the "Owns …" sentence of a library or the app)', async () => {
    const tables = (
      (await hub.db.query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )) as Array<{ name: string }>
    ).map((t) => t.name);
    expect(tables).toContain('person');
    const owners = new Map<string, string[]>();
    for (const [path, text] of readmes()) for (const table of owned(text)) owners.set(table, [...(owners.get(table) ?? []), path]);
    const problems = tables.flatMap((table) => {
      const by = owners.get(table) ?? [];
      if (by.length === 0) return [`table ${table} has no owner: name it in the "Owns …" sentence of its library's README`];
      if (by.length > 1) return [`table ${table} is owned by ${by.join(' and ')}: keep it in one`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('every realtime event is listed in libs/realtime/README.md, and every domain event in the README of a library that publishes or uses it', () => {
    const all = readmes();
    const realtime = backticked(all.get('libs/realtime/README.md')!);
    const pushed = [...EVENT_TYPES, 'presence', 'typing', 'hub.error'];
    expect(pushed.filter((name) => !realtime.has(name)).map((name) => `${name} is not listed in libs/realtime/README.md`)).toEqual([]);
    const domains = new Set<string>();
    for (const [path, text] of all)
      if (path !== 'libs/core/README.md' && path !== 'libs/realtime/README.md') for (const n of backticked(text)) domains.add(n);
    expect(DOMAIN_EVENTS.filter((name) => !domains.has(name)).map((name) => `domain event ${name} is in no library's README`)).toEqual([]);
  });
});
