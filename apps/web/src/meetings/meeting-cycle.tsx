// The cycle around a meeting: the agenda (proposals, order, planned times, action items carried
// over from earlier meetings), the minutes with their action items, and the network's open
// action items. Live: `agenda.changed` and `minutes.published` refetch through REST.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { stockholmDate } from '../api/stockholm-time';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { type Meeting, meetingPath } from './meetings';
import { useHubEvents } from '../shared/realtime';
import { Link } from '../shared/router';
import { ServerHtml } from '../shared/server-html';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { ErrorMessage, Loading, SelectField, Status, TextField, fieldError } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { AttachmentList, AttachmentPicker, type ChosenDocument, chosenFrom } from '../documents/attachments';

type Agenda = Schemas['AgendaDto'];
type AgendaItem = Schemas['AgendaItemDto'];
export type ActionItem = Schemas['ActionItemDto'];
type Minutes = Schemas['MinutesDto'];
type Member = Schemas['MemberDto'];

/** "2026-12-15" as "15 december 2026" (a date without time: no time zone shifts it). */
export function useDayFormat(): (ymd: string) => string {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (ymd) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
    return m ? format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : ymd;
  };
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

function replaceItem(list: readonly ActionItem[], item: ActionItem, keep: (a: ActionItem) => boolean = () => true): ActionItem[] {
  return list.map((a) => (a.id === item.id ? item : a)).filter(keep);
}

// ---- the agenda -------------------------------------------------------------------------------

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
    if (!window.confirm(t('agenda.confirmDelete', { title: item.title }))) return;
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
                            <button type="button" className="button small" onClick={() => remove(item)}>
                              {deleteLabel()}
                              {hidden(item)}
                            </button>
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
                        <button type="button" className="button small" onClick={() => remove(item)}>
                          {deleteLabel()}
                          {hidden(item)}
                        </button>
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
                          <button type="button" className="button small" onClick={() => remove(item)}>
                            {deleteLabel()}
                            {hidden(item)}
                          </button>
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

// ---- the minutes ------------------------------------------------------------------------------

function memberOptions(members: readonly Member[] | undefined, empty: string): Array<{ value: string; label: string }> {
  const people = [...(members ?? [])].sort((x, y) => x.person.name.localeCompare(y.person.name, 'sv'));
  return [{ value: '', label: empty }, ...people.map((m) => ({ value: m.person.id, label: m.person.name }))];
}

function NoteTaker({
  minutes,
  members,
  onSaved,
}: {
  minutes: Minutes;
  members: readonly Member[] | undefined;
  onSaved(m: Minutes, text: string): void;
}): ReactNode {
  const { t } = useI18n();
  const [personId, setPersonId] = useState(minutes.noteTaker?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    try {
      const saved = await unwrap(
        api.PUT('/api/v1/meetings/{id}/note-taker', { params: { path: { id: minutes.meetingId } }, body: { personId: personId || null } }),
      );
      onSaved(saved, saved.noteTaker ? t('minutes.noteTakerSet', { name: saved.noteTaker.name }) : t('minutes.noteTakerCleared'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="note-taker-heading">
      <h3 id="note-taker-heading">{t('minutes.noteTakerTitle')}</h3>
      <p className="hint">{t('minutes.noteTakerIntro')}</p>
      <ErrorMessage error={error} shownFields={['personId']} />
      <SelectField
        label={t('minutes.noteTaker')}
        value={personId}
        onChange={setPersonId}
        options={memberOptions(members, t('minutes.noNoteTaker'))}
        error={fieldError(error, 'personId')}
      />
      <button type="submit" className="button">
        {t('minutes.saveNoteTaker')}
      </button>
    </form>
  );
}

function NewActionItem({
  meetingId,
  members,
  onCreated,
}: {
  meetingId: string;
  members: readonly Member[] | undefined;
  onCreated(item: ActionItem): void;
}): ReactNode {
  const { t } = useI18n();
  const empty = { title: '', ownerId: '', dueOn: '' };
  const [form, setForm] = useState(empty);
  const errors = useFormErrors();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!errors.check([{ field: 'title', label: t('actions.what'), value: form.title, message: t('actions.whatMissing') }])) return;
    try {
      const item = await unwrap(
        api.POST('/api/v1/meetings/{id}/action-items', {
          params: { path: { id: meetingId } },
          body: { title: form.title.trim(), ownerId: form.ownerId || null, dueOn: form.dueOn || null },
        }),
      );
      setForm(empty);
      onCreated(item);
    } catch (err) {
      errors.fail(err);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-action-heading">
      <h3 id="new-action-heading">{t('actions.add')}</h3>
      <ErrorSummary form={errors} />
      <TextField label={t('actions.what')} value={form.title} onChange={(v) => setForm({ ...form, title: v })} required {...errors.field('title')} />
      <SelectField
        label={t('actions.ownerLabel')}
        value={form.ownerId}
        onChange={(v) => setForm({ ...form, ownerId: v })}
        options={memberOptions(members, t('actions.noOwner'))}
        {...errors.field('ownerId')}
      />
      <TextField type="date" label={t('actions.dueLabel')} value={form.dueOn} onChange={(v) => setForm({ ...form, dueOn: v })} {...errors.field('dueOn')} />
      <button type="submit" className="button">
        {t('actions.addButton')}
      </button>
    </form>
  );
}

function MinutesEditor({
  minutes,
  networkId,
  onSaved,
  announce,
}: {
  minutes: Minutes;
  networkId: string;
  onSaved(m: Minutes, text: string): void;
  announce(text: string): void;
}): ReactNode {
  const { t } = useI18n();
  /** null while the text is the saved one; live updates then show others' saves. */
  const [edited, setEdited] = useState<string | null>(null);
  /** null while the attachments are the saved ones. */
  const [chosen, setChosen] = useState<ChosenDocument[] | null>(null);
  const attached = chosen ?? chosenFrom(minutes.attachments);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const body = edited ?? minutes.body;
  const published = minutes.status === 'published';

  const save = async (): Promise<Minutes> => {
    const saved = await unwrap(
      api.PUT('/api/v1/meetings/{id}/minutes', {
        params: { path: { id: minutes.meetingId } },
        body: { body, ...(chosen ? { documentIds: chosen.map((c) => c.id) } : {}) },
      }),
    );
    setEdited(null);
    setChosen(null);
    return saved;
  };
  const saveDraft = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      onSaved(await save(), published ? t('minutes.savedPublished') : t('minutes.savedDraft'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const publish = async (): Promise<void> => {
    if (busy || !window.confirm(t(published ? 'minutes.confirmRepublish' : 'minutes.confirmPublish'))) return;
    setError(null);
    setBusy(true);
    try {
      if ((edited !== null && edited !== minutes.body) || chosen !== null) await save();
      const done = await unwrap(api.POST('/api/v1/meetings/{id}/minutes/publish', { params: { path: { id: minutes.meetingId } } }));
      onSaved(done, published ? t('minutes.republished') : t('minutes.published'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void saveDraft(e)} noValidate aria-labelledby="minutes-editor-heading">
      <h3 id="minutes-editor-heading">{t('minutes.write')}</h3>
      <p className="hint">{published ? t('minutes.publishedHint') : t('minutes.draftHint')}</p>
      {minutes.unpublishedChanges && <p className="message">{t('minutes.unpublishedChanges')}</p>}
      <ErrorMessage error={error} shownFields={['body']} />
      <TextField
        label={t('minutes.body')}
        hint={t('minutes.bodyHint')}
        value={body}
        onChange={setEdited}
        multiline
        className="minutes-body"
        error={fieldError(error, 'body')}
      />
      <AttachmentPicker networkId={networkId} chosen={attached} onChange={setChosen} max={10} announce={announce} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {published ? t('minutes.saveChanges') : t('minutes.saveDraft')}
        </button>
        <button type="button" className="button primary" aria-disabled={busy || undefined} onClick={() => void publish()}>
          {published ? t('minutes.republish') : t('minutes.publish')}
        </button>
      </div>
      {minutes.status === 'draft' && minutes.html && (
        <details className="minutes-preview">
          <summary>{t('minutes.previewDraft')}</summary>
          <ServerHtml html={minutes.html} />
        </details>
      )}
    </form>
  );
}

/** The meeting page's "Minnesanteckningar". */
export function MeetingMinutes({ meeting }: { meeting: Meeting }): ReactNode {
  const { t, dateTime } = useI18n();
  const { session } = useAuth();
  const minutes = useHubQuery(['/api/v1/meetings/{id}/minutes', meeting.id], () => unwrap(api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id: meeting.id } } })));
  const m = minutes.data;
  const canEdit = m?.canEdit === true;
  const members = useHubQuery(['/api/v1/networks/{id}/members', meeting.networkId, canEdit], () =>
      canEdit ? unwrap(api.GET('/api/v1/networks/{id}/members', { params: { path: { id: meeting.networkId } } })) : Promise.resolve(null));
  const [status, setStatus] = useState('');
  useHubEvents(['minutes.published', 'agenda.changed'], (event) => {
    if (event.data.meetingId !== meeting.id) return;
    minutes.reload();
    if (event.type === 'minutes.published' && 'byId' in event.data && event.data.byId !== session?.personId)
      setStatus(t('minutes.publishedLive'));
  });
  const saved = (next: Minutes, text: string): void => {
    minutes.setData(next);
    setStatus(text);
  };
  const memberList = members.data?.items;

  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutes.title')}</h2>
      <Status>{status}</Status>
      <ErrorMessage error={minutes.error ?? members.error} />
      {minutes.loading && !m && <Loading />}
      {m && (
        <>
          {m.noteTaker && (
            <p>
              {t('minutes.noteTakerIs')} <Link to={`/personer/${m.noteTaker.id}`}>{m.noteTaker.name}</Link>
            </p>
          )}
          {m.status === 'published' && (
            <article className="card minutes" aria-labelledby="minutes-published-heading">
              <h3 id="minutes-published-heading">{t('minutes.publishedTitle')}</h3>
              <p className="meta">
                {m.publishedAt &&
                  t('minutes.publishedAt', { date: dateTime(m.publishedAt), name: m.publishedBy?.name ?? t('notif.someone') })}
              </p>
              <ServerHtml html={m.publishedHtml || m.html} />
              <AttachmentList attachments={m.attachments} />
              {m.documentId && (
                <p>
                  <Link to={`/dokument/${m.documentId}`}>{t('minutes.libraryLink')}</Link>
                </p>
              )}
            </article>
          )}
          {m.status !== 'published' && !canEdit && <p className="empty">{t('minutes.notYet')}</p>}
          {m.status === 'draft' && canEdit && <p className="message">{t('minutes.draftNotice')}</p>}

          <h3 id="minute-actions-heading" tabIndex={-1}>
            {t('actions.title')}
          </h3>
          <ActionItemList
            items={m.actionItems}
            empty={t('actions.empty')}
            headingId="minute-actions-heading"
            canToggle={(item) => canEdit || item.owner?.id === session?.personId}
            onChanged={(item) => minutes.setData({ ...m, actionItems: replaceItem(m.actionItems, item) })}
          />

          {canEdit && (
            <>
              <MinutesEditor key={m.meetingId} minutes={m} networkId={meeting.networkId} onSaved={saved} announce={setStatus} />
              <NewActionItem
                meetingId={m.meetingId}
                members={memberList}
                onCreated={(item) => {
                  minutes.setData({ ...m, actionItems: [...m.actionItems.filter((x) => x.id !== item.id), item] });
                  setStatus(t('actions.added', { title: item.title }));
                }}
              />
              {meeting.canManage && <NoteTaker key={m.noteTaker?.id ?? 'none'} minutes={m} members={memberList} onSaved={saved} />}
            </>
          )}
        </>
      )}
    </section>
  );
}

// ---- the network page -------------------------------------------------------------------------

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
