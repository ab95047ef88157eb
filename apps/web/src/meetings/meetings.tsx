// Meetings: Stockholm time for the inputs, the network page's "Möten" section and the meeting form.
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { stockholmClock, stockholmDate, stockholmIso } from '../api/stockholm-time';
import { formatStockholmClock, formatStockholmDay } from '../shared/formats';
import { type MessageKey, useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { type FieldRule, type FormErrors, ErrorSummary, useFormErrors } from '../shared/form';
import { ErrorMessage, Loading, Status, TextField } from '../shared/ui';
import { useHubQuery } from '../shared/query';

export type Meeting = Schemas['MeetingDto'];
export type Answer = Schemas['MyAnswerDto']['answer'];
type Network = Schemas['NetworkDto'];

export const ANSWERS: readonly Answer[] = ['yes', 'no', 'maybe'];

export function answerKey(answer: Answer): MessageKey {
  return answer === 'yes' ? 'meetings.answer.yes' : answer === 'no' ? 'meetings.answer.no' : 'meetings.answer.maybe';
}

export function meetingPath(id: string): string {
  return `/moten/${id}`;
}

/** An instant as Stockholm date and time for the inputs. */
export function stockholmInputs(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const instant = new Date(iso);
  return { date: stockholmDate(instant), time: stockholmClock(instant) };
}

/** Date and time formatting in Stockholm time, in the current language. */
export function useMeetingTime(): { when(m: Pick<Meeting, 'startsAt' | 'endsAt'>): string; date(iso: string): string } {
  const { lang } = useI18n();
  return useMemo(() => {
    const day = (instant: Date): string => formatStockholmDay(lang, instant);
    const clock = (instant: Date): string => formatStockholmClock(lang, instant);
    return {
      when: (m) => {
        const start = new Date(m.startsAt);
        const end = new Date(m.endsAt);
        const sameDay = stockholmInputs(m.startsAt).date === stockholmInputs(m.endsAt).date;
        return sameDay ? `${day(start)} ${clock(start)}–${clock(end)}` : `${day(start)} ${clock(start)} – ${day(end)} ${clock(end)}`;
      },
      date: (iso) => day(new Date(iso)),
    };
  }, [lang]);
}

/** "Ditt svar: Ja" or the waiting list. */
export function MyAnswerText({ meeting }: { meeting: Meeting }): ReactNode {
  const { t } = useI18n();
  if (!meeting.myAnswer) return <>{t('meetings.noAnswer')}</>;
  const answer = meeting.myAnswer.waitlisted ? t('meetings.answer.waitlisted') : t(answerKey(meeting.myAnswer.answer));
  return <>{t('meetings.myAnswer', { answer })}</>;
}

export function CountsText({ meeting }: { meeting: Meeting }): ReactNode {
  const { t } = useI18n();
  const c = meeting.counts;
  return (
    <>
      {t('meetings.counts', { yes: c.yes, maybe: c.maybe, no: c.no })}
      {c.waitlisted > 0 && `, ${t('meetings.countsWaitlisted', { count: c.waitlisted })}`}
    </>
  );
}

/** One meeting in a list: linked title, time, place/video, my answer and the counts. */
export function MeetingCard({ meeting, headingLevel = 3, showNetwork, children }: { meeting: Meeting; headingLevel?: 3 | 4; showNetwork?: boolean; children?: ReactNode }): ReactNode {
  const { t } = useI18n();
  const time = useMeetingTime();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card meeting-card">
      <Heading>
        <Link to={meetingPath(meeting.id)}>{meeting.title}</Link>
        {meeting.cancelled && (
          <>
            {' '}
            <span className="badge badge-closed">{t('meetings.cancelled')}</span>
          </>
        )}
      </Heading>
      <dl className="meeting-facts">
        <dt>{t('meetings.when')}</dt>
        <dd>
          <time dateTime={meeting.startsAt}>{time.when(meeting)}</time>
        </dd>
        {meeting.location && (
          <>
            <dt>{t('meetings.where')}</dt>
            <dd>{meeting.location}</dd>
          </>
        )}
        {meeting.videoUrl && (
          <>
            <dt>{t('meetings.video')}</dt>
            <dd>
              <a href={meeting.videoUrl} rel="noopener noreferrer">
                {t('meetings.videoLink')}
              </a>
            </dd>
          </>
        )}
      </dl>
      {showNetwork && <p>{t('calendar.network', { name: meeting.networkName })}</p>}
      <p>
        <strong>
          <MyAnswerText meeting={meeting} />
        </strong>
        {' · '}
        <CountsText meeting={meeting} />
      </p>
      {children}
    </article>
  );
}

export interface MeetingFormValues {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: string;
  videoUrl: string;
  capacity: string;
  deadlineDate: string;
}

export function formValues(meeting?: Meeting): MeetingFormValues {
  const start = stockholmInputs(meeting?.startsAt);
  const end = stockholmInputs(meeting?.endsAt);
  return {
    title: meeting?.title ?? '',
    description: meeting?.description ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    location: meeting?.location ?? '',
    videoUrl: meeting?.videoUrl ?? '',
    capacity: meeting?.capacity ? String(meeting.capacity) : '',
    deadlineDate: stockholmInputs(meeting?.rsvpDeadline).date,
  };
}

export function toBody(v: MeetingFormValues): Schemas['CreateMeetingDto'] {
  const capacity = v.capacity.trim() ? Number(v.capacity.trim()) : null;
  return {
    title: v.title.trim(),
    description: v.description,
    startsAt: stockholmIso(v.startDate, v.startTime),
    endsAt: stockholmIso(v.endDate || v.startDate, v.endTime),
    location: v.location.trim(),
    videoUrl: v.videoUrl.trim(),
    capacity,
    rsvpDeadline: v.deadlineDate ? stockholmIso(v.deadlineDate, '23:59') : null,
  };
}

/** The checks before sending a meeting: title, start and end. */
export function meetingRules(v: MeetingFormValues, t: (key: MessageKey) => string): FieldRule[] {
  return [
    { field: 'title', label: t('meetings.field.title'), value: v.title },
    { field: 'startDate', label: t('meetings.field.startDate'), value: v.startDate },
    { field: 'startTime', label: t('meetings.field.startTime'), value: v.startTime },
    { field: 'endTime', label: t('meetings.field.endTime'), value: v.endTime },
  ];
}

/** The fields of a meeting; the caller owns the form element, its error summary and the submit button. */
export function MeetingFields({ values, onChange, form }: { values: MeetingFormValues; onChange(values: MeetingFormValues): void; form: FormErrors }): ReactNode {
  const { t } = useI18n();
  const set =
    (key: keyof MeetingFormValues) =>
    (value: string): void =>
      onChange({ ...values, [key]: value });
  return (
    <>
      <TextField label={t('meetings.field.title')} value={values.title} onChange={set('title')} required {...form.field('title')} />
      <TextField label={t('meetings.field.description')} hint={t('meetings.field.descriptionHint')} value={values.description} onChange={set('description')} multiline {...form.field('description')} />
      <fieldset className="meeting-times">
        <legend>{t('meetings.when')}</legend>
        <p className="hint">{t('meetings.field.timeHint')}</p>
        <div className="form-pair">
          <TextField type="date" label={t('meetings.field.startDate')} value={values.startDate} onChange={set('startDate')} required {...form.field('startDate', ['startsAt'])} />
          <TextField type="time" label={t('meetings.field.startTime')} value={values.startTime} onChange={set('startTime')} required {...form.field('startTime')} />
        </div>
        <div className="form-pair">
          <TextField type="date" label={t('meetings.field.endDate')} value={values.endDate} onChange={set('endDate')} required {...form.field('endDate', ['endsAt'])} />
          <TextField type="time" label={t('meetings.field.endTime')} value={values.endTime} onChange={set('endTime')} required {...form.field('endTime')} />
        </div>
      </fieldset>
      <TextField label={t('meetings.field.location')} hint={t('meetings.field.locationHint')} value={values.location} onChange={set('location')} {...form.field('location')} />
      <TextField type="url" label={t('meetings.field.videoUrl')} hint={t('meetings.field.videoUrlHint')} value={values.videoUrl} onChange={set('videoUrl')} {...form.field('videoUrl')} />
      <TextField
        type="number"
        inputMode="numeric"
        label={t('meetings.field.capacity')}
        hint={t('meetings.field.capacityHint')}
        value={values.capacity}
        onChange={set('capacity')}
        {...form.field('capacity')}
      />
      <TextField type="date" label={t('meetings.field.deadlineDate')} hint={t('meetings.field.deadlineHint')} value={values.deadlineDate} onChange={set('deadlineDate')} {...form.field('deadlineDate', ['rsvpDeadline'])} />
    </>
  );
}

function NewMeeting({ network, onCreated }: { network: Network; onCreated(m: Meeting): void }): ReactNode {
  const { t } = useI18n();
  const [values, setValues] = useState<MeetingFormValues>(() => formValues());
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy || !form.check(meetingRules(values, t))) return;
    setBusy(true);
    try {
      const created = await unwrap(api.POST('/api/v1/networks/{id}/meetings', { params: { path: { id: network.id } }, body: toBody(values) }));
      setValues(formValues());
      onCreated(created);
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="card">
      <summary>{t('meetings.new')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('meetings.new')}>
        <ErrorSummary form={form} />
        <MeetingFields values={values} onChange={setValues} form={form} />
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('meetings.announce')}
        </button>
      </form>
    </details>
  );
}

/**
 * The network page's "Möten": upcoming (or past) meetings; coordinators announce new ones.
 * `children` (the open action items) are shown to those who may see the meetings.
 */
export function NetworkMeetings({ network, children }: { network: Network; children?: ReactNode }): ReactNode {
  const { t } = useI18n();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [status, setStatus] = useState('');
  const visible = network.coverage !== null && network.coverage !== undefined;
  const meetings = useHubQuery(['/api/v1/networks/{id}/meetings', network.id, when, visible], () => (visible ? unwrap(api.GET('/api/v1/networks/{id}/meetings', { params: { path: { id: network.id }, query: { when } } })) : Promise.resolve([])));
  const list = meetings.data ?? [];
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t('meetings.title')}</h2>
      <Status>{status}</Status>
      {!visible && <p className="message">{t('meetings.membersOnly')}</p>}
      {visible && (
        <>
          <h3>{when === 'upcoming' ? t('meetings.upcoming') : t('meetings.past')}</h3>
          <ErrorMessage error={meetings.error} />
          {meetings.loading && !meetings.data && <Loading />}
          {meetings.data && list.length === 0 && <p className="empty">{when === 'upcoming' ? t('meetings.emptyUpcoming') : t('meetings.emptyPast')}</p>}
          {list.length > 0 && (
            <ul className="meeting-list">
              {list.map((m) => (
                <li key={m.id}>
                  <MeetingCard meeting={m} headingLevel={4} />
                </li>
              ))}
            </ul>
          )}
          <p>
            <button type="button" className="button small" aria-pressed={when === 'past'} onClick={() => setWhen(when === 'upcoming' ? 'past' : 'upcoming')}>
              {t('meetings.past')}
            </button>
          </p>
          {children}
          {network.canManage && (
            <NewMeeting
              network={network}
              onCreated={(m) => {
                setStatus(t('meetings.announced', { title: m.title }));
                setWhen('upcoming');
                meetings.reload();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
