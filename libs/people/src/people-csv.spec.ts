import { parsePeopleCsv, rowErrors } from './people-csv';

const municipalities = new Map([
  ['bjuv', 'id-bjuv'],
  ['hoganas', 'id-hoganas'],
  ['angelholm', 'id-angelholm'],
]);

describe('parsePeopleCsv', () => {
  it('reads semicolon files with a BOM and Swedish headers', () => {
    const rows = parsePeopleCsv('\uFEFFNamn;E-post;Kommun;Titel;Kompetens\nÅsa Ö;ASA@BJUV.SE;Bjuv;GIS-ingenjör; GIS | FME |GIS\n');
    expect(rows).toEqual([
      { line: 2, name: 'Åsa Ö', email: 'asa@bjuv.se', municipality: 'Bjuv', title: 'GIS-ingenjör', expertise: ['GIS', 'FME'] },
    ]);
  });

  it('reads comma files with quoted fields containing the delimiter', () => {
    const rows = parsePeopleCsv('name,email,municipality,title,expertise\n"Ek, Anna",anna@bjuv.se,Bjuv,"Chef, IT",\n');
    expect(rows[0]).toMatchObject({ name: 'Ek, Anna', title: 'Chef, IT', expertise: [] });
  });

  it('rejects broken quoting with the line', () => {
    expect(() => parsePeopleCsv('name;email;municipality\n"Anna;a@b.se;Bjuv\nBo;b@b.se;Bjuv\n')).toThrow(/citattecken/);
  });

  it('rejects text that is not UTF-8', () => {
    expect(() => parsePeopleCsv(Buffer.from([0x6e, 0x61, 0x6d, 0x6e, 0x3b, 0xe5, 0x0a]))).toThrow(/UTF-8/);
  });
});

describe('rowErrors', () => {
  it('matches municipalities with or without å/ä/ö', () => {
    const row = { line: 2, name: 'A', email: 'a@b.se', municipality: 'Hoganas', title: '', expertise: [] };
    expect(rowErrors(row, municipalities)).toEqual([]);
    expect(rowErrors({ ...row, municipality: 'Ängelholm' }, municipalities)).toEqual([]);
    expect(rowErrors({ ...row, municipality: 'Malmö' }, municipalities)).toEqual(['Okänd kommun: "Malmö".']);
  });

  it('names every problem of a row', () => {
    const row = { line: 2, name: '', email: 'inte-en-adress', municipality: 'Bjuv', title: 't'.repeat(121), expertise: [] };
    expect(rowErrors(row, municipalities)).toHaveLength(3);
  });
});
