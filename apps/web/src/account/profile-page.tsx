import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { Checkbox, ErrorMessage, ExternalBadge, Loading, Page, Status, TextField, fieldError, whereFrom } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { meRead } from '../shared/reads';

type Me = Schemas['MeDto'];
type Expertise = Schemas['ExpertiseDto'];

interface Draft {
  name: string;
  title: string;
  phone: string;
  bio: string;
  languages: string;
  showEmail: boolean;
  showPhone: boolean;
  expertise: Expertise[];
}

function draftOf(me: Me): Draft {
  return {
    name: me.name,
    title: me.title,
    phone: me.phoneNumber,
    bio: me.bio,
    languages: me.languages.join(', '),
    showEmail: me.showEmail,
    showPhone: me.showPhone,
    expertise: me.expertise.map((e) => ({ ...e })),
  };
}

function ExpertiseEditor({ value, onChange, error }: { value: Expertise[]; onChange(next: Expertise[]): void; error: unknown }): ReactNode {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  const [tagError, setTagError] = useState('');
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const helpId = useId();

  const add = (): void => {
    const clean = tag.trim().replace(/\s+/g, ' ');
    if (!clean) {
      setTagError(t('expertise.errorEmpty'));
      inputRef.current?.focus();
      return;
    }
    if (clean.length > 80) {
      setTagError(t('expertise.errorLong'));
      inputRef.current?.focus();
      return;
    }
    if (value.some((e) => e.tag.toLocaleLowerCase('sv') === clean.toLocaleLowerCase('sv'))) {
      setTagError(t('expertise.errorDuplicate', { tag: clean }));
      inputRef.current?.focus();
      return;
    }
    onChange([...value, { tag: clean, askMe: false, mentor: false, learning: false }]);
    setTag('');
    setTagError('');
    setStatus(t('expertise.added', { tag: clean }));
  };

  const update = (index: number, change: Partial<Expertise>): void => onChange(value.map((e, i) => (i === index ? { ...e, ...change } : e)));
  const remove = (index: number): void => {
    const removed = value[index];
    onChange(value.filter((_, i) => i !== index));
    setStatus(t('expertise.removed', { tag: removed?.tag ?? '' }));
    inputRef.current?.focus();
  };

  return (
    <fieldset className="expertise-editor">
      <legend>{t('expertise.title')}</legend>
      <p className="hint" id={helpId}>
        {t('expertise.help')}
      </p>
      <div className="add-tag">
        <div className="field">
          <label htmlFor={inputId}>{t('expertise.newTag')}</label>
          <input
            id={inputId}
            ref={inputRef}
            value={tag}
            maxLength={80}
            aria-invalid={tagError ? true : undefined}
            aria-describedby={tagError ? `${inputId}-error ${helpId}` : helpId}
            onChange={(e) => setTag(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          {tagError && (
            <p className="field-error" id={`${inputId}-error`}>
              {tagError}
            </p>
          )}
        </div>
        <button type="button" className="button" onClick={add}>
          {t('expertise.add')}
        </button>
      </div>
      <Status>{status}</Status>
      {value.length === 0 ? (
        <p className="empty">{t('expertise.empty')}</p>
      ) : (
        <ul className="expertise-rows">
          {value.map((e, i) => {
            const err = fieldError(error, `expertise.${i}.tag`);
            return (
              <li key={e.tag} className="expertise-row">
                <fieldset>
                  <legend className="tag">{e.tag}</legend>
                  {err && <p className="field-error">{err}</p>}
                  <div className="flags-row">
                    <Checkbox label={t('expertise.askMe')} checked={e.askMe} onChange={(v) => update(i, { askMe: v })} />
                    <Checkbox label={t('expertise.mentor')} checked={e.mentor} onChange={(v) => update(i, { mentor: v })} />
                    <Checkbox label={t('expertise.learning')} checked={e.learning} onChange={(v) => update(i, { learning: v })} />
                    <button type="button" className="button small" onClick={() => remove(i)}>
                      {t('expertise.remove')}
                      <span className="visually-hidden"> {e.tag}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function PasswordForm(): ReactNode {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [repeatError, setRepeatError] = useState('');
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    if (next !== repeat) {
      setRepeatError(t('password.mismatch'));
      return;
    }
    setRepeatError('');
    try {
      await unwrap(api.POST('/api/v1/me/password', { body: { currentPassword: current, newPassword: next } }));
      setCurrent('');
      setNext('');
      setRepeat('');
      setStatus(t('password.changed'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="card" aria-labelledby="password-heading" noValidate>
      <h2 id="password-heading">{t('password.title')}</h2>
      <ErrorMessage error={error} shownFields={['currentPassword', 'newPassword', 'password']} />
      <TextField label={t('password.current')} type="password" autoComplete="current-password" value={current} onChange={setCurrent} required error={fieldError(error, 'currentPassword')} />
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        required
        hint={t('password.hint')}
        error={fieldError(error, 'newPassword') ?? fieldError(error, 'password')}
      />
      <TextField label={t('password.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} required error={repeatError || undefined} />
      <button type="submit" className="button primary">
        {t('password.submit')}
      </button>
      <Status>{status}</Status>
    </form>
  );
}

export function ProfilePage(): ReactNode {
  const { t } = useI18n();
  const me = useHubQuery(meRead.key, meRead.load);
  const [draft, setDraft] = useState<Draft | null>(null);
  const form = useFormErrors();
  const error = form.state.server;
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (me.data) setDraft(draftOf(me.data));
  }, [me.data]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((d) => (d ? { ...d, [key]: value } : d));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!draft || saving) return;
    setStatus('');
    if (!form.check([{ field: 'name', label: t('profile.name'), value: draft.name }])) return;
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PATCH('/api/v1/me', {
          body: {
            name: draft.name.trim(),
            title: draft.title.trim(),
            phone: draft.phone.trim(),
            bio: draft.bio,
            languages: draft.languages
              .split(',')
              .map((l) => l.trim())
              .filter(Boolean),
            showEmail: draft.showEmail,
            showPhone: draft.showPhone,
            expertise: draft.expertise,
          },
        }),
      );
      me.setData(saved);
      setStatus(t('profile.saved'));
    } catch (err) {
      form.fail(err);
    } finally {
      setSaving(false);
    }
  };

  const m = me.data;
  return (
    <Page title={t('profile.title')}>
      <p>
        <Link to="/profil/sakerhet">{t('profile.securityLink')}</Link>
      </p>
      <section aria-labelledby="extract-heading" className="card">
        <h2 id="extract-heading">{t('profile.extractTitle')}</h2>
        <p>{t('profile.extractIntro')}</p>
        <a className="button" href="/api/v1/me/export" download>
          {t('profile.extractDownload')}
        </a>
      </section>
      {me.loading && !m && <Loading />}
      <ErrorMessage error={me.error} />
      {m && draft && (
        <>
          <p className="lead">
            {m.emailAddress}
            {whereFrom(m) ? ` · ${whereFrom(m)}` : ''} {m.external && <ExternalBadge />}
          </p>
          <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="profile-form-heading">
            <h2 id="profile-form-heading">{t('profile.details')}</h2>
            <ErrorSummary form={form} />
            <div className="card">
              <TextField label={t('profile.name')} value={draft.name} onChange={(v) => set('name', v)} required autoComplete="name" {...form.field('name')} />
              <TextField label={t('profile.jobTitle')} value={draft.title} onChange={(v) => set('title', v)} autoComplete="organization-title" {...form.field('title')} />
              <TextField label={t('profile.phone')} type="tel" value={draft.phone} onChange={(v) => set('phone', v)} autoComplete="tel" {...form.field('phone')} />
              <TextField label={t('profile.languages')} hint={t('profile.languagesHint')} value={draft.languages} onChange={(v) => set('languages', v)} {...form.field('languages')} />
              <TextField label={t('profile.bio')} value={draft.bio} onChange={(v) => set('bio', v)} multiline {...form.field('bio')} />
              <Checkbox label={t('profile.showEmail')} checked={draft.showEmail} onChange={(v) => set('showEmail', v)} />
              <Checkbox label={t('profile.showPhone')} checked={draft.showPhone} onChange={(v) => set('showPhone', v)} />
            </div>
            <ExpertiseEditor value={draft.expertise} onChange={(v) => set('expertise', v)} error={error} />
            <div className="actions sticky-actions">
              <button type="submit" className="button primary" aria-disabled={saving}>
                {saving ? t('common.saving') : t('profile.save')}
              </button>
            </div>
            <Status>{status}</Status>
          </form>
          <PasswordForm />
        </>
      )}
    </Page>
  );
}
