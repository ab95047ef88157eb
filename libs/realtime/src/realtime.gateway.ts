import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { Access, AccessService } from '@hub/access';
import {
  type Actor,
  type ClientToServerEvents,
  DomainError,
  type EventType,
  HUB_CONFIG,
  type HubConfig,
  type HubEvent,
  isOwnOrigin,
  type OnlineCheck,
  readCookie,
  type ServerToClientEvents,
} from '@hub/core';
import { ChatService } from '@hub/chat';
import { AuthService, SESSION_COOKIE } from '@hub/identity';
import { EventLogRepository } from './event-log.repository';

interface SocketData {
  actor: Actor;
  networks: string[];
  credential: { kind: 'cookie' | 'bearer'; token: string };
  bucket: { tokens: number; at: number; strikes: number };
}

// The gateway pushes each numbered event under its own type (`emit(event.type, event)`), which the
// per-type map of the contract cannot check for a union: the server side takes any HubEvent.
type ServerEmits = Omit<ServerToClientEvents, EventType> & { [K in EventType]: (event: HubEvent) => void };
type HubServer = Server<ClientToServerEvents, ServerEmits, Record<string, never>, SocketData>;
type HubSocket = Socket<ClientToServerEvents, ServerEmits, Record<string, never>, SocketData>;

const RATE = { capacity: 20, perSecond: 4, strikes: 20 };
export const MAX_MESSAGE_BYTES = 64 * 1024;
const PRESENCE_BATCH_MS = 1000;

/**
 * The Socket.IO gateway. Authenticated in the handshake (session cookie, with an allowed Origin, or a
 * Bearer token); rooms per person and per network joined on the server from current memberships;
 * messages at most 64 KB; a token bucket per socket for what clients send.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, maxHttpBufferSize: MAX_MESSAGE_BYTES, cors: false })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy, OnlineCheck {
  private readonly logger = new Logger('RealtimeGateway');
  @WebSocketServer() server: HubServer;
  private sweep: NodeJS.Timeout | undefined;
  private readonly presenceChanges = new Map<string, { online: Set<string>; offline: Set<string> }>();
  private presenceTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly log: EventLogRepository,
    private readonly chat: ChatService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  afterInit(server: HubServer): void {
    server.use((socket, next) => {
      this.authenticate(socket as HubSocket).then(
        () => next(),
        (err: unknown) => next(new Error(err instanceof DomainError ? err.code : 'unauthenticated')),
      );
    });
    // Someone's sign-ins changed (logout, revoked token, disabled): re-check their sockets now.
    this.auth.onSignInsChanged((personId) => void this.recheck(personId));
    // Backstop in case a notification was missed: every socket is re-checked every five minutes.
    this.sweep = setInterval(() => void this.recheckAll(), 5 * 60_000);
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    if (this.sweep) clearInterval(this.sweep);
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
  }

  private allowedOrigin(origin: string | undefined): boolean {
    return origin === undefined || isOwnOrigin(origin, this.config.publicUrl);
  }

  private async resolve(credential: SocketData['credential']): Promise<Actor | null> {
    if (credential.kind === 'bearer') return this.auth.authenticateBearer(credential.token);
    const actor = await this.auth.authenticateSession(credential.token);
    if (!actor) return null;
    const { csrfToken: _csrf, ...plain } = actor;
    return plain;
  }

  private async authenticate(socket: HubSocket): Promise<void> {
    const headers = socket.handshake.headers;
    const auth = socket.handshake.auth as { token?: unknown };
    const bearer = typeof auth.token === 'string' ? auth.token : /^Bearer\s+(\S+)$/i.exec(String(headers.authorization ?? ''))?.[1];
    let credential: SocketData['credential'] | undefined;
    if (bearer) credential = { kind: 'bearer', token: bearer };
    else {
      const cookie = readCookie(typeof headers.cookie === 'string' ? headers.cookie : undefined, SESSION_COOKIE);
      // A cookie is sent by the browser from any site: only pages of the hub itself may use it.
      if (cookie && !this.allowedOrigin(typeof headers.origin === 'string' ? headers.origin : undefined))
        throw new DomainError('forbidden', 'origin');
      if (cookie) credential = { kind: 'cookie', token: cookie };
    }
    if (!credential) throw new DomainError('unauthenticated', 'no credential');
    const actor = await this.resolve(credential);
    if (!actor) throw new DomainError('unauthenticated', 'invalid credential');
    socket.data.actor = actor;
    socket.data.credential = credential;
    // Read before the connection is accepted, so the rooms are joined before the client can send.
    socket.data.networks = await this.log.memberships(actor.personId);
    socket.data.bucket = { tokens: RATE.capacity, at: Date.now(), strikes: 0 };
  }

  handleConnection(socket: HubSocket): void {
    const actor = socket.data.actor;
    if (!actor) return void socket.disconnect(true);
    // Synchronous: nothing the client sends can arrive before its rooms are set.
    void socket.join([`user:${actor.personId}`, ...socket.data.networks.map((id) => `network:${id}`)]);
    void this.announcePresence(socket, true);
  }

  handleDisconnect(socket: HubSocket): void {
    if (socket.data.actor) void this.announcePresence(socket, false);
  }

  /** Sockets of the person on any process (through the adapter). */
  private async socketsOf(personId: string): Promise<number> {
    return this.server ? (await this.server.in(`user:${personId}`).fetchSockets()).length : 0;
  }

  /**
   * Notes that the person came online (first connection) or went offline (no connection left on
   * any process) for each of their networks. Changes are sent at most once a second per network as
   * one event with everyone who came and went, so a network of thousands connecting at once gets a
   * few events instead of one per person. Members only: watchers of an open network are not listed.
   */
  private async announcePresence(socket: HubSocket, online: boolean): Promise<void> {
    try {
      const personId = socket.data.actor.personId;
      const count = await this.socketsOf(personId);
      if (online ? count !== 1 : count !== 0) return;
      for (const networkId of socket.data.networks) {
        const change = this.presenceChanges.get(networkId) ?? { online: new Set<string>(), offline: new Set<string>() };
        (online ? change.offline : change.online).delete(personId);
        (online ? change.online : change.offline).add(personId);
        this.presenceChanges.set(networkId, change);
      }
      this.presenceTimer ??= setTimeout(() => this.flushPresence(), PRESENCE_BATCH_MS);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'Presence could not be announced');
    }
  }

  private flushPresence(): void {
    this.presenceTimer = undefined;
    const changes = [...this.presenceChanges];
    this.presenceChanges.clear();
    for (const [networkId, change] of changes) {
      this.server?.to(`network:${networkId}`).emit('presence', { networkId, online: [...change.online], offline: [...change.offline] });
    }
  }

  /** Is the person connected now, on any process? */
  async isOnline(personId: string): Promise<boolean> {
    return (await this.socketsOf(personId)) > 0;
  }

  /** The members of a network connected now (for the first view; changes follow as `presence` events). */
  async online(networkId: string): Promise<string[]> {
    if (!this.server) return [];
    const connected = new Set((await this.server.in(`network:${networkId}`).fetchSockets()).map((s) => s.data.actor.personId));
    return this.log.membersAmong(networkId, [...connected]);
  }

  /** Spends one token; after too many refusals the socket is closed. */
  private allow(socket: HubSocket): boolean {
    const b = socket.data.bucket;
    const now = Date.now();
    b.tokens = Math.min(RATE.capacity, b.tokens + ((now - b.at) / 1000) * RATE.perSecond);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return true;
    }
    b.strikes += 1;
    socket.emit('hub.error', { code: 'too-many-requests', detail: 'För många meddelanden; vänta en stund.' });
    if (b.strikes > RATE.strikes) socket.disconnect(true);
    return false;
  }

  @SubscribeMessage('network.watch')
  @Access('network.content.read')
  async watch(socket: HubSocket, request: { networkId?: unknown }): Promise<{ ok: boolean }> {
    if (!this.allow(socket) || typeof request?.networkId !== 'string') return { ok: false };
    try {
      const scope = await this.access.requireNetwork(socket.data.actor, 'network.content.read', request.networkId);
      await socket.join(`network:${scope.id}`);
      return { ok: true };
    } catch {
      return { ok: false };
    }
  }

  @SubscribeMessage('typing')
  @Access('network.content.write')
  async typing(socket: HubSocket, request: { networkId?: unknown; conversationId?: unknown }): Promise<void> {
    if (!this.allow(socket)) return;
    const personId = socket.data.actor.personId;
    if (typeof request?.networkId === 'string') {
      const room = `network:${request.networkId}`;
      // Only inside a room the server put the socket in: typing never reaches a network one is not in.
      if (!socket.rooms.has(room)) return;
      socket.to(room).emit('typing', { networkId: request.networkId, personId });
    } else if (typeof request?.conversationId === 'string') {
      // A direct conversation: only to its other person, and only if the sender is one of the two.
      const other = await this.chat.directPartner(request.conversationId, personId).catch(() => null);
      if (other) this.server.to(`user:${other}`).emit('typing', { conversationId: request.conversationId, personId });
    }
  }

  emitToNetwork(networkId: string, event: HubEvent): void {
    this.server?.to(`network:${networkId}`).emit(event.type, event);
  }

  emitToPerson(personId: string, event: HubEvent): void {
    this.server?.to(`user:${personId}`).emit(event.type, event);
  }

  async joinNetwork(personId: string, networkId: string): Promise<void> {
    this.server?.in(`user:${personId}`).socketsJoin(`network:${networkId}`);
  }

  /** Out of the network's room at once: also a watcher of an open network that just turned closed. */
  async leaveNetwork(personId: string, networkId: string): Promise<void> {
    this.server?.in(`user:${personId}`).socketsLeave(`network:${networkId}`);
  }

  /** Re-reads the sockets of a network's watchers after its visibility changed. */
  async recheckNetwork(networkId: string): Promise<void> {
    if (!this.server) return;
    for (const socket of await this.server.in(`network:${networkId}`).fetchSockets()) {
      try {
        await this.access.requireNetwork(socket.data.actor, 'network.content.read', networkId);
      } catch {
        socket.leave(`network:${networkId}`);
      }
    }
  }

  /** Fire-and-forget from the sign-in notifications: a failure (an adapter timeout) is logged, never thrown. */
  private async recheck(personId: string): Promise<void> {
    if (!this.server) return;
    try {
      for (const socket of await this.server.in(`user:${personId}`).fetchSockets()) {
        if (!(await this.resolve(socket.data.credential))) socket.disconnect(true);
      }
    } catch (err) {
      // The five-minute sweep (recheckAll) tries again.
      this.logger.warn({ err: (err as Error).message }, 'Socket re-check failed');
    }
  }

  private async recheckAll(): Promise<void> {
    if (!this.server) return;
    try {
      for (const socket of await this.server.fetchSockets()) {
        if (!(await this.resolve(socket.data.credential))) socket.disconnect(true);
      }
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'Socket re-check failed');
    }
  }
}
