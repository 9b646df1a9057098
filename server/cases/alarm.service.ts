import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterTimeId } from '../db/keyset';
import { type Actor, isSignedIn } from '../access/actor';
import { memberships } from '../accounts/account.table';
import { type Connection, isTimeIdKey, readPage, toConnection, type PageArgs, type TimeIdKey } from '../common/connection';
import { NotFoundError, UnauthenticatedError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import type { Db, Executor } from '../db/database';
import type { AfterCommit } from '../db/transaction';
import type { LiveHub } from '../live/live-hub';
import { regionLineage } from '../settings/settings.service';
import type { AlarmRecord } from './case.model';
import { cases } from './case.table';
import { OPEN_STATUSES } from './case.lifecycle';
import { type AlarmDetails, alarms } from './casedesk.table';

export interface AlarmInput {
  kind: string;
  /** In English; `details` holds its facts for clients that word the kind in their own language. */
  title: string;
  details: AlarmDetails;
  caseId?: string | null;
  referralId?: string | null;
  dedupeKey: string;
}

/** Staff of a region, nearest level first: handlers and approvers are found up the tree. */
export async function nearestStaff(exec: Executor, regionCode: string, role: 'caseworker' | 'approver'): Promise<string[]> {
  for (const code of regionLineage(regionCode).reverse()) {
    const rows = await exec.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.role, role), eq(memberships.regionCode, code)));
    if (rows.length > 0) return [...new Set(rows.map((r) => r.userId))];
  }
  return [];
}

/**
 * A handler and a backup handler (A/B post) among the caseworkers of the nearest
 * region up the tree that has any, spreading load: fewest open cases first.
 */
export async function pickHandlers(exec: Executor, regionCode: string): Promise<[string | null, string | null]> {
  const candidates = await nearestStaff(exec, regionCode, 'caseworker');
  if (candidates.length === 0) return [null, null];
  const loads = await exec
    .select({ userId: cases.handlerUserId, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(inArray(cases.handlerUserId, candidates), inArray(cases.status, [...OPEN_STATUSES])))
    .groupBy(cases.handlerUserId);
  const load = new Map(loads.map((l) => [l.userId, Number(l.n)]));
  const ranked = candidates.map((id) => ({ id, load: load.get(id) ?? 0, tie: Math.random() })).sort((a, b) => a.load - b.load || a.tie - b.tie);
  return [ranked[0]?.id ?? null, ranked[1]?.id ?? null];
}

/** Stored alarms (inbox entries) that are also sent live to the person's room. */
export class AlarmService {
  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
  ) {}

  /** Raises an alarm for each person once per dedupe key, in the caller's transaction. */
  async raise(tx: Executor, afterCommit: AfterCommit, userIds: readonly (string | null | undefined)[], alarm: AlarmInput): Promise<number> {
    const ids = [...new Set(userIds.filter((u): u is string => !!u))];
    if (ids.length === 0) return 0;
    const rows = await tx
      .insert(alarms)
      .values(ids.map((userId) => ({ userId, kind: alarm.kind, title: alarm.title, details: alarm.details, caseId: alarm.caseId ?? null, referralId: alarm.referralId ?? null, dedupeKey: alarm.dedupeKey })))
      .onConflictDoNothing()
      .returning();
    afterCommit(() => {
      for (const r of rows) {
        this.live.emit([`user:${r.userId}`], 'notification', { kind: r.kind, title: r.title, details: r.details, caseId: r.caseId ?? undefined, at: r.createdAt.toISOString() });
      }
    });
    return rows.length;
  }

  async list(actor: Actor, args: PageArgs & { unreadOnly?: boolean | null }): Promise<Connection<AlarmRecord>> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const where = and(eq(alarms.userId, actor.userId), args.unreadOnly ? isNull(alarms.readAt) : undefined);
    const keyset = afterTimeId(alarms.createdAt, alarms.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(alarms).where(and(where, keyset)).orderBy(desc(alarms.createdAt), desc(alarms.id)).limit(page.limit + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(alarms).where(where),
    ]);
    return toConnection(rows, page, (a) => [a.createdAt.toISOString(), a.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  async markRead(actor: Actor, globalId: string): Promise<AlarmRecord> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const id = fromGlobalId('Alarm', globalId, ['input', 'id']);
    const [row] = await this.db
      .update(alarms)
      .set({ readAt: sql`coalesce(${alarms.readAt}, now())` })
      .where(and(eq(alarms.id, id), eq(alarms.userId, actor.userId)))
      .returning();
    if (!row) throw new NotFoundError('The alarm');
    return row;
  }
}
