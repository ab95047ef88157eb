import { io, type Socket } from 'socket.io-client';
import type { Credentials } from './test-hub';

export const ORIGIN = 'http://localhost:3000';

/** A real socket.io-client connection as a browser (cookie + Origin) or an API client (Bearer) makes it. */
export function connectSocket(url: string, as: Credentials | null, opened: Socket[], extra: { origin?: string } = {}): Promise<Socket> {
  const headers: Record<string, string> = { origin: extra.origin ?? ORIGIN };
  const auth: Record<string, string> = {};
  if (as?.kind === 'cookie') headers['cookie'] = `nh_session=${as.cookie}`;
  if (as?.kind === 'bearer') auth['token'] = as.token;
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: headers,
    auth,
    reconnection: false,
    forceNew: true,
  });
  opened.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

/** Collects what a socket receives of one event type. */
export function record<T = unknown>(socket: Socket, type: string): T[] {
  const seen: T[] = [];
  socket.on(type, (e: T) => seen.push(e));
  return seen;
}
