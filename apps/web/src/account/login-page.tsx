import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { Link, navigate, useSearchParam } from '../shared/router';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { Page, TextField } from '../shared/ui';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/logga-in') ? next : '/';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How an address signs in: the provider's name (null: a password only), and whether a password may be used too. */
interface Method {
  provider: string | null;
  password: boolean;
}

async function discover(email: string): Promise<Method> {
  const answer = await unwrap(api.GET('/api/v1/auth/discover', { params: { query: { email } } }));
  return answer.method === 'sso' ? { provider: answer.provider?.name ?? null, password: answer.password } : { provider: null, password: true };
}

const ssoStart = (email: string, next: string): string =>
  `/api/v1/auth/sso/start?${new URLSearchParams({ email, returnTo: next }).toString()}`;

export function LoginPage(): ReactNode {
  const { t } = useI18n();
  const { signedIn, session, status } = useAuth();
  const next = safeNext(useSearchParam('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  // How the address signs in (from its domain): its municipality's own account, or a password.
  const [method, setMethod] = useState<(Method & { email: string }) | null>(null);
  // Someone of a municipality that allows hub passwords too may choose one instead.
  const [withPassword, setWithPassword] = useState(false);
  const address = email.trim();

  useEffect(() => {
    if (status === 'ready' && session) navigate(next, { replace: true });
  }, [status, session, next]);

  useEffect(() => {
    if (!EMAIL.test(address)) return;
    let live = true;
    const timer = setTimeout(() => {
      void discover(address)
        .then((found) => {
          if (live) setMethod({ email: address, ...found });
        })
        .catch(() => undefined);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [address]);

  useEffect(() => {
    // The SSO button gave way to the password field: keyboard focus follows it.
    if (withPassword) document.querySelector<HTMLInputElement>('input[name="password"]')?.focus();
  }, [withPassword]);

  const known = method && method.email === address ? method : null;
  const provider = known && !(withPassword && known.password) ? known.provider : null;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (!form.check([{ field: 'email', label: t('login.email'), value: email }])) return;
    setBusy(true);
    try {
      // Submitted before the address was looked up: a municipality's account goes to its provider.
      const found = known ?? (EMAIL.test(address) ? await discover(address) : null);
      const sso = found && !(withPassword && found.password) ? found.provider : null;
      if (sso) {
        window.location.assign(ssoStart(address, next));
        return;
      }
      if (!form.check([{ field: 'password', label: t('login.password'), value: password }])) return;
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
          {provider ? (
            <>
              <p>{t('login.ssoIntro', { name: provider })}</p>
              <a className="button primary" href={ssoStart(address, next)}>
                {t('login.sso', { name: provider })}
              </a>
              {known?.password ? (
                <p>
                  <button type="button" className="link-button" onClick={() => setWithPassword(true)}>
                    {t('login.usePassword')}
                  </button>
                </p>
              ) : null}
            </>
          ) : (
            <>
              <TextField label={t('login.password')} type="password" autoComplete="current-password" value={password} onChange={setPassword} required {...form.field('password')} name="password" />
              <button type="submit" className="button primary" aria-disabled={busy}>
                {busy ? t('login.busy') : t('login.submit')}
              </button>
            </>
          )}
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
