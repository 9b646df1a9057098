import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { afterTimeId } from '../db/keyset';
import { requireAccess } from '../access/access';
import { type Actor, isSignedIn } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit, recordAudits } from '../audit/audit';
import { type Connection, isTimeIdKey, readPage, toConnection, type PageArgs, type TimeIdKey } from '../common/connection';
import { ConflictError, NotFoundError, UnauthenticatedError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import * as v from '../common/validate';
import type { Db, Tx } from '../db/database';
import type { AfterCommit } from '../db/transaction';
import { inTransaction } from '../db/transaction';
import { account, postTransfers } from '../ledger/ledger';
import type { LiveHub } from '../live/live-hub';
import { findOrganizations } from '../organizations/organization.repository';
import type { PledgeRecord } from '../pledges/pledge.model';
import { pledges } from '../pledges/pledge.table';
import { regionContains } from '../regions/region.data';
import { DonorChanges, recordDonorChanges } from '../funding/donors';
import { findRegions } from '../regions/region.repository';
import { matchingPools, poolMatches } from './pool.table';
import { requireKnownCategories } from '../settings/settings.service';
import { apiName } from '../graphql/enum-values';

export type PoolRecord = typeof matchingPools.$inferSelect;
export type PoolMatchRecord = typeof poolMatches.$inferSelect;

export interface CreatePoolInput {
  organizationId: string;
  name: string;
  ratioNumerator: number;
  ratioDenominator?: number | null;
  cap: bigint;
  regionCodes?: readonly string[] | null;
  categories?: readonly string[] | null;
  endsAt: Date;
}

/** What a pool can still match: nothing once closed or past its end. */
export const poolRemaining = (p: PoolRecord, now = new Date()): bigint => (p.status === 'open' && p.endsAt > now ? p.capMinor - p.matchedMinor : 0n);

export const poolBalancePayload = (p: PoolRecord) => ({
  poolId: p.id,
  cap: p.capMinor.toString(),
  matched: p.matchedMinor.toString(),
  // As the API's `remaining`: nothing after the pool's end, even before anyone closes it.
  remaining: poolRemaining(p).toString(),
  status: apiName('MatchingPoolStatus', p.status),
});

/** A case's region and the open pools with money left whose terms cover it. */
export interface PoolScope {
  regionCode: string;
  poolIds: string[];
}

/** Enterprise matching pools: set up, list, close, and the match drawn when an individual pledge is confirmed. */
export class PoolService {
  /** Each transaction's pool scopes by case: a confirming batch asks before choosing how to lock, then matches. */
  private readonly scopes = new WeakMap<Tx, Map<string, Promise<PoolScope | null>>>();

  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
  ) {}

  async create(actor: Actor, input: CreatePoolInput, req: RequestInfo): Promise<PoolRecord> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const organizationId = fromGlobalId('Organization', input.organizationId, ['input', 'organizationId']);
    const [org] = await findOrganizations(this.db, [organizationId]);
    if (!org) throw new NotFoundError('The organisation');
    requireAccess(actor, 'pool.manage', org, 'The organisation');
    const name = v.requiredText(input.name, ['input', 'name'], { max: 200, label: 'The name' });
    const num = input.ratioNumerator;
    const den = input.ratioDenominator ?? 1;
    if (!Number.isInteger(num) || num <= 0 || !Number.isInteger(den) || den <= 0 || num > 100 || den > 100) {
      throw new UserInputError('RATIO_NOT_POSITIVE', 'The ratio must be two whole numbers from 1 to 100, e.g. 1:1 or 1:2.', ['input', num <= 0 || num > 100 ? 'ratioNumerator' : 'ratioDenominator']);
    }
    if (input.cap <= 0n) throw new UserInputError('CAP_NOT_POSITIVE', 'The cap must be more than zero fen.', ['input', 'cap']);
    const regionCodes = v.tags(input.regionCodes ?? [], ['input', 'regionCodes'], { pattern: /^\d{6}$/ });
    if (regionCodes.length > 0 && (await findRegions(this.db, regionCodes)).length !== regionCodes.length) {
      throw new UserInputError('REGION_NOT_FOUND', 'One of the regions does not exist.', ['input', 'regionCodes']);
    }
    const categories = v.tags(input.categories ?? [], ['input', 'categories']);
    await requireKnownCategories(this.db, categories, ['input', 'categories']);
    if (input.endsAt.getTime() <= Date.now()) throw new UserInputError('END_IN_PAST', 'The end date must be in the future.', ['input', 'endsAt']);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [pool] = await tx
        .insert(matchingPools)
        .values({ organizationId, name, ratioNumerator: num, ratioDenominator: den, capMinor: input.cap, regionCodes, categories, endsAt: input.endsAt, createdBy: actor.userId })
        .returning();
      if (!pool) throw new Error('no pool');
      await recordAudit(tx, { actorUserId: actor.userId, action: 'pool.create', entityType: 'MatchingPool', entityId: pool.id, regionCode: org.homeRegionCode, after: { name, ratio: `${num}:${den}`, cap: input.cap, regionCodes, categories, endsAt: input.endsAt }, requestId: req.requestId });
      afterCommit(() => this.live.emit([`pool:${pool.id}`, `organization:${organizationId}`], 'pool.balance', poolBalancePayload(pool)));
      return pool;
    });
  }

  async close(actor: Actor, poolGlobalId: string, req: RequestInfo): Promise<PoolRecord> {
    const id = fromGlobalId('MatchingPool', poolGlobalId, ['input', 'poolId']);
    const [found] = await this.db.select().from(matchingPools).where(eq(matchingPools.id, id));
    if (!found) throw new NotFoundError('The matching pool');
    const [org] = await findOrganizations(this.db, [found.organizationId]);
    if (!org) throw new NotFoundError('The matching pool');
    requireAccess(actor, 'pool.manage', org, 'The matching pool');
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [pool] = await tx.select().from(matchingPools).where(eq(matchingPools.id, id)).for('update');
      if (!pool || pool.status === 'closed') throw new ConflictError('POOL_CLOSED', 'This pool is already closed.');
      // Unused funds were never taken from the enterprise: the ledger only holds what was matched.
      const [closed] = await tx.update(matchingPools).set({ status: 'closed', closedAt: new Date(), updatedAt: new Date() }).where(eq(matchingPools.id, id)).returning();
      if (!closed) throw new Error('pool vanished');
      await recordAudit(tx, { actorUserId: actor.userId, action: 'pool.close', entityType: 'MatchingPool', entityId: id, regionCode: org.homeRegionCode, after: { matched: closed.matchedMinor, unused: closed.capMinor - closed.matchedMinor }, requestId: req.requestId });
      afterCommit(() => this.live.emit([`pool:${id}`, `organization:${closed.organizationId}`], 'pool.balance', poolBalancePayload(closed)));
      return closed;
    });
  }

  /** Matching pools, newest first; public (the pool's terms and balance are transparency information). */
  async list(args: PageArgs & { organizationId?: string | null; openOnly?: boolean | null }): Promise<Connection<PoolRecord>> {
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const conds = [];
    if (args.organizationId) conds.push(eq(matchingPools.organizationId, fromGlobalId('Organization', args.organizationId, ['organizationId'])));
    if (args.openOnly) conds.push(eq(matchingPools.status, 'open'), gt(matchingPools.endsAt, new Date()));
    const where = conds.length > 0 ? and(...conds) : undefined;
    const keyset = afterTimeId(matchingPools.createdAt, matchingPools.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(matchingPools).where(and(where, keyset)).orderBy(desc(matchingPools.createdAt), desc(matchingPools.id)).limit(page.limit + 1),
      this.db.select({ n: count() }).from(matchingPools).where(where),
    ]);
    return toConnection(rows, page, (p) => [p.createdAt.toISOString(), p.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  async byId(id: string): Promise<PoolRecord | null> {
    const [p] = await this.db.select().from(matchingPools).where(eq(matchingPools.id, id));
    return p ?? null;
  }

  /**
   * The open pools with money left whose terms cover a case (region and category), with the case's
   * region: one statement, looked up once per transaction and case (the pools are locked and
   * checked again where money is drawn from them).
   */
  inScope(tx: Tx, caseId: string): Promise<PoolScope | null> {
    let byCase = this.scopes.get(tx);
    if (!byCase) this.scopes.set(tx, (byCase = new Map()));
    let scope = byCase.get(caseId);
    if (!scope) byCase.set(caseId, (scope = this.lookUpScope(tx, caseId, new Date())));
    return scope;
  }

  private async lookUpScope(tx: Tx, caseId: string, now: Date): Promise<PoolScope | null> {
    const { rows } = (await tx.execute(sql`
      SELECT c.region_code, c.category, p.id, p.region_codes, p.categories
        FROM cases c
        LEFT JOIN matching_pools p ON p.status = 'open' AND p.ends_at > ${now.toISOString()}::timestamptz AND p.matched_minor < p.cap_minor
       WHERE c.id = ${caseId}`)) as unknown as { rows: { region_code: string; category: string | null; id: string | null; region_codes: string[] | null; categories: string[] | null }[] };
    const first = rows[0];
    if (!first) return null;
    const poolIds = rows.flatMap((r) =>
      r.id !== null &&
      (!r.region_codes?.length || r.region_codes.some((code) => regionContains(code, r.region_code))) &&
      (!r.categories?.length || (r.category !== null && r.categories.includes(r.category)))
        ? [String(r.id)]
        : [],
    );
    return { regionCode: first.region_code, poolIds };
  }

  /**
   * Called by the funding engine in the transaction that confirms individual pledges (a batch
   * of them, in order): each draws a matching pledge from the oldest open pool in scope, within
   * `room` (what the need can still take) and the pool's balance. The pool rows are locked, and
   * the database refuses a match over the cap, so concurrent pledges (in any process) never take
   * a pool past it. Returns the total matched into the need.
   */
  async matchConfirmed(
    tx: Tx,
    c: { pledges: readonly PledgeRecord[]; room: bigint; afterCommit: AfterCommit },
    issued?: (matchPledgeIds: string[]) => Promise<void>,
  ): Promise<bigint> {
    const individual = c.pledges.filter((p) => p.organizationId === null);
    const first = individual[0];
    if (!first || c.room <= 0n) return 0n;
    const now = new Date();
    const scope = await this.inScope(tx, first.caseId);
    if (!scope || scope.poolIds.length === 0) return 0n;
    const kase = { regionCode: scope.regionCode };
    // Locked in id order (no deadlock between batches), drawn from oldest first.
    const locked = (
      await tx
        .select()
        .from(matchingPools)
        .where(inArray(matchingPools.id, [...scope.poolIds].sort()))
        .orderBy(asc(matchingPools.id))
        .for('update')
    )
      .filter((pool) => pool.status === 'open' && pool.endsAt > now)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    const drawn = new Map(locked.map((pool) => [pool.id, 0n]));
    const matches: { source: PledgeRecord; pool: PoolRecord; amount: bigint }[] = [];
    let room = c.room;
    for (const p of individual) {
      if (room <= 0n) break;
      for (const pool of locked) {
        const want = (p.amountMinor * BigInt(pool.ratioNumerator)) / BigInt(pool.ratioDenominator);
        const left = pool.capMinor - pool.matchedMinor - (drawn.get(pool.id) ?? 0n);
        const amount = [want, left, room].reduce((a, b) => (b < a ? b : a));
        if (amount <= 0n) continue;
        drawn.set(pool.id, (drawn.get(pool.id) ?? 0n) + amount);
        room -= amount;
        matches.push({ source: p, pool, amount });
        break;
      }
    }
    if (matches.length === 0) return 0n;
    const made = await tx
      .insert(pledges)
      .values(
        matches.map(({ source: p, pool, amount }) => ({
          caseId: p.caseId,
          needId: p.needId,
          donorUserId: pool.createdBy,
          organizationId: pool.organizationId,
          amountMinor: amount,
          requestedMinor: amount,
          method: 'offline' as const,
          status: 'confirmed' as const,
          anonymous: false,
          message: null,
          idempotencyKey: `match:${p.id}`,
          offlineReference: `pool:${pool.id}`,
          expiresAt: now,
          confirmedAt: now,
        })),
      )
      .returning();
    // Each pool's organisation becomes one of the case's donors.
    await recordDonorChanges(tx, first.caseId, made.reduce((changes, m) => changes.note(null, m), new DonorChanges()));
    const matchId = new Map(made.map((m) => [m.idempotencyKey, m.id]));
    const idOf = (source: PledgeRecord) => {
      const id = matchId.get(`match:${source.id}`);
      if (!id) throw new Error(`no match pledge for ${source.id}`);
      return id;
    };
    const updated = await Promise.all(
      [...drawn].filter(([, amount]) => amount > 0n).map(async ([poolId, amount]) => {
        const [row] = await tx
          .update(matchingPools)
          .set({ matchedMinor: sql`${matchingPools.matchedMinor} + ${amount}`, updatedAt: now })
          .where(eq(matchingPools.id, poolId))
          .returning();
        return row;
      }),
    );
    await tx.insert(poolMatches).values(matches.map((m) => ({ poolId: m.pool.id, sourcePledgeId: m.source.id, matchPledgeId: idOf(m.source), amountMinor: m.amount })));
    await issued?.(matches.map((m) => idOf(m.source)));
    await postTransfers(
      tx,
      matches.map(({ source: p, pool, amount }) => ({
        kind: 'pledge_confirmed' as const,
        debit: account.caseHolding(p.caseId),
        credit: account.pool(pool.id),
        amount,
        refs: { caseId: p.caseId, needId: p.needId, pledgeId: idOf(p), poolId: pool.id, matchOf: p.id },
      })),
    );
    await recordAudits(
      tx,
      matches.map(({ source: p, pool, amount }) => ({ actorUserId: null, action: 'pool.match', entityType: 'MatchingPool', entityId: pool.id, regionCode: kase.regionCode, after: { pledgeId: p.id, matchPledgeId: idOf(p), amount } })),
    );
    for (const pool of updated) if (pool) c.afterCommit(() => this.live.emit([`pool:${pool.id}`, `organization:${pool.organizationId}`], 'pool.balance', poolBalancePayload(pool)));
    return c.room - room;
  }

  /** The match a pledge drew, if any. */
  async matchOf(pledgeId: string) {
    const [m] = await this.db.select().from(poolMatches).where(eq(poolMatches.sourcePledgeId, pledgeId));
    return m ?? null;
  }
}
