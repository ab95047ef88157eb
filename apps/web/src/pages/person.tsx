import type { ReactNode } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../i18n';
import { Link } from '../router';
import { ErrorMessage, ExternalBadge, Loading, Page, roleKey, useAsync, whereFrom } from '../ui';

type Expertise = Schemas['ExpertiseDto'];

export function ExpertiseList({ expertise }: { expertise: Expertise[] }): ReactNode {
  const { t } = useI18n();
  if (expertise.length === 0) return <p className="empty">{t('person.noExpertise')}</p>;
  return (
    <ul className="expertise-list">
      {expertise.map((e) => {
        const flags = [e.askMe && t('expertise.askMe'), e.mentor && t('expertise.mentor'), e.learning && t('expertise.learning')].filter(Boolean);
        return (
          <li key={e.tag}>
            <span className="tag">{e.tag}</span>
            {flags.length > 0 && <span className="flags"> {flags.join(' · ')}</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function PersonPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const person = useAsync(() => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })), [id]);
  const p = person.data;
  return (
    <Page title={p?.name ?? t('person.title')}>
      <p className="breadcrumb">
        <Link to="/personer">{t('person.back')}</Link>
      </p>
      {person.loading && <Loading />}
      <ErrorMessage error={person.error} />
      {p && (
        <>
          <p className="lead">
            {p.title}
            {whereFrom(p) ? `, ${whereFrom(p)}` : ''} {p.external && <ExternalBadge />}
            {p.disabled && <span className="badge"> {t('person.disabled')}</span>}
          </p>
          <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t('person.contact')}</h2>
            <dl className="facts">
              <dt>{t('person.email')}</dt>
              <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : t('person.hidden')}</dd>
              <dt>{t('person.phone')}</dt>
              <dd>{p.phone ? <a href={`tel:${p.phone.replace(/[^0-9+]/g, '')}`}>{p.phone}</a> : t('person.hidden')}</dd>
              {p.languages.length > 0 && (
                <>
                  <dt>{t('person.languages')}</dt>
                  <dd>{p.languages.join(', ')}</dd>
                </>
              )}
            </dl>
          </section>
          {p.bio && (
            <section aria-labelledby="bio-heading">
              <h2 id="bio-heading">{t('person.bio')}</h2>
              <p className="prewrap">{p.bio}</p>
            </section>
          )}
          <section aria-labelledby="expertise-heading">
            <h2 id="expertise-heading">{t('person.expertise')}</h2>
            <ExpertiseList expertise={p.expertise} />
          </section>
          <section aria-labelledby="networks-heading">
            <h2 id="networks-heading">{t('person.networks')}</h2>
            {p.networks.length === 0 ? (
              <p className="empty">{t('person.noNetworks')}</p>
            ) : (
              <ul>
                {p.networks.map((n) => (
                  <li key={n.id}>
                    <Link to={`/natverk/${n.slug}`}>{n.name}</Link> ({t(roleKey(n.role))})
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
