// The personal calendar feed without the framework: the SQL MeetingsRepository runs for
// GET /api/v1/calendar/feeds/:token.ics (copied), MeetingsService.ics()'s row-to-event mapping
// (copied) and the hub's own compiled iCalendar writer (dist/api/libs/meetings/src/ics.js, a module
// with no imports, required as it is). Used by bench/bare-server.cjs (CALENDAR_PUBLIC_URL) for the
// baseline and by bench/calendar.cjs for its in-process breakdown. Keep the SQL in step with
// libs/meetings/src/meetings.repository.ts and the mapping with meetings.service.ts.
'use strict';

const { createHash } = require('node:crypto');
const { join } = require('node:path');

const ics = require(join(__dirname, '..', 'dist', 'api', 'libs', 'meetings', 'src', 'ics.js'));

/** MeetingsService.feedIcs(): the days of past meetings a feed keeps. */
const FEED_PAST_DAYS = 60;
/** MeetingsRepository.forNetworks(): LIMIT. */
const FEED_LIMIT = 5000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;
const hashToken = (token) => createHash('sha256').update(token).digest('hex');

// ---- SQL copied from libs/meetings/src/meetings.repository.ts ---------------------------------
const MEETING_SELECT = `
  SELECT m.id, n.id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName", m.title, m.description,
         m.description_html AS "descriptionHtml", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location, m.video_url AS "videoUrl",
         m.capacity, m.rsvp_deadline AS "rsvpDeadline", m.cancelled_at IS NOT NULL AS cancelled, o.name AS "organizerName", o.email AS "organizerEmail",
         m.sequence, m.updated_at AS "updatedAt",
         json_build_object(
           'yes', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.answer = 'yes' AND NOT r.waitlisted),
           'no', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.answer = 'no'),
           'maybe', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.answer = 'maybe'),
           'waitlisted', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.waitlisted)) AS counts,
         (SELECT json_build_object('answer', r.answer, 'waitlisted', r.waitlisted, 'comment', r.comment) FROM rsvp r WHERE r.meeting_id = m.id AND r.person_id = $1) AS "myAnswer"
    FROM meeting m JOIN network n ON n.id = m.network_id LEFT JOIN person o ON o.id = m.organizer_id`;

// feedByToken()
const FEED_BY_TOKEN_SQL = `SELECT t.person_id, p.role, t.network_id FROM calendar_token t JOIN person p ON p.id = t.person_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.disabled_at IS NULL`;
// memberships()
const MEMBERSHIPS_SQL = `SELECT m.network_id FROM membership m JOIN network n ON n.id = m.network_id WHERE m.person_id = $1 AND n.archived_at IS NULL`;
// forNetworks()
const FOR_NETWORKS_SQL = `${MEETING_SELECT} WHERE m.network_id = ANY($2::uuid[]) AND m.ends_at >= now() - make_interval(days => $3) ORDER BY m.starts_at LIMIT ${FEED_LIMIT}`;

/**
 * The three statements of a feed request, in the hub's order; `query(sql, params)` resolves to rows.
 * Returns null for an unknown, revoked or malformed token (the hub answers 404).
 */
async function feedRows(query, token) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [feed] = await query(FEED_BY_TOKEN_SQL, [hashToken(token)]);
  if (!feed) return null;
  const memberships = (await query(MEMBERSHIPS_SQL, [feed.person_id])).map((r) => r.network_id);
  const networks = feed.network_id ? memberships.filter((id) => id === feed.network_id) : memberships;
  const rows = networks.length === 0 ? [] : await query(FOR_NETWORKS_SQL, [feed.person_id, networks, FEED_PAST_DAYS]);
  return { feed, rows };
}

// ---- copied from MeetingsService.ics() ----------------------------------------------------------
const toEvent = (row, publicUrl) => ({
  uid: `${row.id}@natverkshubben`,
  sequence: row.sequence,
  summary: row.title,
  description: [row.description, row.videoUrl ? `Video: ${row.videoUrl}` : ''].filter(Boolean).join('\n\n'),
  location: row.location || row.videoUrl,
  url: `${publicUrl}/natverk/${row.networkSlug}/moten/${row.id}`,
  startsAt: new Date(row.startsAt),
  endsAt: new Date(row.endsAt),
  updatedAt: new Date(row.updatedAt),
  cancelled: row.cancelled,
  organizer: row.organizerName && row.organizerEmail ? { name: row.organizerName, email: row.organizerEmail } : null,
});

/** The calendar text MeetingsService.feedIcs() builds from those rows, with the hub's writer. */
const serialise = ({ feed, rows }, publicUrl) =>
  ics.calendar(
    feed.network_id ? (rows[0]?.networkName ?? 'Nätverkshubben') : 'Nätverkshubben',
    rows.map((r) => toEvent(r, publicUrl)),
  );

module.exports = { ics, FEED_PAST_DAYS, FEED_LIMIT, hashToken, FOR_NETWORKS_SQL, feedRows, toEvent, serialise };
