// One post of a feed: author, time, the hub's sanitised HTML, reactions, comments with one level of
// replies, and for announcements "Läst och förstått" and (coordinators) who has read it.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { AttachmentList, chosenFrom } from '../documents/attachments';
import { Composer } from './composer';
import { type MessageKey, useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { ServerHtml } from '../shared/server-html';
import { ConfirmButton, ErrorMessage, ExternalBadge, Loading, TextField, fieldError } from '../shared/ui';
import { useHubQuery } from '../shared/query';

export type Post = Schemas['PostDto'];
type Comment = Schemas['CommentDto'];
type Author = Schemas['AuthorDto'];
export type ReactionKind = Schemas['ReactionCountDto']['kind'];

/** At most this many library documents on a post (the hub's limit). */
export const POST_ATTACHMENTS = 10;

export const REACTIONS: ReadonlyArray<{ kind: ReactionKind; emoji: string; label: MessageKey }> = [
  { kind: 'like', emoji: '👍', label: 'reaction.like' },
  { kind: 'heart', emoji: '❤️', label: 'reaction.heart' },
  { kind: 'celebrate', emoji: '🎉', label: 'reaction.celebrate' },
  { kind: 'thanks', emoji: '🙏', label: 'reaction.thanks' },
  { kind: 'idea', emoji: '💡', label: 'reaction.idea' },
];

export function postHeadingId(postId: string): string {
  return `post-${postId}-heading`;
}

/** Moves focus to a post's heading once it is on the page (after a re-render). */
export function focusPost(postId: string, tries = 10): void {
  // The render that adds the post may come after this timer: try again briefly until it is there.
  window.setTimeout(() => {
    const heading = document.getElementById(postHeadingId(postId));
    if (heading) heading.focus();
    else if (tries > 0) focusPost(postId, tries - 1);
  }, tries === 10 ? 0 : 50);
}

export function withoutComments(post: Schemas['PostWithCommentsDto']): Post {
  const { comments: _comments, ...rest } = post;
  return rest;
}

function Byline({ author, at, timeId }: { author: Author | null; at: string; timeId?: string }): ReactNode {
  const { t, dateTime } = useI18n();
  return (
    <>
      {author ? <Link to={`/personer/${author.id}`}>{author.name}</Link> : <span>{t('post.unknownAuthor')}</span>}
      {author?.external && (
        <>
          {' '}
          <ExternalBadge />
        </>
      )}
      {author?.affiliation && <span className="post-meta-part">{author.affiliation}</span>}
      <span className="post-meta-part">
        <time id={timeId} dateTime={at}>
          {dateTime(at)}
        </time>
      </span>
    </>
  );
}

interface CardProps {
  post: Post;
  onChange(post: Post): void;
  /** Polite announcement in the feed's live region. */
  announce(text: string): void;
  /** May react, comment (a member, or the secretariat, of a network that is not archived). */
  canWrite: boolean;
  /** May press "Läst och förstått" (a member). */
  canAck: boolean;
  /** The home feed: says which network the post is in, with a link. */
  showNetwork?: boolean;
  /** The page of one post (from a notification): the thread is open from the start. */
  openThread?: boolean;
}

export function PostCard({ post, onChange, announce, canWrite, canAck, showNetwork, openThread }: CardProps): ReactNode {
  const { t, tn } = useI18n();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [showThread, setShowThread] = useState(openThread === true);
  const [showHistory, setShowHistory] = useState(false);
  const [showWho, setShowWho] = useState(false);
  const headingId = postHeadingId(post.id);
  const timeId = `${id}-time`;

  /** Runs one action on the post; the answer replaces the post. */
  const act = async (run: () => Promise<Post>, done?: (p: Post) => string): Promise<Post | null> => {
    if (busy) return null;
    setBusy(true);
    setError(null);
    try {
      const next = await run();
      onChange(next);
      if (done) announce(done(next));
      return next;
    } catch (err) {
      setError(err);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const path = { params: { path: { id: post.id } } };

  const react = (kind: ReactionKind, label: string, on: boolean): void => {
    const params = { params: { path: { id: post.id, kind } } };
    void act(
      () => unwrap(on ? api.PUT('/api/v1/posts/{id}/reactions/{kind}', params) : api.DELETE('/api/v1/posts/{id}/reactions/{kind}', params)),
      () => t(on ? 'reaction.on' : 'reaction.off', { kind: label }),
    );
  };

  const remove = async (): Promise<void> => {
    const next = await act(
      async () => {
        await unwrap(api.DELETE('/api/v1/posts/{id}', path));
        return withoutComments(await unwrap(api.GET('/api/v1/posts/{id}', path)));
      },
      () => t('post.removed'),
    );
    if (next) focusPost(post.id);
  };

  // The feed moves the post between its pinned and other posts, and moves focus after it.
  const pin = (on: boolean): void => {
    void act(
      () => unwrap(on ? api.POST('/api/v1/posts/{id}/pin', path) : api.POST('/api/v1/posts/{id}/unpin', path)),
      () => t(on ? 'post.pinnedDone' : 'post.unpinnedDone'),
    );
  };

  const acknowledge = (): void => {
    void act(
      () => unwrap(api.POST('/api/v1/posts/{id}/acknowledgements', path)),
      () => t('ack.thanks'),
    );
  };

  const classes = ['card', 'post', post.announcement && !post.deleted ? 'post-announcement' : '', post.pinned ? 'post-pinned' : '']
    .filter(Boolean)
    .join(' ');

  if (post.deleted) {
    return (
      <article className={`${classes} post-deleted`} aria-labelledby={`${headingId} ${timeId}`}>
        <h3 id={headingId} tabIndex={-1} className="post-heading">
          {t('post.deleted')}
        </h3>
        <p className="post-meta">
          <time id={timeId} dateTime={post.createdAt}>
            <DateText iso={post.createdAt} />
          </time>
          {showNetwork && <NetworkLink network={post.network} />}
        </p>
        <ErrorMessage error={error} />
      </article>
    );
  }

  const canHistory = post.editedAt !== null && (post.canEdit || post.canModerate);
  const reactionsShown = canWrite ? REACTIONS : REACTIONS.filter((r) => (post.reactions.find((x) => x.kind === r.kind)?.count ?? 0) > 0);

  return (
    <article className={classes} aria-labelledby={`${headingId} ${timeId}`}>
      {(post.announcement || post.pinned) && (
        <p className="post-flags">
          {post.announcement && (
            <span className="post-banner">
              <span aria-hidden="true">📣 </span>
              {t('post.announcement')}
            </span>
          )}
          {post.pinned && (
            <span className="badge badge-pinned">
              <span aria-hidden="true">📌 </span>
              {t('post.pinnedBadge')}
            </span>
          )}
        </p>
      )}
      <h3 id={headingId} tabIndex={-1} className="post-heading">
        {post.author ? <Link to={`/personer/${post.author.id}`}>{post.author.name}</Link> : t('post.unknownAuthor')}
        {post.author?.external && (
          <>
            {' '}
            <ExternalBadge />
          </>
        )}
      </h3>
      <p className="post-meta">
        {post.author?.affiliation && <span className="post-meta-part">{post.author.affiliation}</span>}
        <span className="post-meta-part">
          <time id={timeId} dateTime={post.createdAt}>
            <DateText iso={post.createdAt} />
          </time>
        </span>
        {post.editedAt && (
          <span className="post-meta-part edited">
            <span className="visually-hidden">, </span>
            {t('post.edited')}
          </span>
        )}
        {showNetwork && <NetworkLink network={post.network} />}
      </p>

      {editing ? (
        <Composer
          networkId={post.network.id}
          label={t('post.editLabel')}
          submitLabel={t('common.save')}
          initial={post.body}
          autoFocus
          announce={announce}
          attachments={post.canEdit ? { initial: post.attachments, max: POST_ATTACHMENTS } : undefined}
          onCancel={() => {
            setEditing(false);
            focusPost(post.id);
          }}
          onSubmit={async ({ body, documentIds }) => {
            const before = chosenFrom(post.attachments).map((a) => a.id);
            const changed = documentIds !== undefined && (documentIds.length !== before.length || documentIds.some((d, i) => d !== before[i]));
            const next = await unwrap(
              api.PATCH('/api/v1/posts/{id}', { params: { path: { id: post.id } }, body: changed ? { body, documentIds } : { body } }),
            );
            onChange(next);
            setEditing(false);
            setShowHistory(false);
            announce(t('post.saved'));
            focusPost(post.id);
            return true;
          }}
        />
      ) : (
        <>
          <ServerHtml html={post.html} className="post-body" />
          {!post.deleted && <AttachmentList attachments={post.attachments} />}
        </>
      )}

      {post.requiresAck && (
        <div className="ack">
          {canAck &&
            (post.acknowledgedByMe ? (
              <p className="ack-done">{t('ack.done')}</p>
            ) : (
              <button type="button" className="button primary" aria-disabled={busy} onClick={acknowledge}>
                {t('ack.button')}
              </button>
            ))}
          <p className="meta">{tn('ack.count', post.ackCount)}</p>
        </div>
      )}

      <ErrorMessage error={error} />

      {reactionsShown.length > 0 && (
        <div className="reactions" role="group" aria-label={t('reaction.group')}>
          {reactionsShown.map((r) => {
            const state = post.reactions.find((x) => x.kind === r.kind);
            const count = state?.count ?? 0;
            const mine = state?.mine ?? false;
            const label = t(r.label);
            if (!canWrite)
              return (
                <span key={r.kind} className="reaction reaction-static">
                  <span aria-hidden="true">{r.emoji} </span>
                  {t('reaction.summary', { kind: label, count })}
                </span>
              );
            return (
              <button
                key={r.kind}
                type="button"
                className="reaction"
                aria-pressed={mine}
                aria-disabled={busy}
                onClick={() => react(r.kind, label, !mine)}
              >
                <span aria-hidden="true">{r.emoji} </span>
                {label}
                {count > 0 && <span className="reaction-count"> {count}</span>}
              </button>
            );
          })}
        </div>
      )}

      <div className="post-actions">
        <button
          type="button"
          className="button small"
          aria-expanded={showThread}
          aria-controls={showThread ? `${id}-thread` : undefined}
          onClick={() => setShowThread((v) => !v)}
        >
          {t('comments.show', { count: post.commentCount })}
        </button>
        {post.canEdit && !editing && (
          <button type="button" className="button small" onClick={() => setEditing(true)}>
            {t('post.edit')}
          </button>
        )}
        {canHistory && (
          <button
            type="button"
            className="button small"
            aria-expanded={showHistory}
            aria-controls={showHistory ? `${id}-history` : undefined}
            onClick={() => setShowHistory((v) => !v)}
          >
            {t('post.history')}
          </button>
        )}
        {post.canModerate && (
          <button type="button" className="button small" aria-disabled={busy} onClick={() => pin(!post.pinned)}>
            {post.pinned ? t('post.unpin') : t('post.pin')}
          </button>
        )}
        {post.canModerate && post.requiresAck && (
          <button
            type="button"
            className="button small"
            aria-expanded={showWho}
            aria-controls={showWho ? `${id}-who` : undefined}
            onClick={() => setShowWho((v) => !v)}
          >
            {t('ack.who')}
          </button>
        )}
        {(post.canEdit || post.canModerate) && (
          <ConfirmButton className="button small danger" aria-disabled={busy} question={t('post.confirmDelete')} onConfirm={remove}>
            {t('post.delete')}
          </ConfirmButton>
        )}
      </div>

      {showHistory && <History id={`${id}-history`} post={post} />}
      {showWho && <WhoRead id={`${id}-who`} post={post} />}
      {showThread && <Thread id={`${id}-thread`} post={post} canWrite={canWrite} onChange={onChange} announce={announce} />}
    </article>
  );
}

function DateText({ iso }: { iso: string }): ReactNode {
  const { dateTime } = useI18n();
  return dateTime(iso);
}

function NetworkLink({ network }: { network: Post['network'] }): ReactNode {
  const { t } = useI18n();
  const [before, after] = t('feed.inNetwork', { name: '\u0000' }).split('\u0000');
  return (
    <span className="post-meta-part">
      {before}
      <Link to={`/natverk/${network.slug}`}>{network.name}</Link>
      {after}
    </span>
  );
}

function History({ id, post }: { id: string; post: Post }): ReactNode {
  const { t, dateTime } = useI18n();
  const revisions = useHubQuery(['/api/v1/posts/{id}/revisions', post.id, post.editedAt], () => unwrap(api.GET('/api/v1/posts/{id}/revisions', { params: { path: { id: post.id } } })));
  return (
    <div id={id} className="post-panel">
      <h4>{t('post.history')}</h4>
      {revisions.loading && !revisions.data && <Loading />}
      <ErrorMessage error={revisions.error} />
      {revisions.data && revisions.data.length === 0 && <p className="empty">{t('post.historyEmpty')}</p>}
      {revisions.data && revisions.data.length > 0 && (
        <ol className="revisions">
          {revisions.data.map((r) => (
            <li key={r.replacedAt}>
              <p className="meta">
                {t('post.historyItem')} <time dateTime={r.replacedAt}>{dateTime(r.replacedAt)}</time>
                {r.editorName && <> {t('post.historyBy', { name: r.editorName })}</>}
              </p>
              <p className="prewrap revision-body">{r.body}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function WhoRead({ id, post }: { id: string; post: Post }): ReactNode {
  const { t } = useI18n();
  const who = useHubQuery(['/api/v1/posts/{id}/acknowledgements', post.id, post.ackCount], () => unwrap(api.GET('/api/v1/posts/{id}/acknowledgements', { params: { path: { id: post.id } } })));
  const count = (groups: Schemas['AckGroupDto'][]): number => groups.reduce((n, g) => n + g.people.length, 0);
  const groups = (list: Schemas['AckGroupDto'][], label: string): ReactNode => (
    <div className="ack-list">
      <h4>{label}</h4>
      {list.length === 0 ? (
        <p className="empty">{t('ack.none')}</p>
      ) : (
        list.map((g) => (
          <div key={g.affiliation} className="ack-group">
            <h5>{g.affiliation}</h5>
            <ul>
              {g.people.map((p) => (
                <li key={p.id}>
                  <Link to={`/personer/${p.id}`}>{p.name}</Link>
                  {p.external && (
                    <>
                      {' '}
                      <ExternalBadge />
                    </>
                  )}
                  {p.title && <span className="meta">, {p.title}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </div>
  );
  return (
    <div id={id} className="post-panel who-read">
      {who.loading && !who.data && <Loading />}
      <ErrorMessage error={who.error} />
      {who.data && (
        <div className="ack-lists">
          {groups(who.data.acknowledged, t('ack.acknowledged', { count: count(who.data.acknowledged) }))}
          {groups(who.data.pending, t('ack.pending', { count: count(who.data.pending) }))}
        </div>
      )}
    </div>
  );
}

function Thread({
  id,
  post,
  canWrite,
  onChange,
  announce,
}: {
  id: string;
  post: Post;
  canWrite: boolean;
  onChange(post: Post): void;
  announce(text: string): void;
}): ReactNode {
  const { t } = useI18n();
  // Reloads when the comment count changes (also live, from another member's comment).
  const full = useHubQuery(['/api/v1/posts/{id}', post.id, post.commentCount], () => unwrap(api.GET('/api/v1/posts/{id}', { params: { path: { id: post.id } } })));
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = async (): Promise<void> => {
    const next = await unwrap(api.GET('/api/v1/posts/{id}', { params: { path: { id: post.id } } }));
    full.setData(next);
    onChange(withoutComments(next));
  };

  const send = async (body: string, parentId?: string): Promise<void> => {
    await unwrap(
      api.POST('/api/v1/posts/{id}/comments', { params: { path: { id: post.id } }, body: parentId ? { body, parentId } : { body } }),
    );
    await refresh();
    announce(t(parentId ? 'comments.replySent' : 'comments.sent'));
  };

  const remove = async (comment: Comment): Promise<void> => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/comments/{id}', { params: { path: { id: comment.id } } }));
      await refresh();
      announce(t('comments.removed'));
    } catch (err) {
      setError(err);
    }
  };

  const comments = full.data?.comments ?? [];
  const top = comments.filter((c) => c.parentId === null);
  const repliesTo = (parentId: string): Comment[] => comments.filter((c) => c.parentId === parentId);

  const item = (c: Comment, isReply: boolean): ReactNode => (
    <>
      <p className="comment-meta">
        <Byline author={c.deleted ? null : c.author} at={c.createdAt} />
      </p>
      {c.deleted ? <p className="empty">{t('comments.deleted')}</p> : <ServerHtml html={c.html} className="comment-body" />}
      <div className="comment-actions">
        {!isReply && canWrite && !c.deleted && (
          <button
            type="button"
            className="button small"
            aria-expanded={replyTo === c.id}
            onClick={() => setReplyTo(replyTo === c.id ? null : c.id)}
          >
            {t('comments.reply')}
            <span className="visually-hidden"> {c.author?.name ?? ''}</span>
          </button>
        )}
        {c.canDelete && !c.deleted && (
          <ConfirmButton className="button small danger" question={t('comments.confirmDelete')} onConfirm={() => remove(c)}>
            {t('comments.delete')}
          </ConfirmButton>
        )}
      </div>
    </>
  );

  return (
    <div id={id} className="thread">
      <h4>{t('comments.title')}</h4>
      {full.loading && !full.data && <Loading />}
      <ErrorMessage error={full.error ?? error} />
      {full.data && top.length === 0 && <p className="empty">{t('comments.empty')}</p>}
      {top.length > 0 && (
        <ul className="comments">
          {top.map((c) => {
            const replies = repliesTo(c.id);
            return (
              <li key={c.id} className="comment">
                {item(c, false)}
                {replies.length > 0 && (
                  <ul className="replies" aria-label={t('comments.replies')}>
                    {replies.map((r) => (
                      <li key={r.id} className="comment reply">
                        {item(r, true)}
                      </li>
                    ))}
                  </ul>
                )}
                {replyTo === c.id && (
                  <CommentForm
                    label={t('comments.replyLabel', { name: c.author?.name ?? t('post.unknownAuthor') })}
                    submitLabel={t('comments.sendReply')}
                    autoFocus
                    onCancel={() => setReplyTo(null)}
                    onSend={async (body) => {
                      await send(body, c.id);
                      setReplyTo(null);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite && full.data && <CommentForm label={t('comments.label')} submitLabel={t('comments.send')} onSend={(body) => send(body)} />}
    </div>
  );
}

function CommentForm({
  label,
  submitLabel,
  onSend,
  onCancel,
  autoFocus,
}: {
  label: string;
  submitLabel: string;
  onSend(body: string): Promise<void>;
  onCancel?(): void;
  autoFocus?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (body.trim() === '') {
      setEmpty(true);
      return;
    }
    setBusy(true);
    try {
      await onSend(body);
      setBody('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorMessage error={error} shownFields={['body']} />
      <TextField
        label={label}
        value={body}
        onChange={(v) => {
          setBody(v);
          setEmpty(false);
        }}
        multiline
        autoFocus={autoFocus}
        error={empty ? t('composer.empty') : fieldError(error, 'body')}
      />
      <div className="actions">
        <button type="submit" className="button primary small" aria-disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
