import { type Credentials, TestHub } from '../support/test-hub';

/** The records routes answer odd input with a Swedish 4xx problem, never a 5xx. */
describe('records routes and bad input', () => {
  let hub: TestHub;
  let asAdmin: Credentials;
  let personId: string;

  beforeAll(async () => {
    hub = await TestHub.start();
    asAdmin = await hub.login(await hub.person({ role: 'admin' }));
    personId = (await hub.person()).id;
  });
  afterAll(() => hub.close());

  const cases: Array<[string, string, string, unknown]> = [
    ['PATCH', '/api/v1/admin/records-settings', 'retention as text', { retention: 'en vecka' }],
    ['PATCH', '/api/v1/admin/records-settings', 'retention as a list', { retention: [1, 2] }],
    ['PATCH', '/api/v1/admin/records-settings', 'days as text', { retention: { sessions: 'tre' } }],
    ['PATCH', '/api/v1/admin/records-settings', 'days negative', { retention: { sessions: -1 } }],
    ['PATCH', '/api/v1/admin/records-settings', 'erasure null', { erasure: null, retention: { sessions: null } }],
    ['PATCH', '/api/v1/admin/records-settings', 'unknown kind', { erasure: { photos: true } }],
    ['PATCH', '/api/v1/admin/records-settings', 'a list body', [1]],
    ['PATCH', '/api/v1/admin/legal', 'gaps as text', { accessibilityGaps: 'allt' }],
    ['PATCH', '/api/v1/admin/legal', 'too many gaps', { accessibilityGaps: Array.from({ length: 31 }, (_, i) => `Brist ${i}`) }],
    ['PATCH', '/api/v1/admin/legal', 'phone as number', { accessibilityPhone: 42 }],
    ['PATCH', '/api/v1/admin/legal', 'controller empty', { privacyController: '' }],
    ['PUT', '/api/v1/admin/networks/finns-inte/legal-hold', 'no such network', { hold: true }],
    ['PUT', '/api/v1/admin/networks/%E2%80%AE/legal-hold', 'odd slug', { hold: true }],
    ['PUT', '/api/v1/admin/networks/finns-inte/legal-hold', 'hold as text', { hold: 'ja' }],
    ['POST', '/api/v1/admin/people/PERSON/erase', 'reason as a number', { reason: 42 }],
    ['POST', '/api/v1/admin/people/PERSON/erase', 'reason too short', { reason: 'nej' }],
    ['POST', '/api/v1/admin/people/inte-ett-id/erase?dryRun=true', 'not an id', {}],
    ['POST', '/api/v1/admin/people/00000000-0000-4000-8000-000000000000/erase?dryRun=true', 'nobody', {}],
    ['POST', '/api/v1/admin/people/inte-ett-id/export', 'export: not an id', undefined],
    ['GET', '/api/v1/admin/audit?from=2026-02-30', 'impossible date', undefined],
    ['GET', '/api/v1/admin/audit?limit=99999999999999999999', 'huge limit', undefined],
    ['GET', '/api/v1/admin/audit?network=00000000-0000-0000-0000-00000000000g', 'bad network id', undefined],
  ];

  it.each(cases)('%s %s (%s) → Swedish 4xx', async (method, url, _what, body) => {
    const res = await hub.call<{ title: string; detail: string; errors?: Array<{ message: string }> }>(
      method,
      url.replace('PERSON', personId),
      {
        as: asAdmin,
        ...(body === undefined ? {} : { body }),
      },
    );
    expect({ status: res.status >= 400 && res.status < 500, type: res.headers['content-type'] }).toEqual({
      status: true,
      type: expect.stringContaining('application/problem+json'),
    });
    // Swedish, not a framework's English default.
    expect(
      `${res.body.title} ${res.body.detail} ${(res.body.errors ?? [])
        .map((e) => e.message)
        // Unknown fields are named by the shared validation pipe (core), not by these routes.
        .filter((m) => !/^property .+ should not exist$/.test(m))
        .join(' ')}`,
    ).not.toMatch(/\b(must|should|property|nested|Bad Request|Internal)\b/);
  });
});
