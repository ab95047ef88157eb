import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { Link, navigate, useSearchParam } from '../router';
import { ErrorSummary, useFormErrors } from '../form';
import { Page, TextField } from '../ui';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/logga-in') ? next : '/';
}

export function LoginPage(): ReactNode {
  const { t } = useI18n();
  const { signedIn, session, status } = useAuth();
  const next = safeNext(useSearchParam('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (status === 'ready' && session) navigate(next, { replace: true });
  }, [status, session, next]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const rules = [
      { field: 'email', label: t('login.email'), value: email },
      { field: 'password', label: t('login.password'), value: password },
    ];
    if (!form.check(rules)) return;
    setBusy(true);
    try {
      const result = await unwrap(api.POST('/api/v1/auth/login', { body: { email: email.trim(), password } }));
      signedIn(result);
      navigate(next, { replace: true });
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('login.title')}>
      <div className="narrow">
        <p>{t('login.intro')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate className="card">
          <ErrorSummary form={form} />
          <TextField label={t('login.email')} type="email" autoComplete="username" value={email} onChange={setEmail} required {...form.field('email')} name="email" />
          <TextField label={t('login.password')} type="password" autoComplete="current-password" value={password} onChange={setPassword} required {...form.field('password')} name="password" />
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </form>
        <p className="hint">{t('login.help')}</p>
        <p>
          <Link to="/tillganglighet">{t('footer.accessibility')}</Link>{' · '}
          <Link to="/personuppgifter">{t('footer.privacy')}</Link>
        </p>
      </div>
    </Page>
  );
}
