import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_METADATA, PERMISSIONS } from '@hub/access';
import { CONFIG_VARIABLES } from '@hub/core';
import { openApiDocument } from '../../apps/api/src/bootstrap';
import { registeredRoutes } from '../support/routes';
import { TestHub } from '../support/test-hub';

const root = join(__dirname, '..', '..');

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

  it('the web client types are generated from the committed document', () => {
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
});
