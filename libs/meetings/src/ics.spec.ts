import ICAL from 'ical.js';
import { calendar, dateTimeLine, escapeText, fold, stockholmLocal } from './ics';

describe('iCalendar writing', () => {
  it('escapes text values', () => {
    expect(escapeText('Möte; agenda, punkt 1\nPunkt 2 \\ slut')).toBe('Möte\\; agenda\\, punkt 1\\nPunkt 2 \\\\ slut');
  });

  it('folds at 75 octets without splitting å/ä/ö', () => {
    const line = `SUMMARY:${'Välfärdsteknik och upphandling i Örkelljunga '.repeat(4)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(line);
  });

  it('folds long ASCII lines and lines with emoji (four octets, two UTF-16 units) the same way', () => {
    for (const line of [`DESCRIPTION:${'a'.repeat(300)}`, `SUMMARY:${'Träff 🎉 '.repeat(30)}`]) {
      const folded = fold(line);
      const parts = folded.split('\r\n');
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(folded.split('\r\n ').join('')).toBe(line);
      expect(folded).not.toContain('\uFFFD');
    }
  });

  it('gives Stockholm wall-clock time across the DST changes', () => {
    // Last Sunday of March 2027: 01:00 UTC is 03:00 summer time; last Sunday of October: 01:00 UTC is 02:00 winter time.
    expect(stockholmLocal(new Date('2027-03-28T00:30:00Z'))).toBe('20270328T013000');
    expect(stockholmLocal(new Date('2027-03-28T01:30:00Z'))).toBe('20270328T033000');
    expect(stockholmLocal(new Date('2027-10-31T00:30:00Z'))).toBe('20271031T023000');
    expect(stockholmLocal(new Date('2027-10-31T01:30:00Z'))).toBe('20271031T023000');
  });

  it('writes the hour that happens twice (end of summer time) in UTC, so no client reads it an hour off', () => {
    expect(dateTimeLine('DTSTART', new Date('2026-10-25T00:30:00Z'))).toBe('DTSTART:20261025T003000Z');
    expect(dateTimeLine('DTEND', new Date('2026-10-25T01:30:00Z'))).toBe('DTEND:20261025T013000Z');
    expect(dateTimeLine('DTSTART', new Date('2026-10-25T02:30:00Z'))).toBe('DTSTART;TZID=Europe/Stockholm:20261025T033000');
    expect(dateTimeLine('DTSTART', new Date('2027-03-28T01:30:00Z'))).toBe('DTSTART;TZID=Europe/Stockholm:20270328T033000');
    const text = calendar('Natt', [
      {
        uid: 'natt@natverkshubben',
        sequence: 0,
        summary: 'Nattmöte',
        description: '',
        location: '',
        url: 'https://hub.example/m',
        startsAt: new Date('2026-10-24T23:30:00Z'),
        endsAt: new Date('2026-10-25T01:30:00Z'),
        updatedAt: new Date('2026-10-01T10:00:00Z'),
        cancelled: false,
        organizer: null,
      },
    ]);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-24T23:30:00.000Z');
  });

  it('writes CRLF lines with a VTIMEZONE and a cancelled status', () => {
    const text = calendar('Test', [
      {
        uid: 'x@natverkshubben',
        sequence: 2,
        summary: 'Möte',
        description: '',
        location: 'Stadshuset, Helsingborg',
        url: 'https://hub.example/m',
        startsAt: new Date('2026-12-01T09:00:00Z'),
        endsAt: new Date('2026-12-01T10:00:00Z'),
        updatedAt: new Date('2026-11-27T10:00:00Z'),
        cancelled: true,
        organizer: null,
      },
    ]);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20261201T100000');
    expect(text).toContain('LOCATION:Stadshuset\\, Helsingborg');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('SEQUENCE:2');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
