import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorMessage, Page, TextField, fieldError } from '../shared/ui';

/** The invitation token travels in #<token>, which never reaches a server log. */
function readToken(): string {
  try {
    return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
  } catch {
    return '';
  }
}

export function InvitationPage(): ReactNode {
  const { t } = useI18n();
  const [token] = useState(readToken);
  useEffect(() => {
    // Keep the token out of the address bar and the history once it has been read.
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    if (password !== repeat) {
      setRepeatError(t('password.mismatch'));
      return;
    }
    setRepeatError('');
    try {
      await unwrap(api.POST('/api/v1/auth/invitations/accept', { body: { token, password } }));
      setDone(true);
      window.setTimeout(() => doneRef.current?.focus(), 0);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Page title={t('invitation.title')}>
      <div className="narrow">
        {!token && !done && (
          <div className="message message-error" role="alert">
            <p>{t('invitation.noToken')}</p>
          </div>
        )}
        {done ? (
          <div className="message message-ok" ref={doneRef} tabIndex={-1}>
            <p>{t('invitation.done')}</p>
            <p>
              <Link to="/logga-in">{t('invitation.signIn')}</Link>
            </p>
          </div>
        ) : (
          token && (
            <>
              <p>{t('invitation.intro')}</p>
              <form onSubmit={(e) => void submit(e)} className="card" noValidate>
                <ErrorMessage error={error} shownFields={['password']} />
                <TextField
                  label={t('password.new')}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={setPassword}
                  required
                  hint={t('password.hint')}
                  error={fieldError(error, 'password')}
                />
                <TextField label={t('password.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} required error={repeatError || undefined} />
                <button type="submit" className="button primary">
                  {t('invitation.submit')}
                </button>
              </form>
            </>
          )
        )}
      </div>
    </Page>
  );
}
