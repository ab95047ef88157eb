// Meeting times are typed and shown in Swedish time whatever the browser's time zone, and the server's
// iCalendar files use the same helper (libs/core/src/stockholm-time.ts, copied to the web app).
import { inRepeatedHour, stockholmClock, stockholmDate, stockholmIso, stockholmOffsetMinutes, stockholmWall } from '../../apps/web/src/api/stockholm-time';

describe('Stockholm time in the meeting form', () => {
  it('turns a date and time typed in Sweden into the instant, winter and summer', () => {
    expect(stockholmIso('2026-12-08', '09:00')).toBe('2026-12-08T09:00:00+01:00');
    expect(stockholmIso('2027-06-15', '09:00')).toBe('2027-06-15T09:00:00+02:00');
    expect(new Date(stockholmIso('2026-12-08', '09:00')).toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(new Date(stockholmIso('2027-06-15', '23:59')).toISOString()).toBe('2027-06-15T21:59:00.000Z');
  });

  it('uses the right offset on the days the clocks change', () => {
    // Summer time starts 2027-03-28 at 02:00 (01:00 UTC); ends 2026-10-25 at 03:00 (01:00 UTC).
    expect(stockholmIso('2027-03-28', '01:30')).toBe('2027-03-28T01:30:00+01:00');
    expect(stockholmIso('2027-03-28', '03:30')).toBe('2027-03-28T03:30:00+02:00');
    expect(stockholmIso('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+02:00');
    expect(stockholmIso('2026-10-25', '04:00')).toBe('2026-10-25T04:00:00+01:00');
    // 02:30 happens twice in October: the first time (summer time) is meant, as in iCalendar.
    expect(stockholmIso('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
    // 02:30 does not exist in March: read with the winter offset, it is 03:30 summer time.
    expect(stockholmClock(new Date(stockholmIso('2027-03-28', '02:30')))).toBe('03:30');
  });

  it('gives nothing for a date or time that is not complete', () => {
    expect(stockholmIso('', '09:00')).toBe('');
    expect(stockholmIso('2026-12-08', '')).toBe('');
    expect(stockholmIso('8/12/2026', '09:00')).toBe('');
    expect(stockholmIso('2026-12-08', '9')).toBe('');
  });

  it('shows an instant as Stockholm date and clock, also around midnight UTC', () => {
    const lateUtc = new Date('2026-12-31T23:30:00Z');
    expect(stockholmDate(lateUtc)).toBe('2027-01-01');
    expect(stockholmClock(lateUtc)).toBe('00:30');
    const summer = new Date('2027-07-01T22:15:00Z');
    expect(stockholmDate(summer)).toBe('2027-07-02');
    expect(stockholmClock(summer)).toBe('00:15');
    expect(stockholmWall(new Date('2027-03-28T01:30:05Z'))).toEqual({ year: 2027, month: 3, day: 28, hour: 3, minute: 30, second: 5 });
  });

  it('round-trips what the form shows back to the same instant', () => {
    for (const iso of ['2026-12-08T08:00:00Z', '2027-06-15T07:45:00Z', '2027-03-28T01:00:00Z', '2026-10-25T00:59:00Z']) {
      const instant = new Date(iso);
      expect(new Date(stockholmIso(stockholmDate(instant), stockholmClock(instant))).toISOString()).toBe(instant.toISOString());
    }
  });

  it('knows the offset and the hour that happens twice in October', () => {
    expect(stockholmOffsetMinutes(new Date('2026-12-08T08:00:00Z'))).toBe(60);
    expect(stockholmOffsetMinutes(new Date('2027-06-15T08:00:00Z'))).toBe(120);
    expect(inRepeatedHour(new Date('2026-10-25T00:30:00Z'))).toBe(true);
    expect(inRepeatedHour(new Date('2026-10-25T01:30:00Z'))).toBe(true);
    expect(inRepeatedHour(new Date('2026-10-25T02:30:00Z'))).toBe(false);
    expect(inRepeatedHour(new Date('2027-03-28T01:30:00Z'))).toBe(false);
  });
});

describe('Stockholm time without Intl', () => {
  const intl = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const byIntl = (instant: Date): string => intl.format(instant);
  const byRule = (instant: Date): string => {
    const w = stockholmWall(instant);
    const p = (n: number): string => String(n).padStart(2, '0');
    return `${p(w.day)}/${p(w.month)}/${w.year}, ${p(w.hour)}:${p(w.minute)}:${p(w.second)}`;
  };

  it('gives the wall-clock time Intl gives, every 15 minutes around each change of the clocks from 1996 to 2060', () => {
    for (let year = 1996; year <= 2060; year++) {
      for (const month of [2, 9]) {
        // The last week of March and October, where the change falls.
        const from = Date.UTC(year, month, 24);
        for (let t = from; t < from + 8 * 24 * 3600_000; t += 15 * 60_000) expect(byRule(new Date(t))).toBe(byIntl(new Date(t)));
      }
    }
  });

  it('gives the wall-clock time Intl gives for many instants, before the EU rule as well', () => {
    // A fixed walk with an odd step, so every hour, minute and second of the day is met.
    for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2100, 0, 1); t += 7_919_993_017) expect(byRule(new Date(t))).toBe(byIntl(new Date(t)));
    expect(stockholmWall(new Date('1985-07-01T12:00:00Z')).hour).toBe(14);
  });
});
