/* eslint-disable */
// Copied from libs/core/src/stockholm-time.ts by scripts/gen-client.mjs (npm run openapi). Do not edit.
// Swedish time (Europe/Stockholm): the hub's one time zone, for the server (iCalendar, e-mail,
// agenda times) and the web app (meeting forms, calendar, the feed's dates). Defined once here;
// `npm run openapi` copies this file verbatim to apps/web/src/api/stockholm-time.ts and the contract
// test fails when the copy drifts. So it imports nothing and uses only what browsers and Node share.
//
// Since 1996 Sweden keeps the EU's summer time: UTC+2 from the last Sunday of March at 01:00 UTC to
// the last Sunday of October at 01:00 UTC, UTC+1 otherwise. That rule is computed here instead of
// asking Intl: a browser's first time-zone formatter loads ICU's zone data, 30–100 ms of main thread
// on a desktop and several times that on a phone, on every page that shows a time. Earlier instants
// (other rules) go through Intl. test/web/stockholm-time.test.ts checks the rule against Intl.

export const STOCKHOLM = 'Europe/Stockholm';

/** A wall-clock time in Stockholm; months 1–12, hours 0–23. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The first year of the EU rule in Sweden. */
const RULE_FROM_YEAR = 1996;
const HOUR_MS = 3600_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 01:00 UTC on the last Sunday of `month` (0-based) of `year`. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

// For instants before the rule: made on first use (building an Intl.DateTimeFormat costs far more
// than using it).
let beforeRule: Intl.DateTimeFormat | null = null;

function wallByIntl(instant: Date): WallTime {
  beforeRule ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: STOCKHOLM,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of beforeRule.formatToParts(instant)) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day' || p.type === 'hour' || p.type === 'minute' || p.type === 'second') {
      wall[p.type] = Number(p.value);
    }
  }
  return wall;
}

/** The wall-clock time in Stockholm at this instant. */
export function stockholmWall(instant: Date): WallTime {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  if (!(year >= RULE_FROM_YEAR)) return wallByIntl(instant);
  const summer = time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9);
  const wall = new Date(time + (summer ? 2 : 1) * HOUR_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** Minutes Stockholm is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(instant: Date): number {
  const w = stockholmWall(instant);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((wallAsUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The Stockholm date of an instant, "2026-12-08". */
export function stockholmDate(instant: Date): string {
  const w = stockholmWall(instant);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The Stockholm clock time of an instant, "09:20". */
export function stockholmClock(instant: Date): string {
  const w = stockholmWall(instant);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * A Stockholm date and wall-clock time as an ISO 8601 instant with its offset:
 * "2026-12-08" + "09:00" → "2026-12-08T09:00:00+01:00"; '' when either is not well formed.
 * A wall-clock time in the hour that happens twice when summer time ends means its first occurrence
 * (summer time), as iCalendar reads it. A time skipped when summer time starts (02:30 on the last
 * Sunday of March) is read with the winter offset, so it is 03:30 summer time.
 */
export function stockholmIso(date: string, time: string): string {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const tm = /^(\d{2}):(\d{2})/.exec(time);
  if (!dm || !tm) return '';
  const [year, month, day, hour, minute] = [dm[1], dm[2], dm[3], tm[1], tm[2]].map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const before = stockholmOffsetMinutes(new Date(asUtc - 12 * 3600_000));
  const after = stockholmOffsetMinutes(new Date(asUtc + 12 * 3600_000));
  // The larger offset is the earlier instant: tried first, so a repeated time means its first occurrence.
  const offset =
    [Math.max(before, after), Math.min(before, after)].find((o) => {
      const w = stockholmWall(new Date(asUtc - o * 60_000));
      return w.year === year && w.month === month && w.day === day && w.hour === hour && w.minute === minute;
    }) ?? before;
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${dm[1]}-${dm[2]}-${dm[3]}T${tm[1]}:${tm[2]}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** True for an instant whose Stockholm wall-clock time happens twice (the hour summer time ends). */
export function inRepeatedHour(instant: Date): boolean {
  const hour = 3600_000;
  const local = stockholmWall(instant);
  const same = (other: Date): boolean => {
    const w = stockholmWall(other);
    return w.year === local.year && w.month === local.month && w.day === local.day && w.hour === local.hour && w.minute === local.minute && w.second === local.second;
  };
  return same(new Date(instant.getTime() - hour)) || same(new Date(instant.getTime() + hour));
}
