import { SearchIndexer } from '@hub/search';
import { type Credentials, made, type PersonHandle, TestHub } from '../support/test-hub';

interface Hit {
  id: string;
  name: string;
  highlights: { expertise: string[]; title: string | null };
}
interface PeopleResult {
  total: number;
  hits: Hit[];
  facets: {
    municipalities: Array<{ slug: string; count: number }>;
    networks: Array<{ id: string; name: string; count: number }>;
    flags: Record<string, number>;
  };
}

/** The fixture: people and the queries that must find them (Swedish, typos, compounds, synonyms). */
const PEOPLE = [
  { key: 'asa', name: 'Åsa Öberg', municipality: 'hoganas', title: 'Upphandlare', expertise: ['säkerhetsskyddad upphandling', 'LOU'] },
  { key: 'bo', name: 'Bo Ek', municipality: 'bjuv', title: 'Jurist', expertise: ['upphandlingsregler', 'förvaltningsrätt'] },
  {
    key: 'cecilia',
    name: 'Cecilia Lind',
    municipality: 'angelholm',
    title: 'Utvecklingsledare',
    expertise: ['välfärdsteknikstrategi', 'digital tillsyn'],
  },
  {
    key: 'david',
    name: 'David Nyström',
    municipality: 'landskrona',
    title: 'Sjuksköterska',
    expertise: ['välfärdsteknik', 'trygghetslarm'],
  },
  {
    key: 'eva',
    name: 'Eva Holm',
    municipality: 'klippan',
    title: 'Trygghetssamordnare',
    expertise: ['trygghetsskapande åtgärder', 'lägesbild'],
  },
  { key: 'filip', name: 'Filip Berg', municipality: 'perstorp', title: 'GIS-ingenjör', expertise: ['GIS', 'FME'] },
  { key: 'hanna', name: 'Hanna Ås', municipality: 'svalov', title: 'Samordnare upphandling', expertise: ['ekonomi'] },
] as const;

const EXPECTATIONS: Array<[query: string, mustFind: string[], mustNotFind: string[]]> = [
  ['säkerhetsskyddad upphandling', ['asa'], ['filip']],
  ['sakerhetsskyddad upphandling', ['asa'], ['filip']],
  ['säkerhetsskydad upphandlng', ['asa'], ['filip']],
  ['upphandling', ['asa', 'bo'], ['filip', 'david']],
  ['inköp', ['asa'], ['filip']],
  ['välfärdsteknik', ['cecilia', 'david'], ['asa']],
  ['valfardsteknik', ['cecilia', 'david'], ['asa']],
  ['e-hälsa', ['david'], ['filip']],
  ['brottsförebyggande', ['eva'], ['filip']],
  ['oberg', ['asa'], []],
  ['asa', ['asa'], []],
  ['trygghetslarmen', ['david'], []],
];

describe('search', () => {
  let hub: TestHub;
  const people = new Map<string, PersonHandle>();
  let member: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    for (const p of PEOPLE) {
      people.set(p.key, await hub.person({ name: p.name, municipality: p.municipality, title: p.title, expertise: [...p.expertise] }));
    }
    member = await hub.login(await hub.person({ name: 'Söker Sökare', municipality: 'svalov' }));
    await hub.settle();
  });
  afterAll(() => hub.close());

  const find = async (q: string, as: Credentials = member, extra = ''): Promise<PeopleResult> => {
    const res = await hub.get<PeopleResult>(`/api/v1/people/search?q=${encodeURIComponent(q)}${extra}`, { as });
    expect(res.status).toBe(200);
    return res.body;
  };
  const keysOf = (result: PeopleResult): string[] =>
    [...people.entries()].filter(([, p]) => result.hits.some((h) => h.id === p.id)).map(([k]) => k);

  it.each(EXPECTATIONS)('"%s" finds %j and not %j', async (q, must, mustNot) => {
    const found = keysOf(await find(q));
    for (const key of must) expect(found).toContain(key);
    for (const key of mustNot) expect(found).not.toContain(key);
  });

  it('ranks expertise above title and highlights the match as safe HTML', async () => {
    const result = await find('upphandling');
    const rank = (key: string): number => result.hits.findIndex((h) => h.id === people.get(key)!.id);
    expect(rank('hanna')).toBeGreaterThan(-1);
    expect(rank('asa')).toBeLessThan(rank('hanna'));
    expect(result.hits[rank('asa')]!.highlights.expertise.join(' ')).toContain('<mark>');
    expect(result.hits[rank('hanna')]!.highlights.title).toBe('Samordnare <mark>upphandling</mark>');
    const evil = await hub.person({ name: 'X', expertise: ['<img src=x onerror=alert(1)> upphandling'] });
    await hub.settle();
    const hit = (await find('upphandling')).hits.find((h) => h.id === evil.id)!;
    expect(hit.highlights.expertise[0]).toContain('&lt;img');
    expect(hit.highlights.expertise[0]).not.toContain('<img');
  });

  it('filters by municipality and flag, with facet counts', async () => {
    await hub.db.query(`UPDATE expertise SET ask_me = true WHERE person_id = $1`, [people.get('bo')!.id]);
    await hub.settle();
    const all = await find('upphandling');
    expect(all.facets.municipalities.map((m) => m.slug).sort()).toEqual(expect.arrayContaining(['bjuv', 'hoganas']));
    expect(all.facets.flags['askMe']).toBeGreaterThanOrEqual(1);
    expect(keysOf(await find('upphandling', member, '&municipality=bjuv'))).toEqual(['bo']);
    expect(keysOf(await find('upphandling', member, '&flag=askMe'))).toEqual(['bo']);
  });

  it('several flags give people with any of them; each facet still counts the choices its own filter hides', async () => {
    await hub.db.query(`UPDATE expertise SET mentor = true WHERE person_id = $1`, [people.get('asa')!.id]);
    await hub.settle();
    expect(keysOf(await find('upphandling', member, '&flag=askMe&flag=mentor')).sort()).toEqual(['asa', 'bo']);
    // Narrowed to Bjuv: the municipality facet still offers Höganäs (with its count), the flags count within Bjuv.
    const inBjuv = await find('upphandling', member, '&municipality=bjuv');
    expect(keysOf(inBjuv)).toEqual(['bo']);
    expect(inBjuv.facets.municipalities.map((m) => [m.slug, m.count])).toEqual(
      expect.arrayContaining([
        ['bjuv', 1],
        ['hoganas', 1],
      ]),
    );
    expect(inBjuv.facets.flags).toEqual({ askMe: 1, mentor: 0, learning: 0 });
    // Narrowed to a flag: the flag facet still shows the other flag's count.
    const askers = await find('upphandling', member, '&flag=askMe');
    expect(askers.facets.flags['mentor']).toBe(1);
    expect((await hub.get(`/api/v1/people/search?q=x&flag=expert`, { as: member })).status).toBe(400);
  });

  it('a flag applies to the skill that matched the query, not to any skill of the person', async () => {
    const ines = await hub.person({ name: 'Ines Karta', municipality: 'bjuv', expertise: ['kartproduktion', 'arkivredovisning'] });
    await hub.db.query(`UPDATE expertise SET ask_me = true WHERE person_id = $1 AND tag = 'kartproduktion'`, [ines.id]);
    await hub.settle();
    const ids = (r: PeopleResult): string[] => r.hits.map((h) => h.id);
    expect(ids(await find('arkivredovisning'))).toContain(ines.id);
    // Her "fråga mig om" is on map production, not on archive records.
    const archive = await find('arkivredovisning', member, '&flag=askMe');
    expect(ids(archive)).not.toContain(ines.id);
    expect((await find('arkivredovisning')).facets.flags['askMe']).toBe(0);
    // The flagged skill itself is found with the flag, and counted in the flag's facet.
    expect(ids(await find('kartproduktion', member, '&flag=askMe'))).toEqual([ines.id]);
    expect((await find('kartproduktion')).facets.flags['askMe']).toBe(1);
    expect(ids(await find('kartproduktion', member, '&flag=mentor'))).toEqual([]);
    // Without a query, the flag still lists everyone who has it on some skill.
    expect(ids(await find('', member, '&flag=askMe'))).toContain(ines.id);
  });

  it('a profile change is searchable at once, and a disabled person disappears', async () => {
    const p = await hub.person({ name: 'Greta Garbo', expertise: ['dagvattenhantering'] });
    await hub.settle();
    expect(keysOf(await find('dagvatten'))).toEqual([]);
    expect((await find('dagvattenhantering')).hits.map((h) => h.id)).toContain(p.id);
    await hub.patch('/api/v1/me', {
      as: await hub.login(p),
      body: { expertise: [{ tag: 'snöröjning', askMe: true, mentor: false, learning: false }] },
    });
    await hub.settle();
    expect((await find('dagvattenhantering')).hits.map((h) => h.id)).not.toContain(p.id);
    expect((await find('snöröjning')).hits.map((h) => h.id)).toContain(p.id);
    await hub.db.query(`UPDATE person SET disabled_at = now() WHERE id = $1`, [p.id]);
    await hub.settle();
    expect((await find('snöröjning')).hits.map((h) => h.id)).not.toContain(p.id);
  });

  it('finds networks by name, without å/ä/ö, and never secret ones to outsiders', async () => {
    const open = await hub.network({ name: 'Nätverket för välfärdsteknik' });
    const secret = await hub.network({ name: 'Hemliga välfärdsgruppen', visibility: 'secret' });
    await hub.settle();
    const res = await hub.get<{ networks: Array<{ id: string; highlight: string }> }>('/api/v1/search?q=valfardsteknik', { as: member });
    expect(res.body.networks.map((n) => n.id)).toContain(open.id);
    const secretSearch = await hub.get<{ networks: Array<{ id: string }> }>('/api/v1/search?q=hemliga', { as: member });
    expect(secretSearch.body.networks.map((n) => n.id)).not.toContain(secret.id);
    const suggest = await hub.get<{ networks: Array<{ id: string }> }>('/api/v1/search/suggest?q=hemliga', { as: member });
    expect(suggest.body.networks.map((n) => n.id)).not.toContain(secret.id);
  });
});

describe('search never shows what the asker may not see', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('closed and secret networks: no network facet, no filter, no suggestion for outsiders; removal takes effect within 2 seconds', async () => {
    const closed = await hub.network({ name: 'Kanariefågelnätverket', visibility: 'closed' });
    const secret = await hub.network({ name: 'Zebrafinknätverket', visibility: 'secret' });
    const insider = await hub.person({ name: 'Inne Insida', expertise: ['kanariefågelkompetens'] });
    await hub.member(closed, insider);
    await hub.member(secret, insider);
    const outsider = await hub.login(await hub.person());
    const guest = await hub.login(await hub.person({ role: 'guest' }));
    const memberSession = await hub.login(insider);
    await hub.settle();

    const asOutsider = await hub.get<PeopleResult>('/api/v1/people/search?q=kanariefågelkompetens', { as: outsider });
    // The person is a colleague anyone may find; the closed and secret networks are not revealed.
    expect(asOutsider.body.hits.map((h) => h.id)).toEqual([insider.id]);
    expect(asOutsider.body.facets.networks).toEqual([]);
    expect(JSON.stringify(asOutsider.body)).not.toMatch(/Kanariefågelnätverket|Zebrafinknätverket/);
    expect((await hub.get(`/api/v1/people/search?q=&network=${closed.id}`, { as: outsider })).status).toBe(404);
    expect((await hub.get(`/api/v1/people/search?q=&network=${secret.id}`, { as: outsider })).status).toBe(404);
    for (const q of ['Kanariefågelnätverket', 'Zebrafinknätverket', 'zebrafink']) {
      const all = await hub.get<{ networks: Array<{ id: string }> }>(`/api/v1/search?q=${encodeURIComponent(q)}`, { as: outsider });
      expect(all.body.networks.map((n) => n.id)).not.toContain(secret.id);
      const suggest = await hub.get('/api/v1/search/suggest?q=' + encodeURIComponent(q), { as: outsider });
      expect(suggest.text).not.toContain(secret.id);
    }
    // A guest outside every network finds nobody.
    expect((await hub.get<PeopleResult>('/api/v1/people/search?q=kanariefågelkompetens', { as: guest })).body.hits).toEqual([]);

    const asMember = await hub.get<PeopleResult>('/api/v1/people/search?q=kanariefågelkompetens', { as: memberSession });
    expect(asMember.body.facets.networks.map((n) => n.name).sort()).toEqual(['Kanariefågelnätverket', 'Zebrafinknätverket']);
    const inSecret = await hub.get<PeopleResult>(`/api/v1/people/search?q=&network=${secret.id}`, { as: memberSession });
    expect(inSecret.body.hits.map((h) => h.id)).toEqual([insider.id]);

    // Removed from the secret network: within 2 seconds the network stops answering for them, as
    // a filter and as a facet (the facets come from the scope kept in memory until the NOTIFY).
    await hub.db.query(`DELETE FROM membership WHERE network_id = $1 AND person_id = $2`, [secret.id, insider.id]);
    const started = Date.now();
    let status = 0;
    let facets: string[] = [];
    while (Date.now() - started < 2000) {
      status = (await hub.get(`/api/v1/people/search?q=&network=${secret.id}`, { as: memberSession })).status;
      facets = (await hub.get<PeopleResult>('/api/v1/people/search?q=kanariefågelkompetens', { as: memberSession })).body.facets.networks.map(
        (n) => n.name,
      );
      if (status === 404 && !facets.includes('Zebrafinknätverket')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(404);
    expect(facets).toEqual(['Kanariefågelnätverket']);
  });
});

describe('search over posts', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  interface PostHit {
    id: string;
    networkName: string;
    excerpt: string;
  }

  it('finds posts and comments in networks one may read, never in closed ones one is outside of; deleted posts leave', async () => {
    const open = await hub.network({ name: 'Öppna upphandlarna', visibility: 'open' });
    const closed = await hub.network({ name: 'Slutna gruppen', visibility: 'closed' });
    const author = await hub.person();
    await hub.member(open, author);
    await hub.member(closed, author);
    const as = await hub.login(author);
    const inOpen = (
      await hub.post<{ id: string }>(`/api/v1/networks/${open.id}/posts`, { as, body: { body: 'Ramavtal för välfärdsteknik är klart' } })
    ).body;
    const inClosed = (
      await hub.post<{ id: string }>(`/api/v1/networks/${closed.id}/posts`, {
        as,
        body: { body: 'Hemlig kanariefågel-9911 om välfärdsteknik' },
      })
    ).body;
    await hub.post(`/api/v1/posts/${inOpen.id}/comments`, { as, body: { body: 'Kommentar med ordet snöskottning' } });
    await hub.settle();

    const outsider = await hub.login(await hub.person());
    const find = async (q: string, who = outsider): Promise<PostHit[]> =>
      (await hub.get<{ posts: PostHit[] }>(`/api/v1/search?type=posts&q=${encodeURIComponent(q)}`, { as: who })).body.posts;
    expect((await find('valfardsteknik')).map((p) => p.id)).toEqual([inOpen.id]);
    expect((await find('valfardsteknik', as)).map((p) => p.id).sort()).toEqual([inOpen.id, inClosed.id].sort());
    expect((await find('snöskottning')).map((p) => p.id)).toEqual([inOpen.id]);
    expect((await find('ramavtal'))[0]!.excerpt).toContain('<mark>Ramavtal</mark>');
    const canary = await hub.get<{ posts: unknown[]; people: unknown[]; networks: unknown[] }>(
      `/api/v1/search?q=${encodeURIComponent('kanariefågel-9911')}`,
      { as: outsider },
    );
    // The query is echoed back; nothing else about the closed network's post is.
    expect(canary.body).toEqual({
      query: 'kanariefågel-9911',
      people: [],
      networks: [],
      posts: [],
      documents: [],
      messages: [],
      meetings: [],
      counts: { people: 0, networks: 0, posts: 0, documents: 0, messages: 0, meetings: 0 },
    });
    expect(canary.text).not.toContain(inClosed.id);
    const guest = await hub.login(await hub.person({ role: 'guest' }));
    expect(await find('välfärdsteknik', guest)).toEqual([]);

    await hub.delete(`/api/v1/posts/${inOpen.id}`, { as });
    await hub.settle();
    expect(await find('ramavtal')).toEqual([]);
    expect(await hub.app.get(SearchIndexer).check('post', false)).toEqual({ missing: 0, stale: 0, extra: 0 });
  });
});

describe('search over posts in Swedish: compounds, inflected synonyms, stop words', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('finds compounds by their tail, synonyms in another inflection, and keeps excerpts in the original words', async () => {
    const network = await hub.network({ name: 'Välfärdsnätverket', visibility: 'open' });
    const author = await hub.person();
    await hub.member(network, author);
    const as = await hub.login(author);
    const write = async (body: string): Promise<string> =>
      (await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as, body: { body } })).body.id;
    const strategy = await write('Kommunens välfärdsteknikstrategin är antagen och beskriver digital tillsyn nattetid.');
    const homeCare = await write('Hemtjänsten i Klippan testar nya scheman under våren.');
    const library = await write('Fikat på fredag flyttas till biblioteket på Drottninggatan.');
    const rules = await write('Nya upphandlingsregler gäller från årsskiftet.');
    await hub.settle();

    const reader = await hub.login(await hub.person());
    const find = async (q: string): Promise<Array<{ id: string; excerpt: string }>> => {
      const res = await hub.get<{ posts: Array<{ id: string; excerpt: string }> }>(`/api/v1/search?type=posts&q=${encodeURIComponent(q)}`, {
        as: reader,
      });
      expect(res.status).toBe(200);
      return res.body.posts;
    };
    const ids = async (q: string): Promise<string[]> => (await find(q)).map((p) => p.id);

    // The tail of a compound, in its definite form in the post; the head, also without å/ä/ö.
    expect(await ids('strategi')).toEqual([strategy]);
    expect(await ids('valfardsteknik')).toContain(strategy);
    expect(await ids('upphandling')).toEqual([rules]);
    expect(await ids('inköp')).toEqual([rules]);
    // Synonyms of words the post has in another inflection.
    expect(await ids('äldreomsorg')).toEqual([homeCare]);
    expect(await ids('aldreomsorg')).toEqual([homeCare]);
    expect(await ids('biblioteksverksamhet')).toEqual([library]);

    // Excerpts and highlights are the post's own words, never the extra indexed ones.
    const [byTail] = await find('strategi');
    expect(byTail!.excerpt).toContain('välfärdsteknikstrategin');
    expect(byTail!.excerpt).not.toMatch(/valfard|strategi\b/);
    const [bySynonym] = await find('äldreomsorg');
    expect(bySynonym!.excerpt).toContain('Hemtjänsten i Klippan');
    expect(bySynonym!.excerpt).not.toContain('hemtjanst');
    expect((await find('hemtjänsten'))[0]!.excerpt).toContain('<mark>Hemtjänsten</mark>');

    // A stop word alone finds nothing rather than every post; beside a real word it changes nothing.
    expect(await ids('och')).toEqual([]);
    expect(await ids('att det som')).toEqual([]);
    expect(await ids('hemtjänsten och')).toEqual([homeCare]);
    expect(await hub.app.get(SearchIndexer).check('post', false)).toEqual({ missing: 0, stale: 0, extra: 0 });
  });
});

describe('search on two processes with their scopes kept in memory', () => {
  let hub: TestHub;
  let other: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
    other = await hub.sibling();
  });
  afterAll(async () => {
    await other.close();
    await hub.close();
  });

  /** The post ids a search for `q` finds, asked of one process. */
  const found = async (on: TestHub, q: string, as: Credentials): Promise<string[]> => {
    const res = await on.get<{ posts: Array<{ id: string }> }>(`/api/v1/search?type=posts&q=${encodeURIComponent(q)}`, { as });
    expect(res.status).toBe(200);
    return res.body.posts.map((p) => p.id);
  };
  /** A closed network with a coordinator's post that a member (about to leave) finds on both processes. */
  const closedWithLeaver = async (name: string, body: string, word: string) => {
    const closed = await hub.network({ name, visibility: 'closed' });
    const coordinator = await hub.person();
    const leaver = await hub.person();
    await hub.member(closed, coordinator, 'coordinator');
    await hub.member(closed, leaver);
    const asCoordinator = await hub.login(coordinator);
    const asLeaver = await hub.login(leaver);
    const post = await made(hub.post(`/api/v1/networks/${closed.id}/posts`, { as: asCoordinator, body: { body } }));
    await hub.settle();
    // Asked twice on each process: the second answer comes with the scope kept from the first.
    for (const on of [hub, other, hub, other]) expect(await found(on, word, asLeaver)).toEqual([post]);
    return { closed, leaver, asCoordinator, asLeaver, post };
  };
  /** Asks both processes until neither finds `q` any more, for at most 2 seconds; what each found last. */
  const goneWithin2s = async (q: string, as: Credentials): Promise<string[][]> => {
    const started = Date.now();
    let last: string[][] = [];
    while (Date.now() - started < 2000) {
      last = [await found(hub, q, as), await found(other, q, as)];
      if (last.every((ids) => ids.length === 0)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return last;
  };

  it('a member removed on one process stops finding the closed network’s posts on both within 2 seconds', async () => {
    const { closed, leaver, asCoordinator, asLeaver, post } = await closedWithLeaver(
      'Tvåprocessnätverket',
      'Protokollet om gulsparvsinventeringen',
      'gulsparvsinventeringen',
    );

    expect((await hub.delete(`/api/v1/networks/${closed.id}/members/${leaver.id}`, { as: asCoordinator })).status).toBe(204);
    expect(await goneWithin2s('gulsparvsinventeringen', asLeaver)).toEqual([[], []]);
    // The coordinator still finds it on both: only the removed member's scope changed.
    for (const on of [hub, other]) expect(await found(on, 'gulsparvsinventeringen', asCoordinator)).toEqual([post]);
  });

  it('an open network made closed stops answering outsiders on both processes within 2 seconds', async () => {
    const open = await hub.network({ name: 'Snart stängda nätverket', visibility: 'open' });
    const author = await hub.person();
    await hub.member(open, author);
    const asAuthor = await hub.login(author);
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    const outsider = await hub.login(await hub.person());
    const post = await made(hub.post(`/api/v1/networks/${open.id}/posts`, { as: asAuthor, body: { body: 'Kartläggning av stenskvättor' } }));
    await hub.settle();
    for (const on of [hub, other, hub, other]) expect(await found(on, 'stenskvättor', outsider)).toEqual([post]);

    expect((await other.patch(`/api/v1/networks/${open.id}`, { as: admin, body: { visibility: 'closed' } })).status).toBe(200);
    expect(await goneWithin2s('stenskvättor', outsider)).toEqual([[], []]);
    for (const on of [hub, other]) expect(await found(on, 'stenskvättor', asAuthor)).toEqual([post]);
  });

  it('a process that lost its listener serves no scope from memory: a removal during the outage still counts within 2 seconds', async () => {
    const { closed, leaver, asLeaver } = await closedWithLeaver('Avbrottsnätverket', 'Rapport om rödstjärtsboet', 'rödstjärtsboet');

    // Both processes lose their LISTEN connection (a database restart, a network fault): the NOTIFY
    // of the removal below reaches neither.
    const cut: Array<{ ok: boolean }> = await hub.db.query(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'natverkshubben-listener'`,
    );
    expect(cut.length).toBeGreaterThanOrEqual(2);
    await hub.db.query(`DELETE FROM membership WHERE network_id = $1 AND person_id = $2`, [closed.id, leaver.id]);
    expect(await goneWithin2s('rödstjärtsboet', asLeaver)).toEqual([[], []]);
  });
});
