import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { PersonPicker } from '../person-picker';
import { ErrorMessage, Loading, SelectField, TextField, useAsync } from '../ui';

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
  const networks = useAsync(
    () => unwrap(api.GET('/api/v1/networks', { params: { query: { scope: 'all', includeArchived: 'true' } } })),
    [],
  );
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
        <div className="table-wrap" role="region" tabIndex={0} aria-label={t('audit.title')}>
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
        </div>
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
