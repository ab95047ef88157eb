import { type FormEvent, type ReactNode, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { MeetingAgenda } from './agenda';
import { MeetingMinutes } from './minutes';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { ANSWERS, type Answer, CountsText, type Meeting, type MeetingFormValues, MeetingFields, MyAnswerText, answerKey, formValues, meetingRules, toBody, useMeetingTime } from './meetings';
import { useReadNotificationsAbout } from '../shared/realtime';
import { Link } from '../shared/router';
import { ServerHtml } from '../shared/server-html';
import { ConfirmButton, ErrorMessage, Loading, Page, Status, TextField } from '../shared/ui';
import { useHubQuery } from '../shared/query';

function Rsvp({ meeting, onSaved }: { meeting: Meeting; onSaved(m: Meeting): void }): ReactNode {
  const { t } = useI18n();
  const [comment, setComment] = useState(meeting.myAnswer?.comment ?? '');
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const current = meeting.myAnswer?.answer ?? null;
  const answer = async (value: Answer): Promise<void> => {
    setError(null);
    setStatus('');
    try {
      const saved = await unwrap(api.PUT('/api/v1/meetings/{id}/rsvp', { params: { path: { id: meeting.id } }, body: { answer: value, comment } }));
      onSaved(saved);
      const text = saved.myAnswer?.waitlisted ? t('meetings.answer.waitlisted') : t(answerKey(value));
      setStatus(t('meeting.answerSaved', { answer: text }));
    } catch (err) {
      setError(err);
    }
  };
  const saveComment = (event: FormEvent): void => {
    event.preventDefault();
    if (current) void answer(current);
  };
  return (
    <section aria-labelledby="rsvp-heading" className="card">
      <h2 id="rsvp-heading">{t('meeting.rsvp')}</h2>
      <ErrorMessage error={error} shownFields={['comment']} />
      <form onSubmit={saveComment} noValidate>
        <TextField label={t('meeting.comment')} hint={t('meeting.commentHint')} value={comment} onChange={setComment} />
        <div className="actions" role="group" aria-label={t('meeting.rsvpIntro')}>
          {ANSWERS.map((a) => (
            <button key={a} type="button" className={`button${current === a ? ' primary' : ''}`} aria-pressed={current === a} onClick={() => void answer(a)}>
              {t(answerKey(a))}
            </button>
          ))}
          {current && (
            <button type="submit" className="button">
              {t('meeting.saveComment')}
            </button>
          )}
        </div>
      </form>
      <p>
        <MyAnswerText meeting={meeting} />
      </p>
      {meeting.myAnswer?.waitlisted && <p className="message message-warn">{t('meeting.waitlisted')}</p>}
      <Status>{status}</Status>
    </section>
  );
}

function EditMeeting({ meeting, onSaved }: { meeting: Meeting; onSaved(m: Meeting): void }): ReactNode {
  const { t } = useI18n();
  const [values, setValues] = useState<MeetingFormValues>(() => formValues(meeting));
  const form = useFormErrors();
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setStatus('');
    if (!form.check(meetingRules(values, t))) return;
    try {
      const saved = await unwrap(api.PATCH('/api/v1/meetings/{id}', { params: { path: { id: meeting.id } }, body: toBody(values) }));
      onSaved(saved);
      setStatus(t('meeting.saved'));
    } catch (err) {
      form.fail(err);
    }
  };
  return (
    <details className="card">
      <summary>{t('meeting.edit')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('meeting.edit')}>
        <ErrorSummary form={form} />
        <MeetingFields values={values} onChange={setValues} form={form} />
        <button type="submit" className="button primary">
          {t('common.save')}
        </button>
      </form>
      <Status>{status}</Status>
    </details>
  );
}

function Attendees({ meeting }: { meeting: Meeting }): ReactNode {
  const { t } = useI18n();
  const groups = useHubQuery(['/api/v1/meetings/{id}/attendees', meeting.id, meeting.counts.yes, meeting.counts.no, meeting.counts.maybe, meeting.counts.waitlisted], () => unwrap(api.GET('/api/v1/meetings/{id}/attendees', { params: { path: { id: meeting.id } } })));
  return (
    <section aria-labelledby="attendees-heading">
      <h2 id="attendees-heading">{t('meeting.attendees')}</h2>
      <ErrorMessage error={groups.error} />
      {groups.loading && !groups.data && <Loading />}
      {groups.data && groups.data.length === 0 && <p className="empty">{t('meeting.attendeesEmpty')}</p>}
      {groups.data?.map((g) => (
        <section key={g.affiliation} aria-label={t('meeting.attendeesCaption', { place: g.affiliation })} className="attendee-group">
          <h3>{g.affiliation}</h3>
          <ul>
            {g.people.map((p) => (
              <li key={p.id}>
                <Link to={`/personer/${p.id}`}>{p.name}</Link>: {p.waitlisted ? t('meetings.answer.waitlisted') : t(answerKey(p.answer))}
                {p.comment && <span> – {p.comment}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export function MeetingPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const time = useMeetingTime();
  const meeting = useHubQuery(['/api/v1/meetings/{id}', id], () => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const m = meeting.data;
  useReadNotificationsAbout(m ? { meetingId: id } : null);
  const cancel = async (): Promise<void> => {
    if (!m) return;
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/meetings/{id}', { params: { path: { id: m.id } } }));
      setStatus(t('meeting.cancelledStatus'));
      meeting.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Page title={m?.title ?? t('meeting.title')}>
      {m && (
        <p className="breadcrumb">
          <Link to={`/natverk/${m.networkSlug}`}>{t('meeting.back', { name: m.networkName })}</Link>
        </p>
      )}
      {meeting.loading && !m && <Loading />}
      <ErrorMessage error={meeting.error ?? error} />
      <Status>{status}</Status>
      {m && (
        <>
          {m.cancelled && (
            <p className="message message-warn">
              <strong>{t('meetings.cancelledNotice')}</strong>
            </p>
          )}
          <dl className="meeting-facts">
            <dt>{t('meetings.when')}</dt>
            <dd>
              <time dateTime={m.startsAt}>{time.when(m)}</time>
            </dd>
            {m.location && (
              <>
                <dt>{t('meetings.where')}</dt>
                <dd>{m.location}</dd>
              </>
            )}
            {m.videoUrl && (
              <>
                <dt>{t('meetings.video')}</dt>
                <dd>
                  <a href={m.videoUrl} rel="noopener noreferrer">
                    {t('meetings.videoLink')}
                  </a>
                </dd>
              </>
            )}
            {m.capacity !== null && (
              <>
                <dt>{t('meetings.field.capacity')}</dt>
                <dd>{m.capacity}</dd>
              </>
            )}
            {m.rsvpDeadline && (
              <>
                <dt>{t('meetings.field.deadlineDate')}</dt>
                <dd>
                  <time dateTime={m.rsvpDeadline}>{time.date(m.rsvpDeadline)}</time>
                </dd>
              </>
            )}
          </dl>
          {m.organizerName && <p>{t('meeting.organizer', { name: m.organizerName })}</p>}
          <p>
            <CountsText meeting={m} />
          </p>
          {m.descriptionHtml && <ServerHtml html={m.descriptionHtml} />}
          <p>
            <a href={`/api/v1/meetings/${m.id}.ics`} download className="button">
              {t('meeting.ics')} <span className="visually-hidden">{t('meeting.icsHint')}</span>
            </a>
          </p>
          {!m.cancelled && <Rsvp key={m.id} meeting={m} onSaved={meeting.setData} />}
          <MeetingAgenda meeting={m} />
          <MeetingMinutes meeting={m} />
          {m.canManage && !m.cancelled && (
            <section aria-labelledby="manage-heading">
              <h2 id="manage-heading">{t('meeting.edit')}</h2>
              <EditMeeting key={`${m.id}-${m.startsAt}-${m.title}`} meeting={m} onSaved={meeting.setData} />
              <ConfirmButton className="button" question={t('meeting.confirmCancel', { title: m.title })} onConfirm={cancel}>
                {t('meeting.cancel')}
              </ConfirmButton>
            </section>
          )}
          {m.canManage && <Attendees meeting={m} />}
        </>
      )}
    </Page>
  );
}
