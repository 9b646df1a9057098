import { and, count, desc, eq, sql } from 'drizzle-orm';
import { afterTimeId } from '../db/keyset';
import { requireAccess } from '../access/access';
import { type Actor, isSignedIn } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { cases } from '../cases/case.table';
import { type Connection, isTimeIdKey, readPage, toConnection, type PageArgs, type TimeIdKey } from '../common/connection';
import { ConflictError, DomainError, NotFoundError, UnauthenticatedError, UserInputError } from '../common/errors';
import { formatYuan } from '../common/money';
import { fromGlobalId } from '../common/ids';
import * as v from '../common/validate';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { FundingEngine } from '../funding/funding-engine';
import { findOrganizations } from '../organizations/organization.repository';
import { newSandboxRef } from '../payments/sandbox-provider';
import type { PaymentService } from '../payments/payment.service';
import type { PaymentStart } from '../payments/provider';
import { hasSurplus } from '../surplus/has-surplus';
import type { CaseFundingModel, PledgeRecord } from './pledge.model';
import { pledges, type PaymentMethod, type SurplusPreference } from './pledge.table';

export interface CreatePledgeInput {
  caseId: string;
  needId: string;
  amount: bigint;
  method: PaymentMethod;
  acceptPartial?: boolean | null;
  anonymous?: boolean | null;
  message?: string | null;
  organizationId?: string | null;
  idempotencyKey: string;
  surplusPreference?: SurplusPreference | null;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:-]{8,100}$/;

/** Pledges: create (through the funding engine), cancel, confirm offline, refund, and the lists. */
export class PledgeService {
  constructor(
    private readonly db: Db,
    private readonly engine: FundingEngine,
    private readonly payments: PaymentService,
    private readonly config: Config,
  ) {}

  async create(actor: Actor, input: CreatePledgeInput, req: RequestInfo): Promise<{ pledge: PledgeRecord; payment: PaymentStart }> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError('Sign in to pledge.');
    const caseId = fromGlobalId('Case', input.caseId, ['input', 'caseId']);
    const needId = fromGlobalId('CaseNeed', input.needId, ['input', 'needId']);
    const amount = input.amount;
    if (amount <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero fen.', ['input', 'amount']);
    const cap = this.config.pledges.maxFen;
    if (amount > cap) throw new UserInputError('AMOUNT_ABOVE_CAP', `A single pledge to a case may be at most ${formatYuan(cap)} (${cap} fen).`, ['input', 'amount']);
    if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
      throw new UserInputError('INVALID_IDEMPOTENCY_KEY', 'The idempotency key must be 8–100 letters, digits, "-", "_" or ":".', ['input', 'idempotencyKey']);
    }
    const message = v.optionalText(input.message, ['input', 'message'], { max: 500, label: 'The message' }) || null;
    const provider = this.payments.provider(input.method);

    let organizationId: string | null = null;
    if (input.organizationId) {
      organizationId = fromGlobalId('Organization', input.organizationId, ['input', 'organizationId']);
      const [org] = await findOrganizations(this.db, [organizationId]);
      if (!org) throw new NotFoundError('The organisation');
      requireAccess(actor, 'pledge.onBehalf', org, 'The organisation');
    }
    // Whether the case is published and open is decided under the need's row lock, in the engine.

    const expiresAt = new Date(Date.now() + (input.method === 'offline' ? this.config.pledges.offlineExpiryMs : this.config.pledges.expiryMs));
    const { pledge, created } = await this.engine.reserve({
      caseId,
      needId,
      donorUserId: actor.userId,
      organizationId,
      amount,
      acceptPartial: input.acceptPartial ?? false,
      method: input.method,
      anonymous: input.anonymous ?? false,
      message,
      idempotencyKey: input.idempotencyKey,
      surplusPreference: input.surplusPreference ?? 'redirect',
      paymentRef: input.method === 'sandbox' ? newSandboxRef() : null,
      expiresAt,
      requestId: req.requestId,
    });
    if (!created) return { pledge, payment: await provider.resume(pledge) };
    try {
      const payment = await provider.start(pledge);
      return { pledge: { ...pledge, paymentRef: payment.paymentRef ?? pledge.paymentRef }, payment };
    } catch (err) {
      if (err instanceof DomainError) throw err;
      await this.engine.settle(pledge.needId, { pledgeId: pledge.id, change: { kind: 'release', reason: 'setup_failed', strict: false }, actorUserId: actor.userId }).catch(() => undefined);
      throw new ConflictError('PAYMENT_UNAVAILABLE', 'The payment could not be started, so nothing is held. Please try again in a moment.');
    }
  }

  private async loadForAction(globalId: string): Promise<PledgeRecord & { regionCode: string }> {
    const id = fromGlobalId('Pledge', globalId, ['input', 'pledgeId']);
    const [row] = await this.db.select({ p: pledges, regionCode: cases.regionCode }).from(pledges).innerJoin(cases, eq(cases.id, pledges.caseId)).where(eq(pledges.id, id));
    if (!row) throw new NotFoundError('The pledge');
    return { ...row.p, regionCode: row.regionCode };
  }

  async cancel(actor: Actor, pledgeGlobalId: string, req: RequestInfo): Promise<PledgeRecord> {
    const p = await this.loadForAction(pledgeGlobalId);
    requireAccess(actor, 'pledge.manage', p, 'The pledge');
    const r = await this.engine.settle(p.needId, { pledgeId: p.id, change: { kind: 'release', reason: 'cancelled', strict: true }, actorUserId: actor.userId, requestId: req.requestId });
    return r.pledge;
  }

  async confirmOffline(actor: Actor, input: { pledgeId: string; bankReference: string }, req: RequestInfo): Promise<PledgeRecord> {
    const p = await this.loadForAction(input.pledgeId);
    requireAccess(actor, 'pledge.confirmOffline', p, 'The pledge');
    const reference = v.requiredText(input.bankReference, ['input', 'bankReference'], { max: 100, label: 'The bank reference' });
    if (p.method !== 'offline') throw new UserInputError('NOT_OFFLINE', 'Only offline pledges are confirmed by hand; this one is paid through its provider.', ['input', 'pledgeId']);
    if (p.status !== 'reserved' && p.status !== 'released') throw new ConflictError('ALREADY_CONFIRMED', 'This pledge is already confirmed.');
    const r = await this.engine.settle(p.needId, { pledgeId: p.id, change: { kind: 'offline_confirmed', reference }, actorUserId: actor.userId, requestId: req.requestId });
    return r.pledge;
  }

  async refund(actor: Actor, input: { pledgeId: string; reason: string }, req: RequestInfo): Promise<PledgeRecord> {
    const p = await this.loadForAction(input.pledgeId);
    requireAccess(actor, 'pledge.refund', p, 'The pledge');
    const reason = v.requiredText(input.reason, ['input', 'reason'], { max: 500, label: 'The reason' });
    if (p.status !== 'confirmed') throw new ConflictError('NOT_REFUNDABLE', p.status === 'refunded' ? 'This pledge is already refunded.' : 'Only paid pledges can be refunded.');
    if (await hasSurplus(this.db, p.id)) {
      throw new ConflictError('HAS_SURPLUS', 'Part of this pledge was already taken out of the case as surplus; settle the rest through the case desk, not a full refund.');
    }
    await recordAudit(this.db, { actorUserId: actor.userId, action: 'pledge.refund.request', entityType: 'Pledge', entityId: p.id, regionCode: p.regionCode, after: { reason, method: p.method }, requestId: req.requestId });
    await this.db.update(pledges).set({ refundRequestedAt: new Date() }).where(eq(pledges.id, p.id));
    if (p.method === 'offline') {
      // Offline money is paid back by staff; record it here.
      return (await this.engine.settle(p.needId, { pledgeId: p.id, change: { kind: 'refunded', refundedTotal: p.amountMinor }, actorUserId: actor.userId, requestId: req.requestId })).pledge;
    }
    await this.payments.provider(p.method).refund(p);
    const [fresh] = await this.db.select().from(pledges).where(eq(pledges.id, p.id));
    return fresh ?? p;
  }

  async mine(actor: Actor, args: PageArgs): Promise<Connection<PledgeRecord>> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const where = eq(pledges.donorUserId, actor.userId);
    const keyset = afterTimeId(pledges.createdAt, pledges.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(pledges).where(and(where, keyset)).orderBy(desc(pledges.createdAt), desc(pledges.id)).limit(page.limit + 1),
      this.db.select({ n: count() }).from(pledges).where(where),
    ]);
    return toConnection(rows, page, (p) => [p.createdAt.toISOString(), p.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  private async requireVisibleCase(actor: Actor, caseGlobalId: string): Promise<string> {
    const caseId = fromGlobalId('Case', caseGlobalId, ['caseId']);
    const [kase] = await this.db.select({ published: cases.published, regionCode: cases.regionCode }).from(cases).where(eq(cases.id, caseId));
    if (!kase) throw new NotFoundError('The case');
    requireAccess(actor, 'caseFunding.view', kase, 'The case');
    return caseId;
  }

  async forCase(actor: Actor, caseGlobalId: string, args: PageArgs): Promise<Connection<PledgeRecord>> {
    const caseId = await this.requireVisibleCase(actor, caseGlobalId);
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const where = and(eq(pledges.caseId, caseId), eq(pledges.status, 'confirmed'));
    const at = sql`coalesce(${pledges.confirmedAt}, ${pledges.createdAt})`;
    const keyset = page.after ? sql`(${at}, ${pledges.id}) < (${new Date(page.after[0]).toISOString()}::timestamptz, ${page.after[1]}::uuid)` : undefined;
    const [rows, [total]] = await Promise.all([
      this.db.select().from(pledges).where(and(where, keyset)).orderBy(desc(at), desc(pledges.id)).limit(page.limit + 1),
      this.db.select({ n: count() }).from(pledges).where(where),
    ]);
    return toConnection(rows, page, (p) => [(p.confirmedAt ?? p.createdAt).toISOString(), p.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  /** The funding figures, read in one statement so version and amounts belong together. */
  async funding(actor: Actor, caseGlobalId: string): Promise<CaseFundingModel> {
    const caseId = await this.requireVisibleCase(actor, caseGlobalId);
    return readCaseFunding(this.db, caseId);
  }
}

export async function readCaseFunding(db: Db, caseId: string): Promise<CaseFundingModel> {
  // node-postgres and PGlite both answer with `rows`; Drizzle's shared database type leaves it unknown.
  const { rows } = (await db.execute(sql`
    SELECT c.version,
           (SELECT coalesce(sum(n.amount_minor), 0) FROM case_needs n WHERE n.case_id = c.id)::text AS target,
           (SELECT coalesce(sum(n.confirmed_minor), 0) FROM case_needs n WHERE n.case_id = c.id)::text AS confirmed,
           (SELECT coalesce(sum(n.reserved_minor), 0) FROM case_needs n WHERE n.case_id = c.id)::text AS reserved,
           c.donor_count AS donors
      FROM cases c WHERE c.id = ${caseId}`)) as unknown as { rows: Record<string, unknown>[] };
  const r = rows[0] as { version: number; target: string; confirmed: string; reserved: string; donors: number } | undefined;
  if (!r) throw new NotFoundError('The case');
  return { caseId, target: BigInt(r.target), confirmed: BigInt(r.confirmed), reserved: BigInt(r.reserved), donors: Number(r.donors), version: Number(r.version) };
}
