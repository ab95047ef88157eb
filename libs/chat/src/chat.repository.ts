import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NetworkScope } from '@hub/access';
import type { Within } from '@hub/core';
import type { ConversationDto, MessageDto } from './chat.dto';

export interface ConversationRow {
  id: string;
  kind: 'network' | 'direct';
  networkId: string | null;
  participantIds: string[];
}

/**
 * A conversation the actor was checked against (ChatService.require: a channel by its network's
 * rules, a direct conversation by participation). Methods that read or write a conversation's
 * messages take this, not a bare id: a query that skipped the check does not type-check.
 */
export type CheckedConversation = ConversationRow & { readonly __checked: unique symbol };

/** A message as stored; its attachments are the linked document ids, in order (none once deleted). */
export type MessageRow = Omit<MessageDto, 'mine' | 'attachments'> & { authorId: string | null; documentIds: string[] };

const MESSAGE_SELECT = `
  SELECT m.id, m.seq::text AS seq, m.conversation_id AS "conversationId", m.author_id AS "authorId",
         CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.name, 'external', a.role = 'guest') END AS author,
         CASE WHEN m.deleted_at IS NULL THEN m.body ELSE '' END AS body,
         CASE WHEN m.deleted_at IS NULL THEN m.html ELSE '' END AS html,
         m.deleted_at IS NOT NULL AS deleted, m.created_at AS "createdAt", m.edited_at AS "editedAt",
         CASE WHEN m.deleted_at IS NULL
              THEN COALESCE((SELECT array_agg(ma.document_id::text ORDER BY ma.position) FROM message_attachment ma WHERE ma.message_id = m.id), '{}')
              ELSE '{}' END AS "documentIds"
    FROM message m LEFT JOIN person a ON a.id = m.author_id`;

@Injectable()
export class ChatRepository {
  constructor(private readonly db: DataSource) {}

  /** The network's channel, created on first use. */
  async networkChannel(scope: NetworkScope): Promise<string> {
    await this.db.query(`INSERT INTO conversation (kind, network_id) VALUES ('network', $1) ON CONFLICT (network_id) DO NOTHING`, [
      scope.id,
    ]);
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id FROM conversation WHERE network_id = $1`, [scope.id]);
    return rows[0]!.id;
  }

  async networkName(scope: NetworkScope): Promise<string> {
    const rows: Array<{ name: string }> = await this.db.query(`SELECT name FROM network WHERE id = $1`, [scope.id]);
    return rows[0]?.name ?? '';
  }

  /** The direct conversation between two people, created on first use. */
  async direct(a: string, b: string): Promise<string> {
    const key = [a, b].sort().join(':');
    return this.db.transaction(async (m) => {
      const inserted: Array<{ id: string }> = await m.query(
        `INSERT INTO conversation (kind, direct_key) VALUES ('direct', $1) ON CONFLICT (direct_key) DO NOTHING RETURNING id`,
        [key],
      );
      if (inserted[0]) {
        await m.query(`INSERT INTO conversation_member (conversation_id, person_id) VALUES ($1, $2), ($1, $3)`, [inserted[0].id, a, b]);
        return inserted[0].id;
      }
      const rows: Array<{ id: string }> = await m.query(`SELECT id FROM conversation WHERE direct_key = $1`, [key]);
      return rows[0]!.id;
    });
  }

  /** Finds a conversation and its network or participants, for the access check (so it takes no scope). */
  async conversation(id: string): Promise<ConversationRow | null> {
    const rows: ConversationRow[] = await this.db.query(
      `SELECT c.id, c.kind, c.network_id AS "networkId",
              COALESCE((SELECT array_agg(person_id) FROM conversation_member cm WHERE cm.conversation_id = c.id), '{}') AS "participantIds"
         FROM conversation c WHERE c.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async messages(conversation: CheckedConversation, before: string | null, limit: number): Promise<MessageRow[]> {
    return this.db.query(
      `${MESSAGE_SELECT} WHERE m.conversation_id = $1 AND ($2::bigint IS NULL OR m.seq < $2::bigint) ORDER BY m.seq DESC LIMIT $3`,
      [conversation.id, before, limit],
    );
  }

  async message(conversation: CheckedConversation, messageId: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.db.query(`${MESSAGE_SELECT} WHERE m.id = $1 AND m.conversation_id = $2`, [
      messageId,
      conversation.id,
    ]);
    return rows[0] ?? null;
  }

  private async insertAttachments(m: EntityManager, messageId: string, documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await m.query(
      `INSERT INTO message_attachment (message_id, document_id, position) SELECT $1, d, n FROM unnest($2::uuid[]) WITH ORDINALITY AS a(d, n)`,
      [messageId, documentIds],
    );
  }

  /** The other person of a direct conversation the person takes part in; null otherwise (it is its own check). */
  async otherParticipant(conversationId: string, personId: string): Promise<string | null> {
    const rows: Array<{ person_id: string }> = await this.db.query(
      `SELECT o.person_id FROM conversation c
         JOIN conversation_member me ON me.conversation_id = c.id AND me.person_id = $2
         JOIN conversation_member o ON o.conversation_id = c.id AND o.person_id <> $2
        WHERE c.id = $1 AND c.kind = 'direct'`,
      [conversationId, personId],
    );
    return rows[0]?.person_id ?? null;
  }

  /** Finds a message's conversation, for the access check (so it takes no scope). */
  async conversationOfMessage(messageId: string): Promise<string | null> {
    const rows: Array<{ conversation_id: string }> = await this.db.query(`SELECT conversation_id FROM message WHERE id = $1`, [messageId]);
    return rows[0]?.conversation_id ?? null;
  }

  async send(
    conversation: CheckedConversation,
    authorId: string,
    body: string,
    html: string,
    documentIds: readonly string[],
    within: (m: EntityManager, messageId: string) => Promise<void>,
  ): Promise<string> {
    return this.db.transaction(async (m) => {
      const rows: Array<{ id: string; seq: string }> = await m.query(
        `INSERT INTO message (conversation_id, network_id, author_id, body, html) VALUES ($1, $2, $3, $4, $5) RETURNING id, seq::text AS seq`,
        [conversation.id, conversation.networkId, authorId, body, html],
      );
      // Writing is reading: my own message never counts as unread for me.
      await m.query(
        `INSERT INTO read_position (conversation_id, person_id, last_read_seq) VALUES ($1, $2, $3)
         ON CONFLICT (conversation_id, person_id) DO UPDATE SET last_read_seq = GREATEST(read_position.last_read_seq, EXCLUDED.last_read_seq)`,
        [conversation.id, authorId, rows[0]!.seq],
      );
      await this.insertAttachments(m, rows[0]!.id, documentIds);
      await within(m, rows[0]!.id);
      return rows[0]!.id;
    });
  }

  async edit(
    conversation: CheckedConversation,
    messageId: string,
    body: string,
    html: string,
    documentIds: readonly string[] | undefined,
    within: Within,
  ): Promise<void> {
    await this.db.transaction(async (m) => {
      const found: unknown[] = await m.query(
        `INSERT INTO message_revision (message_id, body) SELECT id, body FROM message WHERE id = $1 AND conversation_id = $2 RETURNING message_id`,
        [messageId, conversation.id],
      );
      if (found.length === 0) return;
      if (documentIds !== undefined) {
        await m.query(`DELETE FROM message_attachment WHERE message_id = $1`, [messageId]);
        await this.insertAttachments(m, messageId, documentIds);
      }
      await m.query(`UPDATE message SET body = $2, html = $3, edited_at = now() WHERE id = $1 AND deleted_at IS NULL`, [
        messageId,
        body,
        html,
      ]);
      await within(m);
    });
  }

  async remove(conversation: CheckedConversation, messageId: string, within: Within): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE message SET deleted_at = now() WHERE id = $1 AND conversation_id = $2 AND deleted_at IS NULL`, [
        messageId,
        conversation.id,
      ]);
      await within(m);
    });
  }

  async markRead(conversation: CheckedConversation, personId: string, seq: string): Promise<void> {
    await this.db.query(
      `INSERT INTO read_position (conversation_id, person_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (conversation_id, person_id) DO UPDATE SET last_read_seq = GREATEST(read_position.last_read_seq, EXCLUDED.last_read_seq)`,
      [conversation.id, personId, seq],
    );
  }

  /** My direct conversations and the channels of my networks, with unread counts, in one statement. */
  /** Every channel of my (not archived) networks, even one nobody has opened yet, and my direct conversations. */
  async conversations(personId: string): Promise<ConversationDto[]> {
    // Channels are made on first use: make the missing ones of my networks now, so each is listed.
    await this.db.query(
      `INSERT INTO conversation (kind, network_id)
       SELECT 'network', ms.network_id FROM membership ms JOIN network n ON n.id = ms.network_id
        WHERE ms.person_id = $1 AND n.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM conversation c WHERE c.network_id = ms.network_id)
       ON CONFLICT (network_id) DO NOTHING`,
      [personId],
    );
    return this.db.query(
      `SELECT c.id, c.kind, c.network_id AS "networkId",
              COALESCE(n.name, o.name, '') AS title,
              CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name, 'external', o.role = 'guest') END AS other,
              (SELECT count(*)::int FROM message m WHERE m.conversation_id = c.id AND m.deleted_at IS NULL
                  AND m.seq > COALESCE(rp.last_read_seq, 0) AND m.author_id IS DISTINCT FROM $1) AS unread,
              (SELECT max(m.created_at) FROM message m WHERE m.conversation_id = c.id) AS "lastMessageAt"
         FROM conversation c
         LEFT JOIN network n ON n.id = c.network_id
         LEFT JOIN conversation_member other_m ON other_m.conversation_id = c.id AND other_m.person_id <> $1 AND c.kind = 'direct'
         LEFT JOIN person o ON o.id = other_m.person_id
         LEFT JOIN read_position rp ON rp.conversation_id = c.id AND rp.person_id = $1
        WHERE (c.kind = 'direct' AND EXISTS (SELECT 1 FROM conversation_member me WHERE me.conversation_id = c.id AND me.person_id = $1))
           OR (c.kind = 'network' AND c.network_id IN (SELECT network_id FROM membership WHERE person_id = $1) AND n.archived_at IS NULL)
        ORDER BY "lastMessageAt" DESC NULLS LAST, title`,
      [personId],
    );
  }
}
