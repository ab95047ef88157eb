// A meeting's minutes: the published text, the draft editor, the note-taker and the action items.
// Live: `minutes.published` and `agenda.changed` refetch.
import { type FormEvent, type ReactNode, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { type Meeting } from './meetings';
import { useHubEvents } from '../shared/realtime';
import { Link } from '../shared/router';
import { ServerHtml } from '../shared/server-html';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { ConfirmButton, ErrorMessage, Loading, SelectField, Status, TextField, fieldError } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { AttachmentList, AttachmentPicker, type ChosenDocument, chosenFrom } from '../documents/attachments';
import { type ActionItem, ActionItemList, replaceItem } from './action-items';

type Minutes = Schemas['MinutesDto'];
type Member = Schemas['MemberDto'];

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
    if (busy) return;
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
        <ConfirmButton
          className="button primary"
          aria-disabled={busy || undefined}
          question={t(published ? 'minutes.confirmRepublish' : 'minutes.confirmPublish')}
          onConfirm={publish}
        >
          {published ? t('minutes.republish') : t('minutes.publish')}
        </ConfirmButton>
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
