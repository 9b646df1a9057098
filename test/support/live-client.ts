import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, SubscribeAck } from '../../server/live/events';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export const connectLive = (url: string, token?: string): Promise<LiveClient> =>
  new Promise((resolve, reject) => {
    const s: LiveClient = io(url, { transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', (err) => reject(err));
  });

export const subscribeLive = (s: LiveClient, room: string) => new Promise<SubscribeAck>((resolve) => s.emit('subscribe', room, resolve));

/** Collects every payload of an event, to look at after the action that sends it. */
export function collect<E extends keyof ServerToClientEvents>(s: LiveClient, event: E): Parameters<ServerToClientEvents[E]>[0][] {
  const got: Parameters<ServerToClientEvents[E]>[0][] = [];
  (s as unknown as { on: (e: string, f: (p: Parameters<ServerToClientEvents[E]>[0]) => void) => void }).on(event, (p) => got.push(p));
  return got;
}

/** Waits until `check` holds (events arrive asynchronously after the commit); fails after a generous limit. */
export async function eventually(check: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
