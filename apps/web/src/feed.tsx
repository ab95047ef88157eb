// The feed of one network (pinned posts first, then newest first with "Visa fler"), with the
// composer; and "Senaste i dina nätverk" on the start page.
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { type Schemas, api, unwrap } from './api/client';
import { useAuth } from './auth';
import { Composer } from './composer';
import { useI18n } from './i18n';
import { type Post, PostCard, focusPost } from './post-card';
import { Link } from './router';
import { ErrorMessage, Loading } from './ui';

type Network = Schemas['NetworkDto'];

const PAGE = 20;

/** A polite live region that is always there but never shown: the cards show the result in place. */
function useAnnouncer(): { announce(text: string): void; region: ReactNode } {
  const [text, setText] = useState('');
  const announce = useCallback((next: string) => {
    // The same text twice in a row is still announced: clear first, then set.
    setText('');
    window.setTimeout(() => setText(next), 50);
  }, []);
  return {
    announce,
    region: (
      <div role="status" className="visually-hidden">
        {text}
      </div>
    ),
  };
}

interface Paged {
  items: Post[];
  nextCursor: string | null;
}

function replaceIn(items: Post[], post: Post): Post[] {
  return items.map((p) => (p.id === post.id ? post : p));
}

export function NetworkFeed({ network }: { network: Network }): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const { announce, region } = useAnnouncer();
  // coverage is null exactly when the viewer may not see inside (a closed network they are not in).
  const canSee = network.coverage !== null;
  const canWrite = canSee && !network.archived && (network.myRole !== null || session?.role === 'admin');
  const canAck = network.myRole !== null;
  const [pinned, setPinned] = useState<Post[] | null>(null);
  const [page, setPage] = useState<Paged | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const loadPinned = useCallback(async (): Promise<void> => {
    const result = await unwrap(
      api.GET('/api/v1/networks/{id}/posts', { params: { path: { id: network.id }, query: { pinned: 'true', limit: 50 } } }),
    );
    setPinned(result.items);
  }, [network.id]);

  useEffect(() => {
    if (!canSee) return;
    let live = true;
    setError(null);
    Promise.all([
      unwrap(api.GET('/api/v1/networks/{id}/posts', { params: { path: { id: network.id }, query: { pinned: 'true', limit: 50 } } })),
      unwrap(api.GET('/api/v1/networks/{id}/posts', { params: { path: { id: network.id }, query: { limit: PAGE } } })),
    ]).then(
      ([p, first]) => {
        if (!live) return;
        setPinned(p.items);
        setPage(first);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [network.id, canSee]);

  const more = async (): Promise<void> => {
    if (!page?.nextCursor || loadingMore) return;
    setLoadingMore(true);
    setError(null);
    try {
      const next = await unwrap(
        api.GET('/api/v1/networks/{id}/posts', { params: { path: { id: network.id }, query: { limit: PAGE, cursor: page.nextCursor } } }),
      );
      const known = new Set(page.items.map((p) => p.id));
      const fresh = next.items.filter((p) => !known.has(p.id));
      setPage({ items: [...page.items, ...fresh], nextCursor: next.nextCursor });
      announce(t('feed.moreLoaded', { count: fresh.length }));
      const firstShown = fresh.find((p) => !pinned?.some((x) => x.id === p.id));
      if (firstShown) focusPost(firstShown.id);
    } catch (err) {
      setError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  const onChange = (post: Post): void => {
    setPage((prev) => (prev ? { ...prev, items: replaceIn(prev.items, post) } : prev));
    const wasPinned = pinned?.some((p) => p.id === post.id) ?? false;
    // Pinned or unpinned (or deleted, which unpins): the post moves, and focus goes with it.
    if (post.pinned !== wasPinned) loadPinned().then(() => focusPost(post.id), setError);
    else setPinned((prev) => (prev ? replaceIn(prev, post) : prev));
  };

  if (!canSee) {
    return (
      <section aria-labelledby="feed-heading" id="flode">
        <h2 id="feed-heading">{t('feed.title')}</h2>
        <p className="message">{t('feed.closedHint')}</p>
      </section>
    );
  }

  const pinnedIds = new Set((pinned ?? []).map((p) => p.id));
  const rest = (page?.items ?? []).filter((p) => !pinnedIds.has(p.id));
  const loading = (pinned === null || page === null) && !error;

  return (
    <section aria-labelledby="feed-heading" id="flode" className="feed">
      <h2 id="feed-heading">{t('feed.title')}</h2>
      {region}
      {network.archived && <p className="message message-warn">{t('feed.archived')}</p>}
      {!network.archived && !canWrite && <p className="message">{t('feed.joinHint')}</p>}
      {canWrite && (
        <div className="card composer-card">
          <h3 id="composer-heading">{t('composer.title')}</h3>
          <Composer
            networkId={network.id}
            label={t('composer.label')}
            submitLabel={t('composer.publish')}
            canAnnounce={network.canManage}
            announce={announce}
            onSubmit={async (value) => {
              const created = await unwrap(
                api.POST('/api/v1/networks/{id}/posts', {
                  params: { path: { id: network.id } },
                  body: network.canManage ? value : { body: value.body },
                }),
              );
              setPage((prev) => (prev ? { ...prev, items: [created, ...prev.items.filter((p) => p.id !== created.id)] } : prev));
              announce(t('composer.published'));
              return true;
            }}
          />
        </div>
      )}
      {loading && <Loading />}
      <ErrorMessage error={error} />
      {pinned && pinned.length > 0 && (
        <div className="feed-part">
          <ul className="posts" aria-label={t('feed.pinned')}>
            {pinned.map((p) => (
              <li key={p.id}>
                <PostCard post={p} onChange={onChange} announce={announce} canWrite={canWrite} canAck={canAck} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {page && (
        <div className="feed-part">
          {rest.length === 0 && (pinned?.length ?? 0) === 0 && (
            <p className="empty">{canWrite ? t('feed.empty') : t('feed.emptyReadOnly')}</p>
          )}
          {rest.length > 0 && (
            <ul className="posts" aria-label={t('feed.latest')}>
              {rest.map((p) => (
                <li key={p.id}>
                  <PostCard post={p} onChange={onChange} announce={announce} canWrite={canWrite} canAck={canAck} />
                </li>
              ))}
            </ul>
          )}
          {page.nextCursor && (
            <button type="button" className="button" aria-disabled={loadingMore} onClick={() => void more()}>
              {loadingMore ? t('common.loading') : t('feed.more')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** "Senaste i dina nätverk": the ten newest posts of all my networks. */
export function HomeFeed(): ReactNode {
  const { t } = useI18n();
  const { announce, region } = useAnnouncer();
  const [items, setItems] = useState<Post[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    unwrap(api.GET('/api/v1/feed', { params: { query: { limit: 10 } } })).then(
      (result) => live && setItems(result.items),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, []);

  const onChange = (post: Post): void => setItems((prev) => (prev ? replaceIn(prev, post) : prev));

  return (
    <section aria-labelledby="home-feed-heading" className="feed">
      <h2 id="home-feed-heading">{t('feed.home')}</h2>
      {region}
      {items === null && !error && <Loading />}
      <ErrorMessage error={error} />
      {items && items.length === 0 && (
        <p className="empty-state">
          {t('feed.homeEmpty')} <Link to="/natverk">{t('feed.homeFindNetworks')}</Link>
        </p>
      )}
      {items && items.length > 0 && (
        <ul className="posts" aria-label={t('feed.home')}>
          {items.map((p) => (
            <li key={p.id}>
              <PostCard post={p} onChange={onChange} announce={announce} canWrite canAck showNetwork />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
