import { type FormEvent, type ReactNode, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { Checkbox, ConfirmButton, ErrorMessage, Loading, SelectField, Status, TextField, fieldError } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { municipalitiesRead } from '../shared/reads';

type Provider = Schemas['ProviderDto'];
type Check = Schemas['ProviderCheckDto'];

const splitDomains = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);

const FIELDS = ['municipality', 'name', 'issuer', 'clientId', 'clientSecret', 'domains', 'ssoOnly', 'createPeople'];

interface ProviderForm {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  domains: string;
  ssoOnly: boolean;
  createPeople: boolean;
}

/** The fields of a provider, for adding one and for changing one (then the secret is only replaced when typed). */
function ProviderFields<F extends ProviderForm>({
  form,
  onChange,
  error,
  editing,
}: {
  form: F;
  onChange(form: NoInfer<F>): void;
  error: unknown;
  editing: boolean;
}): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('sso.name')}
        hint={t('sso.nameHint')}
        value={form.name}
        onChange={(v) => onChange({ ...form, name: v })}
        required
        error={fieldError(error, 'name')}
      />
      <TextField
        label={t('sso.issuer')}
        hint={t('sso.issuerHint')}
        value={form.issuer}
        onChange={(v) => onChange({ ...form, issuer: v })}
        required
        error={fieldError(error, 'issuer')}
      />
      <TextField
        label={t('sso.clientId')}
        value={form.clientId}
        onChange={(v) => onChange({ ...form, clientId: v })}
        required
        error={fieldError(error, 'clientId')}
      />
      <TextField
        label={editing ? t('sso.newClientSecret') : t('sso.clientSecret')}
        hint={editing ? t('sso.newClientSecretHint') : t('sso.clientSecretHint')}
        type="password"
        autoComplete="off"
        value={form.clientSecret}
        onChange={(v) => onChange({ ...form, clientSecret: v })}
        required={!editing}
        error={fieldError(error, 'clientSecret')}
      />
      <TextField
        label={t('sso.domains')}
        hint={t('sso.domainsHint')}
        value={form.domains}
        onChange={(v) => onChange({ ...form, domains: v })}
        required
        error={fieldError(error, 'domains')}
      />
      <Checkbox label={t('sso.ssoOnly')} checked={form.ssoOnly} onChange={(v) => onChange({ ...form, ssoOnly: v })} />
      <Checkbox label={t('sso.createPeople')} checked={form.createPeople} onChange={(v) => onChange({ ...form, createPeople: v })} />
    </>
  );
}

function CreateProvider({ onCreated }: { onCreated(): void }): ReactNode {
  const { t } = useI18n();
  const municipalities = useHubQuery(municipalitiesRead.key, municipalitiesRead.load);
  const empty = {
    municipality: '',
    name: '',
    issuer: '',
    clientId: '',
    clientSecret: '',
    domains: '',
    ssoOnly: false,
    createPeople: false,
  };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const created = await unwrap(
        api.POST('/api/v1/admin/identity-providers', {
          body: {
            ...form,
            municipality: form.municipality || (municipalities.data?.[0]?.slug ?? ''),
            domains: splitDomains(form.domains),
          },
        }),
      );
      setForm(empty);
      setStatus(t('sso.created', { name: created.name }));
      onCreated();
    } catch (err) {
      setError(err);
    }
  };
  const options = (municipalities.data ?? []).map((m) => ({ value: m.slug, label: m.name }));
  return (
    <form onSubmit={(e) => void submit(e)} className="card" aria-labelledby="create-provider-heading" noValidate>
      <h3 id="create-provider-heading">{t('sso.create')}</h3>
      <ErrorMessage error={error} shownFields={FIELDS} />
      <SelectField
        label={t('sso.municipality')}
        value={form.municipality || (options[0]?.value ?? '')}
        onChange={(v) => setForm({ ...form, municipality: v })}
        options={options}
        error={fieldError(error, 'municipality')}
      />
      <ProviderFields form={form} onChange={setForm} error={error} editing={false} />
      <button type="submit" className="button primary">
        {t('sso.createButton')}
      </button>
      <Status>{status}</Status>
    </form>
  );
}

/** Changes a provider; the client secret is only replaced when a new one is typed. */
function EditProvider({ provider, onSaved }: { provider: Provider; onSaved(): void }): ReactNode {
  const { t } = useI18n();
  const [form, setForm] = useState({
    name: provider.name,
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: '',
    domains: provider.domains.join(', '),
    ssoOnly: provider.ssoOnly,
    createPeople: provider.createPeople,
  });
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const { clientSecret, domains, ...rest } = form;
      await unwrap(
        api.PATCH('/api/v1/admin/identity-providers/{id}', {
          params: { path: { id: provider.id } },
          body: { ...rest, domains: splitDomains(domains), ...(clientSecret ? { clientSecret } : {}) },
        }),
      );
      setStatus(t('common.saved'));
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details>
      <summary>{t('sso.edit', { name: provider.name })}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorMessage error={error} shownFields={FIELDS} />
        <ProviderFields form={form} onChange={setForm} error={error} editing />
        <button type="submit" className="button primary">
          {t('common.save')}
        </button>
        <Status>{status}</Status>
      </form>
    </details>
  );
}

function ScimTokens({ provider, onChanged }: { provider: Provider; onChanged(): void }): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState('Entra ID');
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    try {
      const created = await unwrap(
        api.POST('/api/v1/admin/identity-providers/{id}/scim-tokens', {
          params: { path: { id: provider.id } },
          body: { name: name.trim() },
        }),
      );
      setShown(created.token);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async (tokenId: string): Promise<void> => {
    setError(null);
    try {
      await unwrap(
        api.DELETE('/api/v1/admin/identity-providers/{id}/scim-tokens/{tokenId}', { params: { path: { id: provider.id, tokenId } } }),
      );
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div>
      <h4>{t('sso.scimTokens')}</h4>
      <ErrorMessage error={error} shownFields={['name']} />
      {provider.scimTokens.length === 0 ? (
        <p>{t('sso.noScimTokens')}</p>
      ) : (
        <ul>
          {provider.scimTokens.map((token) => (
            <li key={token.id}>
              {token.name} ({token.prefix}…){' '}
              <button type="button" className="button" onClick={() => void revoke(token.id)}>
                {t('sso.revoke', { name: token.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void create(e)} noValidate>
        <TextField label={t('sso.scimTokenName')} value={name} onChange={setName} required error={fieldError(error, 'name')} />
        <button type="submit" className="button">
          {t('sso.createScimToken')}
        </button>
      </form>
      <Status>
        {shown && (
          <>
            {t('sso.scimTokenShownOnce')} <code>{shown}</code>
          </>
        )}
      </Status>
    </div>
  );
}

function ProviderCard({ provider, onChanged }: { provider: Provider; onChanged(): void }): ReactNode {
  const { t } = useI18n();
  const [check, setCheck] = useState<Check | null>(null);
  const [error, setError] = useState<unknown>(null);
  const test = async (): Promise<void> => {
    setError(null);
    setCheck(null);
    try {
      setCheck(await unwrap(api.POST('/api/v1/admin/identity-providers/{id}/test', { params: { path: { id: provider.id } } })));
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (): Promise<void> => {
    try {
      await unwrap(api.DELETE('/api/v1/admin/identity-providers/{id}', { params: { path: { id: provider.id } } }));
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const headingId = `provider-${provider.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {provider.name} ({provider.municipality.name})
      </h3>
      <ErrorMessage error={error} />
      <dl>
        <dt>{t('sso.issuer')}</dt>
        <dd>{provider.issuer}</dd>
        <dt>{t('sso.clientId')}</dt>
        <dd>{provider.clientId}</dd>
        <dt>{t('sso.domains')}</dt>
        <dd>{provider.domains.join(', ')}</dd>
        <dt>{t('sso.rules')}</dt>
        <dd>
          {provider.ssoOnly ? t('sso.ssoOnlyYes') : t('sso.ssoOnlyNo')}{' '}
          {provider.createPeople ? t('sso.createPeopleYes') : t('sso.createPeopleNo')}
        </dd>
        <dt>{t('sso.redirectUri')}</dt>
        <dd>
          <code>{provider.redirectUri}</code>
        </dd>
        <dt>{t('sso.postLogoutRedirectUri')}</dt>
        <dd>
          <code>{provider.postLogoutRedirectUri}</code>
        </dd>
        <dt>{t('sso.scimUrl')}</dt>
        <dd>
          <code>{provider.scimUrl}</code>
        </dd>
      </dl>
      <div className="actions">
        <button type="button" className="button" onClick={() => void test()}>
          {t('sso.test', { name: provider.name })}
        </button>
        <ConfirmButton className="button danger" question={t('sso.confirmRemove', { name: provider.name })} onConfirm={remove}>
          {t('sso.remove', { name: provider.name })}
        </ConfirmButton>
      </div>
      <Status>
        {check && (
          <ul>
            {check.checks.map((c) => (
              <li key={c.name}>
                {c.ok ? t('sso.checkOk') : t('sso.checkFailed')} {c.message}
              </li>
            ))}
          </ul>
        )}
      </Status>
      <EditProvider provider={provider} onSaved={onChanged} />
      <ScimTokens provider={provider} onChanged={onChanged} />
    </article>
  );
}

/** The secretariat's settings of the municipalities' own sign-in (OpenID Connect) and SCIM provisioning. */
export function IdentityProvidersAdmin(): ReactNode {
  const { t } = useI18n();
  const providers = useHubQuery(['/api/v1/admin/identity-providers'], () => unwrap(api.GET('/api/v1/admin/identity-providers')));
  return (
    <section aria-labelledby="admin-sso">
      <h2 id="admin-sso">{t('sso.title')}</h2>
      <p>{t('sso.intro')}</p>
      {providers.loading && !providers.data && <Loading />}
      <ErrorMessage error={providers.error} />
      {providers.data?.length === 0 && <p>{t('sso.none')}</p>}
      {providers.data?.map((p) => (
        <ProviderCard key={p.id} provider={p} onChanged={providers.reload} />
      ))}
      <CreateProvider onCreated={providers.reload} />
    </section>
  );
}
