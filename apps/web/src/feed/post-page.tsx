// One post with its thread open: where a notification leads (a mention, a reply, an announcement).
import { type ReactNode, useCallback, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { type Post, withoutComments } from './post';
import { PostCard } from './post-card';
import { POST_EVENTS, useHubEvents, useReadNotificationsAbout } from '../shared/realtime';
import { Link } from '../shared/router';
import { ErrorMessage, Loading, Page } from '../shared/ui';
import { useHubQuery } from '../shared/query';

export function PostPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const [text, setText] = useState('');
  const announce = useCallback((next: string) => {
    setText('');
    window.setTimeout(() => setText(next), 50);
  }, []);
  const post = useHubQuery(['/api/v1/posts/{id}', id, 'with-network'], async () => {
    const p = withoutComments(await unwrap(api.GET('/api/v1/posts/{id}', { params: { path: { id } } })));
    const network = await unwrap(api.GET('/api/v1/networks/{id}', { params: { path: { id: p.network.id } } }));
    return { post: p, network };
  });
  const data = post.data;
  useReadNotificationsAbout(data ? { postId: id } : null);
  const onChange = (next: Post): void => {
    if (data) post.setData({ ...data, post: next });
  };
  useHubEvents(POST_EVENTS, (event) => {
    if (event.data.postId !== id || !data || event.type === 'post.created') return;
    unwrap(api.GET('/api/v1/posts/{id}', { params: { path: { id } } })).then((p) => onChange(withoutComments(p)), () => undefined);
  });
  const n = data?.network;
  const canWrite = n ? !n.archived && (n.myRole !== null || session?.role === 'admin') : false;
  return (
    <Page title={t('postPage.title')}>
      {n && (
        <p className="breadcrumb">
          <Link to={`/natverk/${n.slug}`}>{t('postPage.back', { name: n.name })}</Link>
        </p>
      )}
      <div role="status" className="visually-hidden">
        {text}
      </div>
      {post.loading && !data && <Loading />}
      <ErrorMessage error={post.error} />
      {data && <PostCard post={data.post} onChange={onChange} announce={announce} canWrite={canWrite} canAck={n?.myRole !== null} showNetwork openThread />}
    </Page>
  );
}
