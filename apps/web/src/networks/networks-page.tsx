import { type ReactNode, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { JoinControl } from './join';
import type { MessageKey } from '../shared/messages';
import { Link } from '../shared/router';
import { ErrorMessage, Loading, Page, SelectField } from '../shared/ui';
import { useHubQuery } from '../shared/query';

type Summary = Schemas['NetworkSummaryDto'];
type Scope = 'all' | 'mine' | 'discover';

export const VISIBILITY_KEY: Record<Summary['visibility'], MessageKey> = {
  open: 'network.visibility.open',
  closed: 'network.visibility.closed',
  secret: 'network.visibility.secret',
};
export const KIND_KEY: Record<Summary['kind'], MessageKey> = {
  kunskapsnatverk: 'network.kind.kunskapsnatverk',
  arbetsgrupp: 'network.kind.arbetsgrupp',
  program: 'network.kind.program',
};

export function NetworkMeta({ network }: { network: Summary }): ReactNode {
  const { t, tn } = useI18n();
  return (
    <p className="meta">
      <span className={`badge badge-${network.visibility}`}>{t(VISIBILITY_KEY[network.visibility])}</span> <span>{t(KIND_KEY[network.kind])}</span>
      {network.memberCount !== null && <span> · {tn('network.memberCount', network.memberCount)}</span>}
      {network.archived && <span className="badge"> {t('network.archived')}</span>}
    </p>
  );
}

export function NetworksPage(): ReactNode {
  const { t, tn } = useI18n();
  const [scope, setScope] = useState<Scope>('all');
  const networks = useHubQuery(['/api/v1/networks', scope], () => unwrap(api.GET('/api/v1/networks', { params: { query: { scope } } })));

  const update = (id: string, change: Partial<Summary>): void => {
    if (networks.data) networks.setData(networks.data.map((n) => (n.id === id ? { ...n, ...change } : n)));
  };

  return (
    <Page title={t('networks.title')}>
      <p>{t('networks.intro')}</p>
      <div className="filters">
        <SelectField
          label={t('networks.scope')}
          value={scope}
          onChange={(v) => setScope(v === 'mine' || v === 'discover' ? v : 'all')}
          options={[
            { value: 'all', label: t('networks.scope.all') },
            { value: 'mine', label: t('networks.scope.mine') },
            { value: 'discover', label: t('networks.scope.discover') },
          ]}
        />
      </div>
      {networks.loading && <Loading />}
      <ErrorMessage error={networks.error} />
      {networks.data && networks.data.length === 0 && <p className="empty">{scope === 'mine' ? t('networks.emptyMine') : t('networks.empty')}</p>}
      {networks.data && networks.data.length > 0 && (
        <>
          <p className="visually-hidden" role="status">
            {tn('networks.count', networks.data.length)}
          </p>
          <ul className="cards">
            {networks.data.map((n) => (
              <li key={n.id} className="card network-card">
                <h2>
                  <Link to={`/natverk/${n.slug}`}>{n.name}</Link>
                </h2>
                <NetworkMeta network={n} />
                {n.description && <p>{n.description}</p>}
                <JoinControl network={n} onChanged={(c) => update(n.id, { ...c, memberCount: c.myRole && n.memberCount !== null ? n.memberCount + 1 : n.memberCount })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
