// One Socket.IO connection for the signed-in session (same origin, the session cookie authenticates
// it). socket.io-client reconnects with backoff; after a reconnect the client catches up through
// `GET /events?after=<last id>`. Events never carry content: handlers refetch through REST.
// Also keeps the two counts of the header (unread chat messages and notifications).
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import { type Schemas, api, unwrap } from '../api/client';
import { useAuth } from './auth';
import {
  type ClientToServerEvents,
  EVENT_TYPES,
  type EventType,
  type HubEvent,
  type Presence,
  type ServerToClientEvents,
  type Typing,
  type TypingTarget,
} from '../api/realtime-contract';

export type { DocumentChange, EventData, EventType, HubEvent, Presence, Typing, TypingTarget } from '../api/realtime-contract';
export { MESSAGE_EVENTS } from '../api/realtime-contract';
export const POST_EVENTS = [
  'post.created',
  'post.updated',
  'post.deleted',
  'comment.created',
  'reaction.changed',
  'announcement.acknowledged',
] as const;

type Handler = (event: HubEvent) => void;

interface Realtime {
  /** Unread messages over all conversations; null until known. */
  chatUnread: number | null;
  notificationsUnread: number | null;
  refreshCounts(): void;
  subscribe(handler: Handler): () => void;
  subscribeTyping(handler: (typing: Typing) => void): () => void;
  sendTyping(target: TypingTarget): void;
  subscribePresence(handler: (presence: Presence) => void): () => void;
  /** Counts (re)connections: presence lists are fetched again after each, changes may have been missed. */
  connections: number;
  /** Follow an open network one is not a member of (kept across reconnects). */
  watch(networkId: string): () => void;
}

const RealtimeContext = createContext<Realtime | null>(null);

function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

function later(a: string, b: string): boolean {
  try {
    return BigInt(a) > BigInt(b);
  } catch {
    return false;
  }
}

export function RealtimeProvider({ children }: { children: ReactNode }): ReactNode {
  const { session } = useAuth();
  const personId = session?.personId ?? null;
  const handlers = useRef(new Set<Handler>());
  const typingHandlers = useRef(new Set<(typing: Typing) => void>());
  const presenceHandlers = useRef(new Set<(presence: Presence) => void>());
  const [connections, setConnections] = useState(0);
  const watched = useRef(new Map<string, number>());
  const socketRef = useRef<Socket<ServerToClientEvents, ClientToServerEvents> | null>(null);
  const [chatUnread, setChatUnread] = useState<number | null>(null);
  const [notificationsUnread, setNotificationsUnread] = useState<number | null>(null);
  const countsTimer = useRef<number | undefined>(undefined);

  const loadCounts = useCallback((): void => {
    unwrap(api.GET('/api/v1/conversations')).then(
      (list: Schemas['ConversationDto'][]) => setChatUnread(list.reduce((n, c) => n + c.unread, 0)),
      () => undefined,
    );
    unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: 1 } } })).then(
      (page) => setNotificationsUnread(page.unread),
      () => undefined,
    );
  }, []);

  /** Several events in a row make one request. */
  const refreshCounts = useCallback((): void => {
    window.clearTimeout(countsTimer.current);
    countsTimer.current = window.setTimeout(loadCounts, 150);
  }, [loadCounts]);

  useEffect(() => {
    if (!personId) {
      setChatUnread(null);
      setNotificationsUnread(null);
      return;
    }
    let live = true;
    let lastId: string | null = null;
    let catchingUp = false;
    // Live events and caught-up ones may cross: each id is handled once.
    const seen = new Set<string>();
    const dispatch = (event: HubEvent): void => {
      if (seen.has(event.id)) return;
      seen.add(event.id);
      if (seen.size > 2000) seen.clear();
      if (lastId === null || later(event.id, lastId)) lastId = event.id;
      for (const handler of handlers.current) handler(event);
      if (event.type === 'message.created' || event.type === 'message.deleted' || event.type === 'notification.created') refreshCounts();
    };
    const catchUp = async (): Promise<void> => {
      if (catchingUp) return;
      catchingUp = true;
      try {
        if (lastId === null) {
          const first = await unwrap(api.GET('/api/v1/events', { params: { query: { after: '0' } } }));
          if (live && lastId === null) lastId = first.latest;
          return;
        }
        let from = lastId;
        for (;;) {
          const page = await unwrap(api.GET('/api/v1/events', { params: { query: { after: from, limit: 500 } } }));
          if (!live) return;
          from = page.latest;
          // The log holds what the socket pushes (the same contract); types the web app does not know are skipped.
          for (const e of page.events) if (isEventType(e.type)) dispatch(e as unknown as HubEvent);
          if (page.events.length < 500) break;
        }
        refreshCounts();
      } catch {
        // The next reconnect tries again.
      } finally {
        catchingUp = false;
      }
    };

    let connected: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
    // The client library is its own chunk, loaded while the page draws: the page does not wait for it.
    import('socket.io-client').then(({ io }) => {
      if (!live) return;
      const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
        path: '/socket.io',
        // WebSocket only, no long-polling: with several hub processes on one port (HUB_PROCESSES) a
        // polling session's requests would land on processes that do not know it (docs/scaling.md).
        transports: ['websocket'],
        withCredentials: true,
        reconnection: true,
        reconnectionDelay: 1000,
        reconnectionDelayMax: 30_000,
        randomizationFactor: 0.5,
      });
      socketRef.current = socket;
      socket.on('connect', () => {
        for (const networkId of watched.current.keys()) socket.emit('network.watch', { networkId });
        setConnections((n) => n + 1);
        void catchUp();
      });
      for (const type of EVENT_TYPES) socket.on(type, (event: HubEvent) => dispatch(event));
      socket.on('typing', (update) => {
        if (update.personId === personId) return;
        for (const handler of typingHandlers.current) handler(update);
      });
      socket.on('presence', (update) => {
        for (const handler of presenceHandlers.current) handler(update);
      });
      connected = socket;
    }, () => undefined);
    loadCounts();
    return () => {
      live = false;
      connected?.removeAllListeners();
      connected?.disconnect();
      socketRef.current = null;
    };
  }, [personId, loadCounts, refreshCounts]);

  const subscribe = useCallback((handler: Handler) => {
    handlers.current.add(handler);
    return () => {
      handlers.current.delete(handler);
    };
  }, []);
  const subscribeTyping = useCallback((handler: (typing: Typing) => void) => {
    typingHandlers.current.add(handler);
    return () => {
      typingHandlers.current.delete(handler);
    };
  }, []);
  const sendTyping = useCallback((target: TypingTarget) => {
    socketRef.current?.emit('typing', target);
  }, []);
  const subscribePresence = useCallback((handler: (presence: Presence) => void) => {
    presenceHandlers.current.add(handler);
    return () => {
      presenceHandlers.current.delete(handler);
    };
  }, []);
  const watch = useCallback((networkId: string) => {
    const count = watched.current.get(networkId) ?? 0;
    watched.current.set(networkId, count + 1);
    if (count === 0 && socketRef.current?.connected) socketRef.current.emit('network.watch', { networkId });
    return () => {
      const left = (watched.current.get(networkId) ?? 1) - 1;
      if (left <= 0) watched.current.delete(networkId);
      else watched.current.set(networkId, left);
    };
  }, []);

  const value = useMemo<Realtime>(
    () => ({ chatUnread, notificationsUnread, refreshCounts, subscribe, subscribeTyping, sendTyping, subscribePresence, connections, watch }),
    [chatUnread, notificationsUnread, refreshCounts, subscribe, subscribeTyping, sendTyping, subscribePresence, connections, watch],
  );
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): Realtime {
  const value = useContext(RealtimeContext);
  if (!value) throw new Error('useRealtime outside RealtimeProvider');
  return value;
}

/** Opening a post or a meeting marks my notifications about it read (and updates the badge). */
export function useReadNotificationsAbout(about: { postId: string } | { meetingId: string } | null): void {
  const { refreshCounts } = useRealtime();
  const key = about ? JSON.stringify(about) : '';
  useEffect(() => {
    if (!key) return;
    const body = JSON.parse(key) as { postId?: string; meetingId?: string };
    unwrap(api.POST('/api/v1/me/notifications/read', { body })).then(refreshCounts, () => undefined);
  }, [key, refreshCounts]);
}

/** Calls `handler` for each event of the given types (the latest handler, without resubscribing). */
export function useHubEvents<K extends EventType>(types: readonly K[], handler: (event: HubEvent<K>) => void): void {
  const { subscribe } = useRealtime();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const key = types.join(',');
  useEffect(() => {
    const wanted = new Set<string>(key.split(','));
    return subscribe((event) => {
      if (wanted.has(event.type)) latest.current(event as HubEvent<K>);
    });
  }, [subscribe, key]);
}

/**
 * Who of a network's members is online now: `GET /networks/:id/online` (again after each
 * reconnect), then the `presence` events. null until known or when the list may not be seen.
 */
export function useOnline(networkId: string | null): ReadonlySet<string> | null {
  const { subscribePresence, connections } = useRealtime();
  const [online, setOnline] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!networkId) {
      setOnline(null);
      return undefined;
    }
    let live = true;
    // Changes that arrive while the list is loading are applied to it when it comes.
    const early: Presence[] = [];
    let loaded = false;
    const apply = (base: ReadonlySet<string>, update: Presence): ReadonlySet<string> => {
      const next = new Set(base);
      for (const id of update.offline) next.delete(id);
      for (const id of update.online) next.add(id);
      return next;
    };
    const unsubscribe = subscribePresence((update) => {
      if (update.networkId !== networkId) return;
      if (!loaded) early.push(update);
      else setOnline((prev) => apply(prev ?? new Set(), update));
    });
    unwrap(api.GET('/api/v1/networks/{id}/online', { params: { path: { id: networkId } } })).then(
      (answer) => {
        if (!live) return;
        loaded = true;
        setOnline(early.reduce(apply, new Set(answer.online) as ReadonlySet<string>));
      },
      () => undefined,
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [networkId, subscribePresence, connections]);
  return online;
}
