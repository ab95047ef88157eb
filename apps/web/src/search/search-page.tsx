// /sok?q=&typ=personer|natverk|inlagg|dokument|chatt|moten: everything you may see (people, networks,
// posts, library documents, chat messages, meetings), with highlights; the tabs carry the hub's
// estimated counts.
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { searchPath } from './global-search';
import { Highlight } from '../shared/highlight';
import { documentPath, kindLabel } from '../documents/document-links';
import { type CountKey, type MessageKey, useI18n } from '../shared/i18n';
import { Link, navigate, useSearchParam } from '../shared/router';
import { Loading, Page, TextField } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { meetingPath } from '../meetings/meetings';
import { VISIBILITY_KEY } from '../networks/networks-page';
import { chatPath } from '../chat/chat-page';
import { PersonCard, SearchError } from '../people/find-colleague-page';
import { findPath } from '../people/find-search';

type NetworkHit = Schemas['NetworkHitDto'];
type PostHit = Schemas['PostHitDto'];
type DocumentHit = Schemas['DocumentHitDto'];
type MessageHit = Schemas['MessageHitDto'];
type MeetingHit = Schemas['MeetingHitDto'];
export type Typ = 'personer' | 'natverk' | 'inlagg' | 'dokument' | 'chatt' | 'moten';

const API_TYPE = { personer: 'people', natverk: 'networks', inlagg: 'posts', dokument: 'documents', chatt: 'messages', moten: 'meetings' } as const;

const ALL_LIMIT = 10;
const ONE_LIMIT = 50;

function asTyp(value: string | null): Typ | undefined {
  return value !== null && value in API_TYPE ? (value as Typ) : undefined;
}

function NetworkResult({ network }: { network: NetworkHit }): ReactNode {
  const { t } = useI18n();
  return (
    <li className="card result-card">
      <h3 className="result-name">
        <Link to={`/natverk/${network.slug}`}>
          <Highlight html={network.highlight} />
        </Link>
      </h3>
      <p className="meta">
        <span className={`badge badge-${network.visibility}`}>{t(VISIBILITY_KEY[network.visibility])}</span>
      </p>
      {network.description && <p className="result-description">{network.description}</p>}
    </li>
  );
}

function DocumentResult({ doc }: { doc: DocumentHit }): ReactNode {
  const { t, dateTime } = useI18n();
  return (
    <li className="card result-card">
      <h3 className="result-name">
        <Link to={documentPath(doc.id)}>{doc.title}</Link>
      </h3>
      <p className="meta">
        <span className="badge">{kindLabel(doc.kind)}</span> {t('search.docIn')} <Link to={`/natverk/${doc.networkSlug}`}>{doc.networkName}</Link>
        {' · '}
        <time dateTime={doc.updatedAt}>{dateTime(doc.updatedAt)}</time>
      </p>
      <p className="result-description excerpt">
        <Highlight html={doc.excerpt} />
      </p>
    </li>
  );
}

function PostResult({ hit }: { hit: PostHit }): ReactNode {
  const { t, dateTime } = useI18n();
  return (
    <li className="card result-card">
      <h3 className="result-name">
        <Link to={`/inlagg/${hit.id}`}>{t('search.postBy', { name: hit.authorName ?? t('chat.someone') })}</Link>
      </h3>
      <p className="meta">
        {t('search.docIn')} <Link to={`/natverk/${hit.networkSlug}`}>{hit.networkName}</Link>
        {' · '}
        <time dateTime={hit.createdAt}>{dateTime(hit.createdAt)}</time>
      </p>
      <p className="result-description excerpt">
        <Highlight html={hit.excerpt} />
      </p>
    </li>
  );
}

function MessageResult({ hit }: { hit: MessageHit }): ReactNode {
  const { t, dateTime } = useI18n();
  const where = hit.networkName ? t('search.messageIn', { network: hit.networkName }) : t('search.messageDirect');
  return (
    <li className="card result-card">
      <h3 className="result-name">
        <Link to={chatPath(hit.conversationId)}>{t('search.messageFrom', { name: hit.authorName ?? t('chat.someone') })}</Link>
      </h3>
      <p className="meta">
        {where}
        {' · '}
        <time dateTime={hit.createdAt}>{dateTime(hit.createdAt)}</time>
      </p>
      <p className="result-description excerpt">
        <Highlight html={hit.excerpt} />
      </p>
    </li>
  );
}

function MeetingResult({ hit }: { hit: MeetingHit }): ReactNode {
  const { t, dateTime } = useI18n();
  return (
    <li className="card result-card">
      <h3 className="result-name">
        <Link to={meetingPath(hit.id)}>{hit.title}</Link>
      </h3>
      <p className="meta">
        {hit.cancelled && (
          <>
            <span className="badge">{t('search.meetingCancelled')}</span>{' '}
          </>
        )}
        <time dateTime={hit.startsAt}>{dateTime(hit.startsAt)}</time> {t('search.docIn')} <Link to={`/natverk/${hit.networkSlug}`}>{hit.networkName}</Link>
      </p>
      <p className="result-description excerpt">
        <Highlight html={hit.excerpt} />
      </p>
    </li>
  );
}

/** One section of hits (all tabs share the shape). */
function ResultSection<T>({
  id,
  heading,
  items,
  empty,
  more,
  render,
}: {
  id: string;
  heading: string;
  items: T[];
  empty: string;
  more: ReactNode;
  render(item: T): ReactNode;
}): ReactNode {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="count">({items.length})</span>
      </h2>
      {items.length === 0 ? <p className="empty">{empty}</p> : <ul className="results">{items.map(render)}</ul>}
      {more}
    </section>
  );
}

export function SearchPage(): ReactNode {
  const { t, tn, list } = useI18n();
  const q = (useSearchParam('q') ?? '').trim();
  const typ = asTyp(useSearchParam('typ'));
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const result = useHubQuery(['/api/v1/search', q, typ], () =>
      q
        ? unwrap(
            api.GET('/api/v1/search', {
              params: {
                query: { q, limit: typ ? ONE_LIMIT : ALL_LIMIT, ...(typ ? { type: API_TYPE[typ] } : {}) },
              },
            }),
          )
        : Promise.resolve(null));

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const next = text.trim();
    if (next) navigate(searchPath(next, typ));
  };

  const data = result.data;
  const people = data?.people ?? [];
  const networks = data?.networks ?? [];
  const posts = data?.posts ?? [];
  const documents = data?.documents ?? [];
  const chat = data?.messages ?? [];
  const meetings = data?.meetings ?? [];
  const counts = data?.counts;
  const parts: Array<[Typ, number, CountKey]> = [
    ['personer', people.length, 'count.people'],
    ['natverk', networks.length, 'count.networks'],
    ['inlagg', posts.length, 'count.posts'],
    ['dokument', documents.length, 'count.documents'],
    ['chatt', chat.length, 'count.messages'],
    ['moten', meetings.length, 'count.meetings'],
  ];
  const shown = parts.filter(([kind, n]) => n > 0 && (!typ || typ === kind));
  const nothing = data && shown.length === 0;
  const summary = data && !result.loading ? (nothing ? t('search.empty', { q }) : t('search.summaryOf', { list: list(shown.map(([, n, key]) => tn(key, n))), q })) : '';

  /** One group of hits, shown on "Alla" and on its own tab; a full group on "Alla" offers "Visa fler …". */
  const group = <T,>(kind: Typ, id: string, heading: MessageKey, items: T[], empty: MessageKey, more: MessageKey, render: (item: T) => ReactNode): ReactNode =>
    (!typ || typ === kind) && (
      <ResultSection
        id={id}
        heading={t(heading)}
        items={items}
        empty={t(empty)}
        render={render}
        more={
          !typ && items.length >= ALL_LIMIT ? (
            <p>
              <Link to={searchPath(q, kind)}>{t(more)}</Link>
            </p>
          ) : null
        }
      />
    );

  const tabs: Array<{ typ: Typ | undefined; label: MessageKey; count?: number }> = [
    { typ: undefined, label: 'search.tab.all' },
    { typ: 'personer', label: 'search.tab.people', count: counts?.people },
    { typ: 'natverk', label: 'search.tab.networks', count: counts?.networks },
    { typ: 'inlagg', label: 'search.tab.posts', count: counts?.posts },
    { typ: 'dokument', label: 'search.tab.documents', count: counts?.documents },
    { typ: 'chatt', label: 'search.tab.messages', count: counts?.messages },
    { typ: 'moten', label: 'search.tab.meetings', count: counts?.meetings },
  ];

  return (
    <Page title={q ? t('search.titleFor', { q }) : t('search.title')} heading={t('search.title')}>
      <p>{t('search.intro')}</p>
      <form role="search" aria-label={t('search.title')} className="search-form" onSubmit={submit}>
        <TextField label={t('search.field')} value={text} onChange={setText} type="search" name="q" />
        <button type="submit" className="button primary">
          {t('search.submit')}
        </button>
      </form>
      {q && (
        <nav aria-label={t('search.tabs')} className="tabs">
          <ul>
            {tabs.map((tab) => (
              <li key={tab.label}>
                <Link
                  to={searchPath(q, tab.typ)}
                  aria-current={tab.typ === typ ? 'page' : undefined}
                  className={tab.typ === typ ? 'tab active' : 'tab'}
                >
                  {t(tab.label)}
                  {tab.count !== undefined && <span className="tab-count"> ({tab.count})</span>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!q && <p className="empty">{t('search.prompt')}</p>}
      <SearchError error={result.error} />
      <p role="status" className="result-count">
        {summary}
      </p>
      {result.loading && q && <Loading />}
      {nothing && !result.loading && (
        <div className="empty-state">
          <p>{t('search.emptyHelp')}</p>
          <p>
            <Link to={findPath({ q })}>{t('search.emptyFind')}</Link>
          </p>
        </div>
      )}
      {data && !result.loading && !nothing && (
        <>
          {group('personer', 'people-results', 'search.people', people, 'search.noPeople', 'search.onlyPeople', (p) => <PersonCard key={p.id} person={p} />)}
          {group('natverk', 'network-results', 'search.networks', networks, 'search.noNetworks', 'search.onlyNetworks', (n) => <NetworkResult key={n.id} network={n} />)}
          {group('inlagg', 'post-results', 'search.posts', posts, 'search.noPosts', 'search.onlyPosts', (p) => <PostResult key={p.id} hit={p} />)}
          {group('dokument', 'document-results', 'search.documents', documents, 'search.noDocuments', 'search.onlyDocuments', (d) => <DocumentResult key={d.id} doc={d} />)}
          {group('chatt', 'message-results', 'search.messages', chat, 'search.noMessages', 'search.onlyMessages', (m) => <MessageResult key={m.id} hit={m} />)}
          {group('moten', 'meeting-results', 'search.meetings', meetings, 'search.noMeetings', 'search.onlyMeetings', (m) => <MeetingResult key={m.id} hit={m} />)}
        </>
      )}
    </Page>
  );
}
