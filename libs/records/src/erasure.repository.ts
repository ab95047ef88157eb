import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ErasureKind } from './rules';

/** What stands in for an erased person wherever their name was shown. */
export const FORMER_MEMBER = 'Tidigare medlem';

/** Rows of a network on legal hold are never removed (`n` is the network's alias). */
const NOT_HELD = (networkId: string): string =>
  `NOT EXISTS (SELECT 1 FROM network h WHERE h.id = ${networkId} AND h.legal_hold_at IS NOT NULL)`;

/** The library copies of published minutes (Markdown and PDF): they follow the minutes' rule, not the documents'. */
const MINUTES_COPY = (documentId: string): string =>
  `EXISTS (SELECT 1 FROM meeting_minutes c WHERE ${documentId} IN (c.document_id, c.pdf_document_id))`;

/**
 * The person's content of each kind that rules may remove ($1 = person id), as `FROM … WHERE …`;
 * `held` is true outside networks on legal hold, `alone` when nobody else wrote the row (only
 * minutes are written together: they are removed only when the person alone wrote them, and a
 * row saved before the writers were recorded, `written_by` NULL, never counts as theirs alone).
 */
const CONTENT: Record<ErasureKind, { from: string; held: string; alone: string }> = {
  posts: { from: `post x WHERE x.author_id = $1`, held: NOT_HELD('x.network_id'), alone: 'true' },
  comments: { from: `comment x WHERE x.author_id = $1`, held: NOT_HELD('x.network_id'), alone: 'true' },
  network_chat: { from: `message x WHERE x.author_id = $1 AND x.network_id IS NOT NULL`, held: NOT_HELD('x.network_id'), alone: 'true' },
  direct_messages: { from: `message x WHERE x.author_id = $1 AND x.network_id IS NULL`, held: 'true', alone: 'true' },
  documents: { from: `document x WHERE x.uploaded_by = $1 AND NOT ${MINUTES_COPY('x.id')}`, held: NOT_HELD('x.network_id'), alone: 'true' },
  minutes: {
    from: `meeting_minutes x JOIN meeting mt ON mt.id = x.meeting_id WHERE (x.updated_by = $1 OR x.published_by = $1 OR $1 = ANY (x.written_by))`,
    held: NOT_HELD('mt.network_id'),
    alone: `x.written_by = ARRAY[$1]::uuid[]`,
  },
};

/** What is always removed, counted for the dry run ($1 = person id). */
const ALWAYS = {
  expertise: `SELECT count(*) FROM expertise WHERE person_id = $1`,
  sessions: `SELECT count(*) FROM session WHERE person_id = $1`,
  apiTokens: `SELECT count(*) FROM api_token WHERE person_id = $1`,
  calendarFeeds: `SELECT count(*) FROM calendar_token WHERE person_id = $1`,
  notifications: `SELECT count(*) FROM notification WHERE person_id = $1`,
  settings: `SELECT (SELECT count(*) FROM notification_setting WHERE person_id = $1) + (SELECT count(*) FROM meeting_mail_optout WHERE person_id = $1)`,
  memberships: `SELECT count(*) FROM membership WHERE person_id = $1`,
  joinRequests: `SELECT count(*) FROM join_request WHERE person_id = $1`,
  municipalityAccount: `SELECT (SELECT count(*) FROM sso_link WHERE person_id = $1) + (SELECT count(*) FROM scim_user WHERE person_id = $1)`,
  answers: `SELECT (SELECT count(*) FROM rsvp WHERE person_id = $1) + (SELECT count(*) FROM reaction WHERE person_id = $1) + (SELECT count(*) FROM acknowledgement WHERE person_id = $1)`,
} as const;
export type AlwaysKind = keyof typeof ALWAYS;

export interface ErasureCounts {
  always: Record<AlwaysKind, number>;
  /**
   * Per kind: all of the person's, how many of them lie in networks on legal hold, and how many
   * others wrote too (outside legal hold): both are kept whatever the rule says.
   */
  content: Record<ErasureKind, { total: number; held: number; shared: number }>;
}

@Injectable()
export class ErasureRepository {
  constructor(private readonly db: DataSource) {}

  async person(personId: string): Promise<{ name: string; email: string; erased: boolean } | null> {
    const rows: Array<{ name: string; email: string; erased: boolean }> = await this.db.query(
      `SELECT name, email, erased_at IS NOT NULL AS erased FROM person WHERE id = $1`,
      [personId],
    );
    return rows[0] ?? null;
  }

  /** Everything an erasure would touch, counted in one statement. */
  async counts(personId: string): Promise<ErasureCounts> {
    const always = Object.entries(ALWAYS).map(([k, sql]) => `'${k}', (${sql})::int`);
    const content = Object.entries(CONTENT).map(
      ([k, c]) =>
        `'${k}', json_build_object('total', (SELECT count(*) FROM ${c.from})::int, 'held', (SELECT count(*) FROM ${c.from} AND NOT (${c.held}))::int,
                 'shared', (SELECT count(*) FROM ${c.from} AND ${c.held} AND NOT (${c.alone}))::int)`,
    );
    const rows: Array<{ always: ErasureCounts['always']; content: ErasureCounts['content'] }> = await this.db.query(
      `SELECT json_build_object(${always.join(', ')}) AS always, json_build_object(${content.join(', ')}) AS content`,
      [personId],
    );
    return rows[0]!;
  }

  async transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Removes the person's data in one transaction: the kinds in `remove` (outside networks on legal
   * hold, and for minutes only those the person alone wrote), everything that is always removed,
   * mentions rewritten to the placeholder, the profile pseudonymised. Returns the name and e-mail
   * it had (to find mail sent to them), or null when the person was already erased (or is gone).
   */
  async erase(m: EntityManager, personId: string, remove: ReadonlySet<ErasureKind>): Promise<{ name: string; email: string } | null> {
    const [before] = (await m.query(`SELECT name, email FROM person WHERE id = $1 AND erased_at IS NULL FOR UPDATE`, [personId])) as Array<{
      name: string;
      email: string;
    }>;
    if (!before) return null;
    const q = (sql: string, values: unknown[] = [personId]): Promise<unknown> => m.query(sql, values);

    // Content the rules remove: the text goes, the row stays as "borttaget" so threads hold together.
    const gone = (kind: ErasureKind): string =>
      `SELECT x.id FROM ${CONTENT[kind].from} AND ${CONTENT[kind].held} AND ${CONTENT[kind].alone}`;
    if (remove.has('posts')) {
      await q(`DELETE FROM post_revision WHERE post_id IN (${gone('posts')})`);
      await q(`UPDATE post SET body = '', html = '', deleted_at = coalesce(deleted_at, now()) WHERE id IN (${gone('posts')})`);
    }
    if (remove.has('comments')) {
      await q(`UPDATE comment SET body = '', html = '', deleted_at = coalesce(deleted_at, now()) WHERE id IN (${gone('comments')})`);
    }
    for (const kind of ['network_chat', 'direct_messages'] as const) {
      if (!remove.has(kind)) continue;
      await q(`DELETE FROM message_revision WHERE message_id IN (${gone(kind)})`);
      await q(`UPDATE message SET body = '', html = '', deleted_at = coalesce(deleted_at, now()) WHERE id IN (${gone(kind)})`);
    }
    // Into the waste bin with its retention long over: the purge that follows the erasure removes them and their bytes.
    const toWasteBin = (ids: string): Promise<unknown> =>
      q(`UPDATE document SET deleted_at = now() - interval '100 years', deleted_by = NULL WHERE id IN (${ids})`);
    if (remove.has('minutes')) {
      // Only minutes they alone wrote (others' writing is a shared record of the meeting), with their library copies.
      const minutes = `SELECT x.meeting_id FROM ${CONTENT.minutes.from} AND ${CONTENT.minutes.held} AND ${CONTENT.minutes.alone}`;
      await toWasteBin(`SELECT unnest(ARRAY[document_id, pdf_document_id]) FROM meeting_minutes WHERE meeting_id IN (${minutes})`);
      await q(`UPDATE meeting_minutes SET body = '', html = '', published_body = '', published_html = '' WHERE meeting_id IN (${minutes})`);
    }
    if (remove.has('documents')) await toWasteBin(gone('documents'));

    // Mentions of them anywhere read as the placeholder, in the text and in the rendered HTML.
    const id = personId.toLowerCase();
    const source = [`@\\[[^\\]\\n]{1,100}\\]\\(${id}\\)`, `@[${FORMER_MEMBER}](${id})`];
    const html = [`(<a href="/personer/${id}"[^>]*>)@[^<]*(</a>)`, `\\1@${FORMER_MEMBER}\\2`];
    const rewrite = (table: string, textColumns: string[], htmlColumns: string[]): Promise<unknown> =>
      q(
        `UPDATE ${table} SET ${[
          ...textColumns.map((c) => `${c} = regexp_replace(${c}, $2, $3, 'gi')`),
          ...htmlColumns.map((c) => `${c} = regexp_replace(${c}, $4, $5, 'g')`),
        ].join(', ')}
         WHERE ${[...textColumns, ...htmlColumns].map((c) => `strpos(${c}, $1) > 0`).join(' OR ')}`,
        htmlColumns.length > 0 ? [id, ...source, ...html] : [id, ...source],
      );
    await rewrite('post', ['body'], ['html']);
    await rewrite('comment', ['body'], ['html']);
    await rewrite('message', ['body'], ['html']);
    await rewrite('post_revision', ['body'], []);
    await rewrite('message_revision', ['body'], []);
    await rewrite('meeting_minutes', ['body', 'published_body'], ['html', 'published_html']);

    // Always removed.
    for (const table of [
      'expertise',
      'credential',
      'invitation',
      'session',
      'api_token',
      'calendar_token',
      'notification',
      'notification_setting',
      'meeting_mail_optout',
      'membership',
      'join_request',
      'rsvp',
      'reaction',
      'acknowledgement',
      'mention',
      'read_position',
      'conversation_member',
      'event_log',
      // The provider's subject and the directory's external id are identifiers of the person too:
      // after erasure a new sign-in through the municipality is a new account, not this one.
      'sso_link',
      'scim_user',
    ]) {
      await q(`DELETE FROM ${table} WHERE person_id = $1`);
    }
    await q(`DELETE FROM login_throttle WHERE key = $1`, [`a:${before.email}`]);
    // Queued or finished e-mail jobs addressed to them (pg-boss keeps finished jobs for a while).
    const [boss] = (await m.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`)) as Array<{ present: boolean }>;
    if (boss?.present) await q(`DELETE FROM pgboss.job WHERE name = 'mail' AND strpos(lower(data::text), $1) > 0`, [before.email]);

    // Search: the person leaves the index (disabled), and what they wrote is indexed again under the placeholder.
    await q(
      `INSERT INTO search_outbox (kind, entity_id)
       SELECT 'post', id FROM post WHERE author_id = $1
       UNION SELECT 'post', post_id FROM comment WHERE author_id = $1
       UNION SELECT 'message', id FROM message WHERE author_id = $1
       UNION SELECT 'document', id FROM document WHERE uploaded_by = $1`,
    );
    await q(
      `UPDATE person SET name = $2, email = 'raderad+' || id || '@raderad.invalid', phone = '', bio = '', title = '', languages = '{}',
              show_email = false, show_phone = false, disabled_at = coalesce(disabled_at, now()), disabled_by_directory = false, erased_at = now(), updated_at = now()
        WHERE id = $1`,
      [personId, FORMER_MEMBER],
    );
    await q(`SELECT pg_notify('search_outbox', '')`, []);
    return before;
  }
}
