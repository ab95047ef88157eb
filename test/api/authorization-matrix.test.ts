import { type Permission, PERMISSIONS } from '@hub/access';
import { registeredRoutes } from '../support/routes';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

/**
 * Every network route × every kind of actor × open/closed/secret. Whoever may not know a network
 * exists gets 404 (never 403), whatever they ask for; anonymous and disabled people get 401.
 */
type ActorKind = 'anonymous' | 'disabled' | 'guest' | 'guestMember' | 'outsider' | 'member' | 'coordinator' | 'admin';
type Visibility = 'open' | 'closed' | 'secret';
const ACTORS: ActorKind[] = ['anonymous', 'disabled', 'guest', 'guestMember', 'outsider', 'member', 'coordinator', 'admin'];
const VISIBILITIES: Visibility[] = ['open', 'closed', 'secret'];

interface World {
  network: NetworkHandle;
  postId: string;
  meetingId: string;
  plainMember: PersonHandle;
  requestId: string;
  newcomer: PersonHandle;
  /** A library document uploaded by plainMember, with two versions. */
  documentId: string;
  oldVersionId: string;
  /** A document in the waste bin. */
  binnedId: string;
  /** An empty folder created by plainMember. */
  folderId: string;
  /** An agenda item plainMember proposed for meetingId, which has draft minutes. */
  agendaItemId: string;
  /** An action item of meetingId owned by plainMember. */
  actionItemId: string;
  /** A comment by plainMember on postId. */
  commentId: string;
  /** The network's chat channel, and a message in it by plainMember. */
  channelId: string;
  messageId: string;
}

interface RouteCase {
  name: string;
  call: (hub: TestHub, w: World, as: Credentials | null) => ReturnType<TestHub['call']>;
  /** Expected status per actor: one number for all visibilities or [open, closed, secret]. */
  expect: Record<ActorKind, number | [number, number, number]>;
}

/** Permissions checked against a network's ids: every route declaring one needs rows in ROUTES. */
const NETWORK_PERMISSIONS = (Object.keys(PERMISSIONS) as Permission[]).filter(
  (p) => PERMISSIONS[p].scoped && (p.startsWith('network.') || p === 'chat.use'),
);
/** Network-scoped routes whose matrix lives in another test (named here, so the list stays honest). */
const SCOPED_ELSEWHERE: string[] = [];

const U = 401;
const everyoneOut = { anonymous: U, disabled: U } as const;

const NO_ID = '00000000-0000-4000-8000-000000000000';

const ROUTES: RouteCase[] = [
  {
    name: 'PUT /admin/networks/:id/legal-hold',
    call: (hub, w, as) =>
      hub.call('PUT', `/api/v1/admin/networks/${w.network.id}/legal-hold`, { as, body: { hold: true, reason: 'Tvist' } }),
    expect: { ...everyoneOut, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
  },
  {
    name: 'GET /networks/:id',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 200, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /networks/:slug',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.slug}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 200, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'PATCH /networks/:id (description)',
    call: (hub, w, as) => hub.patch(`/api/v1/networks/${w.network.id}`, { as, body: { description: 'Ny beskrivning' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/join',
    call: (hub, w, as) => hub.post(`/api/v1/networks/${w.network.id}/join`, { as, body: {} }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [200, 200, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /networks/:id/members',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/members`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/members',
    call: (hub, w, as) => hub.post(`/api/v1/networks/${w.network.id}/members`, { as, body: { personId: w.newcomer.id, role: 'member' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/members (appoint coordinator)',
    call: (hub, w, as) =>
      hub.post(`/api/v1/networks/${w.network.id}/members`, { as, body: { personId: w.plainMember.id, role: 'coordinator' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 403, admin: 200 },
  },
  {
    name: 'DELETE /networks/:id/members/:personId (someone else)',
    call: (hub, w, as) => hub.delete(`/api/v1/networks/${w.network.id}/members/${w.plainMember.id}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'GET /networks/:id/join-requests',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/join-requests`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/join-requests/:id/approve',
    call: (hub, w, as) => hub.post(`/api/v1/networks/${w.network.id}/join-requests/${w.requestId}/approve`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'POST /networks/:id/join-requests/:id/reject',
    call: (hub, w, as) => hub.post(`/api/v1/networks/${w.network.id}/join-requests/${w.requestId}/reject`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'GET /networks/:id/posts',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/posts`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/posts',
    call: (hub, w, as) => hub.post(`/api/v1/networks/${w.network.id}/posts`, { as, body: { body: 'Hej' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 201, outsider: [403, 404, 404], member: 201, coordinator: 201, admin: 201 },
  },
  {
    name: 'GET /posts/:id',
    call: (hub, w, as) => hub.get(`/api/v1/posts/${w.postId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /posts/:id/comments',
    call: (hub, w, as) => hub.post(`/api/v1/posts/${w.postId}/comments`, { as, body: { body: 'Kommentar' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 201, outsider: [403, 404, 404], member: 201, coordinator: 201, admin: 201 },
  },
  {
    name: 'PUT /posts/:id/reactions/:kind (like)',
    call: (hub, w, as) => hub.call('PUT', `/api/v1/posts/${w.postId}/reactions/like`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [403, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /posts/:id/acknowledgements',
    call: (hub, w, as) => hub.post(`/api/v1/posts/${w.postId}/acknowledgements`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [403, 404, 404], member: 200, coordinator: 200, admin: 403 },
  },
  {
    name: 'GET /posts/:id/acknowledgements',
    call: (hub, w, as) => hub.get(`/api/v1/posts/${w.postId}/acknowledgements`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /posts/:id/pin',
    call: (hub, w, as) => hub.post(`/api/v1/posts/${w.postId}/pin`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'PATCH /posts/:id (someone else’s text)',
    call: (hub, w, as) => hub.patch(`/api/v1/posts/${w.postId}`, { as, body: { body: 'Ändrat' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 403, admin: 403 },
  },
  {
    name: 'DELETE /posts/:id (someone else’s)',
    call: (hub, w, as) => hub.delete(`/api/v1/posts/${w.postId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'POST /posts/:id/unpin',
    call: (hub, w, as) => hub.post(`/api/v1/posts/${w.postId}/unpin`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /posts/:id/revisions (someone else’s post)',
    call: (hub, w, as) => hub.get(`/api/v1/posts/${w.postId}/revisions`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'DELETE /posts/:id/reactions/:kind (like)',
    call: (hub, w, as) => hub.delete(`/api/v1/posts/${w.postId}/reactions/like`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [403, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'DELETE /comments/:id (someone else’s)',
    call: (hub, w, as) => hub.delete(`/api/v1/comments/${w.commentId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'GET /networks/:id/chat',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/chat`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /conversations/:channel/messages',
    call: async (hub, w, as) => {
      const rows: Array<{ id: string }> = await hub.db.query(
        `INSERT INTO conversation (kind, network_id) VALUES ('network', $1) ON CONFLICT (network_id) DO UPDATE SET kind = 'network' RETURNING id`,
        [w.network.id],
      );
      return hub.post(`/api/v1/conversations/${rows[0]!.id}/messages`, { as, body: { body: 'Hej' } });
    },
    expect: { ...everyoneOut, guest: 404, guestMember: 201, outsider: [403, 404, 404], member: 201, coordinator: 201, admin: 201 },
  },
  {
    name: 'GET /conversations/:channel/messages',
    call: (hub, w, as) => hub.get(`/api/v1/conversations/${w.channelId}/messages`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /conversations/:channel/read',
    call: (hub, w, as) => hub.post(`/api/v1/conversations/${w.channelId}/read`, { as, body: { seq: '1' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 204, outsider: [204, 404, 404], member: 204, coordinator: 204, admin: 204 },
  },
  {
    name: 'PATCH /messages/:id (someone else’s)',
    call: (hub, w, as) => hub.patch(`/api/v1/messages/${w.messageId}`, { as, body: { body: 'Ändrat' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 403, admin: 403 },
  },
  {
    name: 'DELETE /messages/:id (someone else’s)',
    call: (hub, w, as) => hub.delete(`/api/v1/messages/${w.messageId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'PUT /me/notification-settings/:id',
    call: (hub, w, as) => hub.call('PUT', `/api/v1/me/notification-settings/${w.network.id}`, { as, body: { level: 'important' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [403, 404, 404], member: 200, coordinator: 200, admin: 403 },
  },
  {
    name: 'GET /networks/:id/meetings',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/meetings`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/meetings',
    call: (hub, w, as) =>
      hub.post(`/api/v1/networks/${w.network.id}/meetings`, {
        as,
        body: { title: 'Nytt möte', startsAt: '2030-01-10T09:00:00Z', endsAt: '2030-01-10T10:00:00Z' },
      }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 201, admin: 201 },
  },
  {
    name: 'GET /meetings/:id.ics',
    call: (hub, w, as) => hub.get(`/api/v1/meetings/${w.meetingId}.ics`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'PUT /meetings/:id/rsvp',
    call: (hub, w, as) => hub.call('PUT', `/api/v1/meetings/${w.meetingId}/rsvp`, { as, body: { answer: 'yes' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [403, 404, 404], member: 200, coordinator: 200, admin: 403 },
  },
  {
    name: 'GET /meetings/:id/attendees',
    call: (hub, w, as) => hub.get(`/api/v1/meetings/${w.meetingId}/attendees`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'DELETE /meetings/:id',
    call: (hub, w, as) => hub.delete(`/api/v1/meetings/${w.meetingId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'PATCH /meetings/:id',
    call: (hub, w, as) => hub.patch(`/api/v1/meetings/${w.meetingId}`, { as, body: { title: 'Ändrat möte' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /networks/:id/documents',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/documents`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /networks/:id/documents?deleted=true (waste bin)',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/documents?deleted=true`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/documents',
    call: (hub, w, as) =>
      hub.upload(`/api/v1/networks/${w.network.id}/documents`, {
        as,
        fileName: 'Anteckningar.txt',
        bytes: Buffer.from('Nya anteckningar'),
      }),
    expect: { ...everyoneOut, guest: 404, guestMember: 201, outsider: [403, 404, 404], member: 201, coordinator: 201, admin: 201 },
  },
  {
    name: 'GET /documents/:id',
    call: (hub, w, as) => hub.get(`/api/v1/documents/${w.documentId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /documents/:id/download',
    call: (hub, w, as) => hub.get(`/api/v1/documents/${w.documentId}/download`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /documents/:id/download?version=<old version id>',
    call: (hub, w, as) => hub.get(`/api/v1/documents/${w.documentId}/download?version=${w.oldVersionId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /documents/:binned/download (in the waste bin)',
    call: (hub, w, as) => hub.get(`/api/v1/documents/${w.binnedId}/download`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 404, outsider: 404, member: 404, coordinator: 404, admin: 404 },
  },
  {
    name: 'POST /documents/:id/versions',
    call: (hub, w, as) =>
      hub.upload(`/api/v1/documents/${w.documentId}/versions`, { as, fileName: 'Protokoll.txt', bytes: Buffer.from('Version tre') }),
    expect: { ...everyoneOut, guest: 404, guestMember: 201, outsider: [403, 404, 404], member: 201, coordinator: 201, admin: 201 },
  },
  {
    name: 'POST /documents/:id/versions/:number/restore (1)',
    call: (hub, w, as) => hub.post(`/api/v1/documents/${w.documentId}/versions/1/restore`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [403, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'PATCH /documents/:id (someone else’s)',
    call: (hub, w, as) => hub.patch(`/api/v1/documents/${w.documentId}`, { as, body: { title: 'Nytt namn' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'DELETE /documents/:id (someone else’s)',
    call: (hub, w, as) => hub.delete(`/api/v1/documents/${w.documentId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'POST /documents/:binned/restore (out of the waste bin)',
    call: (hub, w, as) => hub.post(`/api/v1/documents/${w.binnedId}/restore`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /networks/:id/document-folders',
    call: (hub, w, as) => hub.post(`/api/v1/networks/${w.network.id}/document-folders`, { as, body: { name: 'Protokoll' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 201, outsider: [403, 404, 404], member: 201, coordinator: 201, admin: 201 },
  },
  {
    name: 'PATCH /document-folders/:id (someone else’s)',
    call: (hub, w, as) => hub.patch(`/api/v1/document-folders/${w.folderId}`, { as, body: { name: 'Omdöpt' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'DELETE /document-folders/:id (someone else’s)',
    call: (hub, w, as) => hub.delete(`/api/v1/document-folders/${w.folderId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'GET /meetings/:id/agenda',
    call: (hub, w, as) => hub.get(`/api/v1/meetings/${w.meetingId}/agenda`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /meetings/:id/agenda-items',
    call: (hub, w, as) => hub.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { as, body: { title: 'Ny punkt' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 201, outsider: [403, 404, 404], member: 201, coordinator: 201, admin: 201 },
  },
  {
    name: 'PATCH /agenda-items/:id',
    call: (hub, w, as) => hub.patch(`/api/v1/agenda-items/${w.agendaItemId}`, { as, body: { status: 'accepted' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'DELETE /agenda-items/:id (someone else’s)',
    call: (hub, w, as) => hub.delete(`/api/v1/agenda-items/${w.agendaItemId}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 204, admin: 204 },
  },
  {
    name: 'GET /meetings/:id/minutes',
    call: (hub, w, as) => hub.get(`/api/v1/meetings/${w.meetingId}/minutes`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'PUT /meetings/:id/minutes',
    call: (hub, w, as) => hub.call('PUT', `/api/v1/meetings/${w.meetingId}/minutes`, { as, body: { body: 'Anteckningar' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /meetings/:id/minutes/publish',
    call: (hub, w, as) => hub.post(`/api/v1/meetings/${w.meetingId}/minutes/publish`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'PUT /meetings/:id/note-taker',
    call: (hub, w, as) => hub.call('PUT', `/api/v1/meetings/${w.meetingId}/note-taker`, { as, body: { personId: w.plainMember.id } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'POST /meetings/:id/action-items',
    call: (hub, w, as) => hub.post(`/api/v1/meetings/${w.meetingId}/action-items`, { as, body: { title: 'Ny åtgärd' } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 201, admin: 201 },
  },
  {
    name: 'PATCH /action-items/:id (someone else’s)',
    call: (hub, w, as) => hub.patch(`/api/v1/action-items/${w.actionItemId}`, { as, body: { done: true } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 403, outsider: [403, 404, 404], member: 403, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /networks/:id/action-items',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/action-items`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'PUT /me/meeting-mail/:networkId',
    call: (hub, w, as) => hub.call('PUT', `/api/v1/me/meeting-mail/${w.network.id}`, { as, body: { enabled: false } }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [403, 404, 404], member: 200, coordinator: 200, admin: 403 },
  },
  {
    name: 'GET /networks/:id/online',
    call: (hub, w, as) => hub.get(`/api/v1/networks/${w.network.id}/online`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /people/search?network=:id',
    call: (hub, w, as) => hub.get(`/api/v1/people/search?q=&network=${w.network.id}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
  {
    name: 'GET /people?network=:id',
    call: (hub, w, as) => hub.get(`/api/v1/people?network=${w.network.id}`, { as }),
    expect: { ...everyoneOut, guest: 404, guestMember: 200, outsider: [200, 404, 404], member: 200, coordinator: 200, admin: 200 },
  },
];

describe('authorization matrix', () => {
  let hub: TestHub;
  const people = {} as Record<Exclude<ActorKind, 'anonymous'>, PersonHandle>;
  const sessions = {} as Record<ActorKind, Credentials | null>;

  beforeAll(async () => {
    hub = await TestHub.start();
    const elsewhere = await hub.network({ visibility: 'open' });
    people.disabled = await hub.person();
    people.guest = await hub.person({ role: 'guest' });
    people.guestMember = await hub.person({ role: 'guest' });
    people.outsider = await hub.person({ municipality: 'bjuv' });
    people.member = await hub.person({ municipality: 'klippan' });
    people.coordinator = await hub.person({ municipality: 'astorp' });
    people.admin = await hub.person({ role: 'admin' });
    await hub.member(elsewhere, people.guest);
    await hub.member(elsewhere, people.outsider);
    sessions.anonymous = null;
    for (const kind of ACTORS.filter((a) => a !== 'anonymous') as Array<Exclude<ActorKind, 'anonymous'>>) {
      sessions[kind] = await hub.login(people[kind]);
    }
    // Disabled after signing in: the old session must stop working.
    await hub.db.query(`UPDATE person SET disabled_at = now() WHERE id = $1`, [people.disabled.id]);
  });
  afterAll(() => hub.close());

  async function world(visibility: Visibility): Promise<World> {
    const network = await hub.network({ visibility });
    await hub.member(network, people.member);
    await hub.member(network, people.coordinator, 'coordinator');
    await hub.member(network, people.guestMember);
    await hub.member(network, people.disabled);
    const plainMember = await hub.person();
    await hub.member(network, plainMember);
    const requester = await hub.person();
    const rows: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO join_request (network_id, person_id) VALUES ($1, $2) RETURNING id`,
      [network.id, requester.id],
    );
    const posts: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO post (network_id, author_id, body, html, announcement, requires_ack) VALUES ($1, $2, 'Hemligt innehåll', '<p>Hemligt innehåll</p>', true, true) RETURNING id`,
      [network.id, plainMember.id],
    );
    const meetings: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at) VALUES ($1, 'Möte', now() + interval '2 days', now() + interval '2 days 1 hour') RETURNING id`,
      [network.id],
    );
    // Documents go in through the real upload (as the secretariat), then are handed to plainMember.
    const admin = sessions.admin;
    const doc = await hub.upload<{ id: string; versions: Array<{ id: string }> }>(`/api/v1/networks/${network.id}/documents`, {
      as: admin,
      fileName: 'Hemlig rapport.txt',
      bytes: Buffer.from('Hemligt innehåll, version 1'),
    });
    await hub.upload(`/api/v1/documents/${doc.body.id}/versions`, {
      as: admin,
      fileName: 'Hemlig rapport.txt',
      bytes: Buffer.from('Version 2'),
    });
    const binned = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
      as: admin,
      fileName: 'Borttagen.txt',
      bytes: Buffer.from('Borttaget innehåll'),
    });
    await hub.delete(`/api/v1/documents/${binned.body.id}`, { as: admin });
    await hub.db.query(`UPDATE document SET uploaded_by = $2 WHERE id = $1`, [doc.body.id, plainMember.id]);
    const folders: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO document_folder (network_id, name, created_by) VALUES ($1, 'Tom mapp', $2) RETURNING id`,
      [network.id, plainMember.id],
    );
    const agenda: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO agenda_item (meeting_id, title, proposed_by) VALUES ($1, 'Förslag', $2) RETURNING id`,
      [meetings[0]!.id, plainMember.id],
    );
    await hub.db.query(`INSERT INTO meeting_minutes (meeting_id, body, html) VALUES ($1, 'Utkast', '<p>Utkast</p>')`, [meetings[0]!.id]);
    const actions: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO action_item (meeting_id, network_id, title, owner_id) VALUES ($1, $2, 'Åtgärd', $3) RETURNING id`,
      [meetings[0]!.id, network.id, plainMember.id],
    );
    const comments: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO comment (post_id, network_id, author_id, body, html) VALUES ($1, $2, $3, 'Svar', '<p>Svar</p>') RETURNING id`,
      [posts[0]!.id, network.id, plainMember.id],
    );
    const channels: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO conversation (kind, network_id) VALUES ('network', $1) RETURNING id`,
      [network.id],
    );
    const messages: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO message (conversation_id, network_id, author_id, body, html) VALUES ($1, $2, $3, 'Hej', '<p>Hej</p>') RETURNING id`,
      [channels[0]!.id, network.id, plainMember.id],
    );
    return {
      network,
      plainMember,
      commentId: comments[0]!.id,
      channelId: channels[0]!.id,
      messageId: messages[0]!.id,
      agendaItemId: agenda[0]!.id,
      actionItemId: actions[0]!.id,
      requestId: rows[0]!.id,
      newcomer: await hub.person(),
      postId: posts[0]!.id,
      meetingId: meetings[0]!.id,
      documentId: doc.body.id,
      oldVersionId: doc.body.versions[0]!.id,
      binnedId: binned.body.id,
      folderId: folders[0]!.id,
    };
  }

  const cases = ROUTES.flatMap((route) =>
    VISIBILITIES.flatMap((visibility, v) =>
      ACTORS.map((actor) => {
        const e = route.expect[actor];
        return [route.name, visibility, actor, Array.isArray(e) ? e[v]! : e] as const;
      }),
    ),
  );

  it('covers every network-owned route in the route registry (a new one fails here until it has its row)', () => {
    const shape = (route: string): string =>
      route
        .replace(/ \(.*$|\?.*$/, '')
        .replace(/^(\w+) \/v1\//, '$1 /')
        .split('/')
        .map((segment) => (/^[:<]/.test(segment) ? ':' : segment))
        .join('/');
    const scoped = new Set<string>(NETWORK_PERMISSIONS);
    const owned = registeredRoutes(hub.app)
      .filter((r) => r.access?.kind === 'permission' && scoped.has(r.access.permission))
      .map((r) => shape(`${r.method} ${r.path}`));
    const covered = new Set([...ROUTES.map((r) => shape(r.name)), ...SCOPED_ELSEWHERE]);
    expect([...new Set(owned)].filter((route) => !covered.has(route)).sort()).toEqual([]);
  });

  it.each(cases)('%s on a %s network as %s → %i', async (name, visibility, actor, status) => {
    const route = ROUTES.find((r) => r.name === name)!;
    const w = await world(visibility);
    const res = await route.call(hub, w, sessions[actor]);
    expect({ status: res.status, type: status >= 400 ? res.headers['content-type'] : 'ok' }).toEqual({
      status,
      type: status >= 400 ? expect.stringContaining('application/problem+json') : 'ok',
    });
    if (status === 404) {
      // A 404 must not leak the network's name or members.
      expect(res.text).not.toContain(w.network.name);
      expect(res.text).not.toContain(w.plainMember.email);
    }
  });

  it('lists a network only to those who may know it exists', async () => {
    const nets = { open: await world('open'), closed: await world('closed'), secret: await world('secret') };
    const visible = async (actor: ActorKind): Promise<string[]> => {
      const res = await hub.get<Array<{ id: string }>>('/api/v1/networks', { as: sessions[actor] });
      if (res.status !== 200) return [`status ${res.status}`];
      const ids = new Set(res.body.map((n) => n.id));
      return (Object.keys(nets) as Visibility[]).filter((v) => ids.has(nets[v].network.id));
    };
    expect(await visible('anonymous')).toEqual(['status 401']);
    expect(await visible('disabled')).toEqual(['status 401']);
    expect(await visible('guest')).toEqual([]);
    expect(await visible('guestMember')).toEqual(['open', 'closed', 'secret']);
    expect(await visible('outsider')).toEqual(['open', 'closed']);
    expect(await visible('member')).toEqual(['open', 'closed', 'secret']);
    expect(await visible('admin')).toEqual(['open', 'closed', 'secret']);
  });

  it('hides member counts of closed networks from non-members', async () => {
    const closed = await world('closed');
    const res = await hub.get<Array<{ id: string; memberCount: number | null }>>('/api/v1/networks', { as: sessions.outsider });
    expect(res.body.find((n) => n.id === closed.network.id)?.memberCount).toBeNull();
    const detail = await hub.get<{ coverage: unknown; coordinators: unknown[] }>(`/api/v1/networks/${closed.network.id}`, {
      as: sessions.outsider,
    });
    expect(detail.body.coverage).toBeNull();
    expect(detail.body.coordinators).toEqual([]);
  });

  const global: Array<[string, (as: Credentials | null) => ReturnType<TestHub['call']>, Record<ActorKind, number>]> = [
    [
      'GET /me',
      (as) => hub.get('/api/v1/me', { as }),
      { anonymous: U, disabled: U, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    [
      'GET /people',
      (as) => hub.get('/api/v1/people', { as }),
      { anonymous: U, disabled: U, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    [
      'GET /municipalities',
      (as) => hub.get('/api/v1/municipalities', { as }),
      { anonymous: U, disabled: U, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    [
      'GET /me/sessions',
      (as) => hub.get('/api/v1/me/sessions', { as }),
      { anonymous: U, disabled: U, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    ...(
      [
        ['GET /people/search', '/api/v1/people/search?q=upphandling'],
        ['GET /search', '/api/v1/search?q=natverk'],
        ['GET /search/suggest', '/api/v1/search/suggest?q=nat'],
        ['GET /join-requests', '/api/v1/join-requests'],
        ['GET /me/tokens', '/api/v1/me/tokens'],
        ['GET /auth/session', '/api/v1/auth/session'],
        ['GET /networks', '/api/v1/networks'],
        ['GET /feed', '/api/v1/feed'],
        ['GET /conversations', '/api/v1/conversations'],
        ['GET /me/notifications', '/api/v1/me/notifications'],
        ['GET /me/notification-settings', '/api/v1/me/notification-settings'],
        ['GET /events?after=0', '/api/v1/events?after=0'],
        ['GET /calendar', '/api/v1/calendar'],
        ['GET /me/calendar-feeds', '/api/v1/me/calendar-feeds'],
        ['GET /me/meeting-mail', '/api/v1/me/meeting-mail'],
      ] as const
    ).map(
      ([name, url]) =>
        [
          name,
          (as: Credentials | null) => hub.get(url, { as }),
          { anonymous: U, disabled: U, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
        ] as [string, (as: Credentials | null) => ReturnType<TestHub['call']>, Record<ActorKind, number>],
    ),
    [
      'POST /markdown/preview',
      (as) => hub.post('/api/v1/markdown/preview', { as, body: { body: '**x**' } }),
      { anonymous: U, disabled: U, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    [
      'GET /admin/mail',
      (as) => hub.get('/api/v1/admin/mail', { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'GET /admin/meeting-report',
      (as) => hub.get(`/api/v1/admin/meeting-report?year=${new Date().getFullYear()}`, { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'GET /admin/document-settings',
      (as) => hub.get('/api/v1/admin/document-settings', { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'PATCH /admin/document-settings',
      (as) => hub.patch('/api/v1/admin/document-settings', { as, body: { retentionDays: 30 } }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'GET /admin/identity-providers',
      (as) => hub.get('/api/v1/admin/identity-providers', { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    // The admin-only provider routes on an id that does not exist: 404 for the secretariat, refused for everyone else.
    ...(
      [
        ['POST /admin/identity-providers', (as: Credentials | null) => hub.post('/api/v1/admin/identity-providers', { as, body: {} }), 400],
        [
          'PATCH /admin/identity-providers/:id',
          (as: Credentials | null) => hub.patch(`/api/v1/admin/identity-providers/${NO_ID}`, { as, body: { name: 'X' } }),
          404,
        ],
        ['DELETE /admin/identity-providers/:id', (as: Credentials | null) => hub.delete(`/api/v1/admin/identity-providers/${NO_ID}`, { as }), 404],
        ['POST /admin/identity-providers/:id/test', (as: Credentials | null) => hub.post(`/api/v1/admin/identity-providers/${NO_ID}/test`, { as }), 404],
        [
          'POST /admin/identity-providers/:id/scim-tokens',
          (as: Credentials | null) => hub.post(`/api/v1/admin/identity-providers/${NO_ID}/scim-tokens`, { as, body: { name: 'Entra' } }),
          404,
        ],
        [
          'DELETE /admin/identity-providers/:id/scim-tokens/:tokenId',
          (as: Credentials | null) => hub.delete(`/api/v1/admin/identity-providers/${NO_ID}/scim-tokens/${NO_ID}`, { as }),
          404,
        ],
      ] as const
    ).map(
      ([name, call, adminStatus]) =>
        [
          name,
          call,
          { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: adminStatus },
        ] as [string, (as: Credentials | null) => ReturnType<TestHub['call']>, Record<ActorKind, number>],
    ),
    // Public before sign-in, the same for everyone: how an address signs in says nothing about the person.
    [
      'GET /auth/discover',
      (as) => hub.get('/api/v1/auth/discover?email=vem%40bjuv.se', { as }),
      { anonymous: 200, disabled: 200, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    [
      'POST /networks',
      (as) =>
        hub.post('/api/v1/networks', { as, body: { name: `Nytt nätverk ${Math.random()}`, kind: 'arbetsgrupp', visibility: 'open' } }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 201 },
    ],
    [
      'POST /admin/people',
      (as) =>
        hub.post('/api/v1/admin/people', {
          as,
          body: { name: 'Ny Person', email: `ny${Math.random().toString(36).slice(2)}@bjuv.se`, role: 'member', municipality: 'bjuv' },
        }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 201 },
    ],
    [
      'POST /admin/people/import',
      (as) =>
        hub.post('/api/v1/admin/people/import', {
          as,
          payload: 'name,email,municipality\nA B,ab@bjuv.se,Bjuv\n',
          headers: { 'content-type': 'text/csv' },
        }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'GET /me/export',
      (as) => hub.get('/api/v1/me/export', { as }),
      { anonymous: U, disabled: U, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    [
      'POST /admin/people/:id/export',
      (as) => hub.post(`/api/v1/admin/people/${people.member.id}/export`, { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'POST /admin/people/:id/erase?dryRun=true',
      (as) => hub.post(`/api/v1/admin/people/${people.member.id}/erase?dryRun=true`, { as, body: {} }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'POST /admin/people/:id/erase (no reason)',
      (as) => hub.post(`/api/v1/admin/people/${people.member.id}/erase`, { as, body: {} }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 400 },
    ],
    [
      'GET /admin/records-settings',
      (as) => hub.get('/api/v1/admin/records-settings', { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'PATCH /admin/records-settings',
      (as) => hub.patch('/api/v1/admin/records-settings', { as, body: { retention: { notifications: 90 } } }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'GET /legal',
      (as) => hub.get('/api/v1/legal', { as }),
      { anonymous: 200, disabled: 200, guest: 200, guestMember: 200, outsider: 200, member: 200, coordinator: 200, admin: 200 },
    ],
    [
      'PATCH /admin/legal',
      (as) => hub.patch('/api/v1/admin/legal', { as, body: { accessibilityReviewedOn: '2026-12-01' } }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'GET /admin/audit',
      (as) => hub.get('/api/v1/admin/audit', { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
    [
      'GET /admin/audit?format=csv',
      (as) => hub.get('/api/v1/admin/audit?format=csv', { as }),
      { anonymous: U, disabled: U, guest: 403, guestMember: 403, outsider: 403, member: 403, coordinator: 403, admin: 200 },
    ],
  ];

  it.each(global.flatMap(([name, call, expected]) => ACTORS.map((actor) => [name, actor, expected[actor], call] as const)))(
    '%s as %s → %i',
    async (_name, actor, status, call) => {
      const res = await call(sessions[actor]);
      expect(res.status).toBe(status);
    },
  );

  it.each(ACTORS)('POST /admin/people/:id/disable as %s', async (actor) => {
    const target = await hub.person();
    const res = await hub.post(`/api/v1/admin/people/${target.id}/disable`, { as: sessions[actor] });
    expect(res.status).toBe(actor === 'admin' ? 204 : actor === 'anonymous' || actor === 'disabled' ? 401 : 403);
  });

  it.each(ACTORS)('GET /people/:id of someone in a closed network as %s', async (actor) => {
    const w = await world('closed');
    const res = await hub.get(`/api/v1/people/${w.plainMember.id}`, { as: sessions[actor] });
    const expected = {
      anonymous: 401,
      disabled: 401,
      guest: 404,
      guestMember: 200,
      outsider: 200,
      member: 200,
      coordinator: 200,
      admin: 200,
    }[actor];
    expect(res.status).toBe(expected);
    if (res.status === 200 && actor === 'outsider') {
      // The profile is visible, the closed network it belongs to is not.
      expect(res.text).not.toContain(w.network.name);
    }
  });
});
