// The panels a post opens below itself: its edit history, and who has read an announcement.
import type { ReactNode } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import type { Post } from './post';
import { useI18n } from '../shared/i18n';
import { useHubQuery } from '../shared/query';
import { Link } from '../shared/router';
import { ErrorMessage, ExternalBadge, Loading } from '../shared/ui';

export function History({ id, post }: { id: string; post: Post }): ReactNode {
  const { t, dateTime } = useI18n();
  const revisions = useHubQuery(['/api/v1/posts/{id}/revisions', post.id, post.editedAt], () =>
    unwrap(api.GET('/api/v1/posts/{id}/revisions', { params: { path: { id: post.id } } })),
  );
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

export function WhoRead({ id, post }: { id: string; post: Post }): ReactNode {
  const { t } = useI18n();
  const who = useHubQuery(['/api/v1/posts/{id}/acknowledgements', post.id, post.ackCount], () =>
    unwrap(api.GET('/api/v1/posts/{id}/acknowledgements', { params: { path: { id: post.id } } })),
  );
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
