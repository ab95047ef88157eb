// Which cached queries a realtime event makes stale: key prefixes (the API path, then the id), so
// `invalidateQueries` refetches every shown query under them. Pure, so it is unit-tested on its own.
import type { EventType, HubEvent } from '../api/realtime-contract';

export type QueryKeyPrefix = readonly unknown[];

const meetingChanged = (e: HubEvent<'meeting.updated' | 'meeting.cancelled' | 'rsvp.changed'>): QueryKeyPrefix[] => [
  ['/api/v1/calendar'],
  ['/api/v1/networks/{id}/meetings', e.networkId],
  ['/api/v1/meetings/{id}', e.data.meetingId],
];

const LIVE: { [K in EventType]?: (event: HubEvent<K>) => QueryKeyPrefix[] } = {
  'meeting.announced': (e) => [['/api/v1/calendar'], ['/api/v1/networks/{id}/meetings', e.networkId]],
  'meeting.updated': meetingChanged,
  'meeting.cancelled': meetingChanged,
  'rsvp.changed': meetingChanged,
  'agenda.changed': (e) => [['/api/v1/networks/{id}/action-items', e.networkId]],
  'minutes.published': (e) => [['/api/v1/networks/{id}/action-items', e.networkId]],
  'document.changed': (e) => [
    ['/api/v1/networks/{id}/documents', e.networkId],
    ...(e.data.documentId ? [['/api/v1/documents/{id}', e.data.documentId]] : []),
  ],
  'message.created': () => [['/api/v1/conversations']],
  'message.updated': () => [['/api/v1/conversations']],
  'message.deleted': () => [['/api/v1/conversations']],
};

/** The event types that make a cached query stale. */
export const LIVE_TYPES = Object.keys(LIVE) as EventType[];

/** The query keys (prefixes) an event makes stale; none for events the pages handle themselves. */
export function staleKeys(event: HubEvent): QueryKeyPrefix[] {
  const keys = LIVE[event.type] as ((e: HubEvent) => QueryKeyPrefix[]) | undefined;
  return keys ? keys(event) : [];
}
