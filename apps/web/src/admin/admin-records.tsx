import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import type { MessageKey } from '../shared/messages';
import { PersonPicker } from '../people/person-picker';
import { Checkbox, ErrorMessage, Loading, SelectField, Status, TableRegion, TextField, fieldError } from '../shared/ui';
import { useHubQuery } from '../shared/query';

type Entry = Schemas['AuditEntryDto'];

/** Action groups the filter offers (a prefix ending in a dot selects the group). */
const ACTION_GROUPS: Array<{ value: string; key: MessageKey }> = [
  { value: '', key: 'audit.allActions' },
  { value: 'auth.', key: 'audit.group.auth' },
  { value: 'person.', key: 'audit.group.person' },
  { value: 'people.imported', key: 'audit.action.people.imported' },
  { value: 'network.', key: 'audit.group.network' },
  { value: 'member.', key: 'audit.group.member' },
  { value: 'join_request.', key: 'audit.group.joinRequest' },
  { value: 'token.', key: 'audit.group.token' },
  { value: 'settings.changed', key: 'audit.action.settings.changed' },
  { value: 'document.downloaded', key: 'audit.action.document.downloaded' },
  { value: 'retention.run', key: 'audit.action.retention.run' },
];

interface Filters {
  person: string;
  action: string;
  network: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { person: '', action: '', network: '', from: '', to: '' };

/** The query the filters stand for; `to` is a whole day, so the API gets the day after. */
function query(f: Filters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.person) q['person'] = f.person;
  if (f.action) q['action'] = f.action;
  if (f.network) q['network'] = f.network;
  if (f.from) q['from'] = f.from;
  if (f.to) {
    const next = new Date(`${f.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    if (!Number.isNaN(next.getTime())) q['to'] = next.toISOString().slice(0, 10);
  }
  return q;
}

/** The audit log for the secretariat: who did what, filtered, with a CSV file of the selection. */
export function AuditLogAdmin(): ReactNode {
  const { t, dateTime } = useI18n();
  const networks = useHubQuery(['/api/v1/networks', 'all', 'archived'], () => unwrap(api.GET('/api/v1/networks', { params: { query: { scope: 'all', includeArchived: 'true' } } })));
  const [form, setForm] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [items, setItems] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async (filters: Filters, from: string | null): Promise<void> => {
    setLoading(true);
    setError(null);
    try {
      const page = await unwrap(
        api.GET('/api/v1/admin/audit', { params: { query: { ...query(filters), limit: 50, ...(from ? { cursor: from } : {}) } } }),
      );
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(applied, null);
  }, [applied]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setApplied({ ...form });
  };
  const actionLabel = (action: string): string => {
    const key = `audit.action.${action}` as MessageKey;
    const text = t(key);
    return text === key || !text ? action : text;
  };
  const csvHref = `/api/v1/admin/audit?${new URLSearchParams({ ...query(applied), format: 'csv' }).toString()}`;

  return (
    <section aria-labelledby="admin-audit">
      <h2 id="admin-audit">{t('audit.title')}</h2>
      <p>{t('audit.intro')}</p>
      <form onSubmit={submit} className="card" noValidate aria-labelledby="audit-filter-heading">
        <h3 id="audit-filter-heading">{t('audit.filter')}</h3>
        <PersonPicker label={t('audit.who')} value={form.person} onChange={(person) => setForm({ ...form, person })} />
        <SelectField
          label={t('audit.what')}
          value={form.action}
          onChange={(action) => setForm({ ...form, action })}
          options={ACTION_GROUPS.map((g) => ({ value: g.value, label: t(g.key) }))}
        />
        <SelectField
          label={t('audit.network')}
          value={form.network}
          onChange={(network) => setForm({ ...form, network })}
          options={[{ value: '', label: t('audit.allNetworks') }, ...(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))]}
        />
        <TextField type="date" label={t('audit.from')} value={form.from} onChange={(from) => setForm({ ...form, from })} />
        <TextField type="date" label={t('audit.to')} value={form.to} onChange={(to) => setForm({ ...form, to })} />
        <button type="submit" className="button primary">
          {t('audit.show')}
        </button>{' '}
        <a className="button" href={csvHref} download>
          {t('audit.csv')}
        </a>
      </form>
      <ErrorMessage error={error} />
      {items.length === 0 && !loading && !error && <p>{t('audit.none')}</p>}
      {items.length > 0 && (
        <TableRegion label={t('audit.title')}>
          <table>
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.network')}</th>
                <th scope="col">{t('audit.concerns')}</th>
                <th scope="col">{t('audit.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.seq}>
                  <td>{dateTime(e.at)}</td>
                  <th scope="row">{actionLabel(e.action)}</th>
                  <td>{e.actorName ?? (e.actorId ? '' : t('audit.theHub'))}</td>
                  <td>{e.networkName ?? ''}</td>
                  <td>{e.subjectName ?? ''}</td>
                  <td>{e.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {loading && <Loading />}
      {cursor && !loading && (
        <button type="button" className="button" onClick={() => void load(applied, cursor)}>
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}

/** Downloads a person's register extract (a zip the hub streams) for the secretariat. */
export function ExtractButton({ person }: { person: { id: string; name: string } }): ReactNode {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const download = async (): Promise<void> => {
    setError(null);
    setBusy(true);
    try {
      const blob = await unwrap(api.POST('/api/v1/admin/people/{id}/export', { params: { path: { id: person.id } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `registerutdrag-${person.id}.zip`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button small" onClick={() => void download()} disabled={busy}>
        {t('erase.extract')}
        <span className="visually-hidden"> {person.name}</span>
      </button>
      <ErrorMessage error={error} />
    </>
  );
}

/** Erasure of one person: the dry run first (what goes, what stays and why), then a reason and a confirmation. */
export function ErasePerson({ person, onDone }: { person: { id: string; name: string }; onDone(erased: boolean): void }): ReactNode {
  const { t } = useI18n();
  const plan = useHubQuery(['/api/v1/admin/people/{id}/erase', person.id], () => unwrap(api.POST('/api/v1/admin/people/{id}/erase', { params: { path: { id: person.id }, query: { dryRun: 'true' } }, body: {} })));
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/admin/people/{id}/erase', { params: { path: { id: person.id } }, body: { reason } }));
      onDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="erase-heading" className="card">
      <h3 id="erase-heading">{t('erase.title', { name: person.name })}</h3>
      <p>{t('erase.intro')}</p>
      {plan.loading && <Loading />}
      <ErrorMessage error={plan.error} />
      {plan.data && (
        <>
          <h4>{t('erase.removed')}</h4>
          <ul>
            {plan.data.removed.map((r) => (
              <li key={`r-${r.kind}`}>
                {r.label}: {r.count}
              </li>
            ))}
          </ul>
          <h4>{t('erase.kept')}</h4>
          {plan.data.kept.length === 0 ? (
            <p>{t('erase.nothingKept')}</p>
          ) : (
            <ul>
              {plan.data.kept.map((k) => (
                <li key={`k-${k.kind}-${k.why ?? ''}`}>
                  {k.label}: {k.count}. {k.why}
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={(e) => void submit(e)} noValidate>
            <ErrorMessage error={error} shownFields={['reason']} />
            <TextField multiline label={t('erase.reason')} hint={t('erase.reasonHint')} value={reason} onChange={setReason} required error={fieldError(error, 'reason')} />
            <Checkbox label={t('erase.sure')} checked={sure} onChange={setSure} />
            <button type="submit" className="button danger" disabled={!sure || busy}>
              {t('erase.confirm')}
            </button>{' '}
            <button type="button" className="button" onClick={() => onDone(false)}>
              {t('common.cancel')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

type RecordsSettings = Schemas['RecordsSettingsDto'];

/** Retention per kind, what an erasure keeps, and legal holds: the secretariat's rules, defaults and reasons in view. */
export function RecordsRulesAdmin(): ReactNode {
  const { t, dateTime } = useI18n();
  const settings = useHubQuery(['/api/v1/admin/records-settings'], () => unwrap(api.GET('/api/v1/admin/records-settings')));
  const networks = useHubQuery(['/api/v1/networks', 'all', 'archived'], () => unwrap(api.GET('/api/v1/networks', { params: { query: { scope: 'all', includeArchived: 'true' } } })));
  const [days, setDays] = useState<Record<string, string>>({});
  const [keep, setKeep] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [holdNetwork, setHoldNetwork] = useState('');
  const [holdReason, setHoldReason] = useState('');
  const [holdError, setHoldError] = useState<unknown>(null);

  const show = (data: RecordsSettings): void => {
    settings.setData(data);
    setDays({});
    setKeep({});
  };
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    const retention = Object.fromEntries(Object.entries(days).map(([k, v]) => [k, /^\d+$/.test(v.trim()) ? Number(v.trim()) : -1]));
    try {
      show(await unwrap(api.PATCH('/api/v1/admin/records-settings', { body: { retention, erasure: keep } })));
      setStatus(t('common.saved'));
    } catch (err) {
      setError(err);
    }
  };
  const setHold = async (networkId: string, hold: boolean): Promise<void> => {
    setHoldError(null);
    try {
      show(await unwrap(api.PUT('/api/v1/admin/networks/{id}/legal-hold', { params: { path: { id: networkId } }, body: { hold, reason: holdReason } })));
      setHoldNetwork('');
      setHoldReason('');
    } catch (err) {
      setHoldError(err);
    }
  };
  const data = settings.data;
  return (
    <section aria-labelledby="admin-records">
      <h2 id="admin-records">{t('records.title')}</h2>
      <p>{t('records.intro')}</p>
      {settings.loading && !data && <Loading />}
      <ErrorMessage error={settings.error} />
      {data && (
        <form onSubmit={(e) => void save(e)} className="card" noValidate aria-labelledby="retention-heading">
          <h3 id="retention-heading">{t('records.retention')}</h3>
          <ErrorMessage error={error} shownFields={data.retention.map((r) => `retention.${r.kind}`)} />
          {data.retention.map((r) => (
            <TextField
              key={r.kind}
              type="number"
              inputMode="numeric"
              label={t('records.days', { label: r.label })}
              hint={`${r.why} ${t('records.default', { days: r.defaultDays, min: r.minDays })}`}
              value={days[r.kind] ?? String(r.days)}
              onChange={(v) => setDays({ ...days, [r.kind]: v })}
              error={fieldError(error, `retention.${r.kind}`)}
            />
          ))}
          <h3>{t('records.erasure')}</h3>
          <p>{t('records.erasureIntro')}</p>
          {data.erasure.map((r) => (
            <div key={r.kind}>
              <Checkbox label={t('records.keep', { label: r.label })} checked={keep[r.kind] ?? r.keep} onChange={(v) => setKeep({ ...keep, [r.kind]: v })} />
              <p className="hint">
                {r.why} {r.defaultKeep ? t('records.defaultKeep') : t('records.defaultRemove')}
              </p>
            </div>
          ))}
          <button type="submit" className="button primary">
            {t('common.save')}
          </button>
          <Status>{status}</Status>
        </form>
      )}
      {data && (
        <div className="card">
          <h3 id="holds-heading">{t('records.holds')}</h3>
          <p>{t('records.holdsIntro')}</p>
          <ErrorMessage error={holdError} />
          {data.legalHolds.length === 0 ? (
            <p>{t('records.noHolds')}</p>
          ) : (
            <ul aria-labelledby="holds-heading">
              {data.legalHolds.map((h) => (
                <li key={h.networkId}>
                  {h.name} ({t('records.holdSince', { date: dateTime(h.since) })}){h.reason ? `: ${h.reason}` : ''}{' '}
                  <button type="button" className="button small" onClick={() => void setHold(h.networkId, false)}>
                    {t('records.lift')}
                    <span className="visually-hidden"> {h.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <SelectField
            label={t('audit.network')}
            value={holdNetwork}
            onChange={setHoldNetwork}
            options={[{ value: '', label: t('records.chooseNetwork') }, ...(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))]}
          />
          <TextField label={t('records.holdReason')} value={holdReason} onChange={setHoldReason} />
          <button type="button" className="button" disabled={!holdNetwork} onClick={() => void setHold(holdNetwork, true)}>
            {t('records.hold')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The secretariat's entries on the accessibility statement and the privacy notice. */
export function LegalAdmin(): ReactNode {
  const { t } = useI18n();
  const legal = useHubQuery(['/api/v1/legal'], () => unwrap(api.GET('/api/v1/legal')));
  const [form, setForm] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const d = legal.data;
  const values =
    form ??
    (d
      ? {
          accessibilityEmail: d.accessibility.email,
          accessibilityPhone: d.accessibility.phone,
          accessibilityFormUrl: d.accessibility.formUrl,
          accessibilityReviewedOn: d.accessibility.reviewedOn,
          accessibilityGaps: d.accessibility.gaps.join('\n'),
          privacyController: d.privacy.controller,
          privacyEmail: d.privacy.email,
          privacyPhone: d.privacy.phone,
          privacyDpoEmail: d.privacy.dpoEmail,
        }
      : null);
  const field = (key: string, label: string, type: 'text' | 'email' | 'tel' | 'url' | 'date' = 'text', hint?: string): ReactNode =>
    values && (
      <TextField type={type} label={label} hint={hint} value={values[key] ?? ''} onChange={(v) => setForm({ ...values, [key]: v })} error={fieldError(error, key)} />
    );
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!values) return;
    setError(null);
    setStatus('');
    try {
      const { accessibilityGaps, ...rest } = values;
      const saved = await unwrap(
        api.PATCH('/api/v1/admin/legal', {
          body: {
            ...rest,
            accessibilityGaps: (accessibilityGaps ?? '')
              .split('\n')
              .map((g) => g.trim())
              .filter(Boolean),
          },
        }),
      );
      legal.setData(saved);
      setForm(null);
      setStatus(t('common.saved'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="admin-legal">
      <h2 id="admin-legal">{t('legal.title')}</h2>
      <p>{t('legal.intro')}</p>
      {legal.loading && !d && <Loading />}
      <ErrorMessage error={legal.error} />
      {values && (
        <form onSubmit={(e) => void save(e)} className="card" noValidate>
          <ErrorMessage
            error={error}
            shownFields={['accessibilityEmail', 'accessibilityPhone', 'accessibilityFormUrl', 'accessibilityReviewedOn', 'accessibilityGaps', 'privacyController', 'privacyEmail', 'privacyPhone', 'privacyDpoEmail']}
          />
          <h3>{t('footer.accessibility')}</h3>
          {field('accessibilityEmail', t('legal.email'), 'email')}
          {field('accessibilityPhone', t('legal.phone'), 'tel')}
          {field('accessibilityFormUrl', t('legal.formUrl'), 'url')}
          {field('accessibilityReviewedOn', t('legal.reviewedOn'), 'date')}
          <TextField
            multiline
            label={t('legal.gaps')}
            hint={t('legal.gapsHint')}
            value={values['accessibilityGaps'] ?? ''}
            onChange={(v) => setForm({ ...values, accessibilityGaps: v })}
            error={fieldError(error, 'accessibilityGaps')}
          />
          <h3>{t('footer.privacy')}</h3>
          {field('privacyController', t('legal.controller'))}
          {field('privacyEmail', t('legal.email'), 'email')}
          {field('privacyPhone', t('legal.phone'), 'tel')}
          {field('privacyDpoEmail', t('legal.dpoEmail'), 'email')}
          <button type="submit" className="button primary">
            {t('common.save')}
          </button>
          <Status>{status}</Status>
        </form>
      )}
    </section>
  );
}
