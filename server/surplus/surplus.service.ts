import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { requireAccess } from '../access/access';
import { type Actor, isSignedIn } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { caseNeeds, cases, type CaseStatus } from '../cases/case.table';
import { ConflictError, NotFoundError, UnauthenticatedError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import { formatYuan } from '../common/money';
import * as v from '../common/validate';
import type { Db, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import { type DisbursementService, needHoldings } from '../disbursements/disbursement.service';
import { announceCaseStatus } from '../cases/case-status-event';
import { applyFundingStatus, fundingStatusAfter } from '../funding/case-status';
import { DonorChanges, recordDonorChanges } from '../funding/donors';
import { fundingPayload, PLEDGEABLE_STATUSES } from '../funding/funding-engine';
import { caseTotals } from './case-totals';
import { defaultFundSettings, type FundSettingsSource } from '../funds/settings';
import { account, postTransfer } from '../ledger/ledger';
import type { LiveHub } from '../live/live-hub';
import type { PaymentService } from '../payments/payment.service';
import { pledges } from '../pledges/pledge.table';
import type { ReceiptService } from '../receipts/receipt.service';
import { surplusAllocations, type SurplusReason } from './surplus.table';
import { announcePledge } from '../pledges/pledge-event';

export type SurplusRecord = typeof surplusAllocations.$inferSelect;

type Row = Record<string, unknown>;

/**
 * Surplus: money a case no longer needs (a need shrank, or the case closed with money left)
 * is taken out of the case into a surplus account per pledge, newest pledges first, and each
 * donor chooses a refund or redirection to a similar case; without an answer in time the
 * pledge's own default applies. Every step goes through the ledger.
 */
export class SurplusService {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    private readonly disbursements: DisbursementService,
    private readonly receipts: ReceiptService,
    /** Sends a refund back along a pledge's payment route (the payment providers). */
    private readonly payments: Pick<PaymentService, 'provider'>,
    private readonly settings: FundSettingsSource = defaultFundSettings,
  ) {}

  /** A published, open case most like this one with room left: same region and category first. */
  async suggest(ex: Db | Tx, caseId: string): Promise<string | null> {
    const { rows } = (await ex.execute(sql`
      WITH me AS (SELECT region_code, category FROM cases WHERE id = ${caseId})
      SELECT c.id FROM cases c, me
       WHERE c.id <> ${caseId} AND c.published AND c.status IN ('verified', 'in_progress', 'funded')
         AND EXISTS (SELECT 1 FROM case_needs n WHERE n.case_id = c.id AND n.amount_minor - n.reserved_minor - n.confirmed_minor - n.claimed_minor > 0)
       ORDER BY (c.region_code = me.region_code AND c.category IS NOT DISTINCT FROM me.category) DESC,
                (c.region_code = me.region_code) DESC,
                (left(c.region_code, 4) = left(me.region_code, 4) AND c.category IS NOT DISTINCT FROM me.category) DESC,
                (c.category IS NOT DISTINCT FROM me.category) DESC,
                CASE c.urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.published_at, c.id
       LIMIT 1`)) as unknown as { rows: Row[] };
    return (rows[0]?.id as string | undefined) ?? null;
  }

  private async loadCase(caseId: string) {
    const [kase] = await this.db.select().from(cases).where(eq(cases.id, caseId));
    if (!kase) throw new NotFoundError('The case');
    return kase;
  }

  /** Moves `amount` of a need's confirmed money out of the case as surplus, newest pledges first. */
  private async takeSurplus(tx: Tx, need: typeof caseNeeds.$inferSelect, amount: bigint, reason: SurplusReason, note: string, regionCode: string): Promise<SurplusRecord[]> {
    const { surplusAnswerPeriodMs } = await this.settings(regionCode);
    const candidates = await tx
      .select({
        id: pledges.id,
        amount: pledges.amountMinor,
        // Refunds made outside surplus (a refund of the whole pledge); surplus refunds are part of `taken`.
        refunded: pledges.refundedMinor,
        taken: sql<string>`(SELECT coalesce(sum(s.amount_minor), 0) FROM surplus_allocations s WHERE s.pledge_id = ${pledges.id})`,
      })
      .from(pledges)
      // A pledge under an open card dispute stays held for it.
      .where(and(eq(pledges.needId, need.id), eq(pledges.status, 'confirmed'), sql`${pledges.disputeStatus} IS DISTINCT FROM 'open'`))
      // Newest money first; a match confirmed with its pledge counts as newer than the pledge.
      .orderBy(desc(pledges.confirmedAt), sql`${pledges.organizationId} IS NULL`, desc(pledges.id));
    const suggested = await this.suggest(tx, need.caseId);
    const answerBy = new Date(Date.now() + surplusAnswerPeriodMs);
    const made: SurplusRecord[] = [];
    let left = amount;
    for (const c of candidates) {
      if (left <= 0n) break;
      const available = c.amount - c.refunded - BigInt(c.taken);
      if (available <= 0n) continue;
      const take = available < left ? available : left;
      left -= take;
      const [a] = await tx.insert(surplusAllocations).values({ pledgeId: c.id, caseId: need.caseId, needId: need.id, amountMinor: take, reason, note, answerBy, suggestedCaseId: suggested }).returning();
      if (!a) throw new Error('no allocation');
      await postTransfer(tx, { kind: 'surplus_hold', debit: account.surplus(c.id), credit: account.caseHolding(need.caseId), amount: take, refs: { caseId: need.caseId, needId: need.id, pledgeId: c.id, allocationId: a.id, reason } });
      made.push(a);
    }
    if (left > 0n) throw new Error(`need ${need.id}: ${left} fen of surplus is not covered by its pledges`);
    return made;
  }

  /** Surplus cannot be taken while a card dispute holds part of the money: the bank decides first. */
  private async refuseOpenDisputes(tx: Tx, caseId: string, needIds: readonly string[]): Promise<void> {
    const holdings = await needHoldings(tx, { caseId });
    if (needIds.some((id) => (holdings.get(id)?.disputed ?? 0n) > 0n)) {
      throw new ConflictError('OPEN_DISPUTE', 'A card dispute on a gift to this case is still open; take the surplus out once the bank has decided.');
    }
  }

  private async afterChange(tx: Tx, caseId: string, actorUserId: string | null, afterCommit: AfterCommit): Promise<void> {
    const [kase] = await tx.select({ id: cases.id, status: cases.status, regionCode: cases.regionCode }).from(cases).where(eq(cases.id, caseId));
    if (!kase) return;
    const totals = await caseTotals(tx, caseId);
    const status = fundingStatusAfter(kase.status, totals);
    const [bumped] = await tx.update(cases).set({ version: sql`${cases.version} + 1`, updatedAt: new Date() }).where(eq(cases.id, caseId)).returning({ version: cases.version });
    await applyFundingStatus(tx, kase, status, actorUserId, { live: this.live, afterCommit });
    const version = bumped?.version ?? 0;
    const funding = { caseId, target: totals.amount, confirmed: totals.confirmed, reserved: totals.reserved, donors: totals.donors, version };
    afterCommit(() => this.live.emit([`case:${caseId}`, `region:${kase.regionCode}`], 'case.funding', { ...fundingPayload(funding), at: new Date().toISOString() }));
    const [t] = await tx.select({ open: sql<string>`count(*) FILTER (WHERE ${caseNeeds.disbursedMinor} < ${caseNeeds.amountMinor})` }).from(caseNeeds).where(eq(caseNeeds.caseId, caseId));
    if (Number(t?.open ?? 1) === 0 && (status === 'funded' || status === 'disbursing')) await this.disbursements.afterPayout(tx, caseId, actorUserId, afterCommit);
  }

  /** A need shrank (insurance, medical assistance or another programme paid part). */
  async reduceNeed(actor: Actor, input: { needId: string; newAmount: bigint; note: string }, req: RequestInfo): Promise<{ caseId: string; surplus: SurplusRecord[] }> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const needId = fromGlobalId('CaseNeed', input.needId, ['input', 'needId']);
    const [found] = await this.db.select().from(caseNeeds).where(eq(caseNeeds.id, needId));
    if (!found) throw new NotFoundError('The case need');
    const kase = await this.loadCase(found.caseId);
    requireAccess(actor, 'surplus.reduceNeed', kase, 'The case need');
    const note = v.requiredText(input.note, ['input', 'note'], { max: 500, label: 'What paid the rest' });
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [need] = await tx.select().from(caseNeeds).where(eq(caseNeeds.id, needId)).for('update');
      if (!need) throw new NotFoundError('The case need');
      const next = input.newAmount;
      if (next <= 0n || next >= need.amountMinor) throw new UserInputError('INVALID_NEW_AMOUNT', `The new amount must be more than zero and less than ${formatYuan(need.amountMinor)}.`, ['input', 'newAmount']);
      if (next < need.disbursedMinor) throw new UserInputError('BELOW_DISBURSED', `${formatYuan(need.disbursedMinor)} is already paid out for this need.`, ['input', 'newAmount']);
      const surplus = need.confirmedMinor > next ? need.confirmedMinor - next : 0n;
      const confirmed = need.confirmedMinor - surplus;
      if (need.reservedMinor + confirmed + need.claimedMinor > next) {
        throw new ConflictError('NEED_HAS_RESERVATIONS', 'Unpaid pledges or claims still hold part of this need; reduce it once they are settled.');
      }
      if (surplus > 0n) await this.refuseOpenDisputes(tx, kase.id, [needId]);
      const made = surplus > 0n ? await this.takeSurplus(tx, need, surplus, 'need_reduced', note, kase.regionCode) : [];
      await tx.update(caseNeeds).set({ amountMinor: next, confirmedMinor: confirmed, version: sql`${caseNeeds.version} + 1`, updatedAt: new Date() }).where(eq(caseNeeds.id, needId));
      await recordAudit(tx, { actorUserId: actor.userId, action: 'need.reduce', entityType: 'CaseNeed', entityId: needId, regionCode: kase.regionCode, before: { amount: need.amountMinor, confirmed: need.confirmedMinor }, after: { amount: next, surplus, note }, requestId: req.requestId });
      await this.afterChange(tx, kase.id, actor.userId, afterCommit);
      this.notify(made, afterCommit);
      return { caseId: kase.id, surplus: made };
    });
  }

  /** Closes a case that is paid out as far as it will be, taking what it still holds out as surplus. */
  async closeWithSurplus(actor: Actor, input: { caseId: string; note: string }, req: RequestInfo): Promise<{ caseId: string; surplus: SurplusRecord[] }> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const caseId = fromGlobalId('Case', input.caseId, ['input', 'caseId']);
    const kase = await this.loadCase(caseId);
    requireAccess(actor, 'surplus.reduceNeed', kase, 'The case');
    const note = v.requiredText(input.note, ['input', 'note'], { max: 500, label: 'Why the case closes' });
    const closable: readonly CaseStatus[] = ['in_progress', 'funded', 'disbursing'];
    if (!closable.includes(kase.status)) throw new ConflictError('CASE_NOT_CLOSABLE', `A case that is ${kase.status} cannot be closed here.`);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const needs = await tx.select().from(caseNeeds).where(eq(caseNeeds.caseId, caseId)).orderBy(asc(caseNeeds.id)).for('update');
      if (needs.some((n) => n.reservedMinor > 0n)) throw new ConflictError('NEED_HAS_RESERVATIONS', 'Unpaid pledges still hold part of this case; close it once they are settled.');
      await this.refuseOpenDisputes(tx, caseId, needs.map((n) => n.id));
      const made: SurplusRecord[] = [];
      for (const n of needs) {
        const held = n.confirmedMinor - n.disbursedMinor;
        if (held <= 0n) continue;
        made.push(...(await this.takeSurplus(tx, n, held, 'case_closed', note, kase.regionCode)));
        await tx.update(caseNeeds).set({ confirmedMinor: n.disbursedMinor, version: sql`${caseNeeds.version} + 1`, updatedAt: new Date() }).where(eq(caseNeeds.id, n.id));
      }
      const [row] = await tx.update(cases).set({ status: 'closed', statusChangedAt: new Date(), updatedAt: new Date(), version: sql`${cases.version} + 1` }).where(eq(cases.id, caseId)).returning({ version: cases.version });
      await announceCaseStatus(tx, this.live, afterCommit, caseId);
      await recordAudit(tx, { actorUserId: actor.userId, action: 'case.close.surplus', entityType: 'Case', entityId: caseId, regionCode: kase.regionCode, before: { status: kase.status }, after: { status: 'closed', surplus: made.reduce((s, a) => s + a.amountMinor, 0n), note }, requestId: req.requestId });
      const totals = await caseTotals(tx, caseId);
      const funding = { caseId, target: totals.amount, confirmed: totals.confirmed, reserved: totals.reserved, donors: totals.donors, version: row?.version ?? kase.version + 1 };
      afterCommit(() => this.live.emit([`case:${caseId}`, `region:${kase.regionCode}`], 'case.funding', { ...fundingPayload(funding), at: new Date().toISOString() }));
      this.notify(made, afterCommit);
      return { caseId, surplus: made };
    });
  }

  private notify(made: SurplusRecord[], afterCommit: AfterCommit): void {
    if (made.length === 0) return;
    afterCommit(async () => {
      const owners = await this.db.select({ id: pledges.id, donor: pledges.donorUserId }).from(pledges).where(inArray(pledges.id, made.map((a) => a.pledgeId)));
      for (const a of made) {
        const donor = owners.find((o) => o.id === a.pledgeId)?.donor;
        if (donor) this.live.emit([`user:${donor}`], 'notification', { kind: 'surplus', title: `${formatYuan(a.amountMinor)} of your gift is no longer needed by the case: choose a refund or another case by ${a.answerBy.toISOString().slice(0, 10)}.`, details: { amount: a.amountMinor.toString(), answerBy: a.answerBy.toISOString().slice(0, 10) }, caseId: a.caseId, at: new Date().toISOString() });
      }
    });
  }

  /** The donor's answer: refund, or redirect (to the suggested case or one they name). */
  async answer(actor: Actor, input: { allocationId: string; choice: 'refund' | 'redirect'; targetCaseId?: string | null }, req: RequestInfo): Promise<SurplusRecord> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const id = fromGlobalId('SurplusAllocation', input.allocationId, ['input', 'allocationId']);
    const [row] = await this.db.select({ a: surplusAllocations, p: pledges, regionCode: cases.regionCode }).from(surplusAllocations).innerJoin(pledges, eq(pledges.id, surplusAllocations.pledgeId)).innerJoin(cases, eq(cases.id, surplusAllocations.caseId)).where(eq(surplusAllocations.id, id));
    if (!row) throw new NotFoundError('The surplus');
    requireAccess(actor, 'surplus.answer', { donorUserId: row.p.donorUserId, organizationId: row.p.organizationId, regionCode: row.regionCode }, 'The surplus');
    let target: string | null = null;
    if (input.choice === 'redirect') {
      target = input.targetCaseId ? fromGlobalId('Case', input.targetCaseId, ['input', 'targetCaseId']) : row.a.suggestedCaseId;
      if (!target) throw new UserInputError('NO_TARGET_CASE', 'There is no similar case to suggest now; name one or choose a refund.', ['input', 'targetCaseId']);
      const [t] = await this.db.select({ published: cases.published, status: cases.status }).from(cases).where(eq(cases.id, target));
      if (!t || !t.published) throw new UserInputError('TARGET_NOT_PUBLISHED', 'Surplus can only go to a published case.', ['input', 'targetCaseId']);
      if (!PLEDGEABLE_STATUSES.includes(t.status)) throw new UserInputError('TARGET_NOT_OPEN', 'That case is not taking gifts now.', ['input', 'targetCaseId']);
      if (target === row.a.caseId) throw new UserInputError('TARGET_IS_SAME_CASE', 'Choose a different case.', ['input', 'targetCaseId']);
    }
    return inTransaction(this.db, (tx, afterCommit) => this.resolve(tx, id, input.choice, target, 'donor', actor.userId, req.requestId, afterCommit));
  }

  /** Applies each pledge's default to surplus left unanswered past its answer date. */
  async applyDefaults(now = new Date()): Promise<number> {
    const due = await this.db
      .select({ id: surplusAllocations.id, pref: pledges.surplusPreference, caseId: surplusAllocations.caseId, suggested: surplusAllocations.suggestedCaseId })
      .from(surplusAllocations)
      .innerJoin(pledges, eq(pledges.id, surplusAllocations.pledgeId))
      .where(and(eq(surplusAllocations.status, 'pending'), lte(surplusAllocations.answerBy, now)))
      .limit(200);
    let done = 0;
    for (const d of due) {
      await inTransaction(this.db, async (tx, afterCommit) => {
        // The suggestion may have filled up or closed since; ask again.
        const target = d.pref === 'redirect' ? await this.suggest(tx, d.caseId) : null;
        await this.resolve(tx, d.id, target ? 'redirect' : 'refund', target, 'default', null, null, afterCommit);
      }).then(
        () => (done += 1),
        () => undefined,
      );
    }
    return done;
  }

  private async resolve(tx: Tx, id: string, choice: 'refund' | 'redirect', targetCaseId: string | null, decidedBy: 'donor' | 'default', actorUserId: string | null, requestId: string | null, afterCommit: AfterCommit): Promise<SurplusRecord> {
    const [a] = await tx.select().from(surplusAllocations).where(eq(surplusAllocations.id, id)).for('update');
    if (!a) throw new NotFoundError('The surplus');
    if (a.status !== 'pending') throw new ConflictError('SURPLUS_SETTLED', `This surplus was already ${a.status}.`);
    const [p] = await tx.select().from(pledges).where(eq(pledges.id, a.pledgeId));
    if (!p) throw new NotFoundError('The pledge');
    const now = new Date();
    let redirected = 0n;
    let redirectPledgeId: string | null = null;
    if (choice === 'redirect' && targetCaseId) {
      const [need] = await tx
        .select()
        .from(caseNeeds)
        .where(and(eq(caseNeeds.caseId, targetCaseId), sql`${caseNeeds.amountMinor} - ${caseNeeds.reservedMinor} - ${caseNeeds.confirmedMinor} - ${caseNeeds.claimedMinor} > 0`))
        .orderBy(asc(caseNeeds.createdAt), asc(caseNeeds.id))
        .limit(1)
        .for('update');
      const [t] = await tx.select({ published: cases.published, status: cases.status }).from(cases).where(eq(cases.id, targetCaseId));
      if (need && t?.published && PLEDGEABLE_STATUSES.includes(t.status)) {
        const room = need.amountMinor - need.reservedMinor - need.confirmedMinor - need.claimedMinor;
        redirected = room < a.amountMinor ? room : a.amountMinor;
        const [np] = await tx
          .insert(pledges)
          .values({
            caseId: targetCaseId,
            needId: need.id,
            donorUserId: p.donorUserId,
            organizationId: p.organizationId,
            amountMinor: redirected,
            requestedMinor: redirected,
            method: 'offline',
            status: 'confirmed',
            anonymous: p.anonymous,
            message: p.message,
            idempotencyKey: `redirect:${a.id}`,
            offlineReference: `surplus:${a.id}`,
            surplusPreference: p.surplusPreference,
            expiresAt: now,
            confirmedAt: now,
          })
          .returning();
        if (!np) throw new Error('no redirected pledge');
        redirectPledgeId = np.id;
        await recordDonorChanges(tx, targetCaseId, new DonorChanges().note(null, np));
        await postTransfer(tx, { kind: 'pledge_confirmed', debit: account.caseHolding(targetCaseId), credit: account.surplus(p.id), amount: redirected, refs: { caseId: targetCaseId, needId: need.id, pledgeId: np.id, allocationId: a.id, fromCaseId: a.caseId } });
        await tx.update(caseNeeds).set({ confirmedMinor: need.confirmedMinor + redirected, version: sql`${caseNeeds.version} + 1`, updatedAt: now }).where(eq(caseNeeds.id, need.id));
        await this.receipts.issue(tx, np.id);
        await this.afterChange(tx, targetCaseId, actorUserId, afterCommit);
      } else if (decidedBy === 'donor') {
        throw new UserInputError('TARGET_NOT_OPEN', 'That case has no room left or is not taking gifts now.', ['input', 'targetCaseId']);
      }
    }
    const refund = a.amountMinor - redirected;
    if (refund > 0n) {
      await postTransfer(tx, { kind: 'surplus_refund', debit: account.refunds(), credit: account.surplus(p.id), amount: refund, refs: { caseId: a.caseId, allocationId: a.id, route: p.method, paymentRef: p.paymentRef } });
    }
    // Offline money is paid back by staff from the relief account: the booking is the record.
    const sentNow = refund > 0n && p.method === 'offline' ? now : null;
    const [updated] = await tx
      .update(surplusAllocations)
      .set({ status: redirected > 0n ? 'redirected' : 'refunded', targetCaseId: redirected > 0n ? targetCaseId : null, redirectPledgeId, refundedMinor: refund, refundSentAt: sentNow, decidedBy, resolvedAt: now })
      .where(eq(surplusAllocations.id, a.id))
      .returning();
    // Sent back along the pledge's payment route once this has committed (retried by the sweep if that fails).
    if (refund > 0n && p.method !== 'offline') afterCommit(() => this.sendRefund(a.id).then(() => undefined));
    await recordAudit(tx, { actorUserId, action: `surplus.${redirected > 0n ? 'redirect' : 'refund'}`, entityType: 'SurplusAllocation', entityId: a.id, after: { redirected, refunded: refund, targetCaseId, decidedBy }, requestId });
    afterCommit(() => announcePledge(this.live, p));
    return updated as SurplusRecord;
  }

  /**
   * Sends a resolved surplus refund through the pledge's provider, once: the allocation id is the
   * provider's idempotency key, and the provider reports the donor's refunded total including every
   * surplus refund booked for the pledge. Answers whether it is sent now.
   */
  async sendRefund(allocationId: string): Promise<boolean> {
    const [row] = await this.db.select({ a: surplusAllocations, p: pledges }).from(surplusAllocations).innerJoin(pledges, eq(pledges.id, surplusAllocations.pledgeId)).where(eq(surplusAllocations.id, allocationId));
    if (!row || row.a.refundedMinor <= 0n || row.a.refundSentAt) return false;
    const [booked] = await this.db.select({ total: sql<string>`coalesce(sum(${surplusAllocations.refundedMinor}), 0)::text` }).from(surplusAllocations).where(eq(surplusAllocations.pledgeId, row.p.id));
    const refundedTotal = row.p.refundedMinor + BigInt(booked?.total ?? '0');
    try {
      await this.payments.provider(row.p.method).refund(row.p, { amount: row.a.refundedMinor, key: `surplus-refund:${row.a.id}`, refundedTotal });
    } catch {
      return false;
    }
    await this.db.update(surplusAllocations).set({ refundSentAt: new Date() }).where(and(eq(surplusAllocations.id, allocationId), isNull(surplusAllocations.refundSentAt)));
    const p = row.p;
    announcePledge(this.live, p);
    return true;
  }

  /** Surplus refunds booked but not yet sent (the provider was unreachable): tries them again. */
  async sendUnsentRefunds(olderThanMs = 60_000): Promise<number> {
    const due = await this.db
      .select({ id: surplusAllocations.id })
      .from(surplusAllocations)
      .where(and(gt(surplusAllocations.refundedMinor, 0n), isNull(surplusAllocations.refundSentAt), lte(surplusAllocations.resolvedAt, new Date(Date.now() - olderThanMs))))
      .limit(200);
    let sent = 0;
    for (const d of due) if (await this.sendRefund(d.id)) sent += 1;
    return sent;
  }

  async forPledge(pledgeId: string): Promise<SurplusRecord[]> {
    return this.db.select().from(surplusAllocations).where(eq(surplusAllocations.pledgeId, pledgeId)).orderBy(asc(surplusAllocations.createdAt));
  }

  async forCase(caseId: string): Promise<SurplusRecord[]> {
    return this.db.select().from(surplusAllocations).where(eq(surplusAllocations.caseId, caseId)).orderBy(asc(surplusAllocations.createdAt), asc(surplusAllocations.id));
  }

  async caseReference(caseId: string): Promise<string | null> {
    const [c] = await this.db.select({ r: cases.reference, published: cases.published }).from(cases).where(eq(cases.id, caseId));
    return c?.published ? c.r : null;
  }

  startSweeper(everyMs: number): void {
    if (everyMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      void this.applyDefaults()
        .then(() => this.sendUnsentRefunds())
        .catch(() => undefined);
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
