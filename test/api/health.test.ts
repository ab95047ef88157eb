import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestHub } from '../support/test-hub';

describe('health', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('reports the database and Meilisearch as available, with the version', async () => {
    const res = await hub.get<{
      status: string;
      version: string;
      database: { status: string };
      search: { status: string; version: string };
    }>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database.status).toBe('available');
    expect(res.body.search).toEqual({ status: 'available', version: expect.stringMatching(/^1\.\d+/) });
    expect(res.body.version).toBe(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });

  it('is ready when the database answers', async () => {
    const res = await hub.get('/api/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready' });
  });

  it('answers unknown API paths with a problem document', async () => {
    const res = await hub.get<{ status: number; title: string }>('/api/v1/finns-inte');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.title).toBe('Hittades inte');
  });
});
