import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../i18n';
import { type Meeting, MeetingCard } from '../meetings';
import { useHubEvents } from '../realtime';
import { ErrorMessage, Loading, Page, SelectField, Status, useAsync } from '../ui';

/** For each meeting I answered yes or maybe to: the other such meetings it overlaps. */
export function overlaps(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const going = meetings.filter((m) => !m.cancelled && (m.myAnswer?.answer === 'yes' || m.myAnswer?.answer === 'maybe'));
  const result = new Map<string, Meeting[]>();
  for (const a of going) {
    const start = Date.parse(a.startsAt);
    const end = Date.parse(a.endsAt);
    const clashes = going.filter((b) => b.id !== a.id && Date.parse(b.startsAt) < end && start < Date.parse(b.endsAt));
    if (clashes.length > 0) result.set(a.id, clashes);
  }
  return result;
}

function CalendarFeeds(): ReactNode {
  const { t, dateTime } = useI18n();
  const feeds = useAsync(() => unwrap(api.GET('/api/v1/me/calendar-feeds')), []);
  const networks = useAsync(() => unwrap(api.GET('/api/v1/networks', { params: { query: { scope: 'mine' } } })), []);
  const [scope, setScope] = useState('');
  const [created, setCreated] = useState<Schemas['CreatedCalendarFeedDto'] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const secretRef = useRef<HTMLDivElement>(null);
  const scopeName = (name: string | null): string => name ?? t('calendar.feedAll');

  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const feed = await unwrap(api.POST('/api/v1/me/calendar-feeds', { body: scope ? { networkId: scope } : {} }));
      setCreated(feed);
      feeds.reload();
      window.setTimeout(() => secretRef.current?.focus(), 0);
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async (id: string, name: string | null): Promise<void> => {
    if (!window.confirm(t('calendar.confirmRevoke', { scope: scopeName(name) }))) return;
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/me/calendar-feeds/{id}', { params: { path: { id } } }));
      if (created?.id === id) setCreated(null);
      feeds.reload();
      setStatus(t('calendar.revoked'));
    } catch (err) {
      setError(err);
    }
  };
  const copy = async (): Promise<void> => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setStatus(t('calendar.copied'));
    } catch {
      setStatus(t('calendar.copyFailed'));
    }
  };

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('calendar.feeds')}</h2>
      <p>{t('calendar.feedsIntro')}</p>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? feeds.error} shownFields={['networkId']} />
      {created && (
        <div className="message message-secret" ref={secretRef} tabIndex={-1} aria-labelledby="feed-secret-heading">
          <h3 id="feed-secret-heading">{t('calendar.feedCreated')}</h3>
          <p>{t('calendar.feedOnce')}</p>
          <p>
            <code className="secret">{created.url}</code>
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('calendar.copy')}
            </button>
            <button type="button" className="button" onClick={() => setCreated(null)}>
              {t('calendar.hide')}
            </button>
          </div>
        </div>
      )}
      <form onSubmit={(e) => void create(e)} className="card" aria-labelledby="new-feed-heading" noValidate>
        <h3 id="new-feed-heading">{t('calendar.createFeed')}</h3>
        <SelectField
          label={t('calendar.feedScope')}
          value={scope}
          onChange={setScope}
          options={[{ value: '', label: t('calendar.feedAll') }, ...(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))]}
        />
        <button type="submit" className="button primary">
          {t('calendar.createFeed')}
        </button>
      </form>
      <h3>{t('calendar.myFeeds')}</h3>
      {feeds.loading && !feeds.data && <Loading />}
      {feeds.data && feeds.data.length === 0 && <p className="empty">{t('calendar.noFeeds')}</p>}
      {feeds.data && feeds.data.length > 0 && (
        <ul className="feed-list">
          {feeds.data.map((f) => (
            <li key={f.id}>
              {t('calendar.feedItem', { scope: scopeName(f.networkName), date: dateTime(f.createdAt) })}{' '}
              <button type="button" className="button small" onClick={() => void revoke(f.id, f.networkName)}>
                {t('calendar.revoke')}
                <span className="visually-hidden"> {scopeName(f.networkName)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CalendarPage(): ReactNode {
  const { t } = useI18n();
  const calendar = useAsync(() => unwrap(api.GET('/api/v1/calendar')), []);
  useHubEvents(['meeting.announced', 'meeting.updated', 'meeting.cancelled', 'rsvp.changed'], () => calendar.reload());
  const list = calendar.data ?? [];
  const clashes = overlaps(list);
  return (
    <Page title={t('calendar.title')}>
      <p>{t('calendar.intro')}</p>
      <ErrorMessage error={calendar.error} />
      {calendar.loading && !calendar.data && <Loading />}
      {clashes.size > 0 && (
        <div className="message message-warn" role="note">
          <p>{t('calendar.overlapSummary')}</p>
        </div>
      )}
      <section aria-labelledby="calendar-meetings-heading">
        <h2 id="calendar-meetings-heading">{t('meetings.upcoming')}</h2>
        {calendar.data && list.length === 0 && <p className="empty">{t('calendar.empty')}</p>}
        {list.length > 0 && (
          <ul className="meeting-list">
            {list.map((m) => (
              <li key={m.id}>
                <MeetingCard meeting={m} showNetwork>
                  {clashes.get(m.id)?.map((c) => (
                    <p key={c.id} className="message message-warn">
                      {t('calendar.overlap', { title: c.title, network: c.networkName })}
                    </p>
                  ))}
                </MeetingCard>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CalendarFeeds />
    </Page>
  );
}
