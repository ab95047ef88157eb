// /sok?q=&typ=personer|natverk|dokument: everything you may see (people, networks, library documents), with highlights.
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { searchPath } from '../global-search';
import { Highlight } from '../highlight';
import { documentPath, kindLabel } from '../documents';
import { useI18n } from '../i18n';
import { Link, navigate, useSearchParam } from '../router';
import { Loading, Page, TextField, useAsync } from '../ui';
import { VISIBILITY_KEY } from './networks';
import { PersonCard, SearchError, findPath } from './find-colleague';

type NetworkHit = Schemas['NetworkHitDto'];
type DocumentHit = Schemas['DocumentHitDto'];
type Typ = 'personer' | 'natverk' | 'dokument';

const API_TYPE = { personer: 'people', natverk: 'networks', dokument: 'documents' } as const;

const ALL_LIMIT = 10;
const ONE_LIMIT = 50;

function asTyp(value: string | null): Typ | undefined {
  return value === 'personer' || value === 'natverk' || value === 'dokument' ? value : undefined;
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

export function SearchPage(): ReactNode {
  const { t } = useI18n();
  const q = (useSearchParam('q') ?? '').trim();
  const typ = asTyp(useSearchParam('typ'));
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const result = useAsync(
    () =>
      q
        ? unwrap(
            api.GET('/api/v1/search', {
              params: {
                query: { q, limit: typ ? ONE_LIMIT : ALL_LIMIT, ...(typ ? { type: API_TYPE[typ] } : {}) },
              },
            }),
          )
        : Promise.resolve(null),
    [q, typ],
  );

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const next = text.trim();
    if (next) navigate(searchPath(next, typ));
  };

  const data = result.data;
  const people = data?.people ?? [];
  const networks = data?.networks ?? [];
  const documents = data?.documents ?? [];
  const nothing = data && people.length === 0 && networks.length === 0 && documents.length === 0;
  let summary = '';
  if (data && !result.loading) {
    if (typ === 'personer') summary = t('search.summaryPeople', { count: people.length, q });
    else if (typ === 'natverk') summary = t('search.summaryNetworks', { count: networks.length, q });
    else if (typ === 'dokument') summary = t('search.summaryDocuments', { count: documents.length, q });
    else if (documents.length > 0) summary = t('search.summaryWithDocuments', { people: people.length, networks: networks.length, documents: documents.length, q });
    else summary = t('search.summary', { people: people.length, networks: networks.length, q });
  }

  const tabs: Array<{ typ: Typ | undefined; label: 'search.tab.all' | 'search.tab.people' | 'search.tab.networks' | 'search.tab.documents' }> = [
    { typ: undefined, label: 'search.tab.all' },
    { typ: 'personer', label: 'search.tab.people' },
    { typ: 'natverk', label: 'search.tab.networks' },
    { typ: 'dokument', label: 'search.tab.documents' },
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
          <p>
            <strong>{t('search.empty', { q })}</strong>
          </p>
          <p>{t('search.emptyHelp')}</p>
          <p>
            <Link to={findPath({ q })}>{t('search.emptyFind')}</Link>
          </p>
        </div>
      )}
      {data && !result.loading && !nothing && (
        <>
          {(!typ || typ === 'personer') && (
            <section aria-labelledby="people-results">
              <h2 id="people-results">
                {t('search.people')} <span className="count">({people.length})</span>
              </h2>
              {people.length === 0 ? (
                <p className="empty">{t('search.noPeople')}</p>
              ) : (
                <ul className="results">
                  {people.map((p) => (
                    <PersonCard key={p.id} person={p} />
                  ))}
                </ul>
              )}
              {!typ && people.length >= ALL_LIMIT && (
                <p>
                  <Link to={searchPath(q, 'personer')}>{t('search.onlyPeople')}</Link>
                </p>
              )}
            </section>
          )}
          {(!typ || typ === 'natverk') && (
            <section aria-labelledby="network-results">
              <h2 id="network-results">
                {t('search.networks')} <span className="count">({networks.length})</span>
              </h2>
              {networks.length === 0 ? (
                <p className="empty">{t('search.noNetworks')}</p>
              ) : (
                <ul className="results">
                  {networks.map((n) => (
                    <NetworkResult key={n.id} network={n} />
                  ))}
                </ul>
              )}
              {!typ && networks.length >= ALL_LIMIT && (
                <p>
                  <Link to={searchPath(q, 'natverk')}>{t('search.onlyNetworks')}</Link>
                </p>
              )}
            </section>
          )}
          {(!typ || typ === 'dokument') && (
            <section aria-labelledby="document-results">
              <h2 id="document-results">
                {t('search.documents')} <span className="count">({documents.length})</span>
              </h2>
              {documents.length === 0 ? (
                <p className="empty">{t('search.noDocuments')}</p>
              ) : (
                <ul className="results">
                  {documents.map((d) => (
                    <DocumentResult key={d.id} doc={d} />
                  ))}
                </ul>
              )}
              {!typ && documents.length >= ALL_LIMIT && (
                <p>
                  <Link to={searchPath(q, 'dokument')}>{t('search.onlyDocuments')}</Link>
                </p>
              )}
            </section>
          )}
        </>
      )}
    </Page>
  );
}
