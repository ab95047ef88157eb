import { stockholmDate } from '../api/stockholm-time';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { type Meeting, MeetingCard, meetingPath, useMeetingTime } from './meetings';
import { MonthView, addDays, addMonths, parseMonth } from './month-view';
import { Link, navigate, useSearchParam } from '../shared/router';
import { ConfirmButton, ErrorMessage, Loading, Page, SelectField, Status } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { myNetworksRead } from '../shared/reads';

/**
 * For each upcoming meeting I may go to (answered yes or maybe, or not answered yet; not cancelled):
 * the other such meetings it overlaps in time.
 */
export function overlaps(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const now = Date.now();
  const going = meetings.filter((m) => !m.cancelled && m.myAnswer?.answer !== 'no' && Date.parse(m.endsAt) > now);
  const result = new Map<string, Meeting[]>();
  for (const a of going) {
    const start = Date.parse(a.startsAt);
    const end = Date.parse(a.endsAt);
    const clashes = going.filter((b) => b.id !== a.id && Date.parse(b.startsAt) < end && start < Date.parse(b.endsAt));
    if (clashes.length > 0) result.set(a.id, clashes);
  }
  return result;
}

/** Each overlapping pair once, in the order of the calendar. */
function clashPairs(meetings: readonly Meeting[], clashes: ReadonlyMap<string, Meeting[]>): Array<[Meeting, Meeting]> {
  const pairs: Array<[Meeting, Meeting]> = [];
  const seen = new Set<string>();
  for (const a of meetings) {
    for (const b of clashes.get(a.id) ?? []) {
      const key = [a.id, b.id].sort().join(':');
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([a, b]);
    }
  }
  return pairs;
}

function ClashWarning({ meetings, clashes }: { meetings: readonly Meeting[]; clashes: ReadonlyMap<string, Meeting[]> }): ReactNode {
  const { t } = useI18n();
  const time = useMeetingTime();
  const pairs = clashPairs(meetings, clashes);
  if (pairs.length === 0) return null;
  const name = (m: Meeting): ReactNode => (
    <>
      <Link to={meetingPath(m.id)}>{m.title}</Link> ({m.networkName}, <time dateTime={m.startsAt}>{time.when(m)}</time>)
    </>
  );
  return (
    <section className="message message-warn clash-warning" aria-labelledby="clash-heading">
      <h2 id="clash-heading">
        <span aria-hidden="true">⚠ </span>
        {t('calendar.clashTitle')}
      </h2>
      <p>{t('calendar.overlapSummary')}</p>
      <ul>
        {pairs.map(([a, b]) => (
          <li key={`${a.id}-${b.id}`}>
            {name(a)} {t('calendar.clashesWith')} {name(b)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CalendarFeeds(): ReactNode {
  const { t, dateTime } = useI18n();
  const feeds = useHubQuery(['/api/v1/me/calendar-feeds'], () => unwrap(api.GET('/api/v1/me/calendar-feeds')));
  const networks = useHubQuery(myNetworksRead.key, myNetworksRead.load);
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
  const revoke = async (id: string): Promise<void> => {
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
              <ConfirmButton
                className="button small"
                question={t('calendar.confirmRevoke', { scope: scopeName(f.networkName) })}
                onConfirm={() => revoke(f.id)}
              >
                {t('calendar.revoke')}
                <span className="visually-hidden"> {scopeName(f.networkName)}</span>
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** From a week before the month's first day to a week after its last (the grid's edges), as ISO times. */
function monthRange(month: string): { from: string; to: string } {
  const first = `${month}-01`;
  return { from: `${addDays(first, -7)}T00:00:00Z`, to: `${addDays(addMonths(first, 1), 7)}T00:00:00Z` };
}

function calendarUrl(view: 'list' | 'month', month: string): string {
  return view === 'month' ? `/kalender?visa=manad&manad=${month}` : '/kalender';
}

export function CalendarPage(): ReactNode {
  const { t } = useI18n();
  const calendar = useHubQuery(['/api/v1/calendar'], () => unwrap(api.GET('/api/v1/calendar')));
  const view = useSearchParam('visa') === 'manad' ? 'month' : 'list';
  const monthParam = useSearchParam('manad');
  const month = parseMonth(monthParam) ? (monthParam as string) : stockholmDate(new Date()).slice(0, 7);
  // The month view asks for its own range (a week either side covers the grid's other days), past
  // meetings included.
  const monthMeetings = useHubQuery(['/api/v1/calendar', view, month], () => (view === 'month' ? unwrap(api.GET('/api/v1/calendar', { params: { query: monthRange(month) } })) : Promise.resolve(null)));
  const list = calendar.data ?? [];
  const clashes = overlaps(list);
  return (
    <Page title={t('calendar.title')}>
      <p>{t('calendar.intro')}</p>
      <ErrorMessage error={calendar.error} />
      {calendar.loading && !calendar.data && <Loading />}
      <ClashWarning meetings={list} clashes={clashes} />
      <div className="actions view-toggle" role="group" aria-label={t('calendar.viewLabel')}>
        <button type="button" className="toggle" aria-pressed={view === 'list'} onClick={() => view !== 'list' && navigate(calendarUrl('list', month), { keepFocus: true })}>
          {t('calendar.viewList')}
        </button>
        <button type="button" className="toggle" aria-pressed={view === 'month'} onClick={() => view !== 'month' && navigate(calendarUrl('month', month), { keepFocus: true })}>
          {t('calendar.viewMonth')}
        </button>
      </div>
      {view === 'month' && <ErrorMessage error={monthMeetings.error} />}
      {view === 'month' && (monthMeetings.data || calendar.data) && (
        <>
          <MonthView
            meetings={monthMeetings.data ?? list}
            month={month}
            clashes={clashes}
            onMonth={(next) => navigate(calendarUrl('month', next), { keepFocus: true })}
          />
          {monthMeetings.data && monthMeetings.data.length === 0 && <p className="empty">{t('calendar.emptyMonth')}</p>}
        </>
      )}
      {view === 'list' && (
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
      )}
      <CalendarFeeds />
    </Page>
  );
}
