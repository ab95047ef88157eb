import { type Credentials, TestHub } from '../support/test-hub';

interface ImportResult {
  created: number;
  updated: number;
  failed: number;
  rows: Array<{ line: number; email: string; status: string; errors: string[] }>;
}

describe('people import (CSV)', () => {
  let hub: TestHub;
  let admin: Credentials;
  beforeAll(async () => {
    hub = await TestHub.start();
    admin = await hub.login(await hub.person({ role: 'admin' }));
  });
  afterAll(() => hub.close());

  const postCsv = (csv: string | Buffer): ReturnType<TestHub['post']> =>
    hub.post<ImportResult>('/api/v1/admin/people/import', {
      as: admin,
      payload: csv,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });

  it('imports Swedish Excel CSV (BOM, semicolons, å/ä/ö) and answers per row', async () => {
    const csv = Buffer.from(
      '\uFEFFname;email;municipality;title;expertise\r\n' +
        'Åsa Öberg;Asa.Oberg@Hoganas.se;Höganäs;Upphandlare;LOU|säkerhetsskyddad upphandling\r\n' +
        'Per Ängel;per.angel@engelholm.se;angelholm;GIS-ingenjör;GIS\r\n' +
        'Fel Kommun;fel@stockholm.se;Stockholm;;\r\n' +
        ';ingen.namn@bjuv.se;Bjuv;;\r\n' +
        'Dubbel;asa.oberg@hoganas.se;Höganäs;;\r\n',
      'utf8',
    );
    const res = await postCsv(csv);
    expect(res.status).toBe(200);
    const body = res.body as ImportResult;
    expect(body).toMatchObject({ created: 2, updated: 0, failed: 3 });
    expect(body.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
    ]);
    expect(body.rows[2]!.errors[0]).toContain('Okänd kommun: "Stockholm"');
    expect(body.rows[3]!.errors[0]).toContain('Namn saknas');
    expect(body.rows[4]!.errors[0]).toContain('rad 2');
    const asa: Array<{ name: string; title: string; municipality: string; tags: string[] }> = await hub.db.query(
      `SELECT p.name, p.title, m.name AS municipality, array(SELECT tag FROM expertise e WHERE e.person_id = p.id ORDER BY position) AS tags
         FROM person p JOIN municipality m ON m.id = p.municipality_id WHERE p.email = 'asa.oberg@hoganas.se'`,
    );
    expect(asa[0]).toEqual({
      name: 'Åsa Öberg',
      title: 'Upphandlare',
      municipality: 'Höganäs',
      tags: ['LOU', 'säkerhetsskyddad upphandling'],
    });
  });

  it('is idempotent by e-mail: a second run updates, keeps expertise flags, and creates no duplicates', async () => {
    const csv =
      'name,email,municipality,title,expertise\nKalle Kula,kalle.kula@klippan.se,Klippan,Miljöinspektör,miljötillsyn|livsmedelskontroll\n';
    expect((await postCsv(csv)).body).toMatchObject({ created: 1, updated: 0 });
    await hub.db.query(`UPDATE expertise SET ask_me = true WHERE tag = 'miljötillsyn'`);
    const again = await postCsv(csv.replace('Miljöinspektör', 'Miljöchef').replace('|livsmedelskontroll', ''));
    expect(again.body).toMatchObject({ created: 0, updated: 1, failed: 0 });
    const rows: Array<{ title: string; tags: Array<{ tag: string; ask_me: boolean }> }> = await hub.db.query(
      `SELECT title, (SELECT json_agg(json_build_object('tag', tag, 'ask_me', ask_me)) FROM expertise e WHERE e.person_id = p.id) AS tags FROM person p WHERE email = 'kalle.kula@klippan.se'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({ title: 'Miljöchef', tags: [{ tag: 'miljötillsyn', ask_me: true }] });
  });

  it('takes the file as a multipart field named "file"', async () => {
    const boundary = '----hubb';
    const payload =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="personer.csv"\r\nContent-Type: text/csv\r\n\r\n` +
      'name,email,municipality\nLisa Lind,lisa.lind@bjuv.se,Bjuv\n' +
      `\r\n--${boundary}--\r\n`;
    const res = await hub.post<ImportResult>('/api/v1/admin/people/import', {
      as: admin,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1 });
  });

  it('imports 10,000 rows in one request', async () => {
    const lines = ['name;email;municipality;title;expertise'];
    const municipalities = [
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
    ];
    for (let i = 0; i < 10_000; i++)
      lines.push(`Person ${i};person${i}@massimport.se;${municipalities[i % 11]};Handläggare;ämne ${i % 50}|GIS`);
    const res = await postCsv(lines.join('\n'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 10_000, failed: 0 });
    const count: Array<{ n: number }> = await hub.db.query(`SELECT count(*)::int AS n FROM person WHERE email LIKE '%@massimport.se'`);
    expect(count[0]!.n).toBe(10_000);
  });

  it('rejects a file that is not text (sniffed, whatever its name says)', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63fcffff3f0300050001ff',
      'hex',
    );
    const res = await postCsv(png);
    expect(res.status).toBe(400);
    expect((res.body as { detail: string }).detail).toMatch(/UTF-8/);
  });

  it('rejects a file without the required columns and imports nothing', async () => {
    const res = await postCsv('namn,telefon\nA,1\n');
    expect(res.status).toBe(400);
    expect((res.body as { detail: string }).detail).toContain('Kolumner saknas');
  });
});
