// A meeting's agenda: proposals, order, planned times and the action items carried over from earlier
// meetings. Live: `agenda.changed` refetches, after this page's own changes are done.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { type Meeting } from './meetings';
import { useHubEvents } from '../shared/realtime';
import { Link } from '../shared/router';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { ConfirmButton, ErrorMessage, Loading, Status, TextField } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { ActionItemList, replaceItem } from './action-items';

type Agenda = Schemas['AgendaDto'];
type AgendaItem = Schemas['AgendaItemDto'];

/** Minutes for one accepted item (coordinators); empty clears them. */
function DurationForm({ item, onSave }: { item: AgendaItem; onSave(minutes: number | null): Promise<boolean> }): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(item.durationMinutes === null ? '' : String(item.durationMinutes));
  const [wrong, setWrong] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const text = value.trim();
    const minutes = text === '' ? null : Number(text);
    if (minutes !== null && (!/^\d+$/.test(text) || minutes < 1 || minutes > 600)) {
      setWrong(true);
      return;
    }
    setWrong(false);
    await onSave(minutes);
  };
  return (
    <form className="duration-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id}>
        {t('agenda.duration')}
        <span className="visually-hidden"> {t('agenda.forItem', { title: item.title })}</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? `${id}-error` : undefined}
      />
      <button type="submit" className="button small">
        {t('agenda.setDuration')}
        <span className="visually-hidden"> {t('agenda.forItem', { title: item.title })}</span>
      </button>
      {wrong && (
        <p id={`${id}-error`} className="field-error">
          {t('agenda.durationError')}
        </p>
      )}
    </form>
  );
}

function ProposeItem({ meetingId, onProposed }: { meetingId: string; onProposed(agenda: Agenda, title: string): void }): ReactNode {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [details, setDetails] = useState('');
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy || !form.check([{ field: 'title', label: t('agenda.itemTitle'), value: title }])) return;
    setBusy(true);
    try {
      const agenda = await unwrap(
        api.POST('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId } }, body: { title: title.trim(), details } }),
      );
      onProposed(agenda, title.trim());
      setTitle('');
      setDetails('');
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="propose-heading">
      <h3 id="propose-heading">{t('agenda.propose')}</h3>
      <p className="hint">{t('agenda.proposeIntro')}</p>
      <ErrorSummary form={form} />
      <TextField label={t('agenda.itemTitle')} value={title} onChange={setTitle} required {...form.field('title')} />
      <TextField label={t('agenda.itemDetails')} hint={t('agenda.itemDetailsHint')} value={details} onChange={setDetails} multiline {...form.field('details')} />
      <button type="submit" className="button primary" aria-disabled={busy || undefined}>
        {t('agenda.proposeButton')}
      </button>
    </form>
  );
}

/** The meeting page's "Dagordning". */
export function MeetingAgenda({ meeting }: { meeting: Meeting }): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const agenda = useHubQuery(['/api/v1/meetings/{id}/agenda', meeting.id], () => unwrap(api.GET('/api/v1/meetings/{id}/agenda', { params: { path: { id: meeting.id } } })));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** After a move, focus goes back to the pressed button (React may have moved its element). */
  const refocus = useRef<string | null>(null);
  /** While a change of several requests runs, live reloads wait (they would show a half-done order). */
  const working = useRef<{ on: boolean; missed: boolean }>({ on: false, missed: false });
  // Action items of any meeting of the network may change what is carried over.
  useHubEvents(['agenda.changed'], (event) => {
    if (event.data.meetingId !== meeting.id && event.networkId !== meeting.networkId) return;
    if (working.current.on) working.current.missed = true;
    else agenda.reload();
  });
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [agenda.data]);

  const a = agenda.data;
  const accepted = a?.items.filter((i) => i.status === 'accepted') ?? [];
  const proposed = a?.items.filter((i) => i.status === 'proposed') ?? [];
  const declined = a?.items.filter((i) => i.status === 'declined') ?? [];
  const started = new Date(meeting.startsAt) <= new Date();

  const run = async (work: () => Promise<Agenda | undefined>, done: string): Promise<boolean> => {
    if (working.current.on) return false;
    working.current = { on: true, missed: false };
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const next = await work();
      if (next) agenda.setData(next);
      if (!next || working.current.missed) agenda.reload();
      setStatus(done);
      return true;
    } catch (err) {
      setError(err);
      agenda.reload();
      return false;
    } finally {
      working.current = { on: false, missed: false };
      setBusy(false);
    }
  };
  const patch = (item: AgendaItem, body: Schemas['UpdateAgendaItemDto']): Promise<Agenda> =>
    unwrap(api.PATCH('/api/v1/agenda-items/{id}', { params: { path: { id: item.id } }, body }));

  const move = (item: AgendaItem, by: -1 | 1): void => {
    const from = accepted.findIndex((i) => i.id === item.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= accepted.length) return;
    const order = [...accepted];
    order.splice(from, 1);
    order.splice(to, 0, item);
    refocus.current = `agenda-${by < 0 ? 'up' : 'down'}-${item.id}`;
    void run(
      async () => {
        // Positions become 1..n in the new order; only those that differ are sent.
        let last: Agenda | undefined;
        for (const [index, it] of order.entries()) if (it.position !== index + 1) last = await patch(it, { position: index + 1 });
        return last;
      },
      t('agenda.moved', { title: item.title, place: to + 1, count: order.length }),
    );
  };
  const accept = (item: AgendaItem): void => {
    const last = accepted.reduce((max, i) => Math.max(max, i.position), 0);
    void run(() => patch(item, { status: 'accepted', position: Math.min(last + 1, 1000) }), t('agenda.accepted', { title: item.title }));
  };
  const decline = (item: AgendaItem): void => {
    void run(() => patch(item, { status: 'declined' }), t('agenda.declined', { title: item.title }));
  };
  const remove = (item: AgendaItem): void => {
    void run(
      async () => {
        await unwrap(api.DELETE('/api/v1/agenda-items/{id}', { params: { path: { id: item.id } } }));
        return undefined;
      },
      t('agenda.deleted', { title: item.title }),
    );
  };
  const setDuration = (item: AgendaItem, minutes: number | null): Promise<boolean> =>
    run(
      () => patch(item, { durationMinutes: minutes }),
      minutes === null ? t('agenda.durationCleared', { title: item.title }) : t('agenda.durationSet', { title: item.title, minutes }),
    );

  const deleteLabel = (): string => (a?.canManage ? t('agenda.delete') : t('agenda.withdraw'));
  const proposer = (item: AgendaItem): ReactNode =>
    item.proposedBy && (
      <p className="agenda-by">
        {t('agenda.proposedBy')} <Link to={`/personer/${item.proposedBy.id}`}>{item.proposedBy.name}</Link>
      </p>
    );
  const details = (item: AgendaItem): ReactNode => item.details && <p className="prewrap agenda-details">{item.details}</p>;
  const hidden = (item: AgendaItem): ReactNode => <span className="visually-hidden"> {item.title}</span>;

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? agenda.error} />
      {agenda.loading && !a && <Loading />}
      {a && (
        <>
          {accepted.length === 0 ? (
            <p className="empty">{t('agenda.empty')}</p>
          ) : (
            <>
              {accepted.some((i) => i.startsAt === null) && a.canManage && <p className="hint">{t('agenda.timesHint')}</p>}
              <ol className="agenda-list">
                {accepted.map((item, index) => (
                  <li key={item.id} className="agenda-item">
                    <p className="agenda-head">
                      <span className="agenda-time">
                        {item.startsAt ? <time dateTime={item.startsAt}>{item.startsAt}</time> : <span aria-hidden="true">–</span>}
                        {item.startsAt === null && <span className="visually-hidden">{t('agenda.noTime')}</span>}
                      </span>
                      <strong className="agenda-title">{item.title}</strong>
                      {item.durationMinutes !== null && (
                        <span className="agenda-duration">{t('agenda.minutesLong', { minutes: item.durationMinutes })}</span>
                      )}
                    </p>
                    {details(item)}
                    {proposer(item)}
                    {a.canManage && (
                      <div className="agenda-controls">
                        <div className="actions" role="group" aria-label={t('agenda.orderOf', { title: item.title })}>
                          <button
                            id={`agenda-up-${item.id}`}
                            type="button"
                            className="button small"
                            aria-disabled={index === 0 || busy || undefined}
                            onClick={() => index > 0 && move(item, -1)}
                          >
                            <span aria-hidden="true">↑ </span>
                            {t('agenda.moveUp')}
                            {hidden(item)}
                          </button>
                          <button
                            id={`agenda-down-${item.id}`}
                            type="button"
                            className="button small"
                            aria-disabled={index === accepted.length - 1 || busy || undefined}
                            onClick={() => index < accepted.length - 1 && move(item, 1)}
                          >
                            <span aria-hidden="true">↓ </span>
                            {t('agenda.moveDown')}
                            {hidden(item)}
                          </button>
                          {item.canDelete && (
                            <ConfirmButton
                              className="button small"
                              question={t('agenda.confirmDelete', { title: item.title })}
                              onConfirm={() => remove(item)}
                            >
                              {deleteLabel()}
                              {hidden(item)}
                            </ConfirmButton>
                          )}
                        </div>
                        <DurationForm key={`${item.id}-${item.durationMinutes ?? ''}`} item={item} onSave={(m) => setDuration(item, m)} />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}

          <h3>{t('agenda.proposals')}</h3>
          {proposed.length === 0 ? (
            <p className="empty">{t('agenda.noProposals')}</p>
          ) : (
            <ul className="agenda-list agenda-proposals">
              {proposed.map((item) => (
                <li key={item.id} className="agenda-item">
                  <p className="agenda-head">
                    <strong className="agenda-title">{item.title}</strong>
                  </p>
                  {details(item)}
                  {proposer(item)}
                  {(a.canManage || item.canDelete) && (
                    <div className="actions">
                      {a.canManage && (
                        <>
                          <button type="button" className="button small" onClick={() => accept(item)}>
                            {t('agenda.accept')}
                            {hidden(item)}
                          </button>
                          <button type="button" className="button small" onClick={() => decline(item)}>
                            {t('agenda.decline')}
                            {hidden(item)}
                          </button>
                        </>
                      )}
                      {item.canDelete && (
                        <ConfirmButton
                          className="button small"
                          question={t('agenda.confirmDelete', { title: item.title })}
                          onConfirm={() => remove(item)}
                        >
                          {deleteLabel()}
                          {hidden(item)}
                        </ConfirmButton>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}

          {declined.length > 0 && (
            <>
              <h3>{t('agenda.declinedTitle')}</h3>
              <ul className="agenda-list agenda-declined">
                {declined.map((item) => (
                  <li key={item.id} className="agenda-item">
                    <p className="agenda-head">
                      <strong className="agenda-title">{item.title}</strong>
                    </p>
                    {proposer(item)}
                    {a.canManage && (
                      <div className="actions">
                        <button type="button" className="button small" onClick={() => accept(item)}>
                          {t('agenda.accept')}
                          {hidden(item)}
                        </button>
                        {item.canDelete && (
                          <ConfirmButton
                            className="button small"
                            question={t('agenda.confirmDelete', { title: item.title })}
                            onConfirm={() => remove(item)}
                          >
                            {deleteLabel()}
                            {hidden(item)}
                          </ConfirmButton>
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}

          {a.canPropose && (
            <ProposeItem
              meetingId={meeting.id}
              onProposed={(next, title) => {
                agenda.setData(next);
                setStatus(t('agenda.proposed', { title }));
              }}
            />
          )}
          {!a.canPropose && started && !meeting.cancelled && <p className="hint">{t('agenda.closed')}</p>}

          <h3 id="carried-heading" tabIndex={-1}>
            {t('agenda.carriedOver')}
          </h3>
          <ActionItemList
            items={a.carriedOver}
            empty={t('agenda.noCarriedOver')}
            headingId="carried-heading"
            dropsDone
            showMeeting
            canToggle={(item) => a.canManage || item.owner?.id === session?.personId}
            onChanged={(item) => agenda.setData({ ...a, carriedOver: replaceItem(a.carriedOver, item, (x) => !x.done) })}
          />
        </>
      )}
    </section>
  );
}

