import { type ReactNode, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { usePeopleList } from './people-data';
import { Link } from '../shared/router';
import { ErrorMessage, ExternalBadge, Loading, Page, SelectField, TextField, whereFrom } from '../shared/ui';
import { useSettled } from '../shared/settled';
import { useHubQuery } from '../shared/query';
import { municipalitiesRead } from '../shared/reads';

const PAGE_SIZE = 25;

export function PeoplePage(): ReactNode {
  const { t, tn } = useI18n();
  const [municipality, setMunicipality] = useState('');
  const [network, setNetwork] = useState('');
  const [nameInput, setNameInput] = useState('');
  const name = useSettled(nameInput.trim());
  const municipalities = useHubQuery(municipalitiesRead.key, municipalitiesRead.load);
  const networks = useHubQuery(['/api/v1/networks', 'all'], () => unwrap(api.GET('/api/v1/networks', { params: { query: { scope: 'all' } } })));
  const { items, hasMore, loading, error, more: loadMore } = usePeopleList({ limit: PAGE_SIZE, name, municipality, network });
  const firstNewRef = useRef<HTMLAnchorElement>(null);
  const focusFirstNew = useRef(false);

  const firstNewIndex = useRef(-1);
  useEffect(() => {
    if (focusFirstNew.current && !loading) {
      focusFirstNew.current = false;
      firstNewRef.current?.focus();
    }
  }, [items, loading]);

  const more = (): void => {
    firstNewIndex.current = items.length;
    focusFirstNew.current = true;
    loadMore();
  };

  return (
    <Page title={t('people.title')}>
      <p>{t('people.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('people.filters')}>
        <TextField label={t('people.name')} type="search" value={nameInput} onChange={setNameInput} autoComplete="off" />
        <SelectField
          label={t('people.municipality')}
          value={municipality}
          onChange={setMunicipality}
          options={[{ value: '', label: t('people.allMunicipalities') }, ...(municipalities.data ?? []).map((m) => ({ value: m.slug, label: m.name }))]}
        />
        <SelectField
          label={t('people.network')}
          value={network}
          onChange={setNetwork}
          options={[{ value: '', label: t('people.allNetworks') }, ...(networks.data ?? []).map((n) => ({ value: n.slug, label: n.name }))]}
        />
      </form>
      <ErrorMessage error={error ?? municipalities.error ?? networks.error} />
      <p role="status" className="result-count">
        {!loading || items.length > 0 ? tn(hasMore ? 'people.shownMore' : 'people.shown', items.length) : ''}
      </p>
      {!loading && !error && items.length === 0 && <p className="empty">{t('people.empty')}</p>}
      {items.length > 0 && (
        <ul className="people-list">
          {items.map((p, i) => (
            <li key={p.id} className="person-row">
              <Link to={`/personer/${p.id}`} ref={i === firstNewIndex.current ? firstNewRef : undefined}>
                {p.name}
              </Link>{' '}
              {p.external && <ExternalBadge />}
              <span className="meta-inline">
                {p.title ? ` – ${p.title}` : ''}
                {whereFrom(p) ? `, ${whereFrom(p)}` : ''}
              </span>
              {p.expertise.length > 0 && (
                <ul className="tags" aria-label={t('people.expertiseOf', { name: p.name })}>
                  {p.expertise.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {loading && <Loading />}
      {hasMore && !loading && (
        <button type="button" className="button" onClick={more}>
          {t('people.more')}
        </button>
      )}
    </Page>
  );
}
