// "Chatt": my networks' channels and my direct conversations with unread counts; the chosen one
// (?samtal=<id>) shows its history, newest at the bottom, with "Visa äldre", live updates,
// "X skriver…" (network channels and direct conversations), who of the network is online, attached
// library documents, and a form where Enter sends and Shift+Enter makes a new line.
import { type MouseEvent, type ReactNode } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { Link, navigate, useSearchParam } from '../shared/router';
import { ErrorMessage, Loading, Page } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { ConversationView } from './conversation';

type Conversation = Schemas['ConversationDto'];

export function chatPath(conversationId: string): string {
  return `/chatt?samtal=${encodeURIComponent(conversationId)}`;
}

export function ChatPage(): ReactNode {
  const { t, tn } = useI18n();
  const selected = useSearchParam('samtal');
  const conversations = useHubQuery(['/api/v1/conversations'], () => unwrap(api.GET('/api/v1/conversations')));

  // Message events refetch the list (shared/query.tsx); so does reading a conversation.
  const reloadList = conversations.reload;

  const list = conversations.data ?? [];
  const channels = list.filter((c) => c.kind === 'network');
  const direct = list.filter((c) => c.kind === 'direct');
  const current = list.find((c) => c.id === selected) ?? null;

  // Choosing a conversation changes the query only: focus stays in the list.
  const choose = (event: MouseEvent<HTMLAnchorElement>, id: string): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(chatPath(id), { keepFocus: true });
  };

  const item = (c: Conversation): ReactNode => (
    <li key={c.id}>
      <Link
        to={chatPath(c.id)}
        className={c.id === selected ? 'chat-item active' : 'chat-item'}
        aria-current={c.id === selected ? 'true' : undefined}
        onClick={(e) => choose(e, c.id)}
      >
        <span className="chat-item-title">{c.title}</span>
        {c.unread > 0 && (
          <>
            <span className="visually-hidden">, </span>
            <span className="badge badge-unread">
              {c.unread}
              <span className="visually-hidden"> {tn('common.unreadWord', c.unread)}</span>
            </span>
          </>
        )}
      </Link>
    </li>
  );

  return (
    <Page title={current ? `${current.title} – ${t('chat.title')}` : t('chat.title')} heading={t('chat.title')}>
      <p>{t('chat.intro')}</p>
      <ErrorMessage error={conversations.error} />
      {conversations.loading && !conversations.data && <Loading />}
      <div className="chat-layout">
        <nav aria-labelledby="chat-list-heading" className="chat-list">
          <h2 id="chat-list-heading">{t('chat.conversations')}</h2>
          <h3>{t('chat.channels')}</h3>
          {conversations.data && channels.length === 0 && <p className="empty">{t('chat.none')}</p>}
          {channels.length > 0 && <ul>{channels.map(item)}</ul>}
          <h3>{t('chat.direct')}</h3>
          {conversations.data && direct.length === 0 && <p className="empty">{t('chat.noneDirect')}</p>}
          {direct.length > 0 && <ul>{direct.map(item)}</ul>}
        </nav>
        <div className="chat-main">
          {selected && conversations.data ? (
            <ConversationView key={selected} id={selected} conversation={current} onRead={reloadList} />
          ) : (
            conversations.data && <p className="empty">{t('chat.choose')}</p>
          )}
        </div>
      </div>
    </Page>
  );
}
