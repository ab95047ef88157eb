import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A JSON array of the rows `sql` selects (as `r`), or `[]`. */
const list = (sql: string): string => `(SELECT coalesce(json_agg(r), '[]'::json) FROM (${sql}) r)`;

/**
 * `person.json` of the register extract: everything the hub holds about the person ($1). Sessions
 * and tokens as metadata only (never their secrets).
 */
const PERSON_SQL = `
  SELECT json_build_object(
    'profile', (SELECT json_build_object(
        'id', p.id, 'name', p.name, 'email', p.email, 'role', p.role, 'municipality', m.name,
        'organisation', p.organisation, 'title', p.title, 'bio', p.bio, 'languages', p.languages, 'phone', p.phone,
        'showEmail', p.show_email, 'showPhone', p.show_phone, 'createdAt', p.created_at, 'updatedAt', p.updated_at,
        'disabledAt', p.disabled_at)
      FROM person p LEFT JOIN municipality m ON m.id = p.municipality_id WHERE p.id = $1),
    'expertise', ${list(`SELECT tag, ask_me AS "askMe", mentor, learning FROM expertise WHERE person_id = $1 ORDER BY position, tag`)},
    'memberships', ${list(`
      SELECT n.id AS "networkId", n.name AS network, ms.role, ms.created_at AS since
        FROM membership ms JOIN network n ON n.id = ms.network_id WHERE ms.person_id = $1 ORDER BY ms.created_at`)},
    'joinRequests', ${list(`
      SELECT n.name AS network, j.message, j.status, j.created_at AS "createdAt", j.decided_at AS "decidedAt"
        FROM join_request j JOIN network n ON n.id = j.network_id WHERE j.person_id = $1 ORDER BY j.created_at`)},
    'sessions', ${list(`
      SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", user_agent AS "userAgent", ip
        FROM session WHERE person_id = $1 ORDER BY created_at`)},
    'apiTokens', ${list(`
      SELECT name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
        FROM api_token WHERE person_id = $1 ORDER BY created_at`)},
    'notificationSettings', ${list(`
      SELECT n.name AS network, s.level FROM notification_setting s JOIN network n ON n.id = s.network_id
       WHERE s.person_id = $1 ORDER BY n.name`)},
    'meetingMailOptOuts', ${list(`
      SELECT n.name AS network FROM meeting_mail_optout o JOIN network n ON n.id = o.network_id WHERE o.person_id = $1 ORDER BY n.name`)},
    'calendarFeeds', ${list(`
      SELECT n.name AS network, c.created_at AS "createdAt", c.revoked_at AS "revokedAt"
        FROM calendar_token c LEFT JOIN network n ON n.id = c.network_id WHERE c.person_id = $1 ORDER BY c.created_at`)},
    'rsvps', ${list(`
      SELECT n.name AS network, mt.title AS meeting, mt.starts_at AS "meetingStartsAt", r.answer, r.waitlisted, r.comment,
             r.answered_at AS "answeredAt"
        FROM rsvp r JOIN meeting mt ON mt.id = r.meeting_id JOIN network n ON n.id = mt.network_id
       WHERE r.person_id = $1 ORDER BY r.answered_at`)},
    'acknowledgements', ${list(`
      SELECT n.name AS network, a.post_id AS "postId", a.created_at AS "createdAt"
        FROM acknowledgement a JOIN post po ON po.id = a.post_id JOIN network n ON n.id = po.network_id
       WHERE a.person_id = $1 ORDER BY a.created_at`)},
    'reactions', ${list(`
      SELECT n.name AS network, r.post_id AS "postId", r.kind, r.created_at AS "createdAt"
        FROM reaction r JOIN post po ON po.id = r.post_id JOIN network n ON n.id = po.network_id
       WHERE r.person_id = $1 ORDER BY r.created_at`)}
  ) AS data`;

/**
 * `content.json`: what the person wrote, with its network and date. Of a conversation only their
 * own messages; of a post only their own comments.
 */
const CONTENT_SQL = `
  SELECT json_build_object(
    'posts', ${list(`
      SELECT po.id, n.name AS network, po.body, po.announcement, po.created_at AS "createdAt", po.edited_at AS "editedAt",
             po.deleted_at AS "deletedAt"
        FROM post po JOIN network n ON n.id = po.network_id WHERE po.author_id = $1 ORDER BY po.created_at`)},
    'comments', ${list(`
      SELECT c.id, c.post_id AS "postId", n.name AS network, c.body, c.created_at AS "createdAt", c.deleted_at AS "deletedAt"
        FROM comment c JOIN network n ON n.id = c.network_id WHERE c.author_id = $1 ORDER BY c.created_at`)},
    'messages', ${list(`
      SELECT mg.id, mg.conversation_id AS "conversationId", cv.kind AS "conversationKind", n.name AS network, mg.body,
             mg.created_at AS "createdAt", mg.edited_at AS "editedAt", mg.deleted_at AS "deletedAt"
        FROM message mg JOIN conversation cv ON cv.id = mg.conversation_id LEFT JOIN network n ON n.id = cv.network_id
       WHERE mg.author_id = $1 ORDER BY mg.created_at`)},
    'meetingsOrganised', ${list(`
      SELECT mt.id, n.name AS network, mt.title, mt.description, mt.starts_at AS "startsAt", mt.location, mt.created_at AS "createdAt"
        FROM meeting mt JOIN network n ON n.id = mt.network_id WHERE mt.organizer_id = $1 ORDER BY mt.starts_at`)},
    'agendaItems', ${list(`
      SELECT ai.id, n.name AS network, mt.title AS meeting, ai.title, ai.details, ai.status, ai.created_at AS "createdAt"
        FROM agenda_item ai JOIN meeting mt ON mt.id = ai.meeting_id JOIN network n ON n.id = mt.network_id
       WHERE ai.proposed_by = $1 ORDER BY ai.created_at`)},
    'actionItems', ${list(`
      SELECT ac.id, n.name AS network, mt.title AS meeting, ac.title, ac.due_on AS "dueOn", ac.done_at AS "doneAt",
             (ac.owner_id = $1) AS "owner", (ac.created_by = $1) AS "createdByMe", ac.created_at AS "createdAt"
        FROM action_item ac JOIN meeting mt ON mt.id = ac.meeting_id JOIN network n ON n.id = ac.network_id
       WHERE ac.owner_id = $1 OR ac.created_by = $1 ORDER BY ac.created_at`)},
    'minutes', ${list(`
      SELECT mt.id AS "meetingId", n.name AS network, mt.title AS meeting, mm.body, mm.updated_at AS "updatedAt",
             mm.published_at AS "publishedAt"
        FROM meeting_minutes mm JOIN meeting mt ON mt.id = mm.meeting_id JOIN network n ON n.id = mt.network_id
       WHERE mm.updated_by = $1 OR mm.published_by = $1 OR $1 = ANY (mm.written_by) OR mt.note_taker_id = $1 ORDER BY mm.updated_at`)},
    'documents', ${list(`
      SELECT d.id, n.name AS network, d.title, v.number AS version, v.file_name AS "fileName", v.media_type AS "mediaType",
             v.size::int AS size, v.created_at AS "createdAt", d.deleted_at AS "deletedAt"
        FROM document_version v JOIN document d ON d.id = v.document_id JOIN network n ON n.id = d.network_id
       WHERE v.created_by = $1 ORDER BY v.created_at, v.number`)}
  ) AS data`;

export interface ExtractDocument {
  id: string;
  network: string;
  title: string;
  version: number;
  fileName: string;
  mediaType: string;
  size: number;
  createdAt: string;
  deletedAt: string | null;
}

export interface ExtractData {
  person: { profile: { name: string; email: string } | null } & Record<string, unknown>;
  content: { documents: ExtractDocument[] } & Record<string, unknown[]>;
}

@Injectable()
export class ExtractRepository {
  constructor(private readonly db: DataSource) {}

  /** Both files' data in one snapshot (a repeatable-read transaction); null when no such person. */
  async load(personId: string): Promise<ExtractData | null> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const [person] = (await m.query(PERSON_SQL, [personId])) as Array<{ data: ExtractData['person'] }>;
      if (!person?.data.profile) return null;
      const [content] = (await m.query(CONTENT_SQL, [personId])) as Array<{ data: ExtractData['content'] }>;
      return { person: person.data, content: content!.data };
    });
  }
}
