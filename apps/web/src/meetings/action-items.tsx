// Action items: the to-do list used by the agenda (carried over), the minutes and the network page's
// open action items. Live: `agenda.changed` and `minutes.published` make the network's list stale.
import { type ReactNode, useCallback, useId, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { stockholmDate } from '../api/stockholm-time';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { formatCalendarDay } from '../shared/formats';
import { meetingPath } from './meetings';
import { Link } from '../shared/router';
import { ErrorMessage, Loading, Status } from '../shared/ui';
import { useHubQuery } from '../shared/query';


export type ActionItem = Schemas['ActionItemDto'];

/** "2026-12-15" as "15 december 2026" (a date without time: no time zone shifts it). */
export function useDayFormat(): (ymd: string) => string {
  const { lang } = useI18n();
  return useCallback((ymd: string) => formatCalendarDay(lang, ymd), [lang]);
}

/**
 * Action items as a to-do list: a checkbox (named by the item) for those who may mark it done,
 * otherwise the state as text; owner, due date (overdue marked) and, optionally, the meeting.
 */
export function ActionItemList({
  items,
  canToggle,
  showMeeting,
  onChanged,
  empty,
  headingId,
  dropsDone,
}: {
  items: readonly ActionItem[];
  canToggle(item: ActionItem): boolean;
  showMeeting?: boolean;
  onChanged(item: ActionItem): void;
  /** Shown when there are no items (the live region stays, so "marked done" is still heard). */
  empty: string;
  /** The list's heading (tabIndex -1): focus goes there when a done item leaves the list. */
  headingId: string;
  /** Only open items are listed: one marked done disappears. */
  dropsDone?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const day = useDayFormat();
  const baseId = useId();
  const today = stockholmDate(new Date());
  const [busy, setBusy] = useState<string | null>(null);
  /** The state just chosen, shown at once while the hub saves it (reverted on an error). */
  const [pending, setPending] = useState<{ id: string; done: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const toggle = async (item: ActionItem, done: boolean): Promise<void> => {
    if (busy) return;
    setError(null);
    setStatus('');
    setBusy(item.id);
    setPending({ id: item.id, done });
    try {
      const saved = await unwrap(api.PATCH('/api/v1/action-items/{id}', { params: { path: { id: item.id } }, body: { done } }));
      onChanged(saved);
      setStatus(t(done ? 'actions.markedDone' : 'actions.reopened', { title: item.title }));
      if (done && dropsDone) document.getElementById(headingId)?.focus();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      setPending(null);
    }
  };
  return (
    <>
      <Status>{status}</Status>
      <ErrorMessage error={error} />
      {items.length === 0 && <p className="empty">{empty}</p>}
      {items.length > 0 && (
        <ul className="action-items">
          {items.map((a) => {
            const inputId = `${baseId}-${a.id}`;
            const metaId = `${inputId}-meta`;
            const overdue = !a.done && a.dueOn !== null && a.dueOn < today;
            return (
              <li key={a.id} className={a.done ? 'action-item action-done' : 'action-item'}>
                {canToggle(a) ? (
                  <div className="checkbox">
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={pending?.id === a.id ? pending.done : a.done}
                      aria-describedby={metaId}
                      aria-disabled={busy === a.id || undefined}
                      onChange={(e) => void toggle(a, e.target.checked)}
                    />
                    <label htmlFor={inputId}>{a.title}</label>
                  </div>
                ) : (
                  <p className="action-title">
                    {a.title}
                    {a.done && (
                      <>
                        {' '}
                        <span className="badge badge-created">{t('actions.done')}</span>
                      </>
                    )}
                  </p>
                )}
                <p id={metaId} className="action-meta">
                  <span>{a.owner ? t('actions.owner', { name: a.owner.name }) : t('actions.noOwner')}</span>
                  {a.dueOn && (
                    <span>
                      {' · '}
                      {t('actions.due', { date: day(a.dueOn) })}
                    </span>
                  )}
                  {overdue && (
                    <>
                      {' '}
                      <span className="badge badge-error">{t('actions.overdue')}</span>
                    </>
                  )}
                  {a.done && canToggle(a) && <span className="visually-hidden"> {t('actions.done')}</span>}
                  {showMeeting && (
                    <span>
                      {' · '}
                      {t('actions.from')} <Link to={meetingPath(a.meetingId)}>{a.meetingTitle}</Link>
                    </span>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function replaceItem(list: readonly ActionItem[], item: ActionItem, keep: (a: ActionItem) => boolean = () => true): ActionItem[] {
  return list.map((a) => (a.id === item.id ? item : a)).filter(keep);
}

/** The network's open action items (in the network page's "Möten"). */
export function NetworkActionItems({ networkId, canManage }: { networkId: string; canManage: boolean }): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const items = useHubQuery(['/api/v1/networks/{id}/action-items', networkId, 'open'], () => unwrap(api.GET('/api/v1/networks/{id}/action-items', { params: { path: { id: networkId }, query: { status: 'open' } } })));
  const list = items.data ?? [];
  return (
    <>
      <h3 id="network-actions-heading" tabIndex={-1}>
        {t('actions.networkTitle')}
      </h3>
      <ErrorMessage error={items.error} />
      {items.loading && !items.data && <Loading />}
      {items.data && (
        <ActionItemList
          items={list}
          empty={t('actions.networkEmpty')}
          headingId="network-actions-heading"
          dropsDone
          showMeeting
          canToggle={(item) => canManage || item.owner?.id === session?.personId}
          onChanged={(item) => items.setData(replaceItem(list, item, (x) => !x.done))}
        />
      )}
    </>
  );
}
