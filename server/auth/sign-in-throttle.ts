import { eq, inArray, sql } from 'drizzle-orm';
import { signInThrottle } from '../accounts/account.table';
import type { Db } from '../db/database';

export interface ThrottleSettings {
  /** Failures counted within this window. */
  windowMs: number;
  /** Failures for one account after which each attempt is slowed. */
  slowAfter: number;
  /** First delay; doubles with each further failure, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures for one account after which it is refused for `lockMs`. */
  lockAccountAfter: number;
  /** Failures from one address after which it is refused for `lockMs`. */
  lockAddressAfter: number;
  lockMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  windowMs: 15 * 60_000,
  slowAfter: 3,
  baseDelayMs: 500,
  maxDelayMs: 4_000,
  lockAccountAfter: 10,
  lockAddressAfter: 50,
  lockMs: 15 * 60_000,
};

export interface ThrottleState {
  /** When the account or address may try again, if it is locked now. */
  lockedUntil: Date | null;
  /** How long to wait before answering this attempt. */
  delayMs: number;
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

/**
 * Counts failed sign-ins per account and per address in the database, so every
 * server process sees the same counts.
 */
export class SignInThrottle {
  constructor(
    private readonly db: Db,
    private readonly settings: ThrottleSettings = DEFAULT_THROTTLE,
  ) {}

  async state(email: string, ip: string, now = new Date()): Promise<ThrottleState> {
    const rows = await this.db
      .select()
      .from(signInThrottle)
      .where(inArray(signInThrottle.key, [accountKey(email), addressKey(ip)]));
    let lockedUntil: Date | null = null;
    let accountFailures = 0;
    for (const r of rows) {
      if (r.lockedUntil && r.lockedUntil > now && (!lockedUntil || r.lockedUntil > lockedUntil)) lockedUntil = r.lockedUntil;
      if (r.key === accountKey(email) && now.getTime() - r.windowStartedAt.getTime() < this.settings.windowMs) accountFailures = r.failures;
    }
    const over = accountFailures - this.settings.slowAfter;
    const delayMs = over < 0 ? 0 : Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** over);
    return { lockedUntil, delayMs };
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const s = this.settings;
    for (const [key, lockAfter] of [
      [accountKey(email), s.lockAccountAfter],
      [addressKey(ip), s.lockAddressAfter],
    ] as const) {
      const windowSec = s.windowMs / 1000;
      const lockSec = s.lockMs / 1000;
      // One statement per key: concurrent failures from several processes all count.
      await this.db
        .insert(signInThrottle)
        .values({ key, failures: 1, windowStartedAt: sql`now()`, lockedUntil: lockAfter <= 1 ? sql`now() + make_interval(secs => ${lockSec})` : null })
        .onConflictDoUpdate({
          target: signInThrottle.key,
          set: {
            failures: sql`CASE WHEN ${signInThrottle.windowStartedAt} < now() - make_interval(secs => ${windowSec}) THEN 1 ELSE ${signInThrottle.failures} + 1 END`,
            windowStartedAt: sql`CASE WHEN ${signInThrottle.windowStartedAt} < now() - make_interval(secs => ${windowSec}) THEN now() ELSE ${signInThrottle.windowStartedAt} END`,
            lockedUntil: sql`CASE WHEN (CASE WHEN ${signInThrottle.windowStartedAt} < now() - make_interval(secs => ${windowSec}) THEN 1 ELSE ${signInThrottle.failures} + 1 END) >= ${lockAfter} THEN now() + make_interval(secs => ${lockSec}) ELSE ${signInThrottle.lockedUntil} END`,
          },
        });
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.db.delete(signInThrottle).where(eq(signInThrottle.key, accountKey(email)));
  }
}
