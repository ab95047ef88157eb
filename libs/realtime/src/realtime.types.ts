/** What the server pushes. Every event is numbered (`id`), so a client can catch up after a gap. */
export interface HubEvent<T = Record<string, unknown>> {
  id: string;
  type: RealtimeEventType;
  networkId: string | null;
  data: T;
  at: string;
}

export const NETWORK_EVENTS = [
  'post.created',
  'post.updated',
  'post.deleted',
  'comment.created',
  'reaction.changed',
  'announcement.acknowledged',
  'meeting.announced',
  'meeting.updated',
  'meeting.cancelled',
  'rsvp.changed',
  'agenda.changed',
  'minutes.published',
  'document.changed',
] as const;
export const PERSONAL_EVENTS = ['membership.changed', 'mentioned', 'notification.created'] as const;
export const MESSAGE_EVENTS = ['message.created', 'message.updated', 'message.deleted'] as const;
export type RealtimeEventType = (typeof NETWORK_EVENTS)[number] | (typeof PERSONAL_EVENTS)[number] | (typeof MESSAGE_EVENTS)[number];

export type ServerToClientEvents = {
  [K in RealtimeEventType]: (event: HubEvent) => void;
} & {
  'hub.error': (problem: { code: string; detail: string }) => void;
  /** Members of one of my networks who came online (first connection) or went offline (last one closed) in the last second. */
  presence: (update: { networkId: string; online: string[]; offline: string[] }) => void;
  /** Someone is writing in a network's channel (networkId) or in my direct conversation with them (conversationId). */
  typing: (update: { networkId?: string; conversationId?: string; personId: string }) => void;
};

export interface ClientToServerEvents {
  /** Follow an open network one is not a member of (access checked). */
  'network.watch': (request: { networkId: string }, ack?: (answer: { ok: boolean }) => void) => void;
  typing: (request: { networkId?: string; conversationId?: string }) => void;
}
