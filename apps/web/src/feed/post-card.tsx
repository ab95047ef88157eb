// One post of a feed: author, time, the hub's sanitised HTML, reactions, and the panels it opens (the
// thread with one level of replies, the edit history, and for announcements who has read it).
import { type ReactNode, useId, useState } from 'react';
import { api, unwrap } from '../api/client';
import { AttachmentList, chosenFrom } from '../documents/attachments';
import { Composer } from './composer';
import { POST_ATTACHMENTS, type Post, type ReactionKind, focusPost, postHeadingId, withoutComments } from './post';
import { History, WhoRead } from './post-panels';
import { Thread } from './post-thread';
import { Reactions } from './reactions';
import { useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { ServerHtml } from '../shared/server-html';
import { ConfirmButton, ErrorMessage, ExternalBadge } from '../shared/ui';

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
            const changed =
              documentIds !== undefined && (documentIds.length !== before.length || documentIds.some((d, i) => d !== before[i]));
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

      <Reactions post={post} canWrite={canWrite} busy={busy} onReact={react} />

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
