import { type ReactNode, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { Link, navigate } from '../shared/router';
import { chatPath } from '../chat/chat-page';
import { ErrorMessage, ExternalBadge, Loading, Page, roleKey, whereFrom } from '../shared/ui';
import { useHubQuery } from '../shared/query';

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

/** Opens (or creates) the direct conversation with the person and goes there. */
function SendMessage({ personId }: { personId: string }): ReactNode {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const open = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const conversation = await unwrap(api.POST('/api/v1/conversations/direct', { body: { personId } }));
      navigate(chatPath(conversation.id));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorMessage error={error} />
      <p>
        <button type="button" className="button primary" aria-disabled={busy} onClick={() => void open()}>
          {t('chat.sendMessage')}
        </button>
      </p>
    </>
  );
}

export function PersonPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const person = useHubQuery(['/api/v1/people/{id}', id], () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })));
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
          {!p.disabled && session && session.personId !== p.id && <SendMessage personId={p.id} />}
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
