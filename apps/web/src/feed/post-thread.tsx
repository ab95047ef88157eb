// A post's thread: comments with one level of replies, and the form to write one.
import { type FormEvent, type ReactNode, useState } from 'react';
import { api, unwrap } from '../api/client';
import { type Author, type Comment, type Post, withoutComments } from './post';
import { useI18n } from '../shared/i18n';
import { useHubQuery } from '../shared/query';
import { Link } from '../shared/router';
import { ServerHtml } from '../shared/server-html';
import { ConfirmButton, ErrorMessage, ExternalBadge, Loading, TextField, fieldError } from '../shared/ui';

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

export function Thread({
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
  const full = useHubQuery(['/api/v1/posts/{id}', post.id, post.commentCount], () =>
    unwrap(api.GET('/api/v1/posts/{id}', { params: { path: { id: post.id } } })),
  );
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
