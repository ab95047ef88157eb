import { type FormEvent, type ReactNode, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { NetworkFeed } from '../feed/feed';
import { JoinControl } from './join';
import { NetworkMeetings } from '../meetings/meetings';
import { NetworkActionItems } from '../meetings/action-items';
import { NetworkDocuments } from '../documents/documents';
import { JoinRequests } from './join-requests';
import { PersonPicker } from '../people/person-picker';
import { useOnline } from '../shared/realtime';
import { Link, navigate } from '../shared/router';
import { ConfirmButton, ErrorMessage, ExternalBadge, InPageNav, Loading, OnlineMarker, Page, SelectField, Status, TableRegion, TextField, fieldError, roleKey, whereFrom } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { networkRead } from '../shared/reads';
import { chatPath } from '../chat/chat-page';
import { NetworkMeta } from './networks-page';

/** "Chatt": a link to the network's channel, with my unread count (members only). */
function NetworkChat({ network }: { network: Network }): ReactNode {
  const { t, tn } = useI18n();
  const isMember = network.myRole !== null;
  const channel = useHubQuery(['/api/v1/networks/{id}/chat', network.id, isMember], () => (isMember ? unwrap(api.GET('/api/v1/networks/{id}/chat', { params: { path: { id: network.id } } })) : Promise.resolve(null)));
  return (
    <section aria-labelledby="network-chat-heading">
      <h2 id="network-chat-heading">{t('nav.chat')}</h2>
      {!isMember && <p className="message">{t('chat.membersOnly')}</p>}
      {isMember && (
        <>
          <p>{t('chat.networkIntro')}</p>
          <ErrorMessage error={channel.error} />
          {channel.data && (
            <p>
              <Link to={chatPath(channel.data.id)}>{t('chat.openChannel')}</Link>
              {channel.data.unread > 0 && (
                <>
                  {' '}
                  <span className="badge badge-unread">{tn('chat.unread', channel.data.unread)}</span>
                </>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}

type Network = Schemas['NetworkDto'];
type Coverage = Schemas['CoverageDto'];

export function CoverageView({ coverage }: { coverage: Coverage }): ReactNode {
  const { t } = useI18n();
  const total = coverage.represented.length + coverage.missing.length;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverage.title')}</h2>
      <p>{t('coverage.summary', { count: coverage.represented.length, total })}</p>
      <div className="coverage">
        <div>
          <h3>{t('coverage.represented')}</h3>
          {coverage.represented.length === 0 ? (
            <p className="empty">{t('coverage.none')}</p>
          ) : (
            <ul className="chips">
              {coverage.represented.map((m) => (
                <li key={m.id} className="chip chip-yes">
                  {m.name}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('coverage.missing')}</h3>
          {coverage.missing.length === 0 ? (
            <p className="empty">{t('coverage.all')}</p>
          ) : (
            <ul className="chips">
              {coverage.missing.map((m) => (
                <li key={m.id} className="chip chip-no">
                  {m.name}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function Members({ network, onChanged }: { network: Network; onChanged(): void }): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const members = useHubQuery(['/api/v1/networks/{id}/members', network.id], () => unwrap(api.GET('/api/v1/networks/{id}/members', { params: { path: { id: network.id } } })));
  const online = useOnline(network.id);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState({ personId: '', role: 'member' as 'member' | 'coordinator' });
  const [addError, setAddError] = useState<unknown>(null);
  const isAdmin = session?.role === 'admin';

  const remove = async (personId: string, name: string): Promise<void> => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/networks/{id}/members/{personId}', { params: { path: { id: network.id, personId } } }));
      setStatus(t('members.removed', { name }));
      members.reload();
      onChanged();
      document.getElementById('members-heading')?.focus();
    } catch (err) {
      setError(err);
    }
  };

  const add = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setAddError(null);
    try {
      const result = await unwrap(api.POST('/api/v1/networks/{id}/members', { params: { path: { id: network.id } }, body: { personId: adding.personId, role: adding.role } }));
      members.setData(result);
      const person = result.items.find((m) => m.person.id === adding.personId);
      setStatus(t(adding.role === 'coordinator' ? 'members.appointed' : 'members.added', { name: person?.person.name ?? '' }));
      setAdding({ personId: '', role: 'member' });
      onChanged();
    } catch (err) {
      setAddError(err);
    }
  };

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" tabIndex={-1}>
        {t('members.title')}
        {members.data && <span className="count"> ({members.data.items.length})</span>}
      </h2>
      <Status>{status}</Status>
      <ErrorMessage error={error ?? members.error} />
      {members.loading && !members.data && <Loading />}
      {members.data && members.data.items.length === 0 && <p className="empty">{t('members.empty')}</p>}
      {members.data && members.data.items.length > 0 && (
        <TableRegion label={t('members.caption', { name: network.name })}>
          <table>
            <caption className="visually-hidden">{t('members.caption', { name: network.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.titleCol')}</th>
                <th scope="col">{t('members.from')}</th>
                <th scope="col">{t('members.role')}</th>
                {network.canManage && <th scope="col">{t('members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => (
                <tr key={m.person.id}>
                  <th scope="row">
                    {online?.has(m.person.id) && <OnlineMarker />} <Link to={`/personer/${m.person.id}`}>{m.person.name}</Link>{' '}
                    {m.person.external && <ExternalBadge />}
                  </th>
                  <td>{m.person.title}</td>
                  <td>{whereFrom(m.person)}</td>
                  <td>{t(roleKey(m.role))}</td>
                  {network.canManage && (
                    <td>
                      {(m.role === 'member' || isAdmin) && m.person.id !== session?.personId && (
                        <ConfirmButton
                          className="button small"
                          question={t('members.confirmRemove', { name: m.person.name })}
                          onConfirm={() => remove(m.person.id, m.person.name)}
                        >
                          {t('members.remove')}
                          <span className="visually-hidden"> {m.person.name}</span>
                        </ConfirmButton>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {network.canManage && (
        <form onSubmit={(e) => void add(e)} className="card" aria-labelledby="add-member-heading">
          <h3 id="add-member-heading">{isAdmin ? t('members.addOrAppoint') : t('members.add')}</h3>
          <ErrorMessage error={addError} shownFields={['personId']} />
          <PersonPicker label={t('members.whom')} value={adding.personId} onChange={(personId) => setAdding((a) => ({ ...a, personId }))} error={fieldError(addError, 'personId')} />
          {isAdmin && (
            <SelectField
              label={t('members.role')}
              value={adding.role}
              onChange={(v) => setAdding((a) => ({ ...a, role: v === 'coordinator' ? 'coordinator' : 'member' }))}
              options={[
                { value: 'member', label: t('network.role.member') },
                { value: 'coordinator', label: t('network.role.coordinator') },
              ]}
            />
          )}
          <button type="submit" className="button primary">
            {adding.role === 'coordinator' ? t('members.appoint') : t('members.addButton')}
          </button>
        </form>
      )}
    </section>
  );
}

function EditDescription({ network, onSaved }: { network: Network; onSaved(n: Network): void }): ReactNode {
  const { t } = useI18n();
  const [description, setDescription] = useState(network.description);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const saved = await unwrap(api.PATCH('/api/v1/networks/{id}', { params: { path: { id: network.id } }, body: { description } }));
      onSaved(saved);
      setStatus(t('common.saved'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="card">
      <summary>{t('network.editDescription')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <ErrorMessage error={error} shownFields={['description']} />
        <TextField label={t('network.description')} value={description} onChange={setDescription} multiline error={fieldError(error, 'description')} />
        <button type="submit" className="button primary">
          {t('common.save')}
        </button>
        <Status>{status}</Status>
      </form>
    </details>
  );
}

export function NetworkPage({ slug }: { slug: string }): ReactNode {
  const { t } = useI18n();
  const { session } = useAuth();
  const read = networkRead(slug);
  const network = useHubQuery(read.key, read.load);
  const [membersVersion, setMembersVersion] = useState(0);
  const [leaveError, setLeaveError] = useState<unknown>(null);
  const n = network.data;

  const leave = async (): Promise<void> => {
    if (!n || !session) return;
    setLeaveError(null);
    try {
      await unwrap(api.DELETE('/api/v1/networks/{id}/members/{personId}', { params: { path: { id: n.id, personId: session.personId } } }));
      navigate('/natverk');
    } catch (err) {
      setLeaveError(err);
    }
  };

  const refreshNetwork = (): void => {
    void unwrap(api.GET('/api/v1/networks/{id}', { params: { path: { id: slug } } })).then(network.setData, () => undefined);
  };
  const refreshAll = (): void => {
    setMembersVersion((v) => v + 1);
    refreshNetwork();
  };

  return (
    <Page title={n?.name ?? t('network.title')}>
      <p className="breadcrumb">
        <Link to="/natverk">{t('network.back')}</Link>
      </p>
      {network.loading && !n && <Loading />}
      <ErrorMessage error={network.error} />
      {n && (
        <>
          <NetworkMeta network={n} />
          {n.coverage && (
            <InPageNav
              label={t('feed.sections')}
              links={[
                { href: '#flode', text: t('feed.title') },
                { href: '#meetings-heading', text: t('meetings.title') },
                { href: '#documents-heading', text: t('docs.title') },
                { href: '#network-chat-heading', text: t('nav.chat') },
                { href: '#coverage-heading', text: t('coverage.title') },
                { href: '#members-heading', text: t('members.title') },
              ]}
            />
          )}
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('network.about')}</h2>
            {n.description ? <p className="prewrap">{n.description}</p> : <p className="empty">{t('network.noDescription')}</p>}
            {n.coordinators.length > 0 && (
              <p>
                {t('network.coordinators')}:{' '}
                {n.coordinators.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 && ', '}
                    <Link to={`/personer/${c.id}`}>{c.name}</Link>
                    {c.external && <> <ExternalBadge /></>}
                  </span>
                ))}
              </p>
            )}
            <JoinControl network={n} onChanged={refreshAll} />
            <ErrorMessage error={leaveError} />
            {n.myRole === 'member' && (
              <ConfirmButton className="button small" question={t('network.confirmLeave', { name: n.name })} onConfirm={leave}>
                {t('network.leave')}
              </ConfirmButton>
            )}
            {n.canManage && <EditDescription network={n} onSaved={network.setData} />}
          </section>
          <NetworkFeed key={`${n.id}-${n.myRole ?? ''}`} network={n} />
          <NetworkMeetings key={`meetings-${n.id}-${n.myRole ?? ''}`} network={n}>
            <NetworkActionItems networkId={n.id} canManage={n.canManage} />
          </NetworkMeetings>
          <NetworkDocuments key={`documents-${n.id}-${n.myRole ?? ''}`} network={n} />
          {n.coverage && <NetworkChat network={n} />}
          {n.coverage ? <CoverageView coverage={n.coverage} /> : <p className="message">{t('network.closedInfo')}</p>}
          {n.canManage && <JoinRequests networkId={n.id} networkName={n.name} onDecided={(approved) => approved && refreshAll()} />}
          {n.coverage && <Members key={membersVersion} network={n} onChanged={refreshNetwork} />}
        </>
      )}
    </Page>
  );
}
