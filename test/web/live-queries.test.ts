// A realtime event refetches what it changed and nothing else: the web app's query cache is made
// stale by key prefix (the API path, then the id), the way pages name their queries.
import { LIVE_TYPES, staleKeys } from '../../apps/web/src/shared/live-queries';
import type { HubEvent } from '../../apps/web/src/api/realtime-contract';

const NETWORK = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const MEETING = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const DOCUMENT = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const at = '2026-12-04T09:00:00Z';

describe('live queries', () => {
  it('an answer to a meeting refreshes the calendar, the network’s meetings and that meeting', () => {
    const event: HubEvent = { id: '7', type: 'rsvp.changed', networkId: NETWORK, data: { meetingId: MEETING }, at };
    expect(staleKeys(event)).toEqual([['/api/v1/calendar'], ['/api/v1/networks/{id}/meetings', NETWORK], ['/api/v1/meetings/{id}', MEETING]]);
  });

  it('a new meeting refreshes the lists, not a meeting page', () => {
    const event: HubEvent = { id: '8', type: 'meeting.announced', networkId: NETWORK, data: { meetingId: MEETING, byId: MEETING }, at };
    expect(staleKeys(event)).toEqual([['/api/v1/calendar'], ['/api/v1/networks/{id}/meetings', NETWORK]]);
  });

  it('a changed document refreshes the network’s documents and the document; a folder change only the documents', () => {
    const changed: HubEvent = { id: '9', type: 'document.changed', networkId: NETWORK, data: { documentId: DOCUMENT, change: 'updated' }, at };
    expect(staleKeys(changed)).toEqual([['/api/v1/networks/{id}/documents', NETWORK], ['/api/v1/documents/{id}', DOCUMENT]]);
    const folders: HubEvent = { id: '10', type: 'document.changed', networkId: NETWORK, data: { documentId: null, change: 'folders' }, at };
    expect(staleKeys(folders)).toEqual([['/api/v1/networks/{id}/documents', NETWORK]]);
  });

  it('leaves the events pages handle themselves (posts, notifications) to them', () => {
    const post: HubEvent = { id: '11', type: 'post.created', networkId: NETWORK, data: { postId: DOCUMENT, authorId: MEETING, announcement: false }, at };
    expect(staleKeys(post)).toEqual([]);
    expect(LIVE_TYPES).not.toContain('notification.created');
    expect(LIVE_TYPES).toEqual(expect.arrayContaining(['message.created', 'agenda.changed', 'minutes.published']));
  });
});
