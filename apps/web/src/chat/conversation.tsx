// One conversation: its history (newest at the bottom, "Visa äldre" keeps the scroll position),
// the messages with edit and delete, the form (Enter sends), typing and who is online.
import { type FormEvent, type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from '../shared/auth';
import { useI18n } from '../shared/i18n';
import { AttachmentList, AttachmentPicker, type ChosenDocument } from '../documents/attachments';
import { MESSAGE_EVENTS, useHubEvents, useOnline, useRealtime } from '../shared/realtime';
import { Link } from '../shared/router';
import { ServerHtml } from '../shared/server-html';
import { ConfirmButton, ErrorMessage, Loading, OnlineMarker, fieldError } from '../shared/ui';
import { useHubQuery } from '../shared/query';

type Conversation = Schemas['ConversationDto'];
type Message = Schemas['MessageDto'];

const PAGE = 30;
const TYPING_EVERY_MS = 3000;
const TYPING_SHOWN_MS = 5000;
/** At most this many documents on a message (the hub's limit). */
const MESSAGE_ATTACHMENTS = 5;

function bySeq(a: Message, b: Message): number {
  const x = BigInt(a.seq);
  const y = BigInt(b.seq);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Merges messages by id (the newer copy wins) and keeps them oldest first. */
function merge(list: Message[], more: Message[]): Message[] {
  const byId = new Map(list.map((m) => [m.id, m]));
  for (const m of more) byId.set(m.id, m);
  return [...byId.values()].sort(bySeq);
}

export function ConversationView({ id, conversation, onRead }: { id: string; conversation: Conversation | null; onRead(): void }): ReactNode {
  const { t, tn } = useI18n();
  const { session } = useAuth();
  const { refreshCounts, subscribeTyping, sendTyping } = useRealtime();
  const [messages, setMessages] = useState<Message[] | null>(null);
  const current = useRef<Message[] | null>(null);
  current.current = messages;
  const [older, setOlder] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [typers, setTypers] = useState<Record<string, number>>({});
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingScroll = useRef<{ kind: 'bottom' } | { kind: 'keep'; height: number } | null>(null);
  const lastRead = useRef<bigint>(0n);
  const names = useRef(new Map<string, string>());
  const networkId = conversation?.networkId ?? null;
  const title = conversation?.title ?? t('chat.title');

  const announce = useCallback((text: string) => {
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 50);
  }, []);

  const nearBottom = (): boolean => {
    const el = scrollRef.current;
    return !el || el.scrollHeight - el.scrollTop - el.clientHeight < 80;
  };

  useEffect(() => {
    let live = true;
    unwrap(api.GET('/api/v1/conversations/{id}/messages', { params: { path: { id }, query: { limit: PAGE } } })).then(
      (page) => {
        if (!live) return;
        pendingScroll.current = { kind: 'bottom' };
        setMessages([...page.items].sort(bySeq));
        setOlder(page.nextCursor);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [id]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const pending = pendingScroll.current;
    if (!el || !pending) return;
    pendingScroll.current = null;
    if (pending.kind === 'bottom') el.scrollTop = el.scrollHeight;
    else el.scrollTop += el.scrollHeight - pending.height;
  }, [messages]);

  for (const m of messages ?? []) if (m.author) names.current.set(m.author.id, m.author.name);

  // Mark read when the newest message is on screen in an open conversation.
  const newest = messages && messages.length > 0 ? messages[messages.length - 1] : undefined;
  useEffect(() => {
    if (!newest) return;
    const seq = BigInt(newest.seq);
    if (seq <= lastRead.current) return;
    lastRead.current = seq;
    unwrap(api.POST('/api/v1/conversations/{id}/read', { params: { path: { id } }, body: { seq: newest.seq } })).then(
      () => {
        refreshCounts();
        onRead();
      },
      () => undefined,
    );
  }, [newest, id, refreshCounts, onRead]);

  /** The newest page again, merged in: new, edited and deleted messages. */
  const refresh = useCallback(async (): Promise<Message[]> => {
    const page = await unwrap(api.GET('/api/v1/conversations/{id}/messages', { params: { path: { id }, query: { limit: PAGE } } }));
    const known = new Set((current.current ?? []).map((m) => m.id));
    const added = page.items.filter((m) => !known.has(m.id));
    const stick = nearBottom();
    setMessages((prev) => merge(prev ?? [], page.items));
    if (stick) pendingScroll.current = { kind: 'bottom' };
    return added;
  }, [id]);

  useHubEvents(MESSAGE_EVENTS, (event) => {
    if (event.data.conversationId !== id) return;
    refresh().then((added) => {
      const fromOthers = added.filter((m) => !m.mine);
      const last = fromOthers[fromOthers.length - 1];
      if (last) announce(t('chat.incoming', { name: last.author?.name ?? t('chat.someone') }));
      if (fromOthers.length > 0)
        setTypers((prev) => {
          const next = { ...prev };
          for (const m of fromOthers) if (m.author) delete next[m.author.id];
          return next;
        });
    }, setError);
  });

  // "X skriver…": typing events name the network of a channel, or the direct conversation.
  // A conversation not in my list yet (a direct one just opened by the other person) counts as direct.
  const direct = conversation?.kind !== 'network';
  useEffect(() => {
    if (!networkId && !direct) return undefined;
    return subscribeTyping((update) => {
      const here = networkId ? update.networkId === networkId : update.conversationId === id;
      if (!here || update.personId === session?.personId) return;
      setTypers((prev) => ({ ...prev, [update.personId]: Date.now() }));
      if (!names.current.has(update.personId))
        unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: update.personId } } })).then((p) => {
          names.current.set(update.personId, p.name);
          setTypers((prev) => ({ ...prev }));
        }, () => undefined);
    });
  }, [networkId, direct, id, subscribeTyping, session?.personId]);

  const typingIds = Object.keys(typers);
  useEffect(() => {
    if (typingIds.length === 0) return undefined;
    const timer = window.setInterval(() => {
      const now = Date.now();
      setTypers((prev) => {
        const next = Object.fromEntries(Object.entries(prev).filter(([, at]) => now - at < TYPING_SHOWN_MS));
        return Object.keys(next).length === Object.keys(prev).length ? prev : next;
      });
    }, 1000);
    return () => window.clearInterval(timer);
  }, [typingIds.length]);

  const showOlder = async (): Promise<void> => {
    if (!older) return;
    setError(null);
    try {
      const page = await unwrap(api.GET('/api/v1/conversations/{id}/messages', { params: { path: { id }, query: { limit: PAGE, before: older } } }));
      pendingScroll.current = { kind: 'keep', height: scrollRef.current?.scrollHeight ?? 0 };
      setMessages((prev) => merge(prev ?? [], page.items));
      setOlder(page.nextCursor);
      announce(tn('chat.olderLoaded', page.items.length));
    } catch (err) {
      setError(err);
    }
  };

  const replace = (m: Message): void => setMessages((prev) => merge(prev ?? [], [m]));

  const typingText = typingIds.map((pid) => t('chat.typing', { name: names.current.get(pid) ?? t('chat.someone') })).join(' ');

  return (
    <section aria-labelledby="chat-heading" className="chat-conversation">
      <h2 id="chat-heading">{title}</h2>
      {networkId && <OnlineNow networkId={networkId} />}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <ErrorMessage error={error} />
      {messages === null && !error && <Loading />}
      {messages && (
        <div ref={scrollRef} className="chat-scroll" tabIndex={0} role="region" aria-label={t('chat.messages', { title })}>
          {older && (
            <p className="chat-older">
              <button type="button" className="button small" onClick={() => void showOlder()}>
                {t('chat.older')}
              </button>
            </p>
          )}
          {messages.length === 0 ? (
            <p className="empty">{t('chat.empty')}</p>
          ) : (
            <ol className="chat-messages">
              {messages.map((m) => (
                <MessageItem key={m.id} message={m} onChange={replace} announce={announce} networkId={networkId} />
              ))}
            </ol>
          )}
        </div>
      )}
      <p className="chat-typing" aria-live="polite">
        {typingText}
      </p>
      {messages && (
        <MessageForm
          conversationId={id}
          networkId={networkId}
          announce={announce}
          onTyping={networkId ? () => sendTyping({ networkId }) : direct ? () => sendTyping({ conversationId: id }) : undefined}
          onSent={(m) => {
            pendingScroll.current = { kind: 'bottom' };
            replace(m);
            announce(t('chat.sent'));
          }}
        />
      )}
    </section>
  );
}

function MessageItem({
  message: m,
  onChange,
  announce,
  networkId,
}: {
  message: Message;
  onChange(m: Message): void;
  announce(text: string): void;
  networkId: string | null;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const itemId = `msg-${m.id}`;
  const metaId = `${itemId}-meta`;

  const focusItem = (): void => {
    window.setTimeout(() => document.getElementById(itemId)?.focus(), 0);
  };

  const remove = async (): Promise<void> => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/messages/{id}', { params: { path: { id: m.id } } }));
      onChange({ ...m, deleted: true, body: '', html: '' });
      announce(t('chat.removed'));
      focusItem();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <li id={itemId} tabIndex={-1} className={m.mine ? 'chat-message mine' : 'chat-message'}>
      <p id={metaId} className="chat-meta">
        <strong>{m.author?.name ?? t('post.unknownAuthor')}</strong>{' '}
        <time dateTime={m.createdAt}>{dateTime(m.createdAt)}</time>
        {m.editedAt && !m.deleted && <span className="edited"> · {t('chat.edited')}</span>}
      </p>
      {m.deleted ? (
        <p className="empty">{t('chat.deleted')}</p>
      ) : editing ? (
        <MessageForm
          conversationId={m.conversationId}
          networkId={networkId}
          announce={announce}
          editing={m}
          onCancel={() => {
            setEditing(false);
            focusItem();
          }}
          onSent={(next) => {
            onChange(next);
            setEditing(false);
            announce(t('chat.saved'));
            focusItem();
          }}
        />
      ) : (
        <ServerHtml html={m.html} className="chat-body" />
      )}
      {!m.deleted && <AttachmentList attachments={m.attachments} />}
      <ErrorMessage error={error} />
      {m.mine && !m.deleted && !editing && (
        <div className="chat-actions">
          <button type="button" className="button small" aria-describedby={metaId} onClick={() => setEditing(true)}>
            {t('chat.edit')}
          </button>
          <ConfirmButton className="button small danger" aria-describedby={metaId} question={t('chat.confirmDelete')} onConfirm={remove}>
            {t('chat.delete')}
          </ConfirmButton>
        </div>
      )}
    </li>
  );
}

function MessageForm({
  conversationId,
  editing,
  onSent,
  onCancel,
  onTyping,
  networkId,
  announce,
}: {
  conversationId: string;
  /** The channel's network: "Bifoga dokument" offers its library (not offered in direct conversations). */
  networkId: string | null;
  announce(text: string): void;
  editing?: Message;
  onSent(message: Message): void;
  onCancel?(): void;
  onTyping?(): void;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [body, setBody] = useState(editing?.body ?? '');
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<ChosenDocument[]>([]);
  const lastTyping = useRef(0);
  const fieldText = empty ? t('chat.emptyError') : fieldError(error, 'body');

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (busy) return;
    setError(null);
    if (body.trim() === '') {
      setEmpty(true);
      return;
    }
    setBusy(true);
    try {
      const message = editing
        ? await unwrap(api.PATCH('/api/v1/messages/{id}', { params: { path: { id: editing.id } }, body: { body } }))
        : await unwrap(
            api.POST('/api/v1/conversations/{id}/messages', {
              params: { path: { id: conversationId } },
              body: chosen.length > 0 ? { body, documentIds: chosen.map((c) => c.id) } : { body },
            }),
          );
      setBody('');
      setChosen([]);
      onSent(message);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  const change = (value: string): void => {
    setBody(value);
    setEmpty(false);
    const now = Date.now();
    if (onTyping && value.trim() !== '' && now - lastTyping.current >= TYPING_EVERY_MS) {
      lastTyping.current = now;
      onTyping();
    }
  };

  return (
    <form className="chat-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorMessage error={error} shownFields={['body']} />
      <div className="field">
        <label htmlFor={id}>{editing ? t('chat.editLabel') : t('chat.label')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('chat.hint')}
        </p>
        <textarea
          id={id}
          rows={editing ? 3 : 2}
          value={body}
          autoFocus={editing !== undefined}
          aria-invalid={fieldText ? true : undefined}
          aria-describedby={[`${id}-hint`, fieldText ? `${id}-error` : ''].filter(Boolean).join(' ')}
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {fieldText && (
          <p id={`${id}-error`} className="field-error">
            {fieldText}
          </p>
        )}
      </div>
      {!editing && networkId && (
        <AttachmentPicker networkId={networkId} chosen={chosen} onChange={setChosen} max={MESSAGE_ATTACHMENTS} announce={announce} />
      )}
      <div className="actions">
        <button type="submit" className="button primary small" aria-disabled={busy}>
          {editing ? t('common.save') : t('chat.send')}
        </button>
        {onCancel && (
          <button type="button" className="button small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** "Online nu": the channel's members connected now, each with the online marker. */
function OnlineNow({ networkId }: { networkId: string }): ReactNode {
  const { t } = useI18n();
  const online = useOnline(networkId);
  const members = useHubQuery(['/api/v1/networks/{id}/members', networkId], () => unwrap(api.GET('/api/v1/networks/{id}/members', { params: { path: { id: networkId } } })));
  if (!online || !members.data) return null;
  const here = members.data.items.filter((m) => online.has(m.person.id));
  return (
    <div className="chat-online">
      <h3 id="chat-online-heading">{t('presence.heading', { count: here.length })}</h3>
      {here.length === 0 ? (
        <p className="empty">{t('presence.nobody')}</p>
      ) : (
        <ul aria-labelledby="chat-online-heading" className="online-list">
          {here.map((m) => (
            <li key={m.person.id}>
              <OnlineMarker /> <Link to={`/personer/${m.person.id}`}>{m.person.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
