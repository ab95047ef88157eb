/* eslint-disable */
// Copied from libs/core/src/realtime-contract.ts by scripts/gen-client.mjs (npm run openapi). Do not edit.
// The realtime contract: what the hub pushes over Socket.IO (and returns from `GET /api/v1/events`)
// and what clients may send. Defined once here; `npm run openapi` copies this file verbatim to
// apps/web/src/api/realtime-contract.ts and the contract test fails when the copy drifts. So it
// imports nothing. Events never carry content: clients refetch through REST.

export type DocumentChange = 'created' | 'updated' | 'version' | 'restored' | 'deleted' | 'extracted' | 'folders';

/** Events to a network's room: the event's `networkId` names the network, `data` holds the rest. */
export interface NetworkEventData {
  'post.created': { postId: string; authorId: string; announcement: boolean };
  /** Also a pin, an unpin and a removed comment. */
  'post.updated': { postId: string };
  'post.deleted': { postId: string };
  'comment.created': { postId: string; commentId: string; authorId: string };
  'reaction.changed': { postId: string };
  'announcement.acknowledged': { postId: string; personId: string };
  /** `byId`: who did it (their own notification is not made). */
  'meeting.announced': { meetingId: string; byId: string };
  'meeting.updated': { meetingId: string; byId: string };
  'meeting.cancelled': { meetingId: string; byId: string };
  'rsvp.changed': { meetingId: string };
  /** Agenda items or action items of the meeting changed. `byId` did it; `proposed`: a member
   * proposed an item; `actionOwnerId`: an action item was created for them. */
  'agenda.changed': { meetingId: string; byId?: string; proposed?: boolean; actionOwnerId?: string | null };
  'minutes.published': { meetingId: string; byId: string };
  /** `documentId` is null for changes of the folders. */
  'document.changed': { documentId: string | null; change: DocumentChange };
}

/** Chat messages: to a channel's network room (`networkId` set), or to both people of a direct conversation. */
export interface MessageEventData {
  'message.created': { conversationId: string; messageId: string };
  'message.updated': { conversationId: string; messageId: string };
  'message.deleted': { conversationId: string; messageId: string };
}

/** Events to one person (`networkId` of the event is null). */
export interface PersonalEventData {
  'membership.changed': { networkId: string; member: true; role: 'member' | 'coordinator' } | { networkId: string; member: false };
  mentioned: { networkId: string; postId: string; commentId: string | null; byId: string };
  'notification.created': { notificationId: string; kind: string };
}

export interface EventData extends NetworkEventData, MessageEventData, PersonalEventData {}
export type EventType = keyof EventData;

// Written as records so that an event added to a map above and not here fails to compile.
const NETWORK: Record<keyof NetworkEventData, true> = {
  'post.created': true,
  'post.updated': true,
  'post.deleted': true,
  'comment.created': true,
  'reaction.changed': true,
  'announcement.acknowledged': true,
  'meeting.announced': true,
  'meeting.updated': true,
  'meeting.cancelled': true,
  'rsvp.changed': true,
  'agenda.changed': true,
  'minutes.published': true,
  'document.changed': true,
};
const MESSAGE: Record<keyof MessageEventData, true> = { 'message.created': true, 'message.updated': true, 'message.deleted': true };
const PERSONAL: Record<keyof PersonalEventData, true> = { 'membership.changed': true, mentioned: true, 'notification.created': true };

export const NETWORK_EVENTS = Object.keys(NETWORK) as ReadonlyArray<keyof NetworkEventData>;
export const MESSAGE_EVENTS = Object.keys(MESSAGE) as ReadonlyArray<keyof MessageEventData>;
export const PERSONAL_EVENTS = Object.keys(PERSONAL) as ReadonlyArray<keyof PersonalEventData>;
export const EVENT_TYPES: readonly EventType[] = [...NETWORK_EVENTS, ...MESSAGE_EVENTS, ...PERSONAL_EVENTS];

/** One numbered event (`id`, so a client can catch up after a gap); narrowed by `type`. */
export type HubEvent<K extends EventType = EventType> = {
  [T in K]: { id: string; type: T; networkId: string | null; data: EventData[T]; at: string };
}[K];

/** Someone is writing in a network's channel (networkId) or in my direct conversation with them (conversationId). */
export interface Typing {
  networkId?: string;
  conversationId?: string;
  personId: string;
}
export type TypingTarget = { networkId: string } | { conversationId: string };

/** Members of one of my networks who came online (first connection) or went offline (last one closed), at most once a second. */
export interface Presence {
  networkId: string;
  online: string[];
  offline: string[];
}

export type ServerToClientEvents = { [K in EventType]: (event: HubEvent<K>) => void } & {
  'hub.error': (problem: { code: string; detail: string }) => void;
  presence: (update: Presence) => void;
  typing: (update: Typing) => void;
};

export interface ClientToServerEvents {
  /** Follow an open network one is not a member of (access checked). */
  'network.watch': (request: { networkId: string }, ack?: (answer: { ok: boolean }) => void) => void;
  typing: (request: TypingTarget) => void;
}
