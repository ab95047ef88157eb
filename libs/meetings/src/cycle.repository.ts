import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobScope, NetworkScope } from '@hub/access';
import { type Within, writeWithin } from '@hub/core';
import type { ActionItemDto, AgendaStatus, MeetingMailSettingDto, NetworkReportDto } from './cycle.dto';

export interface MeetingFacts {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  noteTakerId: string | null;
  networkName: string;
}

export interface AgendaRow {
  id: string;
  title: string;
  details: string;
  status: AgendaStatus;
  position: number;
  durationMinutes: number | null;
  proposedBy: { id: string; name: string } | null;
}

export interface MinutesRow {
  /** The draft (what the writers edit). */
  body: string;
  html: string;
  /** What members see: the text as it was last published. */
  publishedBody: string;
  publishedHtml: string;
  publishedAt: Date | null;
  publishedBy: { id: string; name: string } | null;
  documentId: string | null;
  /** The library document with the published minutes as a PDF. */
  pdfDocumentId: string | null;
}

export interface Recipient {
  id: string;
  name: string;
  email: string;
}

const ACTION_SELECT = `
  SELECT a.id, a.meeting_id AS "meetingId", m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt", a.title,
         CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS owner,
         to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", a.done_at IS NOT NULL AS done, a.done_at AS "doneAt"
    FROM action_item a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN person o ON o.id = a.owner_id`;

/** Agenda items, minutes, action items, meeting e-mail choices and the annual report. */
@Injectable()
export class CycleRepository {
  constructor(private readonly db: DataSource) {}

  async meeting(scope: NetworkScope, meetingId: string): Promise<MeetingFacts | null> {
    const rows: MeetingFacts[] = await this.db.query(
      `SELECT m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.cancelled_at IS NOT NULL AS cancelled,
              m.note_taker_id AS "noteTakerId", n.name AS "networkName"
         FROM meeting m JOIN network n ON n.id = m.network_id WHERE m.id = $1 AND m.network_id = $2`,
      [meetingId, scope.id],
    );
    return rows[0] ?? null;
  }

  async agenda(scope: NetworkScope | JobScope, meetingId: string): Promise<AgendaRow[]> {
    return this.db.query(
      `SELECT i.id, i.title, i.details, i.status, i.position, i.duration_minutes AS "durationMinutes",
              CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS "proposedBy"
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id AND m.network_id = $2 LEFT JOIN person p ON p.id = i.proposed_by
        WHERE i.meeting_id = $1
        ORDER BY CASE i.status WHEN 'accepted' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END, i.position, i.created_at`,
      [meetingId, scope.id],
    );
  }

  /** Open action items of the network's earlier meetings. */
  async carriedOver(scope: NetworkScope, meeting: MeetingFacts): Promise<ActionItemDto[]> {
    return this.db.query(
      `${ACTION_SELECT} WHERE a.network_id = $1 AND a.done_at IS NULL AND a.meeting_id <> $2 AND m.starts_at < $3
        ORDER BY a.due_on NULLS LAST, a.created_at`,
      [scope.id, meeting.id, meeting.startsAt],
    );
  }

  async proposeAgendaItem(
    scope: NetworkScope,
    meetingId: string,
    personId: string,
    title: string,
    details: string,
    within: Within,
  ): Promise<string> {
    return writeWithin(this.db, within, async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO agenda_item (meeting_id, proposed_by, title, details, position)
         SELECT mt.id, $2, $3, $4, (SELECT COALESCE(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = $1)
           FROM meeting mt WHERE mt.id = $1 AND mt.network_id = $5 RETURNING id`,
        [meetingId, personId, title, details, scope.id],
      );
      return rows[0]!.id;
    });
  }

  /** Finds an agenda item's meeting and network, before the access check (so it takes no scope). */
  async agendaItem(
    itemId: string,
  ): Promise<{ meetingId: string; networkId: string; proposedBy: string | null; status: AgendaStatus } | null> {
    const rows: Array<{ meetingId: string; networkId: string; proposedBy: string | null; status: AgendaStatus }> = await this.db.query(
      `SELECT i.meeting_id AS "meetingId", m.network_id AS "networkId", i.proposed_by AS "proposedBy", i.status
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = $1`,
      [itemId],
    );
    return rows[0] ?? null;
  }

  async updateAgendaItem(
    scope: NetworkScope,
    itemId: string,
    f: { title?: string; details?: string; status?: AgendaStatus; position?: number; durationMinutes?: number | null },
    within: Within,
  ): Promise<void> {
    await writeWithin(this.db, within, (m) =>
      m.query(
        `UPDATE agenda_item SET title = COALESCE($2, title), details = COALESCE($3, details), status = COALESCE($4, status),
              position = COALESCE($5, position),
              duration_minutes = CASE WHEN $6::boolean THEN $7::integer ELSE duration_minutes END
        WHERE id = $1 AND meeting_id IN (SELECT id FROM meeting WHERE network_id = $8)`,
        [
          itemId,
          f.title ?? null,
          f.details ?? null,
          f.status ?? null,
          f.position ?? null,
          f.durationMinutes !== undefined,
          f.durationMinutes ?? null,
          scope.id,
        ],
      ),
    );
  }

  async deleteAgendaItem(scope: NetworkScope, itemId: string, within: Within): Promise<void> {
    await writeWithin(this.db, within, (m) =>
      m.query(`DELETE FROM agenda_item WHERE id = $1 AND meeting_id IN (SELECT id FROM meeting WHERE network_id = $2)`, [itemId, scope.id]),
    );
  }

  async minutes(scope: NetworkScope, meetingId: string): Promise<MinutesRow | null> {
    const rows: MinutesRow[] = await this.db.query(
      `SELECT mm.body, mm.html, mm.published_body AS "publishedBody", mm.published_html AS "publishedHtml",
              mm.published_at AS "publishedAt", mm.document_id AS "documentId", mm.pdf_document_id AS "pdfDocumentId",
              CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS "publishedBy"
         FROM meeting_minutes mm JOIN meeting m ON m.id = mm.meeting_id AND m.network_id = $2
         LEFT JOIN person p ON p.id = mm.published_by WHERE mm.meeting_id = $1`,
      [meetingId, scope.id],
    );
    return rows[0] ?? null;
  }

  /**
   * Saves the text; the writer joins `written_by`, the list of everyone who wrote the minutes (an
   * erasure removes minutes only when the erased person wrote them alone). NULL there means
   * written before the list was kept, and stays so: who wrote them then cannot be known.
   */
  async saveMinutes(scope: NetworkScope, meetingId: string, body: string, html: string, byId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO meeting_minutes (meeting_id, body, html, updated_by, written_by)
       SELECT mt.id, $2, $3, $4, ARRAY[$4::uuid] FROM meeting mt WHERE mt.id = $1 AND mt.network_id = $5
       ON CONFLICT (meeting_id) DO UPDATE SET body = EXCLUDED.body, html = EXCLUDED.html, updated_by = EXCLUDED.updated_by, updated_at = now(),
              written_by = CASE WHEN meeting_minutes.written_by IS NULL OR $4::uuid = ANY (meeting_minutes.written_by) THEN meeting_minutes.written_by
                                ELSE meeting_minutes.written_by || $4::uuid END`,
      [meetingId, body, html, byId, scope.id],
    );
  }

  /**
   * Marks the minutes published; returns false when there is nothing written. `within` runs in the
   * same transaction, only when the minutes were published.
   */
  async publishMinutes(
    scope: NetworkScope,
    meetingId: string,
    byId: string,
    documentId: string | null,
    pdfDocumentId: string | null,
    within: Within,
  ): Promise<boolean> {
    return writeWithin(
      this.db,
      within,
      async (m) => {
        const [rows]: [unknown[], number] = await m.query(
          `UPDATE meeting_minutes SET published_at = now(), published_by = $2, document_id = COALESCE($3, document_id),
                  pdf_document_id = COALESCE($5, pdf_document_id), published_body = body, published_html = html
            WHERE meeting_id = $1 AND body <> '' AND meeting_id IN (SELECT id FROM meeting WHERE network_id = $4) RETURNING meeting_id`,
          [meetingId, byId, documentId, scope.id, pdfDocumentId],
        );
        return rows.length > 0;
      },
      (published) => published,
    );
  }

  /** Ids of the documents attached to the minutes, in order. */
  async minutesAttachmentIds(scope: NetworkScope, meetingId: string): Promise<string[]> {
    const rows: Array<{ document_id: string }> = await this.db.query(
      `SELECT a.document_id FROM minutes_attachment a JOIN meeting m ON m.id = a.meeting_id AND m.network_id = $2
        WHERE a.meeting_id = $1 ORDER BY a.position`,
      [meetingId, scope.id],
    );
    return rows.map((r) => r.document_id);
  }

  async setMinutesAttachments(scope: NetworkScope, meetingId: string, documentIds: readonly string[]): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(
        `DELETE FROM minutes_attachment WHERE meeting_id = $1 AND meeting_id IN (SELECT id FROM meeting WHERE network_id = $2)`,
        [meetingId, scope.id],
      );
      if (documentIds.length === 0) return;
      await m.query(
        `INSERT INTO minutes_attachment (meeting_id, document_id, position)
         SELECT mt.id, d, n FROM meeting mt, unnest($2::uuid[]) WITH ORDINALITY AS a(d, n) WHERE mt.id = $1 AND mt.network_id = $3`,
        [meetingId, documentIds, scope.id],
      );
    });
  }

  async setNoteTaker(scope: NetworkScope, meetingId: string, personId: string | null): Promise<void> {
    await this.db.query(`UPDATE meeting SET note_taker_id = $2 WHERE id = $1 AND network_id = $3`, [meetingId, personId, scope.id]);
  }

  async person(personId: string): Promise<{ id: string; name: string } | null> {
    const rows: Array<{ id: string; name: string }> = await this.db.query(`SELECT id, name FROM person WHERE id = $1`, [personId]);
    return rows[0] ?? null;
  }

  async isMember(scope: NetworkScope, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM membership WHERE network_id = $1 AND person_id = $2`, [scope.id, personId]);
    return rows.length > 0;
  }

  async actionItems(scope: NetworkScope, meetingId: string): Promise<ActionItemDto[]> {
    return this.db.query(`${ACTION_SELECT} WHERE a.meeting_id = $1 AND a.network_id = $2 ORDER BY a.created_at`, [meetingId, scope.id]);
  }

  async networkActionItems(scope: NetworkScope, openOnly: boolean): Promise<ActionItemDto[]> {
    return this.db.query(
      `${ACTION_SELECT} WHERE a.network_id = $1 AND ($2::boolean = false OR a.done_at IS NULL) ORDER BY a.done_at NULLS FIRST, a.due_on NULLS LAST, a.created_at LIMIT 500`,
      [scope.id, openOnly],
    );
  }

  async createActionItem(
    scope: NetworkScope,
    meetingId: string,
    byId: string,
    f: { title: string; ownerId: string | null; dueOn: string | null },
    within: Within,
  ): Promise<string> {
    return writeWithin(this.db, within, async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO action_item (meeting_id, network_id, title, owner_id, due_on, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [meetingId, scope.id, f.title, f.ownerId, f.dueOn, byId],
      );
      return rows[0]!.id;
    });
  }

  /** Finds an action item's meeting and network, before the access check (so it takes no scope). */
  async actionItem(id: string): Promise<{ meetingId: string; networkId: string; ownerId: string | null } | null> {
    const rows: Array<{ meetingId: string; networkId: string; ownerId: string | null }> = await this.db.query(
      `SELECT meeting_id AS "meetingId", network_id AS "networkId", owner_id AS "ownerId" FROM action_item WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async oneActionItem(scope: NetworkScope, id: string): Promise<ActionItemDto> {
    const rows: ActionItemDto[] = await this.db.query(`${ACTION_SELECT} WHERE a.id = $1 AND a.network_id = $2`, [id, scope.id]);
    return rows[0]!;
  }

  async updateActionItem(
    scope: NetworkScope,
    id: string,
    byId: string,
    f: { title?: string; ownerId?: string | null; dueOn?: string | null; done?: boolean },
    within: Within,
  ): Promise<void> {
    await writeWithin(this.db, within, (m) =>
      m.query(
        `UPDATE action_item SET title = COALESCE($2, title),
              owner_id = CASE WHEN $3::boolean THEN $4::uuid ELSE owner_id END,
              due_on = CASE WHEN $5::boolean THEN $6::date ELSE due_on END,
              done_at = CASE WHEN $7::boolean IS NULL THEN done_at WHEN $7 THEN COALESCE(done_at, now()) ELSE NULL END,
              done_by = CASE WHEN $7::boolean IS NULL THEN done_by WHEN $7 THEN $8::uuid ELSE NULL END
        WHERE id = $1 AND network_id = $9`,
        [
          id,
          f.title ?? null,
          f.ownerId !== undefined,
          f.ownerId ?? null,
          f.dueOn !== undefined,
          f.dueOn ?? null,
          f.done ?? null,
          byId,
          scope.id,
        ],
      ),
    );
  }

  async mailSettings(personId: string): Promise<MeetingMailSettingDto[]> {
    return this.db.query(
      `SELECT n.id AS "networkId", n.name AS "networkName",
              NOT EXISTS (SELECT 1 FROM meeting_mail_optout o WHERE o.person_id = $1 AND o.network_id = n.id) AS enabled
         FROM membership ms JOIN network n ON n.id = ms.network_id
        WHERE ms.person_id = $1 AND n.archived_at IS NULL ORDER BY n.name COLLATE "sv-SE-x-icu"`,
      [personId],
    );
  }

  async setMail(personId: string, scope: NetworkScope, enabled: boolean): Promise<void> {
    await this.db.query(
      enabled
        ? `DELETE FROM meeting_mail_optout WHERE person_id = $1 AND network_id = $2`
        : `INSERT INTO meeting_mail_optout (person_id, network_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [personId, scope.id],
    );
  }

  /**
   * Who gets a meeting's e-mail: current members of its network (everyone, or those who answered
   * yes or maybe), active, and not opted out for that network. Also for background work, where the
   * queued job's meeting names its network (`JobScope`).
   */
  async mailRecipients(scope: NetworkScope | JobScope, meetingId: string, who: 'members' | 'coming'): Promise<Recipient[]> {
    return this.db.query(
      `SELECT p.id, p.name, p.email
         FROM meeting m JOIN membership ms ON ms.network_id = m.network_id JOIN person p ON p.id = ms.person_id
        WHERE m.id = $1 AND m.network_id = $3 AND p.disabled_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM meeting_mail_optout o WHERE o.person_id = p.id AND o.network_id = m.network_id)
          AND ($2 = 'members' OR EXISTS (SELECT 1 FROM rsvp r WHERE r.meeting_id = m.id AND r.person_id = p.id AND r.answer IN ('yes', 'maybe')))
        ORDER BY p.id`,
      [meetingId, who, scope.id],
    );
  }

  async report(year: number): Promise<NetworkReportDto[]> {
    return this.db.query(
      `WITH span AS (SELECT make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Stockholm') AS a, make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Stockholm') AS b),
            held AS (SELECT m.* FROM meeting m, span WHERE m.ends_at >= span.a AND m.ends_at < span.b AND m.ends_at <= now() AND m.cancelled_at IS NULL)
       SELECT n.id AS "networkId", n.name AS "networkName",
              (SELECT count(*)::int FROM held WHERE held.network_id = n.id) AS "meetingsHeld",
              (SELECT count(*)::int FROM meeting m, span WHERE m.network_id = n.id AND m.cancelled_at IS NOT NULL AND m.starts_at >= span.a AND m.starts_at < span.b) AS "meetingsCancelled",
              (SELECT count(*)::int FROM held JOIN rsvp r ON r.meeting_id = held.id AND r.answer = 'yes' AND NOT r.waitlisted WHERE held.network_id = n.id) AS attendance,
              COALESCE((SELECT json_agg(json_build_object('municipality', x.name, 'attendees', x.c) ORDER BY x.c DESC, x.name)
                          FROM (SELECT COALESCE(mu.name, p.organisation, 'Övriga') AS name, count(*)::int AS c
                                  FROM held JOIN rsvp r ON r.meeting_id = held.id AND r.answer = 'yes' AND NOT r.waitlisted
                                  JOIN person p ON p.id = r.person_id LEFT JOIN municipality mu ON mu.id = p.municipality_id
                                 WHERE held.network_id = n.id GROUP BY 1) x), '[]') AS "byMunicipality",
              (SELECT count(*)::int FROM meeting_minutes mm JOIN meeting m ON m.id = mm.meeting_id, span
                WHERE m.network_id = n.id AND mm.published_at IS NOT NULL AND m.starts_at >= span.a AND m.starts_at < span.b) AS "minutesPublished",
              (SELECT count(*)::int FROM action_item a JOIN meeting m ON m.id = a.meeting_id, span
                WHERE a.network_id = n.id AND a.done_at IS NULL AND m.starts_at >= span.a AND m.starts_at < span.b) AS "openActionItems"
         FROM network n
        ORDER BY n.name COLLATE "sv-SE-x-icu"`,
      [year],
    );
  }
}
