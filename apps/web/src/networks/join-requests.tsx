// Pending requests to join a network, with approve / reject (coordinators and the secretariat).
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorMessage, ExternalBadge, Loading, Status, whereFrom } from '../shared/ui';
import { useHubQuery } from '../shared/query';

type Request = Schemas['JoinRequestDto'];

/** One network's requests as a list with the decisions; the parent owns the list. */
function RequestList({
  networkId,
  networkName,
  headingLevel,
  requests,
  loading,
  loadError,
  onDecided,
}: {
  networkId: string;
  networkName: string;
  headingLevel: 2 | 3;
  requests: Request[] | undefined;
  loading: boolean;
  loadError: unknown;
  onDecided(requestId: string, approved: boolean): void;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingRef = useRef<HTMLHeadingElement>(null);

  const decide = async (requestId: string, name: string, approve: boolean): Promise<void> => {
    if (busy) return;
    setBusy(requestId);
    setError(null);
    try {
      const path = { id: networkId, requestId };
      if (approve) await unwrap(api.POST('/api/v1/networks/{id}/join-requests/{requestId}/approve', { params: { path } }));
      else await unwrap(api.POST('/api/v1/networks/{id}/join-requests/{requestId}/reject', { params: { path } }));
      setStatus(approve ? t('requests.approved', { name, network: networkName }) : t('requests.rejected', { name }));
      onDecided(requestId, approve);
      headingRef.current?.focus();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby={`requests-${networkId}`} className="requests">
      <Heading id={`requests-${networkId}`} ref={headingRef} tabIndex={-1}>
        {headingLevel === 3 ? networkName : t('requests.title')}
        {requests && requests.length > 0 && <span className="count"> ({requests.length})</span>}
      </Heading>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? loadError} />
      {loading && <Loading />}
      {requests && requests.length === 0 && <p className="empty">{t('requests.empty')}</p>}
      {requests && requests.length > 0 && (
        <ul className="list">
          {requests.map((r) => (
            <li key={r.id} className="request">
              <div>
                <Link to={`/personer/${r.person.id}`}>{r.person.name}</Link> {r.person.external && <ExternalBadge />}
                <span className="meta-inline">
                  {' '}
                  – {r.person.title}
                  {whereFrom(r.person) ? `, ${whereFrom(r.person)}` : ''}
                </span>
                <p className="meta">{t('requests.sent', { when: dateTime(r.createdAt) })}</p>
                {r.message && <blockquote>{r.message}</blockquote>}
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="button primary"
                  aria-disabled={busy === r.id}
                  onClick={() => void decide(r.id, r.person.name, true)}
                >
                  {t('requests.approve')}
                  <span className="visually-hidden"> {r.person.name}</span>
                </button>
                <button
                  type="button"
                  className="button"
                  aria-disabled={busy === r.id}
                  onClick={() => void decide(r.id, r.person.name, false)}
                >
                  {t('requests.reject')}
                  <span className="visually-hidden"> {r.person.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The requests for one network (its own page). */
export function JoinRequests({
  networkId,
  networkName,
  onDecided,
}: {
  networkId: string;
  networkName: string;
  onDecided?(approved: boolean): void;
}): ReactNode {
  const requests = useHubQuery(['/api/v1/networks/{id}/join-requests', networkId], () => unwrap(api.GET('/api/v1/networks/{id}/join-requests', { params: { path: { id: networkId } } })));
  return (
    <RequestList
      networkId={networkId}
      networkName={networkName}
      headingLevel={2}
      requests={requests.data}
      loading={requests.loading}
      loadError={requests.error}
      onDecided={(requestId, approved) => {
        if (requests.data) requests.setData(requests.data.filter((r) => r.id !== requestId));
        onDecided?.(approved);
      }}
    />
  );
}

/**
 * Everything waiting for me (GET /join-requests: the networks I coordinate, every network for the
 * secretariat), one list per network. A network stays listed after its last decision, so the
 * confirmation can still be read.
 */
export function PendingJoinRequests({
  headingId,
  title,
  alwaysShow,
}: {
  headingId: string;
  title: string;
  alwaysShow: boolean;
}): ReactNode {
  const { t } = useI18n();
  const pending = useHubQuery(['/api/v1/join-requests'], () => unwrap(api.GET('/api/v1/join-requests')));
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const networks = useMemo(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const r of pending.data ?? []) if (!seen.has(r.network.id)) seen.set(r.network.id, r.network);
    return [...seen.values()];
  }, [pending.data]);

  if (!alwaysShow && pending.data && networks.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {pending.loading && <Loading />}
      <ErrorMessage error={pending.error} />
      {pending.data && networks.length === 0 && <p className="empty">{t('requests.empty')}</p>}
      {networks.map((n) => (
        <RequestList
          key={n.id}
          networkId={n.id}
          networkName={n.name}
          headingLevel={3}
          requests={(pending.data ?? []).filter((r) => r.network.id === n.id && !decided.has(r.id))}
          loading={false}
          loadError={null}
          onDecided={(requestId) => setDecided((prev) => new Set(prev).add(requestId))}
        />
      ))}
    </section>
  );
}
