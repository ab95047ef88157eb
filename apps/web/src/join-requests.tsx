// Pending requests to join one network, with approve / reject (coordinators and the secretariat).
import { type ReactNode, useRef, useState } from 'react';
import { api, unwrap } from './api/client';
import { useI18n } from './i18n';
import { Link } from './router';
import { ErrorMessage, ExternalBadge, Loading, Status, useAsync, whereFrom } from './ui';

export function JoinRequests({
  networkId,
  networkName,
  headingLevel = 2,
  onDecided,
  hideWhenEmpty = false,
}: {
  networkId: string;
  networkName: string;
  headingLevel?: 2 | 3;
  onDecided?(approved: boolean): void;
  hideWhenEmpty?: boolean;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const requests = useAsync(() => unwrap(api.GET('/api/v1/networks/{id}/join-requests', { params: { path: { id: networkId } } })), [networkId]);
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
      if (requests.data) requests.setData(requests.data.filter((r) => r.id !== requestId));
      onDecided?.(approve);
      headingRef.current?.focus();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  if (hideWhenEmpty && requests.data && requests.data.length === 0 && !status) return null;

  return (
    <section aria-labelledby={`requests-${networkId}`} className="requests">
      <Heading id={`requests-${networkId}`} ref={headingRef} tabIndex={-1}>
        {headingLevel === 3 ? networkName : t('requests.title')}
        {requests.data && requests.data.length > 0 && <span className="count"> ({requests.data.length})</span>}
      </Heading>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? requests.error} />
      {requests.loading && <Loading />}
      {requests.data && requests.data.length === 0 && <p className="empty">{t('requests.empty')}</p>}
      {requests.data && requests.data.length > 0 && (
        <ul className="list">
          {requests.data.map((r) => (
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
                <button type="button" className="button primary" aria-disabled={busy === r.id} onClick={() => void decide(r.id, r.person.name, true)}>
                  {t('requests.approve')}
                  <span className="visually-hidden"> {r.person.name}</span>
                </button>
                <button type="button" className="button" aria-disabled={busy === r.id} onClick={() => void decide(r.id, r.person.name, false)}>
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
