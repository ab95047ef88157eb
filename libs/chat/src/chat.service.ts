import { Injectable } from '@nestjs/common';
import { AccessService, isUuid } from '@hub/access';
import { DocumentsService } from '@hub/documents';
import type { EntityManager } from 'typeorm';
import { type Actor, asNotFound, DomainEvents, forbidden, notFound, renderMarkdown, type StagedEvents, validation } from '@hub/core';
import type { ConversationDto, MessageDto, MessageQueryDto } from './chat.dto';
import { type CheckedConversation, type ConversationRow, ChatRepository, type MessageRow } from './chat.repository';

const GONE = 'Konversationen finns inte eller är inte synlig för dig.';
const MESSAGE_GONE = 'Meddelandet finns inte eller är inte synligt för dig.';

/** Chat: a channel per network (its members) and direct conversations between two people. */
@Injectable()
export class ChatService {
  constructor(
    private readonly repo: ChatRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * Messages as the actor sees them, with their attachments as the actor may see them now (the
   * document library decides, one statement for the whole page).
   */
  private async views(actor: Actor, rows: readonly MessageRow[]): Promise<Array<MessageDto & { authorId: string | null }>> {
    const documents = await this.documents.attachmentsReadableBy(
      actor.personId,
      rows.flatMap((r) => r.documentIds),
    );
    return rows.map(({ documentIds, ...m }) => ({
      ...m,
      mine: m.authorId === actor.personId,
      attachments: documentIds.flatMap((id) => documents.get(id) ?? []),
    }));
  }

  /** One message as the actor sees it (the answer to a send or an edit). */
  private async view(
    actor: Actor,
    conversation: CheckedConversation,
    messageId: string,
  ): Promise<MessageDto & { authorId: string | null }> {
    const [view] = await this.views(actor, [(await this.repo.message(conversation, messageId))!]);
    return view!;
  }

  /** The conversation, checked: network channels by the network's rules, directs by participation. */
  private async require(actor: Actor, conversationId: string, write: boolean): Promise<CheckedConversation> {
    if (!isUuid(conversationId)) throw notFound(GONE);
    const conversation = await this.repo.conversation(conversationId.toLowerCase());
    if (!conversation) throw notFound(GONE);
    if (conversation.kind === 'network') {
      await this.access.requireNetworkOf(actor, write ? 'network.content.write' : 'network.content.read', conversation.networkId, GONE);
    } else if (!conversation.participantIds.includes(actor.personId)) {
      throw notFound(GONE);
    }
    return conversation as CheckedConversation;
  }

  /** The network's channel; also for a reader who is not a member (an open network, an admin). */
  async channel(actor: Actor, networkIdOrSlug: string): Promise<ConversationDto> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    const id = await this.repo.networkChannel(scope);
    const mine = (await this.repo.conversations(actor.personId)).find((c) => c.id === id);
    return (
      mine ?? {
        id,
        kind: 'network',
        title: await this.repo.networkName(scope),
        networkId: scope.id,
        other: null,
        unread: 0,
        lastMessageAt: null,
      }
    );
  }

  async openDirect(actor: Actor, personId: string): Promise<ConversationDto> {
    if (personId.toLowerCase() === actor.personId) throw validation([{ field: 'personId', message: 'Du kan inte skriva till dig själv.' }]);
    await this.access.requirePerson(actor, personId);
    const id = await this.repo.direct(actor.personId, personId.toLowerCase());
    return (await this.repo.conversations(actor.personId)).find((c) => c.id === id)!;
  }

  conversations(actor: Actor): Promise<ConversationDto[]> {
    return this.repo.conversations(actor.personId);
  }

  /** The other person of a direct conversation `personId` takes part in (for the typing signal); null otherwise. */
  async directPartner(conversationId: string, personId: string): Promise<string | null> {
    return isUuid(conversationId) ? this.repo.otherParticipant(conversationId, personId) : null;
  }

  async messages(
    actor: Actor,
    conversationId: string,
    query: MessageQueryDto,
  ): Promise<{ items: MessageDto[]; nextCursor: string | null }> {
    const conversation = await this.require(actor, conversationId, false);
    const limit = query.limit ?? 50;
    const rows = await this.repo.messages(conversation, query.before ?? null, limit + 1);
    const items = (await this.views(actor, rows.slice(0, limit))).map(({ authorId: _authorId, ...m }) => m);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.seq : null };
  }

  /** Stages the event in the change's transaction (see DomainEvents.stage); publish after the commit. */
  private stage(
    staged: StagedEvents,
    m: EntityManager,
    type: 'message.created' | 'message.updated' | 'message.deleted',
    conversation: ConversationRow,
    messageId: string,
  ): Promise<void> {
    return staged.stage(m, type, {
      conversationId: conversation.id,
      messageId,
      networkId: conversation.networkId,
      participantIds: conversation.participantIds,
    });
  }

  /** Documents the sender may attach: live, readable by them, and in the channel's own network. */
  private async attachable(actor: Actor, conversation: ConversationRow, ids: readonly string[] | undefined): Promise<string[]> {
    const wanted = [...new Set((ids ?? []).map((id) => id.toLowerCase()))];
    const ok = await this.documents.liveReadableBy(actor.personId, wanted, conversation.networkId);
    if (wanted.some((id) => !ok.has(id))) {
      throw validation([
        {
          field: 'documentIds',
          message: conversation.networkId ? 'Bifoga bara dokument ur nätverkets bibliotek.' : 'Bifoga bara dokument du själv kan läsa.',
        },
      ]);
    }
    return wanted;
  }

  async send(actor: Actor, conversationId: string, body: string, documentIds?: readonly string[]): Promise<MessageDto> {
    const conversation = await this.require(actor, conversationId, true);
    if (body.trim() === '') throw validation([{ field: 'body', message: 'Meddelandet är tomt.' }]);
    const attachments = await this.attachable(actor, conversation, documentIds);
    const staged = this.events.batch();
    const messageId = await this.repo.send(conversation, actor.personId, body, renderMarkdown(body), attachments, (m, id) =>
      this.stage(staged, m, 'message.created', conversation, id),
    );
    staged.publish();
    return this.view(actor, conversation, messageId);
  }

  private async own(actor: Actor, messageId: string, moderatorMay: boolean): Promise<{ conversation: CheckedConversation; id: string }> {
    if (!isUuid(messageId)) throw notFound(MESSAGE_GONE);
    const conversationId = await this.repo.conversationOfMessage(messageId.toLowerCase());
    if (!conversationId) throw notFound(MESSAGE_GONE);
    const conversation = await asNotFound(this.require(actor, conversationId, false), MESSAGE_GONE);
    const message = await this.repo.message(conversation, messageId.toLowerCase());
    if (!message || message.deleted) throw notFound(MESSAGE_GONE);
    if (message.authorId !== actor.personId) {
      const moderator =
        moderatorMay &&
        conversation.kind === 'network' &&
        (await this.access.requireNetwork(actor, 'network.content.moderate', conversation.networkId!).then(
          () => true,
          () => false,
        ));
      if (!moderator) throw forbidden('Bara den som skrev meddelandet kan ändra det.');
    }
    return { conversation, id: message.id };
  }

  /** Edit keeps the earlier text (message_revision). */
  async edit(actor: Actor, messageId: string, body: string, documentIds?: readonly string[]): Promise<MessageDto> {
    const { conversation, id } = await this.own(actor, messageId, false);
    if (body.trim() === '') throw validation([{ field: 'body', message: 'Meddelandet är tomt.' }]);
    const attachments = documentIds === undefined ? undefined : await this.attachable(actor, conversation, documentIds);
    const staged = this.events.batch();
    await this.repo.edit(conversation, id, body, renderMarkdown(body), attachments, (m) =>
      this.stage(staged, m, 'message.updated', conversation, id),
    );
    staged.publish();
    return this.view(actor, conversation, id);
  }

  /** A tombstone, like posts: the text goes, the record stays. */
  async remove(actor: Actor, messageId: string): Promise<void> {
    const { conversation, id } = await this.own(actor, messageId, true);
    const staged = this.events.batch();
    await this.repo.remove(conversation, id, (m) => this.stage(staged, m, 'message.deleted', conversation, id));
    staged.publish();
  }

  async markRead(actor: Actor, conversationId: string, seq: string): Promise<void> {
    const conversation = await this.require(actor, conversationId, false);
    await this.repo.markRead(conversation, actor.personId, seq);
  }
}
