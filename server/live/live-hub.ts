import type http from 'node:http';
import { createShardedAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { Actor } from '../access/actor';
import { ANONYMOUS } from '../access/actor';
import type { ClientToServerEvents, EventName, EventPayload, RoomKind, RoomName, ServerToClientEvents, SocketData } from './events';

/** Decides whether an actor may watch a room of one kind; answers false for what they may not see. */
export type RoomAuthorizer = (actor: Actor, id: string) => Promise<boolean> | boolean;

export type Authenticate = (token: string | null) => Promise<Actor | null>;

/** Signals between the service's own processes (through the Redis adapter), never sent to clients. */
export interface PeerEvents {
  /** A user's sessions or memberships changed: drop what is cached about them. */
  'sessions.forget': (userId: string) => void;
}

const ROOM = /^(user|organization|region|case|pool):([0-9A-Za-z-]{1,64})$/;

/**
 * The live channel: socket.io on the service's HTTP server, fanned out through
 * Redis when several processes run. Services call `emit` after their commit.
 */
export class LiveHub {
  private io: Server<ClientToServerEvents, ServerToClientEvents, PeerEvents, SocketData> | undefined;
  private redis: Redis[] = [];
  private readonly authorizers = new Map<RoomKind, RoomAuthorizer>();
  private readonly peerHandlers: { [E in keyof PeerEvents]?: PeerEvents[E] } = {};

  /** Registers who may watch rooms of a kind. Unregistered kinds can be watched by nobody. */
  authorizeRooms(kind: RoomKind, authorizer: RoomAuthorizer): void {
    this.authorizers.set(kind, authorizer);
  }

  async attach(server: http.Server, authenticate: Authenticate, redisUrl: string | undefined): Promise<void> {
    const io = new Server<ClientToServerEvents, ServerToClientEvents, PeerEvents, SocketData>(server, {
      path: '/socket.io',
      serveClient: false,
      cors: { origin: false },
    });
    if (redisUrl) {
      const pub = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
      const sub = pub.duplicate();
      await Promise.all([pub.connect(), sub.connect()]);
      this.redis = [pub, sub];
      // Sharded pub/sub (Redis 7+), a channel per room: a process hears only the rooms its own
      // clients watch, so an event for a donor or a case nobody here watches costs it nothing.
      io.adapter(createShardedAdapter(pub, sub, { subscriptionMode: 'dynamic' }));
    }
    for (const [event, handler] of Object.entries(this.peerHandlers)) io.on(event as keyof PeerEvents, handler);
    const actors = new WeakMap<object, Actor>();
    io.use(async (socket, next) => {
      const raw = (socket.handshake.auth as { token?: unknown }).token;
      const header = socket.handshake.headers.authorization;
      const token = typeof raw === 'string' && raw.length > 0 ? raw : header?.startsWith('Bearer ') ? header.slice(7) : null;
      try {
        const actor = (await authenticate(token)) ?? ANONYMOUS;
        actors.set(socket, actor);
        socket.data.userId = actor.userId;
        next();
      } catch (err) {
        next(Object.assign(new Error((err as Error).message), { data: { code: (err as { code?: string }).code ?? 'UNAUTHENTICATED' } }));
      }
    });
    io.on('connection', (socket) => {
      const actor = actors.get(socket) ?? ANONYMOUS;
      if (actor.userId) void socket.join(`user:${actor.userId}`);
      socket.on('subscribe', async (room, ack) => {
        const reply = typeof ack === 'function' ? ack : () => undefined;
        const m = typeof room === 'string' ? ROOM.exec(room) : null;
        if (!m) return reply({ ok: false, code: 'INVALID_ROOM', message: 'Rooms are named kind:id, e.g. case:<id>.' });
        const kind = m[1] as RoomKind;
        const id = m[2] as string;
        const authorizer = this.authorizers.get(kind);
        let allowed = false;
        try {
          allowed = kind === 'user' ? actor.userId === id : authorizer ? await authorizer(actor, id) : false;
        } catch {
          allowed = false;
        }
        if (!allowed) return reply({ ok: false, code: 'NOT_FOUND', message: 'There is no such room you may watch.' });
        await socket.join(room);
        reply({ ok: true, room: room as RoomName });
      });
      socket.on('unsubscribe', async (room, ack) => {
        if (typeof room === 'string') await socket.leave(room);
        if (typeof ack === 'function') ack({ ok: true });
      });
    });
    this.io = io;
  }

  /** Sends an event to rooms, across every process. Call only after the change has committed. */
  emit<E extends EventName>(rooms: RoomName[], event: E, payload: EventPayload<E>): void {
    if (!this.io || rooms.length === 0) return;
    // Alone (no Redis), only rooms someone here watches can receive it: the rest would cost an encoding for nobody.
    const to = this.redis.length === 0 ? rooms.filter((room) => this.io?.sockets.adapter.rooms.has(room)) : rooms;
    if (to.length === 0) return;
    // socket.io's typed emit cannot relate a generic event name to its payload.
    (this.io.to(to) as unknown as { emit: (e: string, p: unknown) => void }).emit(event, payload);
  }

  /** Handles a signal sent by another process of the service (register before `attach`). */
  onPeerSignal<E extends keyof PeerEvents>(event: E, handler: PeerEvents[E]): void {
    this.peerHandlers[event] = handler;
  }

  /** Signals every other process of the service (nothing to do when this is the only one). */
  signalPeers<E extends keyof PeerEvents>(event: E, ...args: Parameters<PeerEvents[E]>): void {
    if (this.redis.length === 0) return;
    this.io?.serverSideEmit(event, ...args);
  }

  /** Disconnects every client and closes the Redis connections. */
  async close(): Promise<void> {
    if (this.io) {
      this.io.disconnectSockets(true);
      await new Promise<void>((resolve) => this.io?.close(() => resolve()) ?? resolve());
      this.io = undefined;
    }
    await Promise.all(this.redis.map((r) => r.quit().catch(() => undefined)));
    this.redis = [];
  }
}
