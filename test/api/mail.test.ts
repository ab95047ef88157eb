import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smtp, until } from '../support/smtp';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

describe('e-mail', () => {
  it('a mention and an announcement go by e-mail through SMTP, to members only, and a person who chose nothing gets none', async () => {
    const server = await smtp();
    const hub = await TestHub.start({ SMTP_URL: server.url });
    try {
      const network: NetworkHandle = await hub.network({ visibility: 'closed', name: 'Nätverket för välfärdsteknik' });
      const coordinator: PersonHandle = await hub.person({ name: 'Karin Samordnare' });
      const bo = await hub.person({ name: 'Bo Berg', email: 'bo.berg@astorp.se' });
      const quiet = await hub.person({ name: 'Tyst Person', email: 'tyst.person@bjuv.se' });
      const outsider = await hub.person({ name: 'Utan För', email: 'utan.for@bjuv.se' });
      await hub.member(network, coordinator, 'coordinator');
      await hub.member(network, bo);
      await hub.member(network, quiet);
      const asCoord: Credentials = await hub.login(coordinator);
      await hub.call('PUT', `/api/v1/me/notification-settings/${network.id}`, { as: await hub.login(quiet), body: { level: 'none' } });

      await hub.post(`/api/v1/networks/${network.id}/posts`, {
        as: asCoord,
        body: { body: `Hej @[Bo](${bo.id}) och @[Utan](${outsider.id})` },
      });
      await until(() => server.received.length >= 1);
      const mention = server.received[0]!;
      expect(mention.to).toEqual(['bo.berg@astorp.se']);
      expect(mention.raw).toMatch(/Subject: .*n=C3=A4mnde dig|Subject: =\?UTF-8\?/);
      expect(mention.raw).toContain('/inlagg/');

      await hub.post(`/api/v1/networks/${network.id}/posts`, { as: asCoord, body: { body: 'Viktigt', requiresAck: true } });
      await until(() => server.received.length >= 2);
      await new Promise((r) => setTimeout(r, 300));
      const everyone = server.received.flatMap((m) => m.to);
      expect(everyone.sort()).toEqual(['bo.berg@astorp.se', 'bo.berg@astorp.se']);
      expect(everyone).not.toContain('utan.for@bjuv.se');
      expect(everyone).not.toContain('tyst.person@bjuv.se');
    } finally {
      await hub.close();
      await server.close();
    }
  }, 60_000);

  it('without SMTP_URL, mail is written as .eml files that the secretariat can list and read', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hub-mail-'));
    const hub = await TestHub.start({ HUB_DATA_DIR: dataDir });
    try {
      const network = await hub.network({ name: 'Miljöchefsnätverket' });
      const author = await hub.person({ name: 'Åsa Öberg' });
      const reader = await hub.person({ name: 'Per Persson', email: 'per.persson@klippan.se' });
      await hub.member(network, author);
      await hub.member(network, reader);
      await hub.post(`/api/v1/networks/${network.id}/posts`, {
        as: await hub.login(author),
        body: { body: `Titta här @[Per](${reader.id})` },
      });
      const admin = await hub.login(await hub.person({ role: 'admin' }));
      let list: Array<{ name: string; to: string; subject: string }> = [];
      for (let i = 0; i < 200 && list.length === 0; i++) {
        list = (await hub.get<typeof list>('/api/v1/admin/mail', { as: admin })).body;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(list[0]).toMatchObject({ to: 'per.persson@klippan.se', subject: 'Åsa Öberg nämnde dig i Miljöchefsnätverket' });
      const file = await hub.get(`/api/v1/admin/mail/${list[0]!.name}`, { as: admin });
      expect(file.status).toBe(200);
      expect(file.text).toContain('per.persson@klippan.se');
      expect((await hub.get('/api/v1/admin/mail/..%2F..%2Fpostgres-password', { as: admin })).status).toBe(404);
      expect((await hub.get('/api/v1/admin/mail', { as: await hub.login(reader) })).status).toBe(403);
    } finally {
      await hub.close();
    }
  }, 60_000);
});
