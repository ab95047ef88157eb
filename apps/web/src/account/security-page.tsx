import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { Link } from '../shared/router';
import { ConfirmButton, ErrorMessage, Loading, Page, SelectField, Status, TableRegion, TextField } from '../shared/ui';
import { useHubQuery } from '../shared/query';

type CreatedToken = Schemas['CreatedApiTokenDto'];

/** A readable summary of a user agent string ("Firefox på Windows"). */
function describeAgent(agent: string): string {
  const browser = /Edg\//.test(agent) ? 'Edge' : /Firefox\//.test(agent) ? 'Firefox' : /Chrom(e|ium)\//.test(agent) ? 'Chrome' : /Safari\//.test(agent) ? 'Safari' : '';
  const os = /Windows/.test(agent) ? 'Windows' : /Android/.test(agent) ? 'Android' : /iPhone|iPad/.test(agent) ? 'iOS' : /Mac OS X/.test(agent) ? 'macOS' : /Linux/.test(agent) ? 'Linux' : '';
  return [browser, os].filter(Boolean).join(' / ') || agent || '–';
}

function Sessions(): ReactNode {
  const { t, dateTime } = useI18n();
  const sessions = useHubQuery(['/api/v1/me/sessions'], () => unwrap(api.GET('/api/v1/me/sessions')));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const revoke = async (id: string): Promise<void> => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } }));
      if (sessions.data) sessions.setData(sessions.data.filter((s) => s.id !== id));
      setStatus(t('sessions.revoked'));
      headingRef.current?.focus();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" ref={headingRef} tabIndex={-1}>
        {t('sessions.title')}
      </h2>
      <p>{t('sessions.intro')}</p>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? sessions.error} />
      {sessions.loading && !sessions.data && <Loading />}
      {sessions.data && (
        <TableRegion label={t('sessions.title')}>
          <table>
            <caption className="visually-hidden">{t('sessions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sessions.device')}</th>
                <th scope="col">{t('sessions.ip')}</th>
                <th scope="col">{t('sessions.started')}</th>
                <th scope="col">{t('sessions.lastSeen')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {describeAgent(s.userAgent)}
                    {s.current && <span className="badge"> {t('sessions.current')}</span>}
                  </th>
                  <td>{s.ip}</td>
                  <td>{dateTime(s.createdAt)}</td>
                  <td>{dateTime(s.lastSeenAt)}</td>
                  <td>
                    {s.current ? (
                      <span className="meta">{t('sessions.thisOne')}</span>
                    ) : (
                      <button type="button" className="button small" onClick={() => void revoke(s.id)}>
                        {t('sessions.revoke')}
                        <span className="visually-hidden"> {describeAgent(s.userAgent)}, {dateTime(s.createdAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function Tokens(): ReactNode {
  const { t, dateTime } = useI18n();
  const tokens = useHubQuery(['/api/v1/me/tokens'], () => unwrap(api.GET('/api/v1/me/tokens')));
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useFormErrors();
  const [status, setStatus] = useState('');
  const secretRef = useRef<HTMLDivElement>(null);

  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    if (!form.check([{ field: 'name', label: t('tokens.name'), value: name }])) return;
    try {
      const token = await unwrap(api.POST('/api/v1/me/tokens', { body: { name: name.trim(), ...(days ? { expiresInDays: Number(days) } : {}) } }));
      setCreated(token);
      setName('');
      tokens.reload();
      window.setTimeout(() => secretRef.current?.focus(), 0);
    } catch (err) {
      form.fail(err);
    }
  };
  const revoke = async (id: string, tokenName: string): Promise<void> => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id } } }));
      if (created?.id === id) setCreated(null);
      tokens.reload();
      setStatus(t('tokens.revoked', { name: tokenName }));
    } catch (err) {
      setError(err);
    }
  };
  const copy = async (): Promise<void> => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setStatus(t('tokens.copied'));
    } catch {
      setStatus(t('tokens.copyFailed'));
    }
  };

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? tokens.error} />
      {created && (
        <div className="message message-secret" ref={secretRef} tabIndex={-1} aria-labelledby="secret-heading">
          <h3 id="secret-heading">{t('tokens.secretTitle', { name: created.name })}</h3>
          <p>{t('tokens.secretOnce')}</p>
          <p>
            <code className="secret">{created.token}</code>
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('tokens.copy')}
            </button>
            <button type="button" className="button" onClick={() => setCreated(null)}>
              {t('tokens.hide')}
            </button>
          </div>
        </div>
      )}
      <form onSubmit={(e) => void create(e)} className="card" aria-labelledby="new-token-heading" noValidate>
        <h3 id="new-token-heading">{t('tokens.new')}</h3>
        <ErrorSummary form={form} />
        <TextField label={t('tokens.name')} hint={t('tokens.nameHint')} value={name} onChange={setName} required {...form.field('name')} />
        <SelectField
          label={t('tokens.expires')}
          value={days}
          onChange={setDays}
          {...form.field('expiresInDays')}
          options={[
            { value: '30', label: t('tokens.days', { days: 30 }) },
            { value: '90', label: t('tokens.days', { days: 90 }) },
            { value: '365', label: t('tokens.days', { days: 365 }) },
            { value: '', label: t('tokens.never') },
          ]}
        />
        <button type="submit" className="button primary">
          {t('tokens.create')}
        </button>
      </form>
      {tokens.loading && !tokens.data && <Loading />}
      {tokens.data && tokens.data.length === 0 && <p className="empty">{t('tokens.empty')}</p>}
      {tokens.data && tokens.data.length > 0 && (
        <TableRegion label={t('tokens.title')}>
          <table>
            <caption className="visually-hidden">{t('tokens.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.expiresCol')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((tok) => (
                <tr key={tok.id}>
                  <th scope="row">{tok.name}</th>
                  <td>
                    <code>{tok.prefix}…</code>
                  </td>
                  <td>{dateTime(tok.createdAt)}</td>
                  <td>{tok.lastUsedAt ? dateTime(tok.lastUsedAt) : t('tokens.neverUsed')}</td>
                  <td>{tok.expiresAt ? dateTime(tok.expiresAt) : t('tokens.noExpiry')}</td>
                  <td>
                    <ConfirmButton className="button small" question={t('tokens.confirmRevoke', { name: tok.name })} onConfirm={() => revoke(tok.id, tok.name)}>
                      {t('tokens.revoke')}
                      <span className="visually-hidden"> {tok.name}</span>
                    </ConfirmButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

export function SecurityPage(): ReactNode {
  const { t } = useI18n();
  return (
    <Page title={t('security.title')}>
      <p className="breadcrumb">
        <Link to="/profil">{t('security.back')}</Link>
      </p>
      <Sessions />
      <Tokens />
    </Page>
  );
}
