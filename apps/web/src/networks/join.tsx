// Join an open network, or ask to join a closed one; shows the state afterwards.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { ErrorMessage, TextField } from '../shared/ui';

type Network = Pick<Schemas['NetworkSummaryDto'], 'id' | 'name' | 'visibility' | 'myRole' | 'requested' | 'archived'>;

export function JoinControl({ network, onChanged }: { network: Network; onChanged(change: { myRole?: 'member'; requested?: boolean }): void }): ReactNode {
  const { t } = useI18n();
  const { role } = useAuth();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const stateRef = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(false);
  const formId = useId();

  const state = network.myRole ? (network.myRole === 'coordinator' ? t('join.state.coordinator') : t('join.state.member')) : network.requested ? t('join.state.requested') : null;

  useEffect(() => {
    if (state && moveFocus.current) {
      moveFocus.current = false;
      stateRef.current?.focus();
    }
  }, [state]);

  const join = async (withMessage: string | undefined): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(api.POST('/api/v1/networks/{id}/join', { params: { path: { id: network.id } }, body: withMessage ? { message: withMessage } : {} }));
      moveFocus.current = true;
      setAsking(false);
      if (result.status === 'joined' || result.status === 'already-member') onChanged({ myRole: 'member' });
      else onChanged({ requested: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (state) {
    return (
      <p className={`join-state ${network.requested && !network.myRole ? 'join-requested' : 'join-member'}`} ref={stateRef} tabIndex={-1}>
        {state}
      </p>
    );
  }
  if (network.archived || role === 'guest') return null;

  if (network.visibility === 'open') {
    return (
      <div className="join">
        <ErrorMessage error={error} />
        <button type="button" className="button primary" onClick={() => void join(undefined)} aria-disabled={busy}>
          {t('join.join')}
          <span className="visually-hidden"> {network.name}</span>
        </button>
      </div>
    );
  }
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void join(message.trim() || undefined);
  };
  return (
    <div className="join">
      {!asking ? (
        <button type="button" className="button" aria-expanded={false} aria-controls={formId} onClick={() => setAsking(true)}>
          {t('join.ask')}
          <span className="visually-hidden"> {network.name}</span>
        </button>
      ) : (
        <form id={formId} onSubmit={submit} className="join-form" aria-label={t('join.formLabel', { name: network.name })}>
          <ErrorMessage error={error} shownFields={['message']} />
          <TextField label={t('join.message')} hint={t('join.messageHint')} value={message} onChange={setMessage} multiline autoFocus />
          <div className="actions">
            <button type="submit" className="button primary" aria-disabled={busy}>
              {t('join.send')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
