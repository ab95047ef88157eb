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
