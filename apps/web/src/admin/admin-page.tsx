import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type ImportResult, type Schemas, api, unwrap, uploadPeopleCsv } from '../api/client';
import { useI18n } from '../shared/i18n';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { PersonPicker } from '../people/person-picker';
import { Link } from '../shared/router';
import { Checkbox, ErrorMessage, ExternalBadge, InPageNav, Loading, Page, SelectField, Status, TableRegion, TextField, fieldError, whereFrom } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { municipalitiesRead } from '../shared/reads';
import { useSettled } from '../shared/settled';
import { usePeopleList } from '../people/people-data';
import { AuditLogAdmin, ErasePerson, ExtractButton, LegalAdmin, RecordsRulesAdmin } from './admin-records';
import { IdentityProvidersAdmin } from './admin-sso';
import { meetingReportPath } from '../meetings/meeting-report-page';
import { KIND_KEY, VISIBILITY_KEY } from '../networks/networks-page';

type Summary = Schemas['NetworkSummaryDto'];
type Kind = Summary['kind'];
type Visibility = Summary['visibility'];
type PersonRole = Schemas['CreatePersonDto']['role'];

const KINDS: Kind[] = ['kunskapsnatverk', 'arbetsgrupp', 'program'];
const VISIBILITIES: Visibility[] = ['open', 'closed', 'secret'];
const asKind = (v: string): Kind => KINDS.find((k) => k === v) ?? 'kunskapsnatverk';
const asVisibility = (v: string): Visibility => VISIBILITIES.find((k) => k === v) ?? 'open';

function useNetworkOptions(): { kinds: Array<{ value: string; label: string }>; visibilities: Array<{ value: string; label: string }> } {
  const { t } = useI18n();
  return {
    kinds: KINDS.map((k) => ({ value: k, label: t(KIND_KEY[k]) })),
    visibilities: VISIBILITIES.map((v) => ({ value: v, label: t(VISIBILITY_KEY[v]) })),
  };
}

function CreateNetwork({ onCreated }: { onCreated(): void }): ReactNode {
  const { t } = useI18n();
  const { kinds, visibilities } = useNetworkOptions();
  const empty = { name: '', slug: '', description: '', kind: 'kunskapsnatverk' as Kind, visibility: 'open' as Visibility };
  const [form, setForm] = useState(empty);
  const errors = useFormErrors();
  const [status, setStatus] = useState<ReactNode>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setStatus(null);
    if (!errors.check([{ field: 'name', label: t('admin.networkName'), value: form.name }])) return;
    try {
      const created = await unwrap(
        api.POST('/api/v1/networks', {
          body: { name: form.name.trim(), kind: form.kind, visibility: form.visibility, description: form.description, ...(form.slug.trim() ? { slug: form.slug.trim() } : {}) },
        }),
      );
      setForm(empty);
      setStatus(
        <>
          {t('admin.networkCreated', { name: created.name })} <Link to={`/natverk/${created.slug}`}>{t('admin.open')}</Link>
        </>,
      );
      onCreated();
    } catch (err) {
      errors.fail(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="card" aria-labelledby="create-network-heading" noValidate>
      <h3 id="create-network-heading">{t('admin.createNetwork')}</h3>
      <ErrorSummary form={errors} />
      <TextField label={t('admin.networkName')} value={form.name} onChange={(v) => setForm({ ...form, name: v })} required {...errors.field('name')} />
      <TextField label={t('admin.slug')} hint={t('admin.slugHint')} value={form.slug} onChange={(v) => setForm({ ...form, slug: v })} {...errors.field('slug')} />
      <TextField label={t('network.description')} value={form.description} onChange={(v) => setForm({ ...form, description: v })} multiline {...errors.field('description')} />
      <SelectField label={t('admin.kind')} value={form.kind} onChange={(v) => setForm({ ...form, kind: asKind(v) })} options={kinds} {...errors.field('kind')} />
      <SelectField label={t('admin.visibility')} hint={t('admin.visibilityHint')} value={form.visibility} onChange={(v) => setForm({ ...form, visibility: asVisibility(v) })} options={visibilities} {...errors.field('visibility')} />
      <button type="submit" className="button primary">
        {t('admin.create')}
      </button>
      <Status>{status}</Status>
    </form>
  );
}

function EditNetwork({ network, onSaved }: { network: Summary; onSaved(): void }): ReactNode {
  const { t } = useI18n();
  const { kinds, visibilities } = useNetworkOptions();
  const [form, setForm] = useState({ name: network.name, description: network.description, kind: network.kind, visibility: network.visibility, archived: network.archived });
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      await unwrap(api.PATCH('/api/v1/networks/{id}', { params: { path: { id: network.id } }, body: { ...form, name: form.name.trim() } }));
      setStatus(t('common.saved'));
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="edit-network">
      <summary>
        {t('admin.edit')}
        <span className="visually-hidden"> {network.name}</span>
      </summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorMessage error={error} shownFields={['name', 'description', 'kind', 'visibility']} />
        <TextField label={t('admin.networkName')} value={form.name} onChange={(v) => setForm({ ...form, name: v })} required error={fieldError(error, 'name')} />
        <TextField label={t('network.description')} value={form.description} onChange={(v) => setForm({ ...form, description: v })} multiline error={fieldError(error, 'description')} />
        <SelectField label={t('admin.kind')} value={form.kind} onChange={(v) => setForm({ ...form, kind: asKind(v) })} options={kinds} />
        <SelectField label={t('admin.visibility')} value={form.visibility} onChange={(v) => setForm({ ...form, visibility: asVisibility(v) })} options={visibilities} />
        <Checkbox label={t('admin.archived')} checked={form.archived} onChange={(v) => setForm({ ...form, archived: v })} />
        <button type="submit" className="button primary">
          {t('common.save')}
        </button>
        <Status>{status}</Status>
      </form>
    </details>
  );
}

function AppointCoordinator({ networks }: { networks: Summary[] }): ReactNode {
  const { t } = useI18n();
  const [networkId, setNetworkId] = useState('');
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const result = await unwrap(api.POST('/api/v1/networks/{id}/members', { params: { path: { id: networkId } }, body: { personId, role: 'coordinator' } }));
      const person = result.items.find((m) => m.person.id === personId)?.person.name ?? '';
      const network = networks.find((n) => n.id === networkId)?.name ?? '';
      setStatus(t('admin.appointed', { name: person, network }));
      setPersonId('');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="card" aria-labelledby="appoint-heading" noValidate>
      <h3 id="appoint-heading">{t('admin.appoint')}</h3>
      <ErrorMessage error={error} shownFields={['personId']} />
      <SelectField
        label={t('admin.network')}
        value={networkId}
        onChange={setNetworkId}
        required
        options={[{ value: '', label: t('picker.choose') }, ...networks.filter((n) => !n.archived).map((n) => ({ value: n.id, label: n.name }))]}
      />
      <PersonPicker label={t('admin.coordinator')} value={personId} onChange={setPersonId} error={fieldError(error, 'personId')} />
      <button type="submit" className="button primary">
        {t('members.appoint')}
      </button>
      <Status>{status}</Status>
    </form>
  );
}

function NetworksAdmin(): ReactNode {
  const { t, tn } = useI18n();
  const networks = useHubQuery(['/api/v1/networks', 'all', 'archived'], () => unwrap(api.GET('/api/v1/networks', { params: { query: { scope: 'all', includeArchived: 'true' } } })));
  return (
    <section aria-labelledby="admin-networks">
      <h2 id="admin-networks">{t('admin.networks')}</h2>
      <CreateNetwork onCreated={networks.reload} />
      {networks.data && <AppointCoordinator networks={networks.data} />}
      <h3>{t('admin.allNetworks')}</h3>
      {networks.loading && !networks.data && <Loading />}
      <ErrorMessage error={networks.error} />
      {networks.data && (
        <ul className="list admin-networks">
          {networks.data.map((n) => (
            <li key={n.id}>
              <Link to={`/natverk/${n.slug}`}>{n.name}</Link>{' '}
              <span className="meta-inline">
                {t(VISIBILITY_KEY[n.visibility])}, {t(KIND_KEY[n.kind])}
                {n.memberCount !== null ? `, ${tn('network.memberCount', n.memberCount)}` : ''}
              </span>
              {n.archived && <span className="badge"> {t('network.archived')}</span>}
              <EditNetwork network={n} onSaved={networks.reload} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreatePerson({ onCreated }: { onCreated(): void }): ReactNode {
  const { t } = useI18n();
  const municipalities = useHubQuery(municipalitiesRead.key, municipalitiesRead.load);
  const empty = { name: '', email: '', role: 'member' as PersonRole, municipality: '', organisation: '', title: '', password: '' };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ name: string; invitationUrl: string | null } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // Focus the confirmation once it is on screen.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setResult(null);
    try {
      const created = await unwrap(
        api.POST('/api/v1/admin/people', {
          body: {
            name: form.name.trim(),
            email: form.email.trim(),
            role: form.role,
            ...(form.role !== 'guest' && form.municipality ? { municipality: form.municipality } : {}),
            ...(form.role === 'guest' ? { organisation: form.organisation.trim() } : {}),
            ...(form.title.trim() ? { title: form.title.trim() } : {}),
            ...(form.password ? { password: form.password } : {}),
          },
        }),
      );
      setResult({ name: created.person.name, invitationUrl: created.invitationUrl });
      setForm(empty);
      onCreated();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="card" aria-labelledby="create-person-heading" noValidate>
      <h3 id="create-person-heading">{t('admin.createPerson')}</h3>
      <ErrorMessage error={error} shownFields={['name', 'email', 'role', 'municipality', 'organisation', 'title', 'password']} />
      {result && (
        <div className="message message-ok" ref={resultRef} tabIndex={-1}>
          <p>{t('admin.personCreated', { name: result.name })}</p>
          {result.invitationUrl && (
            <>
              <p>{t('admin.invitation')}</p>
              <p>
                <code className="secret">{result.invitationUrl}</code>
              </p>
            </>
          )}
        </div>
      )}
      <TextField label={t('admin.personName')} value={form.name} onChange={(v) => setForm({ ...form, name: v })} required error={fieldError(error, 'name')} />
      <TextField label={t('login.email')} type="email" value={form.email} onChange={(v) => setForm({ ...form, email: v })} required error={fieldError(error, 'email')} />
      <SelectField
        label={t('admin.role')}
        value={form.role}
        onChange={(v) => setForm({ ...form, role: v === 'admin' || v === 'guest' ? v : 'member' })}
        options={[
          { value: 'member', label: t('role.member') },
          { value: 'guest', label: t('role.guest') },
          { value: 'admin', label: t('role.admin') },
        ]}
        error={fieldError(error, 'role')}
      />
      {form.role === 'guest' ? (
        <TextField label={t('admin.organisation')} hint={t('admin.organisationHint')} value={form.organisation} onChange={(v) => setForm({ ...form, organisation: v })} required error={fieldError(error, 'organisation')} />
      ) : (
        <SelectField
          label={t('people.municipality')}
          value={form.municipality}
          onChange={(v) => setForm({ ...form, municipality: v })}
          required={form.role === 'member'}
          error={fieldError(error, 'municipality')}
          options={[{ value: '', label: t('picker.choose') }, ...(municipalities.data ?? []).map((m) => ({ value: m.slug, label: m.name }))]}
        />
      )}
      <TextField label={t('profile.jobTitle')} value={form.title} onChange={(v) => setForm({ ...form, title: v })} error={fieldError(error, 'title')} />
      <TextField label={t('admin.firstPassword')} hint={t('admin.firstPasswordHint')} type="password" autoComplete="new-password" value={form.password} onChange={(v) => setForm({ ...form, password: v })} error={fieldError(error, 'password')} />
      <button type="submit" className="button primary">
        {t('admin.createPersonButton')}
      </button>
    </form>
  );
}

function PeopleAdmin(): ReactNode {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const [municipality, setMunicipality] = useState('');
  const [nameInput, setNameInput] = useState('');
  const name = useSettled(nameInput.trim());
  const municipalities = useHubQuery(municipalitiesRead.key, municipalitiesRead.load);
  const { items, setItems, hasMore, loading, error: listError, more } = usePeopleList({ limit: 25, includeDisabled: 'true', name, municipality }, version);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [erasing, setErasing] = useState<{ id: string; name: string } | null>(null);

  const toggle = async (id: string, personName: string, disable: boolean): Promise<void> => {
    setError(null);
    try {
      if (disable) await unwrap(api.POST('/api/v1/admin/people/{id}/disable', { params: { path: { id } } }));
      else await unwrap(api.POST('/api/v1/admin/people/{id}/enable', { params: { path: { id } } }));
      setItems((prev) => prev.map((p) => (p.id === id ? { ...p, disabled: disable } : p)));
      setStatus(t(disable ? 'admin.disabled' : 'admin.enabled', { name: personName }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="admin-people">
      <h2 id="admin-people">{t('admin.people')}</h2>
      <CreatePerson onCreated={() => setVersion((v) => v + 1)} />
      <h3>{t('admin.accounts')}</h3>
      <TextField label={t('people.name')} type="search" value={nameInput} onChange={setNameInput} autoComplete="off" />
      <SelectField
        label={t('people.municipality')}
        value={municipality}
        onChange={setMunicipality}
        options={[{ value: '', label: t('people.allMunicipalities') }, ...(municipalities.data ?? []).map((m) => ({ value: m.slug, label: m.name }))]}
      />
      <Status>{status}</Status>
      <ErrorMessage error={error ?? listError} />
      {items.length > 0 && (
        <TableRegion label={t('admin.accounts')}>
          <table>
            <caption className="visually-hidden">{t('admin.accounts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.from')}</th>
                <th scope="col">{t('admin.role')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/personer/${p.id}`}>{p.name}</Link> {p.external && <ExternalBadge />}
                  </th>
                  <td>{whereFrom(p)}</td>
                  <td>{t(p.role === 'admin' ? 'role.admin' : p.role === 'guest' ? 'role.guest' : 'role.member')}</td>
                  <td>{p.disabled ? t('admin.stateDisabled') : t('admin.stateActive')}</td>
                  <td>
                    <button type="button" className="button small" onClick={() => void toggle(p.id, p.name, !p.disabled)}>
                      {p.disabled ? t('admin.enable') : t('admin.disable')}
                      <span className="visually-hidden"> {p.name}</span>
                    </button>{' '}
                    <ExtractButton person={p} />{' '}
                    <button type="button" className="button small" onClick={() => setErasing({ id: p.id, name: p.name })}>
                      {t('erase.start')}
                      <span className="visually-hidden"> {p.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {erasing && (
        <ErasePerson
          person={erasing}
          onDone={(erased) => {
            if (erased) {
              setStatus(t('erase.done', { name: erasing.name }));
              setVersion((v) => v + 1);
            }
            setErasing(null);
          }}
        />
      )}
      {!loading && !listError && items.length === 0 && <p className="empty">{t('people.empty')}</p>}
      {loading && <Loading />}
      {hasMore && !loading && (
        <button type="button" className="button" onClick={more}>
          {t('people.more')}
        </button>
      )}
    </section>
  );
}

function ImportPeople(): ReactNode {
  const { t } = useI18n();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState('');
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'processing' | 'done'>('idle');
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  // Focus the summary once it is on screen (a timer can fire before React has rendered it).
  useEffect(() => {
    if (phase === 'done') summaryRef.current?.focus();
  }, [phase]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (phase === 'uploading' || phase === 'processing') return;
    if (!file) {
      setFileError(t('import.noFile'));
      fileRef.current?.focus();
      return;
    }
    setFileError('');
    setError(null);
    setResult(null);
    setProgress(0);
    setPhase('uploading');
    try {
      const answer = await uploadPeopleCsv(file, (sent, total) => {
        const pct = Math.round((sent / total) * 100);
        setProgress(pct);
        if (sent >= total) setPhase('processing');
      });
      setResult(answer);
      setPhase('done');
    } catch (err) {
      setError(err);
      setPhase('idle');
    }
  };

  const statusKey = { created: 'import.status.created', updated: 'import.status.updated', error: 'import.status.error' } as const;

  return (
    <section aria-labelledby="admin-import">
      <h2 id="admin-import">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <figure className="example-figure">
        <figcaption>{t('import.exampleLabel')}</figcaption>
        <pre className="example">{'name,email,municipality,title,expertise\nAnna Svensson,anna.svensson@bjuv.se,bjuv,Upphandlare,upphandling|LOU'}</pre>
      </figure>
      <form onSubmit={(e) => void submit(e)} className="card" noValidate aria-labelledby="import-form-heading">
        <h3 id="import-form-heading">{t('import.upload')}</h3>
        <ErrorMessage error={error} shownFields={['file']} />
        <div className="field">
          <label htmlFor={fileId}>{t('import.file')}</label>
          <input
            id={fileId}
            ref={fileRef}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError || fieldError(error, 'file') ? true : undefined}
            aria-describedby={fileError || fieldError(error, 'file') ? `${fileId}-error` : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError('');
            }}
          />
          {(fileError || fieldError(error, 'file')) && (
            <p className="field-error" id={`${fileId}-error`}>
              {fileError || fieldError(error, 'file')}
            </p>
          )}
        </div>
        <button type="submit" className="button primary" aria-disabled={phase === 'uploading' || phase === 'processing'}>
          {t('import.submit')}
        </button>
        {phase === 'uploading' && (
          <div className="progress">
            <label htmlFor={`${fileId}-progress`}>{t('import.uploading', { pct: progress })}</label>
            <progress id={`${fileId}-progress`} max={100} value={progress}>
              {progress} %
            </progress>
          </div>
        )}
        {phase === 'processing' && (
          <div className="progress">
            <label htmlFor={`${fileId}-processing`}>{t('import.processing')}</label>
            <progress id={`${fileId}-processing`} />
          </div>
        )}
        <Status>{phase === 'processing' ? t('import.processing') : phase === 'done' && result ? t('import.summary', { created: result.created, updated: result.updated, failed: result.failed }) : ''}</Status>
      </form>
      {result && (
        <div className="import-result">
          <h3 ref={summaryRef} tabIndex={-1}>
            {t('import.resultTitle')}
          </h3>
          <ul className="import-counts">
            <li>{t('import.created', { count: result.created })}</li>
            <li>{t('import.updated', { count: result.updated })}</li>
            <li>{t('import.failed', { count: result.failed })}</li>
          </ul>
          <TableRegion label={t('import.rowsCaption')}>
            <table>
              <caption>{t('import.rowsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('login.email')}</th>
                  <th scope="col">{t('import.result')}</th>
                  <th scope="col">{t('import.errors')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.line} className={r.status === 'error' ? 'row-error' : undefined}>
                    <th scope="row">{r.line}</th>
                    <td>{r.email}</td>
                    <td>
                      <span className={`badge badge-${r.status}`}>{t(statusKey[r.status])}</span>
                    </td>
                    <td>{r.errors.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      )}
    </section>
  );
}

/** The secretariat's document settings: days in the waste bin and storage per network. */
function DocumentSettings(): ReactNode {
  const { t } = useI18n();
  const settings = useHubQuery(['/api/v1/admin/document-settings'], () => unwrap(api.GET('/api/v1/admin/document-settings')));
  const [form, setForm] = useState<{ retentionDays: string; networkQuotaMb: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [localErrors, setLocalErrors] = useState<ReadonlyArray<'retentionDays' | 'networkQuotaMb'>>([]);
  const shownError = (field: 'retentionDays' | 'networkQuotaMb'): string | undefined => (localErrors.includes(field) ? t('admin.wholeNumber') : fieldError(error, field));
  const values = form ?? (settings.data ? { retentionDays: String(settings.data.retentionDays), networkQuotaMb: String(settings.data.networkQuotaMb) } : null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!values) return;
    setError(null);
    setStatus('');
    const wrong = (['retentionDays', 'networkQuotaMb'] as const).filter((k) => !/^\d+$/.test(values[k].trim()));
    setLocalErrors(wrong);
    if (wrong.length > 0) return;
    try {
      const saved = await unwrap(
        api.PATCH('/api/v1/admin/document-settings', { body: { retentionDays: Number(values.retentionDays.trim()), networkQuotaMb: Number(values.networkQuotaMb.trim()) } }),
      );
      settings.setData(saved);
      setForm(null);
      setStatus(t('common.saved'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="admin-documents">
      <h2 id="admin-documents">{t('admin.documents')}</h2>
      <p>{t('admin.documentsIntro')}</p>
      {settings.loading && !settings.data && <Loading />}
      <ErrorMessage error={settings.error} />
      {values && (
        <form onSubmit={(e) => void submit(e)} className="card" noValidate aria-labelledby="document-settings-heading">
          <h3 id="document-settings-heading">{t('admin.documentSettings')}</h3>
          <ErrorMessage error={error} shownFields={['retentionDays', 'networkQuotaMb']} />
          <TextField
            type="number"
            inputMode="numeric"
            label={t('admin.retentionDays')}
            hint={t('admin.retentionDaysHint')}
            value={values.retentionDays}
            onChange={(v) => setForm({ ...values, retentionDays: v })}
            required
            error={shownError('retentionDays')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            label={t('admin.networkQuotaMb')}
            hint={t('admin.networkQuotaMbHint')}
            value={values.networkQuotaMb}
            onChange={(v) => setForm({ ...values, networkQuotaMb: v })}
            required
            error={shownError('networkQuotaMb')}
          />
          <button type="submit" className="button primary">
            {t('common.save')}
          </button>
          <Status>{status}</Status>
        </form>
      )}
    </section>
  );
}

export function AdminPage(): ReactNode {
  const { t } = useI18n();
  return (
    <Page title={t('admin.title')}>
      <p>{t('admin.intro')}</p>
      <InPageNav
        label={t('admin.sections')}
        links={[
          { href: '#admin-networks', text: t('admin.networks') },
          { href: '#admin-people', text: t('admin.people') },
          { href: '#admin-import', text: t('import.title') },
          { href: '#admin-documents', text: t('admin.documents') },
          { href: '#admin-records', text: t('records.title') },
          { href: '#admin-audit', text: t('audit.title') },
          { href: '#admin-legal', text: t('legal.title') },
          { href: '#admin-sso', text: t('sso.title') },
        { to: meetingReportPath(new Date().getFullYear()), text: t('report.title') },
        ]}
      />
      <NetworksAdmin />
      <PeopleAdmin />
      <ImportPeople />
      <DocumentSettings />
      <RecordsRulesAdmin />
      <AuditLogAdmin />
      <LegalAdmin />
      <IdentityProvidersAdmin />
    </Page>
  );
}
