import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService, isUuid, type JobScope, type NetworkScope } from '@hub/access';
import { DocumentsService } from '@hub/documents';
import {
  type Actor,
  asNotFound,
  decodeCursor,
  DomainError,
  DomainEvents,
  type DomainEventMap,
  type StagedEvents,
  encodeCursor,
  forbidden,
  mentionedIds,
  notFound,
  type Page,
  renderMarkdown,
  validation,
} from '@hub/core';
import type {
  AcknowledgementsDto,
  CommentDto,
  CreateCommentDto,
  CreatePostDto,
  FeedQueryDto,
  PostDto,
  PostWithCommentsDto,
  ReactionKind,
  RevisionDto,
  UpdatePostDto,
} from './feed.dto';
import { FeedRepository, type PeriodPost, type PostRow } from './feed.repository';

const GONE = 'Inlägget finns inte eller är inte synligt för dig.';
const COMMENT_GONE = 'Kommentaren finns inte eller är inte synlig för dig.';

@Injectable()
export class FeedService {
  constructor(
    private readonly repo: FeedRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly documents: DocumentsService,
  ) {}

  /** A post's or comment's mentions of network members, staged with the change (nothing when there are none). */
  private async stageMentions(staged: StagedEvents, m: EntityManager, mention: DomainEventMap['post.mentioned']): Promise<void> {
    if (mention.personIds.length > 0) await staged.stage(m, 'post.mentioned', mention);
  }

  private view(row: PostRow, actor: Actor): PostDto {
    const { authorId, viewerRole, ...post } = row;
    return {
      ...post,
      canEdit: !row.deleted && authorId === actor.personId,
      canModerate: !row.deleted && (actor.role === 'admin' || viewerRole === 'coordinator'),
    };
  }

  private async commentsOf(actor: Actor, scope: NetworkScope, postId: string): Promise<CommentDto[]> {
    const moderator = scope.manages;
    return (await this.repo.comments(scope, postId)).map(({ authorId, ...c }) => ({
      ...c,
      canDelete: !c.deleted && (moderator || authorId === actor.personId),
    }));
  }

  /** The post's network, checked for the actor; 404 whether the post is missing or hidden. */
  private async scopeOfPost(
    actor: Actor,
    postId: string,
    permission: 'network.content.read' | 'network.content.write' | 'network.content.moderate',
  ): Promise<NetworkScope> {
    const networkId = isUuid(postId) ? await this.repo.networkOfPost(postId.toLowerCase()) : null;
    return this.access.requireNetworkOf(actor, permission, networkId, GONE);
  }

  private async render(scope: NetworkScope, body: string): Promise<{ html: string; mentions: string[] }> {
    const names = await this.repo.membersAmong(scope, mentionedIds(body));
    return { html: renderMarkdown(body, names), mentions: [...names.keys()] };
  }

  private pageOf(rows: PostRow[], limit: number, actor: Actor): Page<PostDto> {
    const items = rows.slice(0, limit).map((r) => this.view(r, actor));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([new Date(last.createdAt).toISOString(), last.id]) : null };
  }

  /** What a post would look like, for the composer's preview (nothing is stored). */
  async preview(actor: Actor, body: string, network: string | undefined): Promise<{ html: string }> {
    if (!network) return { html: renderMarkdown(body) };
    const scope = await this.access.requireNetwork(actor, 'network.content.read', network);
    return { html: (await this.render(scope, body)).html };
  }

  async networkPosts(actor: Actor, networkIdOrSlug: string, query: FeedQueryDto): Promise<Page<PostDto>> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    const limit = query.limit ?? 20;
    const after = decodeCursor(query.cursor, ['string', 'uuid']) as [string, string] | null;
    if (after && Number.isNaN(Date.parse(after[0]))) throw validation([{ field: 'cursor', message: 'ogiltig' }]);
    const pinned = query.pinned === undefined ? null : query.pinned === 'true';
    const rows = await this.repo.page(scope, actor.personId, after, limit + 1, pinned);
    return this.pageOf(rows, limit, actor);
  }

  /** Every network I am a member of; coordinator rights per post come from my memberships. */
  async home(actor: Actor, query: FeedQueryDto): Promise<Page<PostDto>> {
    const limit = query.limit ?? 20;
    const after = decodeCursor(query.cursor, ['string', 'uuid']) as [string, string] | null;
    if (after && Number.isNaN(Date.parse(after[0]))) throw validation([{ field: 'cursor', message: 'ogiltig' }]);
    const rows = await this.repo.home(actor.personId, after, limit + 1);
    return this.pageOf(rows, limit, actor);
  }

  /** Attachments must be live documents of the post's own network, each once. */
  private async attachable(scope: NetworkScope, ids: readonly string[] | undefined): Promise<string[]> {
    const wanted = [...new Set((ids ?? []).map((id) => id.toLowerCase()))];
    const live = await this.documents.liveIds(scope, wanted);
    if (wanted.some((id) => !live.has(id))) {
      throw validation([{ field: 'documentIds', message: 'Bifoga bara dokument som finns i nätverkets bibliotek.' }]);
    }
    return wanted;
  }

  async create(actor: Actor, networkIdOrSlug: string, dto: CreatePostDto): Promise<PostDto> {
    const scope = await this.access.requireNetwork(actor, 'network.content.write', networkIdOrSlug);
    if ((dto.announcement || dto.requiresAck) && !scope.manages) {
      throw forbidden('Bara nätverkets samordnare gör meddelanden som ska bekräftas.');
    }
    if (dto.body.trim() === '') throw validation([{ field: 'body', message: 'Inlägget är tomt.' }]);
    const { html, mentions } = await this.render(scope, dto.body);
    const documentIds = await this.attachable(scope, dto.documentIds);
    const announcement = Boolean(dto.announcement || dto.requiresAck);
    const others = mentions.filter((id) => id !== actor.personId);
    const staged = this.events.batch();
    const created = await this.repo.createPost(
      scope,
      {
        authorId: actor.personId,
        body: dto.body,
        html,
        announcement,
        requiresAck: Boolean(dto.requiresAck),
        documentIds,
      },
      others,
      async (m, id) => {
        await staged.stage(m, 'post.created', { networkId: scope.id, postId: id, authorId: actor.personId, announcement });
        await this.stageMentions(staged, m, { networkId: scope.id, postId: id, commentId: null, personIds: others, byId: actor.personId });
      },
    );
    staged.publish();
    return this.view(created.row ?? (await this.repo.post(scope, actor.personId, created.id))!, actor);
  }

  async get(actor: Actor, postId: string): Promise<PostWithCommentsDto> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.read');
    const row = await this.repo.post(scope, actor.personId, postId.toLowerCase());
    if (!row) throw notFound(GONE);
    return { ...this.view(row, actor), comments: await this.commentsOf(actor, scope, row.id) };
  }

  async update(actor: Actor, postId: string, dto: UpdatePostDto): Promise<PostDto> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.read');
    const id = postId.toLowerCase();
    const row = await this.repo.post(scope, actor.personId, id);
    if (!row || row.deleted) throw notFound(GONE);
    if ((dto.body !== undefined || dto.documentIds !== undefined) && row.authorId !== actor.personId)
      throw forbidden('Bara den som skrev inlägget kan ändra texten.');
    if ((dto.announcement !== undefined || dto.requiresAck !== undefined) && !scope.manages) {
      throw forbidden('Bara nätverkets samordnare gör meddelanden som ska bekräftas.');
    }
    if (dto.body !== undefined || dto.documentIds !== undefined) {
      // Writing needs current membership, also for an edit.
      await this.access.requireNetwork(actor, 'network.content.write', scope.id);
      if (dto.body?.trim() === '') throw validation([{ field: 'body', message: 'Inlägget är tomt.' }]);
    }
    const rendered = dto.body !== undefined ? await this.render(scope, dto.body) : undefined;
    const documentIds = dto.documentIds !== undefined ? await this.attachable(scope, dto.documentIds) : undefined;
    const before = new Set((await this.repo.membersAmong(scope, mentionedIds(row.body))).keys());
    const fresh = (rendered?.mentions ?? []).filter((m) => !before.has(m) && m !== actor.personId);
    const staged = this.events.batch();
    await this.repo.updatePost(
      scope,
      id,
      actor.personId,
      { body: dto.body, html: rendered?.html, announcement: dto.announcement, requiresAck: dto.requiresAck, documentIds },
      fresh,
      async (m) => {
        await staged.stage(m, 'post.updated', { networkId: scope.id, postId: id });
        await this.stageMentions(staged, m, { networkId: scope.id, postId: id, commentId: null, personIds: fresh, byId: actor.personId });
      },
    );
    staged.publish();
    return this.view((await this.repo.post(scope, actor.personId, id))!, actor);
  }

  /** Tombstone: the text leaves every view, the record stays for the archive. */
  async remove(actor: Actor, postId: string): Promise<void> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.read');
    const id = postId.toLowerCase();
    const row = await this.repo.post(scope, actor.personId, id);
    if (!row || row.deleted) throw notFound(GONE);
    if (row.authorId !== actor.personId && !scope.manages) throw forbidden('Bara den som skrev inlägget och samordnarna kan ta bort det.');
    const staged = this.events.batch();
    await this.repo.tombstone(scope, id, actor.personId, (m) => staged.stage(m, 'post.deleted', { networkId: scope.id, postId: id }));
    staged.publish();
  }

  async pin(actor: Actor, postId: string, pinned: boolean): Promise<PostDto> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.moderate');
    const id = postId.toLowerCase();
    const staged = this.events.batch();
    const changed = await this.repo.setPinned(scope, id, actor.personId, pinned, (m) =>
      staged.stage(m, 'post.updated', { networkId: scope.id, postId: id }),
    );
    if (!changed) throw notFound(GONE);
    staged.publish();
    return this.view((await this.repo.post(scope, actor.personId, id))!, actor);
  }

  async revisions(actor: Actor, postId: string): Promise<RevisionDto[]> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.read');
    const row = await this.repo.post(scope, actor.personId, postId.toLowerCase());
    if (!row) throw notFound(GONE);
    if (row.authorId !== actor.personId && !scope.manages) throw forbidden('Historiken visas för den som skrev och för samordnarna.');
    return this.repo.revisions(scope, row.id);
  }

  async comment(actor: Actor, postId: string, dto: CreateCommentDto): Promise<CommentDto> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.write');
    const id = postId.toLowerCase();
    const row = await this.repo.post(scope, actor.personId, id);
    if (!row || row.deleted) throw notFound(GONE);
    if (dto.body.trim() === '') throw validation([{ field: 'body', message: 'Kommentaren är tom.' }]);
    const parentId = dto.parentId?.toLowerCase() ?? null;
    if (parentId && !(await this.repo.topLevelComment(scope, id, parentId))) {
      throw validation([{ field: 'parentId', message: 'Svara på en kommentar till det här inlägget (ett svar kan inte besvaras).' }]);
    }
    const { html, mentions } = await this.render(scope, dto.body);
    const others = mentions.filter((m) => m !== actor.personId);
    const staged = this.events.batch();
    const commentId = await this.repo.createComment(
      scope,
      { postId: id, parentId, authorId: actor.personId, body: dto.body, html },
      others,
      async (m, cid) => {
        await staged.stage(m, 'comment.created', { networkId: scope.id, postId: id, commentId: cid, authorId: actor.personId });
        await this.stageMentions(staged, m, { networkId: scope.id, postId: id, commentId: cid, personIds: others, byId: actor.personId });
      },
    );
    staged.publish();
    return (await this.commentsOf(actor, scope, id)).find((c) => c.id === commentId)!;
  }

  async removeComment(actor: Actor, commentId: string): Promise<void> {
    if (!isUuid(commentId)) throw notFound(COMMENT_GONE);
    const where = await this.repo.networkOfComment(commentId.toLowerCase());
    if (!where) throw notFound(COMMENT_GONE);
    const scope = await asNotFound(this.scopeOfPost(actor, where.postId, 'network.content.read'), COMMENT_GONE);
    const author = await this.repo.commentAuthor(scope, commentId.toLowerCase());
    if (author === undefined) throw notFound(COMMENT_GONE);
    if (author !== actor.personId && !scope.manages) throw forbidden('Bara den som skrev kommentaren och samordnarna kan ta bort den.');
    const staged = this.events.batch();
    await this.repo.tombstoneComment(scope, commentId.toLowerCase(), actor.personId, (m) =>
      staged.stage(m, 'post.updated', { networkId: scope.id, postId: where.postId }),
    );
    staged.publish();
  }

  async react(actor: Actor, postId: string, kind: ReactionKind, on: boolean): Promise<PostDto> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.write');
    const id = postId.toLowerCase();
    const staged = this.events.batch();
    await this.repo.react(scope, id, actor.personId, kind, on, (m) =>
      staged.stage(m, 'reaction.changed', { networkId: scope.id, postId: id }),
    );
    staged.publish();
    const row = await this.repo.post(scope, actor.personId, id);
    if (!row) throw notFound(GONE);
    return this.view(row, actor);
  }

  /** "Läst och förstått". */
  async acknowledge(actor: Actor, postId: string): Promise<PostDto> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.read');
    if (scope.membership === null) throw forbidden('Bara nätverkets medlemmar bekräftar meddelanden.');
    const id = postId.toLowerCase();
    const row = await this.repo.post(scope, actor.personId, id);
    if (!row || row.deleted) throw notFound(GONE);
    if (!row.requiresAck) throw new DomainError('conflict', 'Det här inlägget behöver inte bekräftas.');
    const staged = this.events.batch();
    await this.repo.acknowledge(scope, id, actor.personId, (m) =>
      staged.stage(m, 'announcement.acknowledged', { networkId: scope.id, postId: id, personId: actor.personId }),
    );
    staged.publish();
    return this.view((await this.repo.post(scope, actor.personId, id))!, actor);
  }

  async acknowledgements(actor: Actor, postId: string): Promise<AcknowledgementsDto> {
    const scope = await this.scopeOfPost(actor, postId, 'network.content.moderate');
    const row = await this.repo.post(scope, actor.personId, postId.toLowerCase());
    if (!row) throw notFound(GONE);
    return this.repo.acknowledgements(scope, row.id);
  }

  /**
   * Whom a new comment answers (the post's author, a reply's parent author; not those it mentions),
   * for the notifications made on the comment's own transaction `m`.
   */
  replyRecipients(scope: JobScope, postId: string, commentId: string, m: EntityManager): Promise<string[]> {
    return this.repo.replyRecipients(scope, postId, commentId, m);
  }

  /** Every network's live posts created in [from, to), newest first (for the weekly digest, which answers no person). */
  postsBetween(from: Date, to: Date): Promise<PeriodPost[]> {
    return this.repo.postsBetween(from, to);
  }
}
