// /hitta-kollega?q=&kommun=&natverk=&flagga=: find colleagues by expertise, with facets. The
// state lives in the address, so Back returns to the previous search.
import { type FormEvent, type ReactNode, type Ref, useEffect, useMemo, useRef, useState } from 'react';
import { type Schemas, isUnavailable } from '../api/client';
import { Highlight, highlightText } from '../shared/highlight';
import { useI18n } from '../shared/i18n';
import { Link, navigate, useLocation } from '../shared/router';
import { ErrorMessage, ExternalBadge, Loading, Page, SelectField, TextField } from '../shared/ui';
import { readEarly, useHubQuery } from '../shared/query';
import { municipalitiesRead } from '../shared/reads';
import { FLAGS, type FindState, findPath, findRead, parseFind, searchPeople } from './find-search';

type Hit = Schemas['PersonHitDto'];
type Facets = Schemas['PeopleFacetsDto'];

const EXAMPLES = ['säkerhetsskyddad upphandling', 'välfärdsteknik', 'GIS', 'klimatanpassning', 'arbetsrätt'];

/** The hub's 503 "search is unavailable" as a calm notice; other errors as errors. */
export function SearchError({ error }: { error: unknown }): ReactNode {
  if (!error) return null;
  if (isUnavailable(error))
    return (
      <div className="message message-warn" role="alert">
        <p>{error.problem.detail}</p>
      </div>
    );
  return <ErrorMessage error={error} />;
}

function useFindState(): Required<FindState> {
  const { search } = useLocation();
  return useMemo(() => parseFind(search), [search]);
}

function ExpertiseChips({ person }: { person: Hit }): ReactNode {
  const { t } = useI18n();
  if (person.expertise.length === 0) return null;
  const highlighted = new Map(person.highlights.expertise.map((html) => [highlightText(html), html]));
  // Matching expertise first, then the rest in the person's own order.
  const sorted = [...person.expertise].sort((a, b) => Number(highlighted.has(b.tag)) - Number(highlighted.has(a.tag)));
  return (
    <ul className="tags" aria-label={t('people.expertiseOf', { name: person.name })}>
      {sorted.map((e) => {
        const html = highlighted.get(e.tag);
        const flags = FLAGS.filter((f) => e[f.api]).map((f) => t(f.label));
        return (
          <li key={e.tag} className={html ? 'tag tag-match' : 'tag'}>
            {html ? <Highlight html={html} /> : e.tag}
            {flags.length > 0 && <span className="tag-flags"> · {flags.join(' · ')}</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function PersonCard({ person, linkRef }: { person: Hit; linkRef?: Ref<HTMLAnchorElement> }): ReactNode {
  const where = person.municipality?.name ?? person.organisation ?? '';
  return (
    <li className="card result-card">
      <h3 className="result-name">
        <Link to={`/personer/${person.id}`} ref={linkRef}>
          {person.name}
        </Link>
      </h3>
      <p className="meta">
        {person.highlights.title ? <Highlight html={person.highlights.title} /> : person.title}
        {where ? `${person.title ? ', ' : ''}${where}` : ''}
        {person.external && (
          <>
            {' '}
            <ExternalBadge />
          </>
        )}
      </p>
      <ExpertiseChips person={person} />
    </li>
  );
}

interface Loaded {
  hits: Hit[];
  total: number;
  facets: Facets;
}

export function FindColleaguePage(): ReactNode {
  const { t, tn } = useI18n();
  const state = useFindState();
  const { q, kommun, natverk, flagga } = state;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const municipalities = useHubQuery(municipalitiesRead.key, municipalitiesRead.load);

  const [result, setResult] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const firstNew = useRef<HTMLAnchorElement>(null);
  const [firstNewIndex, setFirstNewIndex] = useState(-1);

  useEffect(() => {
    const mine = ++latest.current;
    setLoading(true);
    setError(null);
    setFirstNewIndex(-1);
    const now = { q, kommun, natverk, flagga };
    // A chosen filter narrows its own facet to itself: its counts come from the search without it.
    // The first search may already be on its way (started by the route on the first load).
    Promise.all([
      readEarly(findRead(now)),
      kommun ? searchPeople(now, { without: 'municipality', limit: 1 }) : null,
      natverk ? searchPeople(now, { without: 'network', limit: 1 }) : null,
      flagga ? searchPeople(now, { without: 'flag', limit: 1 }) : null,
    ]).then(
      ([main, byMunicipality, byNetwork, byFlag]) => {
        if (mine !== latest.current) return;
        setResult({
          hits: main.hits,
          total: main.total,
          facets: {
            municipalities: (byMunicipality ?? main).facets.municipalities,
            networks: (byNetwork ?? main).facets.networks,
            flags: (byFlag ?? main).facets.flags,
          },
        });
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== latest.current) return;
        setResult(null);
        setError(err);
        setLoading(false);
      },
    );
  }, [q, kommun, natverk, flagga]);

  useEffect(() => {
    if (firstNewIndex >= 0 && !loading) firstNew.current?.focus();
  }, [firstNewIndex, loading]);

  const more = (): void => {
    if (!result) return;
    const mine = ++latest.current;
    const offset = result.hits.length;
    setLoading(true);
    searchPeople(state, { offset }).then(
      (page) => {
        if (mine !== latest.current) return;
        const known = new Set(result.hits.map((h) => h.id));
        setResult({ ...result, hits: [...result.hits, ...page.hits.filter((h) => !known.has(h.id))], total: page.total });
        setFirstNewIndex(offset);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== latest.current) return;
        setError(err);
        setLoading(false);
      },
    );
  };

  const go = (change: FindState): void => navigate(findPath({ ...state, ...change }), { keepFocus: true });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    go({ q: text.trim() });
  };

  const facets = result?.facets;
  const municipalityOptions = [
    { value: '', label: t('find.allMunicipalities') },
    ...(facets?.municipalities ?? []).map((m) => ({ value: m.slug, label: t('find.facet', { name: m.name, count: m.count }) })),
  ];
  if (kommun && !municipalityOptions.some((o) => o.value === kommun)) {
    const name = municipalities.data?.find((m) => m.slug === kommun || m.id === kommun)?.name ?? kommun;
    municipalityOptions.push({ value: kommun, label: t('find.facet', { name, count: 0 }) });
  }
  const networkOptions = [
    { value: '', label: t('find.allNetworks') },
    ...(facets?.networks ?? []).map((n) => ({ value: n.slug, label: t('find.facet', { name: n.name, count: n.count }) })),
  ];
  if (natverk && !networkOptions.some((o) => o.value === natverk))
    networkOptions.push({ value: natverk, label: t('find.facet', { name: natverk, count: 0 }) });
  const filtered = Boolean(kommun || natverk || flagga);
  const hits = result?.hits ?? [];
  const status =
    result && !loading
      ? q
        ? tn('find.countQuery', result.total, { shown: hits.length, q })
        : tn('find.count', result.total, { shown: hits.length })
      : '';

  return (
    <Page title={q ? `${t('find.title')}: ${q}` : t('find.title')} heading={t('find.title')}>
      <p>{t('find.intro')}</p>
      <form role="search" aria-label={t('find.title')} className="search-form" onSubmit={submit}>
        <TextField label={t('find.query')} hint={t('find.queryHint')} value={text} onChange={setText} type="search" name="q" />
        <button type="submit" className="button primary">
          {t('find.submit')}
        </button>
      </form>
      <div className="find-layout">
        <section aria-labelledby="find-filters" className="find-filters">
          <h2 id="find-filters">{t('find.filters')}</h2>
          <SelectField label={t('find.municipality')} value={kommun} onChange={(v) => go({ kommun: v })} options={municipalityOptions} />
          <SelectField label={t('find.network')} value={natverk} onChange={(v) => go({ natverk: v })} options={networkOptions} />
          <div role="group" aria-labelledby="find-flags" className="flag-toggles">
            <p id="find-flags" className="group-label">
              {t('find.flags')}
            </p>
            {FLAGS.map((f) => (
              <button
                key={f.param}
                type="button"
                className="toggle"
                aria-pressed={flagga === f.param}
                onClick={() => go({ flagga: flagga === f.param ? '' : f.param })}
              >
                {t('find.flag', { label: t(f.label), count: facets?.flags[f.api] ?? 0 })}
              </button>
            ))}
          </div>
          {filtered && (
            <p>
              <Link to={findPath({ q })}>{t('find.clear')}</Link>
            </p>
          )}
        </section>
        <section aria-labelledby="find-results" className="find-results">
          <h2 id="find-results">{t('find.results')}</h2>
          <SearchError error={error} />
          <p role="status" className="result-count">
            {status}
          </p>
          {result && hits.length === 0 && !loading && (
            <div className="empty-state">
              <p>
                <strong>{t('find.empty')}</strong>
              </p>
              {filtered && (
                <p>
                  {t('find.emptyFilters')} <Link to={findPath({ q })}>{t('find.clear').toLowerCase()}</Link>.
                </p>
              )}
              <p>{t('find.emptyTry')}</p>
              <ul className="chips">
                {EXAMPLES.filter((e) => e !== q).map((e) => (
                  <li key={e}>
                    <Link to={findPath({ q: e })} className="chip chip-link">
                      {e}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {hits.length > 0 && (
            <ul className="results">
              {hits.map((h, i) => (
                <PersonCard key={h.id} person={h} linkRef={i === firstNewIndex ? firstNew : undefined} />
              ))}
            </ul>
          )}
          {loading && <Loading />}
          {result && !loading && hits.length < result.total && (
            <button type="button" className="button" onClick={more}>
              {t('find.more')}
            </button>
          )}
        </section>
      </div>
    </Page>
  );
}
