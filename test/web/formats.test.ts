// The pages' dates and numbers in Swedish are written without Intl (shared/formats.ts), so a page
// that shows them does not load ICU's locale data; what they show must be exactly what Intl shows
// for sv-SE.
import { formatCalendarDay, formatDateTime, formatNumber, formatStockholmClock, formatStockholmDay } from '../../apps/web/src/shared/formats';

const HOUR = 3600_000;
/** Instants from 1996 to 2060 with an odd step, so every month, weekday, hour and minute is met. */
const instants: Date[] = [];
for (let t = Date.UTC(1996, 0, 1); t < Date.UTC(2060, 0, 1); t += 37 * HOUR + 17 * 60_000 + 13_000) instants.push(new Date(t));
// And every 15 minutes across the changes of the clocks in 2026 and 2027.
for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z']) {
  for (let t = Date.parse(change) - 3 * HOUR; t <= Date.parse(change) + 3 * HOUR; t += 15 * 60_000) instants.push(new Date(t));
}

describe('dates in Swedish without Intl', () => {
  it('shows a date and time as Intl does (medium date, short time, the browser’s time zone)', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
    for (const instant of instants) expect(formatDateTime('sv', instant)).toBe(intl.format(instant));
    expect(formatDateTime('sv', new Date(2026, 8, 6, 7, 5))).toBe('6 sep. 2026 07:05');
  });

  it('shows the day and the clock of a meeting in Stockholm time as Intl does, whatever the browser’s zone', () => {
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
    for (const instant of instants) {
      expect(formatStockholmDay('sv', instant)).toBe(day.format(instant));
      expect(formatStockholmClock('sv', instant)).toBe(clock.format(instant));
    }
    // 23:30 UTC on New Year's Eve is already the next year in Stockholm.
    expect(`${formatStockholmDay('sv', new Date('2026-12-31T23:30:00Z'))} ${formatStockholmClock('sv', new Date('2026-12-31T23:30:00Z'))}`).toBe(
      'fredag 1 januari 2027 00:30',
    );
  });

  it('shows a calendar date as Intl does, and other text as it is', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    for (const instant of instants) {
      const ymd = instant.toISOString().slice(0, 10);
      expect(formatCalendarDay('sv', ymd)).toBe(intl.format(new Date(`${ymd}T00:00:00Z`)));
    }
    expect(formatCalendarDay('sv', '2026-12-15')).toBe('15 december 2026');
    expect(formatCalendarDay('sv', 'snart')).toBe('snart');
  });

  it('leaves English to Intl', () => {
    const instant = new Date('2026-12-08T08:00:00Z');
    expect(formatStockholmDay('en', instant)).toBe(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant));
    expect(formatStockholmClock('en', instant)).toBe('09:00');
    expect(formatCalendarDay('en', '2026-12-15')).toBe('15 December 2026');
    expect(formatDateTime('en', instant)).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(instant));
  });
});

describe('numbers in Swedish without Intl', () => {
  const intl = [0, 1, 2].map((digits) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits }));
  const check = (n: number): void => {
    for (const digits of [0, 1, 2]) expect(`${n}: ${formatNumber('sv', n, digits)}`).toBe(`${n}: ${intl[digits]?.format(n)}`);
  };

  it('writes file sizes as Intl does: groups of three, a decimal comma, rounded the same way', () => {
    // Sizes in kB and MB as the document library computes them, and whole numbers.
    for (let bytes = 0; bytes < 5_000_000_000; bytes = bytes * 3 + 1_017) {
      check(bytes);
      check(bytes / 1024);
      check(bytes / (1024 * 1024));
    }
    expect(formatNumber('sv', 2048, 0)).toBe('2\u00a0048');
    expect(formatNumber('sv', 1234567.25, 1)).toBe('1\u00a0234\u00a0567,3');
  });

  it('rounds halves of the shortest decimal form as Intl does, also where the binary value lies below', () => {
    for (const n of [0.05, 0.5, 1.15, 1.25, 2.675, 9.95, 9.96, 99.95, 999.5, 1.005, 0.000123, 1e-7, 123456789.99, 1e20]) check(n);
    for (let i = 0; i < 3000; i++) check(i * 0.035 + i * i * 0.17);
  });

  it('leaves negative numbers and English to Intl', () => {
    expect(formatNumber('sv', -1234.5, 1)).toBe(intl[1]?.format(-1234.5));
    expect(formatNumber('en', 1234.56, 1)).toBe('1,234.6');
  });
});
