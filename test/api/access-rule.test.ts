import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

type Role = 'admin' | 'member' | 'guest';
type Visibility = 'open' | 'closed' | 'secret';

/**
 * The network access rule of ADR 0002, as a table a reader can check line by line. The database
 * functions (`hub_sees_network`, `hub_sees_inside`, `hub_manages`) are the rule's only definition;
 * this test holds them to the table, and holds every endpoint to one answer for archived networks.
 */
const SEES_NETWORK: Record<Role, Record<Visibility, [outsider: boolean, member: boolean]>> = {
  admin: { open: [true, true], closed: [true, true], secret: [true, true] },
  member: { open: [true, true], closed: [true, true], secret: [false, true] },
  guest: { open: [false, true], closed: [false, true], secret: [false, true] },
};
const SEES_INSIDE: Record<Role, Record<Visibility, [outsider: boolean, member: boolean]>> = {
  admin: { open: [true, true], closed: [true, true], secret: [true, true] },
  member: { open: [true, true], closed: [false, true], secret: [false, true] },
  guest: { open: [false, true], closed: [false, true], secret: [false, true] },
};

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(e.name) && !/\.(spec|dto)\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('the network access rule, defined once (ADR 0002)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  const cases = (['admin', 'member', 'guest'] as const).flatMap((role) =>
    (['open', 'closed', 'secret'] as const).flatMap((visibility) => [false, true].map((isMember) => [role, visibility, isMember] as const)),
  );

  it.each(cases)('as %s in a %s network (member: %s) the SQL functions answer as the table says', async (role, visibility, isMember) => {
    const rows: Array<{ network: boolean; inside: boolean }> = await hub.db.query(
      `SELECT hub_sees_network($1, $2, $3) AS network, hub_sees_inside($1, $2, $3) AS inside`,
      [visibility, isMember, role],
    );
    expect(rows[0]).toEqual({
      network: SEES_NETWORK[role][visibility][isMember ? 1 : 0],
      inside: SEES_INSIDE[role][visibility][isMember ? 1 : 0],
    });
  });

  it('only the secretariat and coordinators manage a network', async () => {
    const rows: Array<{ r: string; m: string | null; manages: boolean }> = await hub.db.query(
      `SELECT r, m, hub_manages(m, r) AS manages
         FROM unnest(ARRAY['admin', 'member', 'guest']) r CROSS JOIN unnest(ARRAY[NULL, 'member', 'coordinator']) m ORDER BY r, m NULLS FIRST`,
    );
    expect(rows.filter((x) => x.manages).map((x) => `${x.r}/${x.m ?? '-'}`)).toEqual([
      'admin/-',
      'admin/coordinator',
      'admin/member',
      'guest/coordinator',
      'member/coordinator',
    ]);
  });

  it('no library spells the rule out again in SQL (a copy is where the next bug lives)', () => {
    // The rule's parts: who sees what by visibility, and "the secretariat, or else …".
    const copies = [/visibility\s*(=|<>|!=)\s*'(open|closed|secret)'/, /visibility\s+IN\s*\(/i, /(\$\d+|role)\s*=\s*'admin'\s+OR\b/i];
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'libs'))) {
      if (file.includes(`${join('libs', 'access')}`)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (copies.some((re) => re.test(line))) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  describe('an archived network is a read-only record for the same readers', () => {
    let archived: NetworkHandle;
    let member: PersonHandle;
    let asMember: Credentials;
    let asOutsider: Credentials;
    let asAdmin: Credentials;
    let postId: string;
    let meetingId: string;
    let channelId: string;
    const token = `arkivkanarie${Date.now().toString(36)}`;

    beforeAll(async () => {
      archived = await hub.network({ visibility: 'closed' });
      member = await hub.person();
      const coordinator = await hub.person();
      await hub.member(archived, member);
      await hub.member(archived, coordinator, 'coordinator');
      asMember = await hub.login(member);
      asOutsider = await hub.login(await hub.person());
      asAdmin = await hub.login(await hub.person({ role: 'admin' }));
      const asCoordinator = await hub.login(coordinator);
      // A post that mentions the member (a notification) and a chat message, made before archiving.
      const post = await hub.post<{ id: string }>(`/api/v1/networks/${archived.id}/posts`, {
        as: asCoordinator,
        body: { body: `Beslut om ${token} för @[Medlem](${member.id})` },
      });
      expect(post.status).toBe(201);
      postId = post.body.id;
      const day = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
      const meeting = await hub.post<{ id: string }>(`/api/v1/networks/${archived.id}/meetings`, {
        as: asCoordinator,
        body: { title: 'Sista mötet', startsAt: `${day}T09:00:00Z`, endsAt: `${day}T10:00:00Z` },
      });
      expect(meeting.status).toBe(201);
      meetingId = meeting.body.id;
      channelId = (await hub.get<{ id: string }>(`/api/v1/networks/${archived.id}/chat`, { as: asCoordinator })).body.id;
      expect((await hub.post(`/api/v1/conversations/${channelId}/messages`, { as: asCoordinator, body: { body: 'Före arkiveringen' } })).status).toBe(201);
      expect((await hub.post(`/api/v1/networks/${archived.id}/document-folders`, { as: asCoordinator, body: { name: 'Protokoll' } })).status).toBe(201);
      await hub.db.query(`UPDATE network SET archived_at = now() WHERE id = $1`, [archived.id]);
    });

    it('its members still read its chat, meetings and library; outsiders get 404; nobody adds to them', async () => {
      for (const url of [
        `/api/v1/networks/${archived.id}/chat`,
        `/api/v1/conversations/${channelId}/messages`,
        `/api/v1/networks/${archived.id}/meetings`,
        `/api/v1/meetings/${meetingId}`,
        `/api/v1/meetings/${meetingId}/agenda`,
        `/api/v1/networks/${archived.id}/documents`,
      ]) {
        expect([url, (await hub.get(url, { as: asMember })).status]).toEqual([url, 200]);
        expect([url, (await hub.get(url, { as: asOutsider })).status]).toEqual([url, 404]);
      }
      const messages = await hub.get<{ items: Array<{ body: string }> }>(`/api/v1/conversations/${channelId}/messages`, { as: asMember });
      expect(messages.body.items.map((m) => m.body)).toContain('Före arkiveringen');
      const library = await hub.get<{ folders: Array<{ name: string }> }>(`/api/v1/networks/${archived.id}/documents`, { as: asMember });
      expect(library.body.folders.map((f) => f.name)).toContain('Protokoll');
      const day = new Date(Date.now() + 8 * 86400_000).toISOString().slice(0, 10);
      for (const as of [asMember, asAdmin]) {
        const writes = [
          await hub.post(`/api/v1/conversations/${channelId}/messages`, { as, body: { body: 'Efter' } }),
          await hub.post(`/api/v1/networks/${archived.id}/meetings`, { as, body: { title: 'Nytt', startsAt: `${day}T09:00:00Z`, endsAt: `${day}T10:00:00Z` } }),
          await hub.post(`/api/v1/networks/${archived.id}/document-folders`, { as, body: { name: 'Nytt' } }),
        ];
        expect(writes.map((w) => w.status)).toEqual([403, 403, 403]);
      }
    });

    it('its members still read it: the network, its feed, a post, its members', async () => {
      // A closed network's name is public to members of the hub, archived or not; its inside is not.
      expect((await hub.get(`/api/v1/networks/${archived.id}`, { as: asMember })).status).toBe(200);
      expect((await hub.get(`/api/v1/networks/${archived.id}`, { as: asOutsider })).status).toBe(200);
      for (const url of [
        `/api/v1/networks/${archived.id}/posts`,
        `/api/v1/posts/${postId}`,
        `/api/v1/networks/${archived.id}/members`,
      ]) {
        expect([url, (await hub.get(url, { as: asMember })).status]).toEqual([url, 200]);
        expect([url, (await hub.get(url, { as: asOutsider })).status]).toEqual([url, 404]);
      }
    });

    it('nobody writes in it, not even the secretariat', async () => {
      for (const as of [asMember, asAdmin]) {
        const res = await hub.post(`/api/v1/networks/${archived.id}/posts`, { as, body: { body: 'Nytt' } });
        expect(res.status).toBe(403);
      }
      expect((await hub.post(`/api/v1/networks/${archived.id}/posts`, { as: asOutsider, body: { body: 'Nytt' } })).status).toBe(404);
    });

    it('its notifications stay readable where the post they point to is', async () => {
      const page = await hub.get<{ items: Array<{ postId: string | null; networkId: string }> }>('/api/v1/me/notifications', {
        as: asMember,
      });
      expect(page.body.items.map((n) => n.postId)).toContain(postId);
    });

    it('its posts are found by its members in search, and never by an outsider', async () => {
      let hits: string[] = [];
      for (let i = 0; i < 100 && hits.length === 0; i++) {
        const res = await hub.get<{ posts: Array<{ id: string }> }>(`/api/v1/search?q=${token}`, { as: asMember });
        hits = res.body.posts.map((p) => p.id);
        if (hits.length === 0) await new Promise((r) => setTimeout(r, 100));
      }
      expect(hits).toEqual([postId]);
      const outsider = await hub.get<{ posts: Array<{ id: string }> }>(`/api/v1/search?q=${token}`, { as: asOutsider });
      expect(outsider.body.posts).toEqual([]);
    });

    it('it leaves the directory and network search, except when the secretariat asks for archived networks', async () => {
      const names = async (as: Credentials, query = ''): Promise<string[]> =>
        (await hub.get<Array<{ name: string }>>(`/api/v1/networks${query}`, { as })).body.map((n) => n.name);
      expect(await names(asMember)).not.toContain(archived.name);
      expect(await names(asAdmin, '?includeArchived=true')).toContain(archived.name);
    });
  });
});
