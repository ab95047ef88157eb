import { TestHub } from '../support/test-hub';

describe('people and profiles', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('lists the 11 municipalities in Swedish order', async () => {
    const as = await hub.login(await hub.person());
    const res = await hub.get<Array<{ name: string }>>('/api/v1/municipalities', { as });
    expect(res.body.map((m) => m.name)).toEqual([
      'Bjuv',
      'Båstad',
      'Helsingborg',
      'Höganäs',
      'Klippan',
      'Landskrona',
      'Perstorp',
      'Svalöv',
      'Åstorp',
      'Ängelholm',
      'Örkelljunga',
    ]);
  });

  it('edits my profile with expertise flags and keeps them', async () => {
    const me = await hub.person();
    const as = await hub.login(me);
    const res = await hub.patch<{ title: string; expertise: unknown[]; languages: string[] }>('/api/v1/me', {
      as,
      body: {
        title: 'GIS-ingenjör',
        bio: 'Kartor och geodata.',
        languages: ['svenska', 'engelska'],
        expertise: [
          { tag: 'säkerhetsskyddad upphandling', askMe: true, mentor: false, learning: false },
          { tag: 'FME', askMe: false, mentor: true, learning: false },
          { tag: 'Python', askMe: false, mentor: false, learning: true },
        ],
      },
    });
    expect(res.status).toBe(200);
    const again = await hub.get<{ title: string; expertise: unknown[]; languages: string[] }>('/api/v1/me', { as });
    expect(again.body.title).toBe('GIS-ingenjör');
    expect(again.body.languages).toEqual(['svenska', 'engelska']);
    expect(again.body.expertise).toEqual([
      { tag: 'säkerhetsskyddad upphandling', askMe: true, mentor: false, learning: false },
      { tag: 'FME', askMe: false, mentor: true, learning: false },
      { tag: 'Python', askMe: false, mentor: false, learning: true },
    ]);
  });

  it('hides e-mail and phone from others when the person chooses so', async () => {
    const me = await hub.person();
    const as = await hub.login(me);
    await hub.patch('/api/v1/me', { as, body: { phone: '042-10 50 00', showEmail: false, showPhone: false } });
    const other = await hub.login(await hub.person());
    const seen = await hub.get<{ email: string | null; phone: string | null }>(`/api/v1/people/${me.id}`, { as: other });
    expect(seen.body).toMatchObject({ email: null, phone: null });
    await hub.patch('/api/v1/me', { as, body: { showPhone: true } });
    expect((await hub.get<{ phone: string | null }>(`/api/v1/people/${me.id}`, { as: other })).body.phone).toBe('042-10 50 00');
  });

  it('pages through people by name with a cursor, filtered by municipality', async () => {
    const names = ['Åke Öberg', 'Anna Ek', 'Bo Ek', 'Örjan Ek', 'Ärla Ek'];
    for (const name of names) await hub.person({ name, municipality: 'orkelljunga' });
    await hub.person({ name: 'Anna Annanstans', municipality: 'bjuv' });
    const as = await hub.login(await hub.person({ municipality: 'bjuv' }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/people?municipality=orkelljunga&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await hub.get<{ items: Array<{ name: string; municipality: { name: string } }>; nextCursor: string | null }>(url, {
        as,
      });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p) => p.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    // Swedish order: å, ä, ö after z.
    expect(seen).toEqual(['Anna Ek', 'Bo Ek', 'Åke Öberg', 'Ärla Ek', 'Örjan Ek']);
  });

  it('finds people by part of the name in any case, with the other filters; % and _ are only characters; a long name is a Swedish 400', async () => {
    await hub.person({ name: 'Greta Namnsökström', municipality: 'klippan' });
    await hub.person({ name: 'Nils NAMNSÖKSTRÖM', municipality: 'bjuv' });
    await hub.person({ name: 'Procent 100% Namnsök', municipality: 'bjuv' });
    await hub.person({ name: 'Avstängd Namnsökström', municipality: 'bjuv', disabled: true });
    const as = await hub.login(await hub.person({ municipality: 'bjuv' }));
    const names = async (query: string, who = as): Promise<string[]> => {
      const res = await hub.get<{ items: Array<{ name: string }> }>(`/api/v1/people?limit=100&${query}`, { as: who });
      expect(res.status).toBe(200);
      return res.body.items.map((p) => p.name);
    };
    expect(await names(`name=${encodeURIComponent('namnsökström')}`)).toEqual(['Greta Namnsökström', 'Nils NAMNSÖKSTRÖM']);
    expect(await names(`name=${encodeURIComponent('  sökström ')}&municipality=bjuv`)).toEqual(['Nils NAMNSÖKSTRÖM']);
    expect(await names(`name=${encodeURIComponent('0% N')}`)).toEqual(['Procent 100% Namnsök']);
    expect(await names(`name=${encodeURIComponent('Namns_k')}`)).toEqual([]);
    expect(await names(`name=${encodeURIComponent('%')}`)).toEqual(['Procent 100% Namnsök']);
    // The secretariat finds disabled people too, when it asks for them.
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    expect(await names(`name=${encodeURIComponent('avstängd namnsök')}&includeDisabled=true`, admin)).toEqual(['Avstängd Namnsökström']);
    expect(await names(`name=${encodeURIComponent('avstängd namnsök')}`)).toEqual([]);

    const long = await hub.get<{ title: string; errors: Array<{ field: string; message: string }> }>(`/api/v1/people?name=${'a'.repeat(201)}`, { as });
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'name' });
    expect(long.body.errors[0]!.message).toMatch(/Namn/);
    expect((await hub.get(`/api/v1/people?name=a%00b`, { as })).status).toBe(400);
    // Bytes that are not UTF-8 arrive as U+FFFD: a name nobody has.
    for (const odd of ['%C0%80', 'a%ED%A0%80']) expect(await names(`name=${odd}`)).toEqual([]);
  });

  it('guests see only people they share a network with, labelled extern', async () => {
    const n = await hub.network();
    const guest = await hub.person({ role: 'guest' });
    const colleague = await hub.person();
    const stranger = await hub.person();
    await hub.member(n, guest);
    await hub.member(n, colleague);
    const as = await hub.login(guest);
    const list = await hub.get<{ items: Array<{ id: string; external: boolean }> }>('/api/v1/people?limit=100', { as });
    const ids = list.body.items.map((p) => p.id);
    expect(ids).toContain(colleague.id);
    expect(ids).toContain(guest.id);
    expect(ids).not.toContain(stranger.id);
    expect((await hub.get(`/api/v1/people/${stranger.id}`, { as })).status).toBe(404);
    const member = await hub.login(colleague);
    expect((await hub.get<{ external: boolean; organisation: string }>(`/api/v1/people/${guest.id}`, { as: member })).body).toMatchObject({
      external: true,
      organisation: 'Region Skåne',
    });
  });

  it('disabled people leave the directory', async () => {
    const gone = await hub.person({ name: 'Aaa Avstängd', disabled: true });
    const as = await hub.login(await hub.person());
    const list = await hub.get<{ items: Array<{ id: string }> }>('/api/v1/people?limit=100', { as });
    expect(list.body.items.map((p) => p.id)).not.toContain(gone.id);
    expect((await hub.get(`/api/v1/people/${gone.id}`, { as })).status).toBe(404);
  });
});
