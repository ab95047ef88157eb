// "Notiser": mentions, replies, announcements to acknowledge, join requests and meetings (announced,
// changed, cancelled, minutes published), newest first, live on `notification.created`; what each
// of my networks may notify me about, and meeting e-mail per network.
import { type ReactNode, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { type MessageKey, useI18n } from '../shared/i18n';
import { useHubEvents, useRealtime } from '../shared/realtime';
import { Link } from '../shared/router';
import { Checkbox, ErrorMessage, Loading, Page, SelectField, Status } from '../shared/ui';
import { useHubQuery } from '../shared/query';

type Notification = Schemas['NotificationDto'];
/** What a line reads: any kind (a newer hub may send more), and the meeting the meeting kinds are about. */
type Shown = Pick<Notification, 'actorName' | 'networkSlug' | 'networkName' | 'postId'> & { kind: string; meetingId?: string | null; meetingTitle?: string | null };
type Level = Schemas['NotificationSettingDto']['level'];

const LEVELS: ReadonlyArray<{ value: Level; label: MessageKey }> = [
  { value: 'all', label: 'notif.level.all' },
  { value: 'important', label: 'notif.level.important' },
  { value: 'none', label: 'notif.level.none' },
];

/** A kind this page does not know yet (a newer hub) still gets a sentence instead of breaking the page. */
const KIND_TEXT: Readonly<Record<string, MessageKey>> = {
  mention: 'notif.mention',
  reply: 'notif.reply',
  announcement: 'notif.announcement',
  join_request: 'notif.join_request',
  meeting_announced: 'notif.meeting_announced',
  meeting_changed: 'notif.meeting_changed',
  meeting_cancelled: 'notif.meeting_cancelled',
  minutes_published: 'notif.minutes_published',
  agenda_proposed: 'notif.agenda_proposed',
  action_assigned: 'notif.action_assigned',
};

function target(n: Shown): string {
  if (n.meetingId) return `/moten/${n.meetingId}`;
  if (n.kind === 'join_request' || !n.postId) return `/natverk/${n.networkSlug}`;
  return `/inlagg/${n.postId}`;
}

export function NotificationsPage(): ReactNode {
  const { t, tn, dateTime } = useI18n();
  const { refreshCounts } = useRealtime();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [more, setMore] = useState<{ items: Notification[]; nextCursor: string | null } | null>(null);
  const first = useHubQuery(['/api/v1/me/notifications', 'first'], () => unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: 20 } } })));

  // A new notification: the list reloads in place (focus stays where it is) and is announced.
  useHubEvents(['notification.created'], () => {
    unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: 20 } } })).then((page) => {
      first.setData(page);
      setMore(null);
      setStatus(t('notif.new'));
    }, setError);
  });

  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const unread = items.some((n) => !n.read);

  const text = (n: Shown): string =>
    t(KIND_TEXT[n.kind] ?? 'notif.other', { actor: n.actorName ?? t('notif.someone'), network: n.networkName, meeting: n.meetingTitle ?? t('meeting.title') });

  const markAll = async (): Promise<void> => {
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/me/notifications/read', { body: {} }));
      const mark = (list: Notification[]): Notification[] => list.map((n) => ({ ...n, read: true }));
      if (first.data) first.setData({ ...first.data, items: mark(first.data.items), unread: 0 });
      if (more) setMore({ ...more, items: mark(more.items) });
      setStatus(t('notif.markedAll'));
      refreshCounts();
    } catch (err) {
      setError(err);
    }
  };

  const open = (n: Notification): void => {
    if (n.read) return;
    void unwrap(api.POST('/api/v1/me/notifications/read', { body: { ids: [n.id] } })).then(refreshCounts, () => undefined);
  };

  const loadMore = async (): Promise<void> => {
    if (!nextCursor) return;
    setError(null);
    try {
      const page = await unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: 20, cursor: nextCursor } } }));
      setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
      setStatus(tn('notif.moreLoaded', page.items.length));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Page title={t('notif.title')}>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? first.error} />
      {first.loading && !first.data && <Loading />}
      {first.data && (
        <section aria-labelledby="notif-list-heading">
          <h2 id="notif-list-heading">{t('notif.list')}</h2>
          {unread && (
            <p>
              <button type="button" className="button" onClick={() => void markAll()}>
                {t('notif.markAll')}
              </button>
            </p>
          )}
          {items.length === 0 ? (
            <p className="empty">{t('notif.empty')}</p>
          ) : (
            <ul className="notifications">
              {items.map((n) => (
                <li key={n.id} className={n.read ? 'notification' : 'notification notification-unread'}>
                  {!n.read && <span className="badge badge-updated">{t('notif.unread')}</span>}{' '}
                  <Link to={target(n)} onClick={() => open(n)}>
                    {text(n)}
                  </Link>
                  <span className="meta">
                    {' '}
                    <time dateTime={n.createdAt}>{dateTime(n.createdAt)}</time>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {nextCursor && (
            <button type="button" className="button" onClick={() => void loadMore()}>
              {t('notif.more')}
            </button>
          )}
        </section>
      )}
      <NotificationSettings />
      <MeetingMailSettings />
    </Page>
  );
}

function NotificationSettings(): ReactNode {
  const { t } = useI18n();
  const settings = useHubQuery(['/api/v1/me/notification-settings'], () => unwrap(api.GET('/api/v1/me/notification-settings')));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

  const change = async (networkId: string, networkName: string, value: string): Promise<void> => {
    const level = LEVELS.find((l) => l.value === value);
    if (!level) return;
    setError(null);
    try {
      const next = await unwrap(
        api.PUT('/api/v1/me/notification-settings/{networkId}', { params: { path: { networkId } }, body: { level: level.value } }),
      );
      settings.setData(next);
      setStatus(t('notif.levelSaved', { network: networkName, level: t(level.label) }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="notif-settings-heading">
      <h2 id="notif-settings-heading">{t('notif.settings')}</h2>
      <p>{t('notif.settingsIntro')}</p>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? settings.error} />
      {settings.loading && !settings.data && <Loading />}
      {settings.data && settings.data.length === 0 && <p className="empty">{t('notif.noNetworks')}</p>}
      {settings.data?.map((s) => (
        <SelectField
          key={s.networkId}
          label={t('notif.levelLabel', { network: s.networkName })}
          value={s.level}
          onChange={(v) => void change(s.networkId, s.networkName, v)}
          options={LEVELS.map((l) => ({ value: l.value, label: t(l.label) }))}
        />
      ))}
    </section>
  );
}

/** "Mötesmejl": invitations, changes, cancellations, reminders and minutes by e-mail, per network. */
function MeetingMailSettings(): ReactNode {
  const { t } = useI18n();
  const settings = useHubQuery(['/api/v1/me/meeting-mail'], () => unwrap(api.GET('/api/v1/me/meeting-mail')));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const change = async (networkId: string, networkName: string, enabled: boolean): Promise<void> => {
    if (busy) return;
    setError(null);
    setStatus('');
    setBusy(networkId);
    // The box shows the choice at once; an error puts back what the hub has.
    if (settings.data) settings.setData(settings.data.map((s) => (s.networkId === networkId ? { ...s, enabled } : s)));
    try {
      const next = await unwrap(api.PUT('/api/v1/me/meeting-mail/{networkId}', { params: { path: { networkId } }, body: { enabled } }));
      settings.setData(next);
      setStatus(t(enabled ? 'meetingMail.on' : 'meetingMail.off', { network: networkName }));
    } catch (err) {
      setError(err);
      settings.reload();
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="meeting-mail-heading">
      <h2 id="meeting-mail-heading">{t('meetingMail.title')}</h2>
      <p id="meeting-mail-intro">{t('meetingMail.intro')}</p>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? settings.error} />
      {settings.loading && !settings.data && <Loading />}
      {settings.data && settings.data.length === 0 && <p className="empty">{t('notif.noNetworks')}</p>}
      {settings.data && settings.data.length > 0 && (
        <fieldset className="meeting-mail">
          <legend>{t('meetingMail.legend')}</legend>
          {settings.data.map((s) => (
            <Checkbox
              key={s.networkId}
              label={t('meetingMail.label', { network: s.networkName })}
              checked={s.enabled}
              describedBy="meeting-mail-intro"
              onChange={(enabled) => void change(s.networkId, s.networkName, enabled)}
            />
          ))}
        </fieldset>
      )}
    </section>
  );
}
