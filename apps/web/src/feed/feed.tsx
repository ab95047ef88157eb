// The feed of one network (pinned posts first, then newest first with "Visa fler"), with the
// composer; and "Senaste i dina nätverk" on the start page.
import { type ReactNode, startTransition, useCallback, useEffect, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { Composer } from './composer';
import { useI18n } from '../shared/i18n';
import { POST_ATTACHMENTS, type Post, focusPost, withoutComments } from './post';
import { PostCard } from './post-card';
import { POST_EVENTS, useHubEvents, useRealtime } from '../shared/realtime';
import { Link } from '../shared/router';
import { ErrorMessage, Loading, Status } from '../shared/ui';
import { readEarly } from '../shared/query';
import { homeFeedRead } from '../shared/reads';

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

/** Puts a post back among the newest-first posts; not past the last loaded one when more follow. */
function insertByDate(items: Post[], post: Post, hasMore: boolean): Post[] {
  if (items.some((p) => p.id === post.id)) return replaceIn(items, post);
  const at = items.findIndex((p) => p.createdAt < post.createdAt);
  if (at === -1) return hasMore ? items : [...items, post];
  return [...items.slice(0, at), post, ...items.slice(at)];
}

async function fetchPost(id: string): Promise<Post> {
  return withoutComments(await unwrap(api.GET('/api/v1/posts/{id}', { params: { path: { id } } })));
}

/**
 * "N nya inlägg – visa": new posts by others wait behind this button, so the page never jumps
 * and focus stays where the reader is. Pressing it shows them and moves focus to the first one.
 */
function NewPostsButton({ count, onShow }: { count: number; onShow(): void }): ReactNode {
  const { tn } = useI18n();
  if (count === 0) return null;
  return (
    <p className="new-posts">
      <button type="button" className="button primary" onClick={onShow}>
        {tn('live.newPosts', count)}
      </button>
    </p>
  );
}

export function NetworkFeed({ network }: { network: Network }): ReactNode {
  const { t, tn } = useI18n();
  const { session } = useAuth();
  const { announce, region } = useAnnouncer();
  const [published, setPublished] = useState('');
  // coverage is null exactly when the viewer may not see inside (a closed network they are not in).
  const canSee = network.coverage !== null;
  const canWrite = canSee && !network.archived && (network.myRole !== null || session?.role === 'admin');
  const canAck = network.myRole !== null;
  const [pinned, setPinned] = useState<Post[] | null>(null);
  const [page, setPage] = useState<Paged | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [waiting, setWaiting] = useState<string[]>([]);
  const { watch } = useRealtime();

  // A reader of an open network who is not a member follows it too.
  useEffect(() => {
    if (canSee && network.myRole === null) return watch(network.id);
    return undefined;
  }, [canSee, network.myRole, network.id, watch]);

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
      unwrap(api.GET('/api/v1/networks/{id}/posts', { params: { path: { id: network.id }, query: { pinned: 'false', limit: PAGE } } })),
    ]).then(
      ([p, first]) => {
        if (!live) return;
        // Drawn in short slices (a transition), not one long task in the middle of the page's load.
        startTransition(() => {
          setPinned(p.items);
          setPage(first);
        });
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
        api.GET('/api/v1/networks/{id}/posts', { params: { path: { id: network.id }, query: { pinned: 'false', limit: PAGE, cursor: page.nextCursor } } }),
      );
      const known = new Set(page.items.map((p) => p.id));
      const fresh = next.items.filter((p) => !known.has(p.id));
      setPage({ items: [...page.items, ...fresh], nextCursor: next.nextCursor });
      announce(tn('feed.moreLoaded', fresh.length));
      if (fresh[0]) focusPost(fresh[0].id);
    } catch (err) {
      setError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  /** Puts a changed post where it belongs: among the pinned ones or the others (pinned=false). */
  const place = async (post: Post): Promise<boolean> => {
    const wasPinned = pinned?.some((p) => p.id === post.id) ?? false;
    if (post.pinned === wasPinned) {
      setPinned((prev) => (prev ? replaceIn(prev, post) : prev));
      setPage((prev) => (prev ? { ...prev, items: replaceIn(prev.items, post) } : prev));
      return false;
    }
    if (post.pinned) {
      setPage((prev) => (prev ? { ...prev, items: prev.items.filter((p) => p.id !== post.id) } : prev));
      await loadPinned();
    } else {
      setPinned((prev) => (prev ? prev.filter((p) => p.id !== post.id) : prev));
      setPage((prev) => (prev ? { ...prev, items: insertByDate(prev.items, post, prev.nextCursor !== null) } : prev));
    }
    return true;
  };

  // Pinned or unpinned (or deleted, which unpins): the post moves, and focus goes with it.
  const onChange = (post: Post): void => {
    place(post).then((moved) => moved && focusPost(post.id), setError);
  };

  const showWaiting = async (): Promise<void> => {
    setError(null);
    try {
      const first = await unwrap(
        api.GET('/api/v1/networks/{id}/posts', { params: { path: { id: network.id }, query: { pinned: 'false', limit: PAGE } } }),
      );
      const known = new Set((page?.items ?? []).map((p) => p.id));
      const fresh = first.items.filter((p) => !known.has(p.id));
      setPage((prev) => (prev ? { ...prev, items: [...fresh, ...prev.items.filter((p) => !fresh.some((f) => f.id === p.id))] } : first));
      setWaiting([]);
      announce(t('live.shown'));
      if (fresh[0]) focusPost(fresh[0].id);
    } catch (err) {
      setError(err);
    }
  };

  // Live: others' new posts wait behind "N nya inlägg – visa"; changed posts are refetched in place.
  useHubEvents(POST_EVENTS, (event) => {
    if (event.networkId !== network.id || !canSee) return;
    const postId = event.data.postId;
    if (event.type === 'post.created') {
      const authorId = 'authorId' in event.data ? event.data.authorId : null;
      if (authorId === session?.personId) {
        // My own post (perhaps from another tab): straight in, the composer's copy is the same id.
        fetchPost(postId).then((p) => setPage((prev) => (prev ? { ...prev, items: insertByDate(prev.items, p, prev.nextCursor !== null) } : prev)), () => undefined);
        return;
      }
      if (waiting.includes(postId) || page?.items.some((p) => p.id === postId)) return;
      const next = [...waiting, postId];
      setWaiting(next);
      announce(tn('live.newPostsAnnounce', next.length));
      return;
    }
    const known = (pinned ?? []).some((p) => p.id === postId) || (page?.items ?? []).some((p) => p.id === postId);
    if (!known) return;
    fetchPost(postId).then((p) => place(p), () => undefined);
  });

  if (!canSee) {
    return (
      <section aria-labelledby="feed-heading" id="flode">
        <h2 id="feed-heading">{t('feed.title')}</h2>
        <p className="message">{t('feed.closedHint')}</p>
      </section>
    );
  }

  const rest = page?.items ?? [];
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
            attachments={{ max: POST_ATTACHMENTS }}
            onSubmit={async (value) => {
              const created = await unwrap(
                api.POST('/api/v1/networks/{id}/posts', {
                  params: { path: { id: network.id } },
                  body: network.canManage ? value : { body: value.body, documentIds: value.documentIds },
                }),
              );
              setPage((prev) => (prev ? { ...prev, items: [created, ...prev.items.filter((p) => p.id !== created.id)] } : prev));
              setWaiting((prev) => prev.filter((id) => id !== created.id));
              // Seen and heard: a visible polite message, and the new post comes into view with focus.
              setPublished('');
              window.setTimeout(() => setPublished(t('composer.published')), 50);
              focusPost(created.id);
              return true;
            }}
          />
          <Status className="published">{published}</Status>
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
          <NewPostsButton count={waiting.length} onShow={() => void showWaiting()} />
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
  const { t, tn } = useI18n();
  const { session } = useAuth();
  const { announce, region } = useAnnouncer();
  const [items, setItems] = useState<Post[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [waiting, setWaiting] = useState<string[]>([]);

  const showWaiting = async (): Promise<void> => {
    setError(null);
    try {
      const result = await homeFeedRead.load();
      const known = new Set((items ?? []).map((p) => p.id));
      const fresh = result.items.filter((p) => !known.has(p.id));
      setItems(result.items);
      setWaiting([]);
      announce(t('live.shown'));
      if (fresh[0]) focusPost(fresh[0].id);
    } catch (err) {
      setError(err);
    }
  };

  useHubEvents(POST_EVENTS, (event) => {
    const postId = event.data.postId;
    if (event.type === 'post.created') {
      if (items?.some((p) => p.id === postId) || waiting.includes(postId)) return;
      const authorId = 'authorId' in event.data ? event.data.authorId : null;
      if (authorId === session?.personId) {
        fetchPost(postId).then((p) => setItems((prev) => (prev ? [p, ...prev.filter((x) => x.id !== p.id)].slice(0, 10) : prev)), () => undefined);
        return;
      }
      const next = [...waiting, postId];
      setWaiting(next);
      announce(tn('live.newPostsAnnounce', next.length));
      return;
    }
    if (!items?.some((p) => p.id === postId)) return;
    fetchPost(postId).then((p) => setItems((prev) => (prev ? replaceIn(prev, p) : prev)), () => undefined);
  });

  useEffect(() => {
    let live = true;
    // The first load may already be on its way (started by the route).
    readEarly(homeFeedRead).then(
      // Drawn in short slices (a transition), not one long task in the middle of the page's load.
      (result) => live && startTransition(() => setItems(result.items)),
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
      <NewPostsButton count={waiting.length} onShow={() => void showWaiting()} />
      {items && items.length === 0 && waiting.length === 0 && (
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
