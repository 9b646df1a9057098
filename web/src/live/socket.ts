/**
 * The live channel: one socket.io connection per session token, typed with the
 * server's event contract (server/live/events.ts). Rooms are re-joined after a reconnect.
 */
import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, EventName, EventPayload, ServerToClientEvents, SubscribeAck } from '../../../server/live/events';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type { EventName, EventPayload, SubscribeAck };

let current: { token: string | null; socket: LiveSocket; rooms: Map<string, number> } | null = null;

/** The shared socket for this token; a new token (sign-in, sign-out) replaces the connection. */
export function liveSocket(token: string | null): LiveSocket {
  if (current && current.token === token) return current.socket;
  current?.socket.disconnect();
  const socket: LiveSocket = io({ path: '/socket.io', auth: { token: token ?? '' }, transports: ['websocket', 'polling'] });
  const rooms = new Map<string, number>();
  socket.on('connect', () => {
    // After a reconnect the server has forgotten our rooms.
    for (const room of rooms.keys()) socket.emit('subscribe', room, () => undefined);
  });
  current = { token, socket, rooms };
  return socket;
}

/** Joins a room; resolves with the server's acknowledgement (ok, or NOT_FOUND / INVALID_ROOM). */
export function subscribe(token: string | null, room: string): Promise<SubscribeAck> {
  const socket = liveSocket(token);
  const rooms = current?.rooms;
  return new Promise((resolve) => {
    socket.emit('subscribe', room, (ack) => {
      if (ack.ok && rooms) rooms.set(room, (rooms.get(room) ?? 0) + 1);
      resolve(ack);
    });
  });
}

/** Leaves a room when the last watcher is gone. */
export function unsubscribe(token: string | null, room: string): void {
  if (!current || current.token !== token) return;
  const n = (current.rooms.get(room) ?? 0) - 1;
  if (n > 0) {
    current.rooms.set(room, n);
    return;
  }
  current.rooms.delete(room);
  current.socket.emit('unsubscribe', room);
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
    let subscribed = false;
    status.current?.('connecting');
    // socket.io's typed `on` cannot relate a generic event name to its listener type.
    const listener = (payload: EventPayload<E>) => handler.current(payload);
    const untyped = socket as unknown as { on: (e: string, l: (p: EventPayload<E>) => void) => void; off: (e: string, l: (p: EventPayload<E>) => void) => void };
    untyped.on(event, listener);
    const onDisconnect = () => active && status.current?.('offline');
    const onConnect = () => active && status.current?.('live');
    socket.on('disconnect', onDisconnect);
    void subscribe(token, room).then((ack) => {
      if (!ack.ok) {
        if (active) status.current?.('refused');
        return;
      }
      if (!active) {
        unsubscribe(token, room);
        return;
      }
      subscribed = true;
      status.current?.('live');
      socket.on('connect', onConnect);
    });
    return () => {
      active = false;
      untyped.off(event, listener);
      socket.off('disconnect', onDisconnect);
      socket.off('connect', onConnect);
      if (subscribed) unsubscribe(token, room);
    };
  }, [token, room, event]);
}
