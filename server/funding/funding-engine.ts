import crypto from 'node:crypto';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { textArray, uuidArray } from '../db/arrays';
import { maskForAudit } from '../audit/audit';
import { auditEvents } from '../audit/audit.table';
import { caseNeeds, cases, type CaseStatus } from '../cases/case.table';
import { ConflictError, DomainError, NotFoundError, UserInputError } from '../common/errors';
import { formatYuan } from '../common/money';
import type { Db, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import { account, postTransfers, type Transfer } from '../ledger/ledger';
import type { Logger } from 'pino';
import type { LiveHub } from '../live/live-hub';
import type { RoomName } from '../live/events';
import type { CaseFundingModel, PledgeRecord } from '../pledges/pledge.model';
import { announcePledge } from '../pledges/pledge-event';
import { pledges, type PaymentMethod, type ReleaseReason, type SurplusPreference } from '../pledges/pledge.table';
import { applyFundingStatus, fundingStatusAfter } from './case-status';
import { DonorChanges, donorCountSql } from './donors';

/** Case statuses in which a case takes pledges (with `published = true`). */
export const PLEDGEABLE_STATUSES: readonly CaseStatus[] = ['verified', 'in_progress', 'funded'];

export interface PledgeDraft {
  caseId: string;
  needId: string;
  donorUserId: string;
  organizationId: string | null;
  amount: bigint;
  acceptPartial: boolean;
  method: PaymentMethod;
  anonymous: boolean;
  message: string | null;
  idempotencyKey: string;
  /** The donor's default for surplus (refund or redirect); redirect when not given. */
  surplusPreference?: SurplusPreference;
  paymentRef: string | null;
  expiresAt: Date;
  requestId: string | null;
}

/** What a payment provider (or a person) says happened to a pledge's money. */
export type PaymentChange =
  | { kind: 'succeeded'; amount?: bigint | null }
  | { kind: 'failed' }
  | { kind: 'canceled' }
  /** Cumulative amount refunded so far, as the provider reports it (safe to repeat). */
  | { kind: 'refunded'; refundedTotal: bigint }
  /** A card dispute (chargeback) opened: the amount is held in the case until the bank decides. */
  | { kind: 'disputed'; amount?: bigint | null }
  /** The bank decided: won (or an inquiry closed) gives the hold back; lost takes the money back out of the case. */
  | { kind: 'dispute_closed'; won: boolean; amount?: bigint | null }
  | { kind: 'offline_confirmed'; reference: string }
  /** The donor cancels, or the reservation expires. */
  | { kind: 'release'; reason: ReleaseReason; strict: boolean };

export interface SettleRequest {
  pledgeId: string;
  change: PaymentChange;
  actorUserId: string | null;
  /** The provider event reporting the change: stored once, processed, in the batch's own transaction (a repeat is answered `duplicate`). */
  event?: { provider: string; eventId: string; type: string; paymentRef: string | null; payload: unknown };
  requestId?: string | null;
}

export type SettleOutcome =
  | 'confirmed'
  | 'already_confirmed'
  | 'released'
  | 'already_settled'
  | 'refunded'
  | 'refund_recorded'
  | 'disputed'
  | 'dispute_won'
  | 'dispute_lost'
  | 'late_payment_confirmed'
  | 'late_payment_needs_refund'
  | 'duplicate'
  | 'ignored';

export interface SettleResult {
  pledge: PledgeRecord;
  outcome: SettleOutcome;
}

export interface ReserveResult {
  pledge: PledgeRecord;
  created: boolean;
}

/** Work the engine does after a commit (refunds of late payments, cancellations at the provider). */
export interface AfterSettleHooks {
  lateRefund?: (p: PledgeRecord) => Promise<void>;
  released?: (p: PledgeRecord) => Promise<void>;
  /**
   * Runs in the confirming transaction with the pledges a batch confirmed into the need, in
   * order (receipts, matching). `room` is what the need can still take, or null when the batch
   * does not hold the need's lock (then nothing may be added); returns how much more it confirmed
   * into the same need (matches), which the engine adds to the need's confirmed amount.
   */
  confirmed?: (tx: Tx, c: { pledges: PledgeRecord[]; room: bigint | null; afterCommit: AfterCommit }) => Promise<bigint>;
  /** Whether confirmations into a case may draw more money into it (an open matching pool covers it). */
  drawsMore?: (tx: Tx, caseId: string) => Promise<boolean>;
}

type Job =
  | { type: 'reserve'; draft: PledgeDraft; resolve: (r: ReserveResult) => void; reject: (e: unknown) => void }
  | { type: 'settle'; req: SettleRequest; resolve: (r: SettleResult) => void; reject: (e: unknown) => void };

type ReserveJob = Extract<Job, { type: 'reserve' }>;

interface Lane {
  needId: string;
  queue: Job[];
  running: boolean;
}

/** Payment reports that only move a reserved pledge on (confirm it, or let it go). */
const PLAIN_CHANGES: ReadonlySet<PaymentChange['kind']> = new Set(['succeeded', 'failed', 'canceled', 'release']);

const MAX_BATCH = 400;

/**
 * Group commit per need. Every change to a need's reserved or confirmed amount goes
 * through this engine: requests for one need queue up in two lanes, new pledges in one and
 * payment reports in the other, and each lane commits what has gathered as one batch while
 * the next gathers. Each waiting request gets its own answer; a refusal of one never fails
 * the others.
 *
 * - New pledges that all fit are decided and written in a single statement: an update of the
 *   need row guarded by its room and the case (PostgreSQL re-checks it on the newest row version,
 *   so it holds across processes too), then the pledges, the case version and the audit rows.
 * - Payment reports lock their pledges first (in id order); reports that only confirm or
 *   release reserved pledges write everything and take the need's lock only for the final
 *   relative update, so new pledges wait for it as briefly as possible.
 * - Everything else (room running out, a case not yet in progress, late payments, refunds,
 *   disputes, matching pools) runs under the need's lock from the start, deciding each request
 *   against the locked figures.
 *
 * Locks are always taken in the order pledges → need → case, so batches never deadlock.
 */
export class FundingEngine {
  private readonly lanes = new Map<string, Lane>();
  /** What each need had left after the last batch here: a batch that would not fit skips the one-statement try. */
  private readonly roomHint = new Map<string, bigint>();
  hooks: AfterSettleHooks = {};

  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    /**
     * separateConnections: the database has a pool (PostgreSQL), so lookups may run beside the batch's transaction;
     * logger: where a one-statement reservation that a database check refused is reported (it is then decided under the lock).
     */
    private readonly options: { separateConnections: boolean; logger?: Pick<Logger, 'warn'> } = { separateConnections: false },
  ) {}

  reserve(draft: PledgeDraft): Promise<ReserveResult> {
    return new Promise((resolve, reject) => this.enqueue(draft.needId, { type: 'reserve', draft, resolve, reject }));
  }

  settle(needId: string, req: SettleRequest): Promise<SettleResult> {
    return new Promise((resolve, reject) => this.enqueue(needId, { type: 'settle', req, resolve, reject }));
  }

  /** Resolves when no batch is queued or running (for orderly shutdown and tests). */
  async idle(): Promise<void> {
    while ([...this.lanes.values()].some((l) => l.running || l.queue.length > 0)) await new Promise((r) => setTimeout(r, 5));
  }

  private enqueue(needId: string, job: Job): void {
    const key = `${job.type}:${needId}`;
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { needId, queue: [], running: false };
      this.lanes.set(key, lane);
    }
    lane.queue.push(job);
    if (!lane.running) void this.drain(key, lane);
  }

  private async drain(key: string, lane: Lane): Promise<void> {
    const needId = lane.needId;
    lane.running = true;
    try {
      while (lane.queue.length > 0) {
        const batch = lane.queue.splice(0, MAX_BATCH);
        try {
          await this.runBatch(needId, batch);
        } catch (err) {
          if (batch.length === 1) {
            (batch[0] as Job).reject(err);
          } else {
            // Something unexpected failed the whole batch: retry one by one so only the culprit fails.
            for (const job of batch) {
              try {
                await this.runBatch(needId, [job]);
              } catch (e) {
                job.reject(e);
              }
            }
          }
        }
      }
    } finally {
      lane.running = false;
      if (lane.queue.length === 0) this.lanes.delete(key);
      else void this.drain(key, lane);
    }
  }

  private async runBatch(needId: string, batch: Job[]): Promise<void> {
    const reserves = batch.filter((j): j is ReserveJob => j.type === 'reserve');
    if (reserves.length === batch.length && (await this.reserveInOneStatement(needId, reserves))) return;
    const answers: (() => void)[] = [];
    const after: (() => Promise<void>)[] = [];
    // Idempotency keys are looked up on another connection while this one takes the lock;
    // a key that appears in between is caught by the insert's ON CONFLICT below.
    const keyLookup = reserves.length > 0 && this.options.separateConnections ? this.findByKeys(this.db, batch) : undefined;
    keyLookup?.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    await inTransaction(this.db, async (tx, afterCommit) => {
      // The pledges the settle requests refer to, locked first and in id order (pledges → need → case).
      const ids = batch.flatMap((j) => (j.type === 'settle' ? [j.req.pledgeId] : []));
      const known = new Map<string, PledgeRecord>();
      if (ids.length > 0) {
        for (const p of await tx.select().from(pledges).where(sql`${pledges.id} = ANY(${uuidArray(ids)}::uuid[])`).orderBy(asc(pledges.id)).for('update')) known.set(p.id, p);
      }

      // Surplus already returned to these donors (refund events report it in their totals).
      const refundedIds = batch.flatMap((j) => (j.type === 'settle' && j.req.change.kind === 'refunded' ? [j.req.pledgeId] : []));
      const surplusRefunded = new Map<string, bigint>();
      if (refundedIds.length > 0) {
        const { rows: sr } = (await tx.execute(sql`SELECT pledge_id, sum(refunded_minor)::text AS refunded FROM surplus_allocations WHERE pledge_id = ANY(${uuidArray(refundedIds)}::uuid[]) GROUP BY pledge_id`)) as unknown as { rows: { pledge_id: string; refunded: string }[] };
        for (const r of sr) surplusRefunded.set(String(r.pledge_id), BigInt(r.refunded));
      }

      // Events stored here, once processed, with the outcome of the change they cause. Whoever stores
      // an event of a pledge holds that pledge's lock (taken above), so one stored and processed before
      // is seen here and answered as a repeat; so is the same event twice in this batch. One stored
      // before but never processed (a crash in between) is processed now.
      const toStore = batch.flatMap((j) => (j.type === 'settle' && j.req.event && known.has(j.req.pledgeId) ? [j.req] : []));
      const duplicates = new Set<SettleRequest>();
      const storing = new Set(toStore);
      if (toStore.length > 0) {
        const json = JSON.stringify(toStore.map((r) => ({ provider: r.event?.provider, event_id: r.event?.eventId })));
        const { rows } = (await tx.execute(sql`
          SELECT x.provider, x.event_id AS "eventId", k.processed FROM jsonb_to_recordset(${json}::jsonb) AS x(provider text, event_id text)
           CROSS JOIN LATERAL (SELECT e.processed_at IS NOT NULL AS processed FROM payment_events e WHERE e.provider = x.provider AND e.event_id = x.event_id LIMIT 1) k`)) as unknown as {
          rows: { provider: string; eventId: string; processed: boolean }[];
        };
        const processed = new Map(rows.map((x) => [`${x.provider}\u0000${x.eventId}`, x.processed]));
        for (const r of toStore) {
          const key = `${r.event?.provider}\u0000${r.event?.eventId}`;
          const before = processed.get(key);
          if (before === true) duplicates.add(r);
          else if (before === false) storing.delete(r);
          processed.set(key, true);
        }
      }

      // Reports that only confirm or release reserved pledges of this need, where nothing can draw
      // more money in (a matching pool), are decided without the need's figures: they are written
      // first and move the need by a relative update at the end, the only time they hold its lock.
      const plain =
        ids.length === batch.length &&
        new Set(ids).size === ids.length &&
        batch.every((j) => j.type === 'settle' && PLAIN_CHANGES.has(j.req.change.kind) && !duplicates.has(j.req) && known.get(j.req.pledgeId)?.status === 'reserved' && known.get(j.req.pledgeId)?.needId === needId);
      const caseOfBatch = known.values().next().value?.caseId;
      const confirms = batch.some((j) => j.type === 'settle' && j.req.change.kind === 'succeeded');
      const unlocked = plain && caseOfBatch !== undefined && !(confirms && (await this.hooks.drawsMore?.(tx, caseOfBatch)));

      const needQuery = tx
        .select({ need: caseNeeds, status: cases.status, published: cases.published, regionCode: cases.regionCode })
        .from(caseNeeds)
        .innerJoin(cases, eq(cases.id, caseNeeds.caseId))
        .where(eq(caseNeeds.id, needId));
      const [locked] = unlocked ? await needQuery : await needQuery.for('update', { of: caseNeeds });
      const byKey = await (keyLookup ?? this.findByKeys(tx, batch));
      if (!locked) {
        for (const job of batch) answers.push(() => job.reject(new NotFoundError('The case need')));
        return;
      }
      const need = locked.need;
      const kase = { id: need.caseId, status: locked.status, published: locked.published, regionCode: locked.regionCode };
      const pledgeable = kase.published && PLEDGEABLE_STATUSES.includes(kase.status);
      // Without the lock these start from figures that may be behind; only their changes are written.
      let reserved = need.reservedMinor;
      let confirmed = need.confirmedMinor;
      const remaining = () => need.amountMinor - reserved - confirmed - need.claimedMinor;

      const now = new Date();
      const inserts: { job: Extract<Job, { type: 'reserve' }>; values: PledgeRecord }[] = [];
      const changed = new Map<string, PledgeRecord>();
      const transfers: Transfer[] = [];
      const audits: (typeof auditEvents.$inferInsert)[] = [];
      const processedEvents: ProcessedEvent[] = [];
      const notify: PledgeRecord[] = [];

      const confirmedNow: PledgeRecord[] = [];
      const fund = (p: PledgeRecord, fromReserved: boolean) => {
        if (fromReserved) reserved -= p.amountMinor;
        confirmed += p.amountMinor;
        confirmedNow.push(p);
        transfers.push({
          kind: 'pledge_confirmed',
          debit: account.caseHolding(p.caseId),
          credit: p.organizationId ? account.pool(p.organizationId) : account.donor(p.donorUserId),
          amount: p.amountMinor,
          refs: { caseId: p.caseId, needId: p.needId, pledgeId: p.id, method: p.method },
        });
      };

      for (const job of batch) {
        if (job.type === 'reserve') {
          const d = job.draft;
          const stored = byKey.get(`${d.donorUserId}\u0000${d.idempotencyKey}`);
          const existing = stored ?? inserts.find((i) => i.values.donorUserId === d.donorUserId && i.values.idempotencyKey === d.idempotencyKey)?.values;
          if (existing) {
            if (existing.requestedMinor !== d.amount || existing.needId !== d.needId || existing.method !== d.method) {
              answers.push(() => job.reject(new ConflictError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different pledge.', ['input', 'idempotencyKey'])));
            } else if (stored) {
              answers.push(() => job.resolve({ pledge: stored, created: false }));
            } else {
              // The same key twice in one batch: answer the second with the first once inserted.
              const twin = inserts.find((i) => i.values === existing);
              if (twin) {
                const prev = twin.job;
                const prevResolve = prev.resolve;
                prev.resolve = (r) => {
                  prevResolve(r);
                  job.resolve({ pledge: r.pledge, created: false });
                };
                const prevReject = prev.reject;
                prev.reject = (e) => {
                  prevReject(e);
                  job.reject(e);
                };
              }
            }
            continue;
          }
          if (!pledgeable || need.caseId !== d.caseId) {
            answers.push(() => job.reject(kase.published ? new UserInputError('CASE_NOT_OPEN', 'This case is not taking pledges now.', ['input', 'caseId']) : new NotFoundError('The case')));
            continue;
          }
          const left = remaining();
          let amount = d.amount;
          if (amount > left) {
            if (d.acceptPartial && left > 0n) amount = left;
            else {
              const msg = left > 0n ? `Only ${formatYuan(left)} (${left} fen) remains for this need; pledge at most that, or accept a partial pledge.` : 'This need is fully pledged; nothing remains.';
              answers.push(() => job.reject(new UserInputError(left > 0n ? 'EXCEEDS_REMAINING' : 'NEED_FULLY_PLEDGED', msg, ['input', 'amount']).withAmount(left > 0n ? left : 0n)));
              continue;
            }
          }
          reserved += amount;
          inserts.push({ job, values: newPledgeRecord(d, amount, now) });
          continue;
        }

        // settle
        const r = job.req;
        const cur = changed.get(r.pledgeId) ?? known.get(r.pledgeId);
        if (!cur || cur.needId !== needId) {
          answers.push(() => job.reject(new NotFoundError('The pledge')));
          continue;
        }
        if (duplicates.has(r)) {
          answers.push(() => job.resolve({ pledge: cur, outcome: 'duplicate' }));
          continue;
        }
        const next: PledgeRecord = { ...cur, updatedAt: now };
        let outcome: SettleOutcome = 'ignored';
        const ch = r.change;
        switch (ch.kind) {
          case 'succeeded':
          case 'offline_confirmed': {
            if (ch.kind === 'offline_confirmed') next.offlineReference = ch.reference;
            if (cur.status === 'reserved') {
              fund(cur, true);
              Object.assign(next, { status: 'confirmed', confirmedAt: now });
              outcome = 'confirmed';
            } else if (cur.status === 'released') {
              // Paid after it lapsed: take it if there is room, unless the donor had cancelled it.
              if (cur.releaseReason === 'late_payment_refunded') outcome = 'already_settled';
              else if (cur.releaseReason !== 'cancelled' && pledgeable && remaining() >= cur.amountMinor) {
                fund(cur, false);
                Object.assign(next, { status: 'confirmed', releaseReason: null, releasedAt: null, confirmedAt: now });
                outcome = 'late_payment_confirmed';
              } else if (ch.kind === 'offline_confirmed') {
                answers.push(() => job.reject(new ConflictError('NO_ROOM_FOR_LATE_PAYMENT', `This pledge expired and only ${formatYuan(remaining() > 0n ? remaining() : 0n)} remains for the need; return the transfer to the donor.`)));
                continue;
              } else {
                Object.assign(next, { refundRequestedAt: cur.refundRequestedAt ?? now });
                outcome = 'late_payment_needs_refund';
              }
            } else outcome = 'already_confirmed';
            break;
          }
          case 'failed':
          case 'canceled':
          case 'release': {
            if (cur.status === 'reserved') {
              reserved -= cur.amountMinor;
              const reason: ReleaseReason = ch.kind === 'release' ? ch.reason : ch.kind === 'failed' ? 'payment_failed' : 'payment_canceled';
              Object.assign(next, { status: 'released', releaseReason: reason, releasedAt: now });
              outcome = 'released';
            } else if (ch.kind === 'release' && ch.strict) {
              answers.push(() => job.reject(new ConflictError('PLEDGE_NOT_CANCELLABLE', cur.status === 'confirmed' ? 'This pledge is already paid; ask for a refund instead.' : 'This pledge is already closed.')));
              continue;
            } else outcome = 'already_settled';
            break;
          }
          case 'refunded': {
            if (cur.status === 'released') {
              if (cur.refundRequestedAt) Object.assign(next, { releaseReason: 'late_payment_refunded' });
              outcome = 'already_settled';
              break;
            }
            if (cur.status === 'reserved') {
              // A refund implies the payment succeeded: confirm first (events may arrive in any order).
              fund(cur, true);
              Object.assign(next, { status: 'confirmed', confirmedAt: now });
            }
            // The provider counts the surplus we sent back too; that money left the case as surplus already.
            const reported = ch.refundedTotal - (surplusRefunded.get(cur.id) ?? 0n);
            const total = reported > cur.amountMinor ? cur.amountMinor : reported;
            const delta = total - cur.refundedMinor;
            if (delta > 0n) {
              confirmed -= delta;
              transfers.push({ kind: 'refund', debit: account.refunds(), credit: account.caseHolding(cur.caseId), amount: delta, refs: { caseId: cur.caseId, needId: cur.needId, pledgeId: cur.id } });
              next.refundedMinor = total;
              if (total === cur.amountMinor) next.status = 'refunded';
              outcome = 'refunded';
            } else outcome = 'refund_recorded';
            break;
          }
          case 'disputed':
          case 'dispute_closed': {
            if (cur.status === 'reserved') {
              // A dispute implies the payment succeeded: confirm first (events may arrive in any order).
              fund(cur, true);
              Object.assign(next, { status: 'confirmed', confirmedAt: now });
            }
            if (cur.status === 'released') {
              outcome = 'already_settled';
              break;
            }
            const open = cur.amountMinor - cur.refundedMinor;
            const disputed = ch.amount && ch.amount > 0n && ch.amount < open ? ch.amount : open;
            if (!cur.disputedAt) next.disputedAt = now;
            if (ch.kind === 'disputed') {
              if (cur.disputeStatus === null || cur.disputeStatus === 'won') Object.assign(next, { disputeStatus: 'open', disputedMinor: disputed });
              outcome = 'disputed';
              break;
            }
            if (cur.disputeStatus === 'lost') {
              outcome = 'dispute_lost';
              break;
            }
            if (ch.won) {
              Object.assign(next, { disputeStatus: 'won', disputedMinor: cur.disputedMinor || disputed });
              outcome = 'dispute_won';
              break;
            }
            // Lost: the bank took the money back. It leaves the case like a refund, as far as the case still
            // holds it (the open dispute kept it from being paid out); any rest was paid out before the dispute.
            const want = cur.disputeStatus === 'open' && cur.disputedMinor > 0n && cur.disputedMinor < open ? cur.disputedMinor : disputed;
            const room = confirmed + need.claimedMinor - need.disbursedMinor;
            const take = want < room ? want : room > 0n ? room : 0n;
            if (take > 0n) {
              confirmed -= take;
              transfers.push({ kind: 'refund', debit: account.refunds(), credit: account.caseHolding(cur.caseId), amount: take, refs: { caseId: cur.caseId, needId: cur.needId, pledgeId: cur.id, chargeback: true } });
            }
            if (take < want) {
              audits.push({ actorUserId: r.actorUserId, action: 'pledge.chargeback.uncovered', entityType: 'Pledge', entityId: cur.id, regionCode: kase.regionCode, after: maskForAudit({ lost: want, takenFromCase: take, alreadyPaidOut: want - take }), requestId: r.requestId ?? null });
            }
            Object.assign(next, { disputeStatus: 'lost', disputedMinor: want, refundedMinor: cur.refundedMinor + take });
            if (next.refundedMinor === cur.amountMinor) next.status = 'refunded';
            outcome = 'dispute_lost';
            break;
          }
        }
        if (
          next.status !== cur.status ||
          next.releaseReason !== cur.releaseReason ||
          next.refundedMinor !== cur.refundedMinor ||
          next.disputedAt !== cur.disputedAt ||
          next.disputeStatus !== cur.disputeStatus ||
          next.disputedMinor !== cur.disputedMinor ||
          next.offlineReference !== cur.offlineReference ||
          next.refundRequestedAt !== cur.refundRequestedAt
        ) {
          changed.set(cur.id, next);
          audits.push({ actorUserId: r.actorUserId, action: `pledge.${outcome}`, entityType: 'Pledge', entityId: cur.id, regionCode: kase.regionCode, before: maskForAudit({ status: cur.status, refunded: cur.refundedMinor }), after: maskForAudit({ status: next.status, reason: next.releaseReason, refunded: next.refundedMinor, event: r.event?.eventId ?? null }), requestId: r.requestId ?? null });
          notify.push(next);
          if (outcome === 'late_payment_needs_refund' && !cur.refundRequestedAt) after.push(() => this.hooks.lateRefund?.(next) ?? Promise.resolve());
          if (outcome === 'released') after.push(() => this.hooks.released?.(next) ?? Promise.resolve());
        }
        if (r.event) {
          const store = storing.has(r) ? { type: r.event.type, payment_ref: r.event.paymentRef, payload: r.event.payload ?? {} } : undefined;
          processedEvents.push({ provider: r.event.provider, event_id: r.event.eventId, outcome, ...store });
        }
        const final = next;
        answers.push(() => job.resolve({ pledge: final, outcome }));
      }

      // Writes, each once for the whole batch.
      const onConfirmed = this.hooks.confirmed;
      if (onConfirmed && confirmedNow.length > 0) {
        confirmed += await onConfirmed(tx, { pledges: confirmedNow.map((p) => ({ ...p, status: 'confirmed', confirmedAt: p.confirmedAt ?? now })), room: unlocked ? null : remaining(), afterCommit });
      }
      if (inserts.length > 0) {
        const made = await insertPledges(tx, inserts.map((i) => i.values));
        // A key that clashed was committed meanwhile by another process (a retry sent to both):
        // the same request gets that pledge, a different one is refused.
        const clashed = inserts.filter((i) => !made.has(i.values.id));
        const winners = clashed.length > 0 ? await this.findByKeys(tx, clashed.map((i) => i.job)) : new Map<string, PledgeRecord>();
        for (const i of inserts) {
          const p = i.values;
          if (!made.has(p.id)) {
            reserved -= p.amountMinor;
            const d = i.job.draft;
            const winner = winners.get(`${d.donorUserId}\u0000${d.idempotencyKey}`);
            if (winner && winner.requestedMinor === d.amount && winner.needId === d.needId && winner.method === d.method) {
              answers.push(() => i.job.resolve({ pledge: winner, created: false }));
            } else {
              answers.push(() => i.job.reject(new ConflictError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different pledge.', ['input', 'idempotencyKey'])));
            }
            continue;
          }
          audits.push({ actorUserId: p.donorUserId, action: 'pledge.create', entityType: 'Pledge', entityId: p.id, regionCode: kase.regionCode, after: maskForAudit({ amount: p.amountMinor, requested: p.requestedMinor, method: p.method, organizationId: p.organizationId, anonymous: p.anonymous }), requestId: i.job.draft.requestId });
          notify.push(p);
          answers.push(() => i.job.resolve({ pledge: p, created: true }));
        }
      }
      if (changed.size > 0) {
        const json = JSON.stringify(
          [...changed.values()].map((p) => ({
            id: p.id,
            status: p.status,
            release_reason: p.releaseReason,
            confirmed_at: p.confirmedAt?.toISOString() ?? null,
            released_at: p.releasedAt?.toISOString() ?? null,
            refunded_minor: p.refundedMinor.toString(),
            refund_requested_at: p.refundRequestedAt?.toISOString() ?? null,
            disputed_at: p.disputedAt?.toISOString() ?? null,
            dispute_status: p.disputeStatus,
            disputed_minor: p.disputedMinor.toString(),
            offline_reference: p.offlineReference,
          })),
        );
        await tx.execute(sql`UPDATE pledges AS p SET status = x.status, release_reason = x.release_reason, confirmed_at = x.confirmed_at, released_at = x.released_at,
            refunded_minor = x.refunded_minor, refund_requested_at = x.refund_requested_at, disputed_at = x.disputed_at, dispute_status = x.dispute_status, disputed_minor = x.disputed_minor,
            offline_reference = x.offline_reference, updated_at = now()
          FROM jsonb_to_recordset(${json}::jsonb) AS x(id uuid, status text, release_reason text, confirmed_at timestamptz, released_at timestamptz, refunded_minor bigint,
            refund_requested_at timestamptz, disputed_at timestamptz, dispute_status text, disputed_minor bigint, offline_reference text)
          WHERE p.id = x.id`);
      }
      await postTransfers(tx, transfers);
      const moved = reserved !== need.reservedMinor || confirmed !== need.confirmedMinor;
      if (moved || notify.length > 0) {
        const donorChanges = new DonorChanges();
        for (const [id, p] of changed) donorChanges.note(known.get(id), p);
        const funding = await this.writeNeedAndCase(
          tx,
          kase,
          need.id,
          reserved - need.reservedMinor,
          confirmed - need.confirmedMinor,
          batch.find((j) => j.type === 'settle')?.req.actorUserId ?? null,
          audits,
          processedEvents,
          donorChanges,
          afterCommit,
        );
        afterCommit(() => this.announce(kase, funding, notify));
      } else {
        // Nothing moved (repeats, refused requests): still record what was seen.
        if (audits.length > 0) await tx.insert(auditEvents).values(audits);
        if (processedEvents.length > 0) {
          const events = eventWrites(processedEvents);
          const { rows } = (await tx.execute(sql`WITH ${events.ctes} SELECT (SELECT count(*) FROM evs)::int AS stored`)) as unknown as { rows: { stored: number }[] };
          events.check(Number(rows[0]?.stored));
        }
      }
    });
    if (after.length === 0) {
      for (const a of answers) a();
      return;
    }
    // Provider follow-ups (cancel a released PaymentIntent, refund a late payment) finish before the
    // answers, but outside this lane: they may feed events back into it.
    void Promise.allSettled(after.map((task) => task())).then(() => {
      for (const a of answers) a();
    });
  }

  /** After a commit: the case's figures to its watchers and region, and each changed pledge to its donor. */
  private announce(kase: { id: string; regionCode: string }, funding: CaseFundingModel, changed: readonly PledgeRecord[]): void {
    const rooms: RoomName[] = [`case:${kase.id}`, `region:${kase.regionCode}`];
    this.live.emit(rooms, 'case.funding', { ...fundingPayload(funding), at: new Date().toISOString() });
    for (const p of changed) announcePledge(this.live, p);
  }

  /**
   * A batch of new pledges that all fit, in one statement (see the class comment). Answers
   * false, having changed nothing, when they do not all fit or the case is not open and in
   * progress; the batch then goes the locked way, which decides each pledge on its own.
   */
  private async reserveInOneStatement(needId: string, batch: ReserveJob[]): Promise<boolean> {
    const caseId = batch[0]?.draft.caseId;
    if (caseId === undefined) return true;
    // The same key twice in a batch, or another case's need: the locked way answers those.
    const keys = new Set(batch.map((j) => `${j.draft.donorUserId}\u0000${j.draft.idempotencyKey}`));
    if (keys.size !== batch.length || batch.some((j) => j.draft.caseId !== caseId || j.draft.needId !== needId)) return false;
    const total = batch.reduce((sum, j) => sum + j.draft.amount, 0n);
    const hint = this.roomHint.get(needId);
    if (hint !== undefined && hint < total) return false;
    const now = new Date();
    const records = batch.map((j) => newPledgeRecord(j.draft, j.draft.amount, now));
    const audits = records.map((p, i) => ({
      actor_user_id: p.donorUserId,
      entity_id: p.id,
      after: maskForAudit({ amount: p.amountMinor, requested: p.requestedMinor, method: p.method, organizationId: p.organizationId, anonymous: p.anonymous }),
      request_id: batch[i]?.draft.requestId ?? null,
    }));
    let r: Awaited<ReturnType<typeof reserveStatement>>;
    try {
      r = await reserveStatement(this.db, { needId, caseId, records, audits });
    } catch (err) {
      // A key inserted meanwhile by another process, or a database check refusing the change:
      // the statement wrote nothing, and the locked way answers each pledge.
      if (isPgError(err, '23505')) return false;
      if (isPgError(err, '23514')) {
        this.options.logger?.warn({ needId, pledges: batch.length }, 'a database check refused a one-statement reservation; deciding it under the need lock');
        return false;
      }
      throw err;
    }
    if (r.room !== null) this.roomHint.set(needId, r.room);
    if (!r.ok) return false;
    // A key already taken: the same request (a retry) gets that pledge, a different one is refused.
    const clashed = batch.filter((_, i) => !r.made.has((records[i] as PledgeRecord).id));
    const winners = clashed.length > 0 ? await this.findByKeys(this.db, clashed) : new Map<string, PledgeRecord>();
    const created = records.filter((p) => r.made.has(p.id));
    if (r.funding) this.announce({ id: caseId, regionCode: r.regionCode }, r.funding, created);
    batch.forEach((job, i) => {
      const p = records[i] as PledgeRecord;
      if (r.made.has(p.id)) return job.resolve({ pledge: p, created: true });
      const d = job.draft;
      const winner = winners.get(`${d.donorUserId}\u0000${d.idempotencyKey}`);
      if (winner && winner.requestedMinor === d.amount && winner.needId === d.needId && winner.method === d.method) job.resolve({ pledge: winner, created: false });
      else job.reject(new ConflictError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different pledge.', ['input', 'idempotencyKey']));
    });
    return true;
  }

  private async findByKeys(db: Db | Tx, batch: Job[]): Promise<Map<string, PledgeRecord>> {
    const byKey = new Map<string, PledgeRecord>();
    const keys = batch.flatMap((j) => (j.type === 'reserve' ? [j.draft.idempotencyKey] : []));
    if (keys.length === 0) return byKey;
    const donors = [...new Set(batch.flatMap((j) => (j.type === 'reserve' ? [j.draft.donorUserId] : [])))];
    for (const p of await db.select().from(pledges).where(and(sql`${pledges.idempotencyKey} = ANY(${textArray(keys)}::text[])`, sql`${pledges.donorUserId} = ANY(${uuidArray(donors)}::uuid[])`))) {
      byKey.set(`${p.donorUserId}\u0000${p.idempotencyKey}`, p);
    }
    return byKey;
  }

  /**
   * One statement for the rest of the batch: the need moved by the batch's changes (relative, so
   * a batch that did not hold the lock until now is exact too), the case's version, the audit rows
   * and the processed events, reading back the case's figures and status. Then the funding status
   * move, when there is one (rare, so a statement of its own).
   */
  private async writeNeedAndCase(
    tx: Tx,
    kase: { id: string; regionCode: string },
    needId: string,
    reservedChange: bigint,
    confirmedChange: bigint,
    actorUserId: string | null,
    audits: (typeof auditEvents.$inferInsert)[],
    processedEvents: ProcessedEvent[],
    donorChanges: DonorChanges,
    afterCommit: AfterCommit,
  ): Promise<CaseFundingModel> {
    const donors = donorCountSql(kase.id, donorChanges, sql`SELECT 1 FROM upd`);
    const events = eventWrites(processedEvents);
    const auditJson = JSON.stringify(
      audits.map((a) => ({ actor_user_id: a.actorUserId ?? null, action: a.action, entity_type: a.entityType, entity_id: a.entityId, region_code: a.regionCode ?? null, before: a.before ?? null, after: a.after ?? null, request_id: a.requestId ?? null })),
    );
    // Other needs are read as committed; this need's new values come from here (a CTE cannot see its own update).
    const final = sql`
      WITH upd AS (
        UPDATE case_needs SET reserved_minor = reserved_minor + ${reservedChange.toString()}::bigint, confirmed_minor = confirmed_minor + ${confirmedChange.toString()}::bigint,
               version = version + 1, updated_at = now()
         WHERE id = ${needId} RETURNING amount_minor, reserved_minor, confirmed_minor, claimed_minor),
      ${donors.ctes},
      -- The case row is locked after the need's and the donors' (its WHERE reads upd, its SET reads dn): need → donors → case, like every batch.
      c AS (UPDATE cases SET version = version + 1, donor_count = donor_count + ${donors.increment}, updated_at = now()
             WHERE id = ${kase.id} AND EXISTS (SELECT 1 FROM upd) RETURNING version, status, donor_count),
      aud AS (
        INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, region_code, before, after, request_id)
        SELECT x.actor_user_id, x.action, x.entity_type, x.entity_id, x.region_code, x.before, x.after, x.request_id
          FROM jsonb_to_recordset(${auditJson}::jsonb) AS x(actor_user_id uuid, action text, entity_type text, entity_id text, region_code text, before jsonb, after jsonb, request_id text)
        RETURNING 1),
      ${events.ctes}
      SELECT (SELECT version FROM c) AS version,
             (SELECT status FROM c) AS status,
             (SELECT count(*) FROM aud)::int AS audited,
             (SELECT count(*) FROM evs)::int AS stored_events,
             (SELECT amount_minor::text FROM upd) AS need_amount,
             (SELECT reserved_minor::text FROM upd) AS need_reserved,
             (SELECT confirmed_minor::text FROM upd) AS need_confirmed,
             (SELECT claimed_minor::text FROM upd) AS need_claimed,
             coalesce(sum(n.amount_minor), 0)::text AS amount,
             coalesce(sum(n.reserved_minor), 0)::text AS reserved,
             coalesce(sum(n.confirmed_minor), 0)::text AS confirmed,
             coalesce(sum(n.claimed_minor), 0)::text AS claimed,
             (count(*) FILTER (WHERE n.confirmed_minor + n.claimed_minor < n.amount_minor))::int AS open,
             (SELECT donor_count FROM c) AS donors
        FROM case_needs n WHERE n.case_id = ${kase.id} AND n.id <> ${needId}`;
    const { rows } = (await tx.execute(final)) as unknown as { rows: Record<string, unknown>[] };
    const r = rows[0] as FiguresRow & { status: CaseStatus | null; claimed: string; open: number; stored_events: number };
    if (r.need_amount === null || r.version === null || r.status === null || Number(r.audited) !== audits.length) throw new Error(`batch write for need ${needId} did not apply`);
    events.check(Number(r.stored_events));
    const need = { amount: BigInt(r.need_amount), reserved: BigInt(r.need_reserved), confirmed: BigInt(r.need_confirmed), claimed: BigInt(r.need_claimed) };
    this.roomHint.set(needId, need.amount - need.reserved - need.confirmed - need.claimed);
    const totals = {
      amount: BigInt(r.amount) + need.amount,
      reserved: BigInt(r.reserved) + need.reserved,
      confirmed: BigInt(r.confirmed) + need.confirmed,
      claimed: BigInt(r.claimed) + need.claimed,
      fullyCovered: Number(r.open) === 0 && need.confirmed + need.claimed >= need.amount,
    };
    const current = { ...kase, status: r.status };
    await applyFundingStatus(tx, current, fundingStatusAfter(current.status, totals), actorUserId, { live: this.live, afterCommit });
    return { caseId: kase.id, target: totals.amount, confirmed: totals.confirmed, reserved: totals.reserved, donors: Number(r.donors), version: Number(r.version) };
  }
}

export function fundingPayload(f: CaseFundingModel) {
  return { caseId: f.caseId, target: f.target.toString(), confirmed: f.confirmed.toString(), reserved: f.reserved.toString(), donors: f.donors, version: f.version };
}

/** What a batch's last statement reads back: the case version, the need's new figures, the other needs' sums, the donors. */
type FiguresRow = {
  version: number | null;
  audited: number;
  need_amount: string | null;
  need_reserved: string;
  need_confirmed: string;
  need_claimed: string;
  amount: string;
  reserved: string;
  confirmed: string;
  donors: number;
};

/** A payment event a batch processed: stored before (only its outcome is recorded), or stored now with it. */
type ProcessedEvent = { provider: string; event_id: string; outcome: string; type?: string; payment_ref?: string | null; payload?: unknown };

/**
 * Two CTEs recording a batch's processed events: `ev` marks those stored before as processed,
 * `evs` stores the new ones already processed (one row each, written once). `check` throws when
 * a new one was there already, which the pledge locks rule out; the batch then writes nothing.
 */
function eventWrites(events: readonly ProcessedEvent[]): { ctes: SQL; check: (stored: number) => void } {
  const seen = events.filter((e) => e.type === undefined);
  const fresh = events.filter((e) => e.type !== undefined);
  const ev =
    seen.length === 0
      ? sql`SELECT 1 WHERE false`
      : sql`UPDATE payment_events AS e SET processed_at = now(), outcome = x.outcome
          FROM jsonb_to_recordset(${JSON.stringify(seen)}::jsonb) AS x(provider text, event_id text, outcome text)
         WHERE e.provider = x.provider AND e.event_id = x.event_id
        RETURNING 1`;
  const evs =
    fresh.length === 0
      ? sql`SELECT 1 WHERE false`
      : sql`INSERT INTO payment_events (provider, event_id, type, payment_ref, payload, processed_at, outcome)
        SELECT x.provider, x.event_id, x.type, x.payment_ref, x.payload, now(), x.outcome
          FROM jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) AS x(provider text, event_id text, type text, payment_ref text, payload jsonb, outcome text)
        ON CONFLICT DO NOTHING
        RETURNING 1`;
  return {
    ctes: sql`ev AS (${ev}), evs AS (${evs})`,
    check: (stored) => {
      if (stored !== fresh.length) throw new Error(`${fresh.length - stored} payment event(s) of a batch were stored meanwhile`);
    },
  };
}

/** Whether an error (or the error it wraps) is a PostgreSQL error with this SQLSTATE code. */
function isPgError(err: unknown, code: string): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === code) return true;
  }
  return false;
}

/** Whether an error is one the caller should see as is (a refusal), not a fault. */
export const isRefusal = (err: unknown): err is DomainError => err instanceof DomainError;

/** New pledges as one JSON parameter, for `jsonb_to_recordset(...) AS x(${PLEDGE_COLUMNS})`. */
function pledgesJson(rows: readonly PledgeRecord[]): string {
  return JSON.stringify(
    rows.map((p) => ({
      id: p.id,
      case_id: p.caseId,
      need_id: p.needId,
      donor_user_id: p.donorUserId,
      organization_id: p.organizationId,
      amount_minor: p.amountMinor.toString(),
      requested_minor: p.requestedMinor.toString(),
      method: p.method,
      status: p.status,
      anonymous: p.anonymous,
      message: p.message,
      idempotency_key: p.idempotencyKey,
      payment_ref: p.paymentRef,
      surplus_preference: p.surplusPreference,
      expires_at: p.expiresAt.toISOString(),
      created_at: p.createdAt.toISOString(),
    })),
  );
}

const PLEDGE_COLUMNS = sql.raw(`id uuid, case_id uuid, need_id uuid, donor_user_id uuid, organization_id uuid, amount_minor bigint, requested_minor bigint,
  method text, status text, anonymous boolean, message text, idempotency_key text, payment_ref text, surplus_preference text, expires_at timestamptz, created_at timestamptz`);
const INSERT_PLEDGES = sql.raw(`INSERT INTO pledges (id, case_id, need_id, donor_user_id, organization_id, amount_minor, requested_minor, method, status, anonymous, message,
                     idempotency_key, payment_ref, surplus_preference, expires_at, created_at, updated_at)
SELECT x.id, x.case_id, x.need_id, x.donor_user_id, x.organization_id, x.amount_minor, x.requested_minor, x.method, x.status, x.anonymous, x.message,
       x.idempotency_key, x.payment_ref, x.surplus_preference, x.expires_at, x.created_at, x.created_at`);

/** New pledges in one statement; answers the ids that were inserted (a clash on a unique key is skipped). */
async function insertPledges(tx: Tx, rows: readonly PledgeRecord[]): Promise<Set<string>> {
  const { rows: made } = (await tx.execute(sql`
    ${INSERT_PLEDGES}
      FROM jsonb_to_recordset(${pledgesJson(rows)}::jsonb) AS x(${PLEDGE_COLUMNS})
    ON CONFLICT DO NOTHING
    RETURNING id`)) as unknown as { rows: { id: string }[] };
  return new Set(made.map((r) => String(r.id)));
}

/** A new pledge as the batch inserts it: reserved for `amount` of what the donor asked. */
function newPledgeRecord(d: PledgeDraft, amount: bigint, now: Date): PledgeRecord {
  return {
    id: crypto.randomUUID(),
    caseId: d.caseId,
    needId: d.needId,
    donorUserId: d.donorUserId,
    organizationId: d.organizationId,
    amountMinor: amount,
    requestedMinor: d.amount,
    method: d.method,
    status: 'reserved',
    releaseReason: null,
    anonymous: d.anonymous,
    message: d.message,
    idempotencyKey: d.idempotencyKey,
    paymentRef: d.paymentRef,
    offlineReference: null,
    refundedMinor: 0n,
    refundRequestedAt: null,
    disputedAt: null,
    disputeStatus: null,
    disputedMinor: 0n,
    expiresAt: d.expiresAt,
    confirmedAt: null,
    releasedAt: null,
    details: null,
    surplusPreference: d.surplusPreference ?? 'redirect',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * New pledges for one need of a case in progress, in one statement, when all of them fit: adds
 * them to the need's reserved amount by an update guarded by the room and the case (re-checked on
 * the newest row version when another process changed it meanwhile, the need row staying locked
 * to the end of the statement), then inserts the pledges, bumps the case version and writes the
 * audit rows; reads back the case's figures. A pledge whose key is already taken is left out
 * (the caller answers it). Answers ok = false, having written nothing, when they do not all fit
 * or the case is not open and in progress.
 */
async function reserveStatement(
  db: Db,
  a: { needId: string; caseId: string; records: readonly PledgeRecord[]; audits: { actor_user_id: string; entity_id: string; after: unknown; request_id: string | null }[] },
): Promise<{ ok: boolean; room: bigint | null; made: Set<string>; regionCode: string; funding: CaseFundingModel | null }> {
  const { rows } = (await db.execute(sql`
    WITH x AS (SELECT * FROM jsonb_to_recordset(${pledgesJson(a.records)}::jsonb) AS x(${PLEDGE_COLUMNS})),
    -- Keys already taken, looked up one by one in their index (a join would be planned for the
    -- hundred rows a function is assumed to return, and scan every pledge until the table is large).
    fresh AS (
      SELECT x.* FROM x
        LEFT JOIN LATERAL (SELECT 1 AS taken FROM pledges p WHERE p.donor_user_id = x.donor_user_id AND p.idempotency_key = x.idempotency_key LIMIT 1) k ON true
       WHERE k.taken IS NULL),
    upd AS (
      UPDATE case_needs AS n SET reserved_minor = n.reserved_minor + t.total, version = n.version + 1, updated_at = now()
        FROM cases AS c, (SELECT sum(amount_minor) AS total FROM fresh) AS t
       WHERE n.id = ${a.needId} AND n.case_id = ${a.caseId} AND c.id = n.case_id AND c.published AND c.status = 'in_progress'
         AND t.total IS NOT NULL AND n.amount_minor - n.reserved_minor - n.confirmed_minor - n.claimed_minor >= t.total
      RETURNING n.amount_minor, n.reserved_minor, n.confirmed_minor, n.claimed_minor, c.region_code),
    ins AS (
      ${INSERT_PLEDGES}
        FROM fresh AS x
       WHERE EXISTS (SELECT 1 FROM upd)
      RETURNING id),
    -- The case row is locked after the need's (its WHERE reads upd): need → case, like every batch.
    c AS (UPDATE cases SET version = version + 1, updated_at = now() WHERE id = ${a.caseId} AND EXISTS (SELECT 1 FROM upd) RETURNING version, donor_count),
    aud AS (
      INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, region_code, after, request_id)
      SELECT x.actor_user_id, 'pledge.create', 'Pledge', x.entity_id, (SELECT region_code FROM upd), x.after, x.request_id
        FROM jsonb_to_recordset(${JSON.stringify(a.audits)}::jsonb) AS x(actor_user_id uuid, entity_id text, after jsonb, request_id text)
       WHERE x.entity_id::uuid IN (SELECT id FROM ins)
      RETURNING 1)
    SELECT (SELECT count(*) FROM upd)::int AS ok,
           (SELECT (amount_minor - reserved_minor - confirmed_minor - claimed_minor)::text FROM case_needs WHERE id = ${a.needId}) AS room,
           (SELECT region_code FROM upd) AS region_code,
           (SELECT coalesce(json_agg(id), '[]'::json) FROM ins) AS made,
           (SELECT count(*) FROM aud)::int AS audited,
           (SELECT version FROM c) AS version,
           (SELECT amount_minor::text FROM upd) AS need_amount,
           (SELECT reserved_minor::text FROM upd) AS need_reserved,
           (SELECT confirmed_minor::text FROM upd) AS need_confirmed,
           (SELECT claimed_minor::text FROM upd) AS need_claimed,
           coalesce(sum(n.amount_minor), 0)::text AS amount,
           coalesce(sum(n.reserved_minor), 0)::text AS reserved,
           coalesce(sum(n.confirmed_minor), 0)::text AS confirmed,
           (SELECT donor_count FROM c) AS donors
      FROM case_needs n WHERE n.case_id = ${a.caseId} AND n.id <> ${a.needId}`)) as unknown as {
    rows: Record<string, unknown>[];
  };
  const r = rows[0] as FiguresRow & { ok: number; room: string | null; region_code: string | null; made: string[] | string };
  // node-postgres parses json; PGlite may hand it over as text.
  const made = new Set((typeof r.made === 'string' ? (JSON.parse(r.made) as string[]) : r.made).map(String));
  if (Number(r.ok) !== 1) return { ok: false, room: r.room === null ? null : BigInt(r.room), made, regionCode: r.region_code ?? '', funding: null };
  if (r.need_amount === null || r.version === null || Number(r.audited) !== made.size) throw new Error(`reservation for need ${a.needId} did not apply`);
  const need = { amount: BigInt(r.need_amount), reserved: BigInt(r.need_reserved), confirmed: BigInt(r.need_confirmed), claimed: BigInt(r.need_claimed) };
  const funding =
    made.size === 0
      ? null
      : {
          caseId: a.caseId,
          target: BigInt(r.amount) + need.amount,
          reserved: BigInt(r.reserved) + need.reserved,
          confirmed: BigInt(r.confirmed) + need.confirmed,
          donors: Number(r.donors),
          version: Number(r.version),
        };
  return { ok: true, room: need.amount - need.reserved - need.confirmed - need.claimed, made, regionCode: r.region_code ?? '', funding };
}
