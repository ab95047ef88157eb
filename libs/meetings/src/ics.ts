/** iCalendar (RFC 5545) writing: escaping, folding at 75 octets, Europe/Stockholm local times. */
import { STOCKHOLM, inRepeatedHour, stockholmWall } from '@hub/core';

export interface IcsEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string;
  url: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  cancelled: boolean;
  organizer: { name: string; email: string } | null;
  /** For an invitation sent to one person (METHOD:REQUEST). */
  attendee?: { name: string; email: string };
}

const TZ = STOCKHOLM;

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  `X-LIC-LOCATION:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function fold(line: string): string {
  const total = Buffer.byteLength(line);
  if (total <= 75) return line;
  if (total === line.length) {
    // ASCII: one octet per character, so plain slices.
    const parts = [line.slice(0, 75)];
    for (let i = 75; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
    return parts.join('\r\n ');
  }
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(line.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += units;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

const utc = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The wall-clock time in Stockholm, as an iCalendar local DATE-TIME. */
export function stockholmLocal(d: Date): string {
  const w = stockholmWall(d);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/**
 * A DTSTART/DTEND line: Stockholm wall-clock time, except in the hour that happens twice when
 * summer time ends. RFC 5545 reads such a local time as its first occurrence, so an instant in
 * that hour is written in UTC instead, which every client reads exactly.
 */
export function dateTimeLine(name: 'DTSTART' | 'DTEND', d: Date): string {
  return inRepeatedHour(d) ? `${name}:${utc(d)}` : `${name};TZID=${TZ}:${stockholmLocal(d)}`;
}

export function calendar(
  name: string,
  events: readonly IcsEvent[],
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL' = 'PUBLISH',
  now = new Date(),
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Familjen Helsingborg//Nätverkshubben//SV',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZ}`,
    ...VTIMEZONE,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utc(now)}`,
      `LAST-MODIFIED:${utc(e.updatedAt)}`,
      `SEQUENCE:${e.sequence}`,
      dateTimeLine('DTSTART', e.startsAt),
      dateTimeLine('DTEND', e.endsAt),
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      `URL:${e.url}`,
      ...(e.organizer ? [`ORGANIZER;CN="${e.organizer.name.replace(/["\\]/g, '')}":mailto:${e.organizer.email}`] : []),
      ...(e.attendee
        ? [`ATTENDEE;CN="${e.attendee.name.replace(/["\\]/g, '')}";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${e.attendee.email}`]
        : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
