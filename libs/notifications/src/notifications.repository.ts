import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isMemberSql, type JobScope, type NetworkScope, seesInsideSql } from '@hub/access';
import type { Role } from '@hub/core';
import type { Level, NotificationDto, NotificationSettingDto } from './notifications.dto';

/** A person's network as the weekly digest reads it: who, which network, and what they want from it. */
export interface DigestReader {
  personId: string;
  name: string;
  email: string;
  networkId: string;
  networkName: string;
  networkSlug: string;
  level: Level;
}

export interface Created {
  id: string;
  personId: string;
  kind: string;
}

/** Whom a kind of notification may reach: `all` gets everything, `important` mentions, announcements and join requests. */
const LEVEL_FOR = {
  mention: ['all', 'important'],
  announcement: ['all', 'important'],
  join_request: ['all', 'important'],
  reply: ['all'],
  meeting_announced: ['all', 'important'],
  meeting_changed: ['all', 'important'],
  meeting_cancelled: ['all', 'important'],
  minutes_published: ['all'],
  agenda_proposed: ['all', 'important'],
  action_assigned: ['all', 'important'],
} as const;

export type NotificationKind = keyof typeof LEVEL_FOR;

/**
 * A person's notifications and settings. Notifications are made by durable handlers of other
 * domains' events, which answer no person: they name the network with `jobScope(event.networkId)`.
 * A setting is changed with the `NetworkScope` of the person's check.
 */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Inserts one notification per recipient who is (still) a member of the network and whose setting
   * lets this kind through, in one statement; returns what was created. `within` runs in the same
   * transaction with what was created (to record their events with them).
   */
  async notify(
    scope: JobScope,
    kind: NotificationKind,
    recipients: readonly string[],
    n: { postId: string | null; commentId: string | null; actorId: string | null; meetingId?: string },
    within: (m: EntityManager, created: Created[]) => Promise<void>,
    manager?: EntityManager,
  ): Promise<Created[]> {
    if (recipients.length === 0) return [];
    const work = async (m: EntityManager): Promise<Created[]> => {
      const created: Created[] = await m.query(
        `INSERT INTO notification (person_id, kind, network_id, post_id, comment_id, actor_id, meeting_id)
       SELECT m.person_id, $1, $2, $3, $4, $5, $8
         FROM membership m JOIN person p ON p.id = m.person_id
         LEFT JOIN notification_setting s ON s.person_id = m.person_id AND s.network_id = m.network_id
        WHERE m.network_id = $2 AND m.person_id = ANY($6::uuid[]) AND p.disabled_at IS NULL
          AND m.person_id IS DISTINCT FROM $5 AND COALESCE(s.level, 'all') = ANY($7::text[])
       RETURNING id, person_id AS "personId", kind`,
        [kind, scope.id, n.postId, n.commentId, n.actorId, recipients, LEVEL_FOR[kind], n.meetingId ?? null],
      );
      if (created.length > 0) await within(m, created);
      return created;
    };
    // Inside the change's own transaction when there is one: the notification exists exactly when the change does.
    return manager ? work(manager) : this.db.transaction(work);
  }

  /** What a mail needs: the recipients' addresses and names, the network's and the actor's names. */
  async mailInfo(
    personIds: readonly string[],
    networkId: string,
    actorId: string | null,
  ): Promise<{ people: Array<{ id: string; email: string; name: string }>; network: string; actor: string | null }> {
    const people: Array<{ id: string; email: string; name: string }> = await this.db.query(
      `SELECT id, email, name FROM person WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL`,
      [personIds],
    );
    const rows: Array<{ network: string; actor: string | null }> = await this.db.query(
      `SELECT n.name AS network, (SELECT name FROM person WHERE id = $2) AS actor FROM network n WHERE n.id = $1`,
      [networkId, actorId],
    );
    return { people, network: rows[0]?.network ?? '', actor: rows[0]?.actor ?? null };
  }

  async networkMembers(scope: JobScope, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await m.query(`SELECT person_id FROM membership WHERE network_id = $1`, [scope.id]);
    return rows.map((r) => r.person_id);
  }

  async coordinators(scope: JobScope, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await m.query(
      `SELECT person_id FROM membership WHERE network_id = $1 AND role = 'coordinator'`,
      [scope.id],
    );
    return rows.map((r) => r.person_id);
  }

  /** My notifications from networks I may still see inside (a removed member stops seeing them). */
  async page(personId: string, role: Role, after: [string, string] | null, limit: number): Promise<NotificationDto[]> {
    return this.db.query(
      `SELECT x.id, x.kind, a.name AS "actorName", n.id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName",
              x.post_id AS "postId", x.comment_id AS "commentId", x.meeting_id AS "meetingId", mt.title AS "meetingTitle",
              x.created_at AS "createdAt", x.read_at IS NOT NULL AS read
         FROM notification x JOIN network n ON n.id = x.network_id LEFT JOIN person a ON a.id = x.actor_id
         LEFT JOIN meeting mt ON mt.id = x.meeting_id
        WHERE x.person_id = $1 AND ${VISIBLE}
          AND ($3::timestamptz IS NULL OR (x.created_at, x.id) < ($3::timestamptz, $4::uuid))
        ORDER BY x.created_at DESC, x.id DESC LIMIT $5`,
      [personId, role, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async unread(personId: string, role: Role): Promise<number> {
    const rows: Array<{ n: number }> = await this.db.query(
      `SELECT count(*)::int AS n FROM notification x JOIN network n ON n.id = x.network_id WHERE x.person_id = $1 AND x.read_at IS NULL AND ${VISIBLE}`,
      [personId, role],
    );
    return rows[0]!.n;
  }

  /** Marks read these ids (null: any), narrowed to one post or meeting when given. */
  async markRead(
    personId: string,
    ids: readonly string[] | null,
    about: { postId: string | null; meetingId: string | null },
  ): Promise<void> {
    await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE person_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
          AND ($3::uuid IS NULL OR post_id = $3) AND ($4::uuid IS NULL OR meeting_id = $4)`,
      [personId, ids, about.postId, about.meetingId],
    );
  }

  async settings(personId: string): Promise<NotificationSettingDto[]> {
    return this.db.query(
      `SELECT n.id AS "networkId", n.name AS "networkName", COALESCE(s.level, 'all') AS level
         FROM membership m JOIN network n ON n.id = m.network_id
         LEFT JOIN notification_setting s ON s.person_id = m.person_id AND s.network_id = n.id
        WHERE m.person_id = $1 AND n.archived_at IS NULL ORDER BY n.name`,
      [personId],
    );
  }

  async setLevel(personId: string, scope: NetworkScope, level: Level): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_setting (person_id, network_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (person_id, network_id) DO UPDATE SET level = EXCLUDED.level`,
      [personId, scope.id, level],
    );
  }

  /**
   * Every active person's networks (not archived) they want something from, by person and then
   * network name: the weekly digest's readers.
   */
  async digestReaders(): Promise<DigestReader[]> {
    return this.db.query(
      `SELECT p.id AS "personId", p.name, p.email, n.id AS "networkId", n.name AS "networkName", n.slug AS "networkSlug",
              COALESCE(s.level, 'all') AS level
         FROM person p
         JOIN membership m ON m.person_id = p.id
         JOIN network n ON n.id = m.network_id AND n.archived_at IS NULL
         LEFT JOIN notification_setting s ON s.person_id = p.id AND s.network_id = n.id
        WHERE p.disabled_at IS NULL AND COALESCE(s.level, 'all') <> 'none'
        ORDER BY p.id, n.name COLLATE "sv-SE-x-icu"`,
    );
  }
}

/** $1 = person, $2 = role: the network's inside is still visible to the person (the access rule, ADR 0002). */
const VISIBLE = seesInsideSql('n', isMemberSql('n', '$1'), '$2');
