/**
 * The live channel: one socket.io connection per session token, typed with the
 * server's event contract (server/live/events.ts). Rooms are re-joined after a reconnect.
 */
import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, EventName, EventPayload, ServerToClientEvents, SubscribeAck } from '../../../server/live/events';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type { EventName, EventPayload, SubscribeAck };

interface Watched {
  count: number;
  ack: Promise<SubscribeAck>;
}

let current: { token: string | null; socket: LiveSocket; rooms: Map<string, Watched> } | null = null;

/** The shared socket for this token; a new token (sign-in, sign-out) replaces the connection. */
export function liveSocket(token: string | null): LiveSocket {
  if (current && current.token === token) return current.socket;
  current?.socket.disconnect();
  const socket: LiveSocket = io({ path: '/socket.io', auth: { token: token ?? '' }, transports: ['websocket', 'polling'] });
  const rooms = new Map<string, Watched>();
  let connectedBefore = false;
  socket.on('connect', () => {
    // Subscriptions made before the first connect are buffered and sent by socket.io; after a reconnect the server has forgotten our rooms.
    if (connectedBefore && !socket.recovered) for (const room of rooms.keys()) socket.emit('subscribe', room, () => undefined);
    connectedBefore = true;
  });
  current = { token, socket, rooms };
  return socket;
}

const joinRoom = (socket: LiveSocket, room: string) => new Promise<SubscribeAck>((resolve) => socket.emit('subscribe', room, resolve));

/**
 * Starts watching a room; resolves with the server's acknowledgement (ok, or NOT_FOUND / INVALID_ROOM).
 * Watchers of one room share one subscription: the room is joined by the first and left by the last `release`.
 */
export function watchRoom(token: string | null, room: string): { ack: Promise<SubscribeAck>; release: () => void } {
  const socket = liveSocket(token);
  const state = current as NonNullable<typeof current>;
  let watched = state.rooms.get(room);
  if (watched) watched.count += 1;
  else {
    watched = { count: 1, ack: joinRoom(socket, room) };
    state.rooms.set(room, watched);
  }
  const mine = watched;
  let released = false;
  return {
    ack: mine.ack,
    release: () => {
      if (released) return;
      released = true;
      mine.count -= 1;
      if (mine.count > 0 || state.rooms.get(room) !== mine) return;
      state.rooms.delete(room);
      if (current === state) socket.emit('unsubscribe', room);
    },
  };
}

export type LiveStatus = 'connecting' | 'live' | 'refused' | 'offline';

/**
 * Watches a room while the component is mounted and calls `onEvent` for each `event` that arrives.
 * `onStatus` reports whether the subscription was accepted.
 */
export function useLiveEvents<E extends EventName>(
  token: string | null,
  room: string | null,
  event: E,
  onEvent: (payload: EventPayload<E>) => void,
  onStatus?: (status: LiveStatus) => void,
): void {
  const handler = useRef(onEvent);
  const status = useRef(onStatus);
  handler.current = onEvent;
  status.current = onStatus;
  useEffect(() => {
    if (!room) return;
    const socket = liveSocket(token);
    let active = true;
    status.current?.('connecting');
    // socket.io's typed `on` cannot relate a generic event name to its listener type.
    const listener = (payload: EventPayload<E>) => handler.current(payload);
    const untyped = socket as unknown as { on: (e: string, l: (p: EventPayload<E>) => void) => void; off: (e: string, l: (p: EventPayload<E>) => void) => void };
    untyped.on(event, listener);
    const onDisconnect = () => status.current?.('offline');
    const onConnect = () => status.current?.('live');
    const watch = watchRoom(token, room);
    void watch.ack.then((ack) => {
      if (!active) return;
      status.current?.(ack.ok ? 'live' : 'refused');
      if (!ack.ok) return;
      socket.on('disconnect', onDisconnect);
      socket.on('connect', onConnect);
    });
    return () => {
      active = false;
      untyped.off(event, listener);
      socket.off('disconnect', onDisconnect);
      socket.off('connect', onConnect);
      watch.release();
    };
  }, [token, room, event]);
}
