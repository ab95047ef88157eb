import type { ReactNode } from 'react';
import { useAuth } from '../shared/auth';
import { HomeFeed } from '../feed/feed';
import { useI18n } from '../shared/i18n';
import { PendingJoinRequests } from '../networks/join-requests';
import { Link } from '../shared/router';
import { ErrorMessage, Loading, Page, roleKey } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { meRead, myNetworksRead } from '../shared/reads';
import { NetworkMeta } from '../networks/networks-page';

export function StartPage(): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const me = useHubQuery(meRead.key, meRead.load);
  const mine = useHubQuery(myNetworksRead.key, myNetworksRead.load);
  const coordinates = session?.role === 'admin' || (mine.data ?? []).some((n) => n.myRole === 'coordinator');
  const firstName = me.data?.name.split(' ')[0];
  // One loading state for the top of the page: sections filling in one by one would push each other down.
  if (me.loading || mine.loading) {
    return (
      <Page title={t('start.title')}>
        <Loading />
      </Page>
    );
  }

  return (
    <Page title={t('start.title')} heading={firstName ? t('start.welcome', { name: firstName }) : t('start.title')}>
      <p>{t('start.intro')}</p>
      {session?.role === 'admin' && (
        <p className="message">
          {t('start.admin')} <Link to="/admin">{t('nav.admin')}</Link>
        </p>
      )}
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('start.myNetworks')}</h2>
        <ErrorMessage error={mine.error} />
        {mine.data && mine.data.length === 0 && (
          <p className="empty">
            {t('start.noNetworks')} <Link to="/natverk">{t('start.findNetworks')}</Link>
          </p>
        )}
        {mine.data && mine.data.length > 0 && (
          <ul className="cards">
            {mine.data.map((n) => (
              <li key={n.id} className="card">
                <h3>
                  <Link to={`/natverk/${n.slug}`}>{n.name}</Link>
                </h3>
                <NetworkMeta network={n} />
                {n.myRole && <p className="meta">{t('start.yourRole', { role: t(roleKey(n.myRole)) })}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <HomeFeed />
      {/* Shown when something waits; coordinators also see that nothing does. */}
      <PendingJoinRequests headingId="pending-heading" title={t('start.pending')} alwaysShow={coordinates} />
    </Page>
  );
}
