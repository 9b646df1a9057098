import type { Authenticated } from './account.service';

interface Entry {
  auth: Authenticated;
  userId: string;
  until: number;
}

/**
 * Resolved sessions, kept for a short time so a signed-in request does not pay a database
 * round trip. Anything that changes who a user is or what they may do (signing out, a role
 * granted, a membership added) forgets that user's entries here and, through `peers`, in
 * every other process; the time limit bounds what a lost message could leave behind.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Advances on every forget: a session read before a forget is not kept (it may be stale already). */
  epoch = 0;
  /** Tells the other processes to forget a user (set once the live channel is up). */
  peers: ((userId: string) => void) | undefined;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 100_000,
  ) {}

  get(tokenHash: string, now = Date.now()): Authenticated | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (e.until <= now) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e.auth;
  }

  /** Keeps a session read from the database; `epoch` is the value read before the query. */
  set(tokenHash: string, auth: Authenticated, epoch: number, now = Date.now()): void {
    if (this.ttlMs <= 0 || !auth.actor.userId || epoch !== this.epoch) return;
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest tenth.
      let n = Math.ceil(this.maxEntries / 10);
      for (const key of this.entries.keys()) {
        this.entries.delete(key);
        if (--n === 0) break;
      }
    }
    this.entries.set(tokenHash, { auth, userId: auth.actor.userId, until: Math.min(now + this.ttlMs, auth.viewer.sessionExpiresAt.getTime()) });
  }

  /** Forgets a user's sessions here and in every other process. Call after the change has committed. */
  forgetUser(userId: string): void {
    this.forgetLocally(userId);
    this.peers?.(userId);
  }

  forgetLocally(userId: string): void {
    this.epoch++;
    for (const [key, e] of this.entries) if (e.userId === userId) this.entries.delete(key);
  }
}
