import { type Credentials, TestHub } from '../support/test-hub';

interface Legal {
  accessibility: { email: string; phone: string; formUrl: string; reviewedOn: string; gaps: string[] };
  privacy: { controller: string; email: string; phone: string; dpoEmail: string; retention: Array<{ label: string; days: number }> };
}

describe('pages the law asks for', () => {
  let hub: TestHub;
  let asAdmin: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    asAdmin = await hub.login(await hub.person({ role: 'admin' }));
  });
  afterAll(() => hub.close());

  it('anyone, signed in or not, reads what the statement and the notice show: known gaps from the start, retention periods from the rules', async () => {
    const res = await hub.get<Legal>('/api/v1/legal');
    expect(res.status).toBe(200);
    expect(res.body.accessibility.gaps.length).toBeGreaterThan(2);
    expect(res.body.accessibility.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.privacy.retention).toContainEqual({ label: 'Direktmeddelanden', days: 365 });
    await hub.patch('/api/v1/admin/records-settings', { as: asAdmin, body: { retention: { direct_messages: 200 } } });
    expect((await hub.get<Legal>('/api/v1/legal')).body.privacy.retention).toContainEqual({ label: 'Direktmeddelanden', days: 200 });
  });

  it('the secretariat sets a real contact, the review date and the gaps; bad values get Swedish field errors', async () => {
    const res = await hub.patch<Legal>('/api/v1/admin/legal', {
      as: asAdmin,
      body: {
        accessibilityEmail: 'tillganglighet@familjenhelsingborg.se',
        accessibilityPhone: '042-10 50 00',
        accessibilityReviewedOn: '2026-12-01',
        accessibilityGaps: ['Kalendervyn saknar tabellrubriker för skärmläsare.'],
        privacyController: 'Familjen Helsingborg',
        privacyEmail: 'dataskydd@familjenhelsingborg.se',
        privacyDpoEmail: 'dso@helsingborg.se',
      },
    });
    expect(res.status).toBe(200);
    const read = await hub.get<Legal>('/api/v1/legal');
    expect(read.body.accessibility).toEqual({
      email: 'tillganglighet@familjenhelsingborg.se',
      phone: '042-10 50 00',
      formUrl: '',
      reviewedOn: '2026-12-01',
      gaps: ['Kalendervyn saknar tabellrubriker för skärmläsare.'],
    });
    expect(read.body.privacy).toMatchObject({
      controller: 'Familjen Helsingborg',
      email: 'dataskydd@familjenhelsingborg.se',
      dpoEmail: 'dso@helsingborg.se',
    });

    const bad = await hub.patch<{ errors: Array<{ field: string; message: string }> }>('/api/v1/admin/legal', {
      as: asAdmin,
      body: {
        accessibilityEmail: 'inte en adress',
        accessibilityFormUrl: 'javascript:alert(1)',
        accessibilityReviewedOn: '2026-13-45',
        accessibilityGaps: [''],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(new Set(bad.body.errors.map((e) => e.field))).toEqual(
      new Set(['accessibilityEmail', 'accessibilityFormUrl', 'accessibilityGaps', 'accessibilityReviewedOn']),
    );
    expect(bad.body.errors.find((e) => e.field === 'accessibilityEmail')?.message).toBe('E-post för tillgänglighetsfrågor: Ange en giltig e-postadress.');
    // An address can also be removed again.
    await hub.patch('/api/v1/admin/legal', { as: asAdmin, body: { accessibilityPhone: '' } });
    expect((await hub.get<Legal>('/api/v1/legal')).body.accessibility.phone).toBe('');
  });
});
