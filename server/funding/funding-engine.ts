import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { textArray, uuidArray } from '../db/arrays';
import { maskForAudit } from '../audit/audit';
import { auditEvents } from '../audit/audit.table';
import { caseNeeds, cases, type CaseStatus } from '../cases/case.table';
import { ConflictError, DomainError, NotFoundError, UserInputError } from '../common/errors';
import { formatYuan } from '../common/money';
import type { Db, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import { account, postTransfers, type Transfer } from '../ledger/ledger';
import type { LiveHub } from '../live/live-hub';
import type { RoomName } from '../live/events';
import type { CaseFundingModel, PledgeRecord } from '../pledges/pledge.model';
import { pledges, type PaymentMethod, type ReleaseReason, type SurplusPreference } from '../pledges/pledge.table';
import { applyFundingStatus, fundingStatusAfter } from './case-status';

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
  event?: { provider: string; eventId: string };
  /** Store the event in the batch's own transaction (once; a repeat is answered `duplicate`). */
  storeEvent?: { type: string; paymentRef: string | null; payload: unknown };
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
   * order (receipts, matching). `room` is what the need can still take; returns how much more
   * it confirmed into the same need (matches), which the engine adds to the need's confirmed amount.
   */
  confirmed?: (tx: Tx, c: { pledges: PledgeRecord[]; room: bigint; afterCommit: AfterCommit }) => Promise<bigint>;
}

type Job =
  | { type: 'reserve'; draft: PledgeDraft; resolve: (r: ReserveResult) => void; reject: (e: unknown) => void }
  | { type: 'settle'; req: SettleRequest; resolve: (r: SettleResult) => void; reject: (e: unknown) => void };

interface Lane {
  queue: Job[];
  running: boolean;
}

const MAX_BATCH = 400;

/**
 * Group commit per need. Every change to a need's reserved or confirmed amount goes
 * through this engine: requests for one need queue up, and one transaction at a time
 * locks the need row (FOR UPDATE: correct across processes too), applies as many as it
 * can, writes pledges, ledger and audit together, bumps the case version and commits.
 * Each waiting request gets its own answer; a refusal of one never fails the others.
 */
export class FundingEngine {
  private readonly lanes = new Map<string, Lane>();
  hooks: AfterSettleHooks = {};

  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    /** separateConnections: the database has a pool (PostgreSQL), so lookups may run beside the batch's transaction. */
    private readonly options: { separateConnections: boolean } = { separateConnections: false },
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
    let lane = this.lanes.get(needId);
    if (!lane) {
      lane = { queue: [], running: false };
      this.lanes.set(needId, lane);
    }
    lane.queue.push(job);
    if (!lane.running) void this.drain(needId, lane);
  }

  private async drain(needId: string, lane: Lane): Promise<void> {
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
      if (lane.queue.length === 0) this.lanes.delete(needId);
      else void this.drain(needId, lane);
    }
  }

  private async runBatch(needId: string, batch: Job[]): Promise<void> {
    const answers: (() => void)[] = [];
    const after: (() => Promise<void>)[] = [];
    // Idempotency keys are looked up on another connection while this one takes the lock;
    // a key that appears in between is caught by the insert's ON CONFLICT below.
    const keyLookup = this.options.separateConnections ? this.findByKeys(this.db, batch) : undefined;
    keyLookup?.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    await inTransaction(this.db, async (tx, afterCommit) => {
      const [locked] = await tx
        .select({ need: caseNeeds, status: cases.status, published: cases.published, regionCode: cases.regionCode })
        .from(caseNeeds)
        .innerJoin(cases, eq(cases.id, caseNeeds.caseId))
        .where(eq(caseNeeds.id, needId))
        .for('update', { of: caseNeeds });
      const byKey = await (keyLookup ?? this.findByKeys(tx, batch));
      if (!locked) {
        for (const job of batch) answers.push(() => job.reject(new NotFoundError('The case need')));
        return;
      }
      const need = locked.need;
      const kase = { id: need.caseId, status: locked.status, published: locked.published, regionCode: locked.regionCode };
      const pledgeable = kase.published && PLEDGEABLE_STATUSES.includes(kase.status);
      let reserved = need.reservedMinor;
      let confirmed = need.confirmedMinor;
      const remaining = () => need.amountMinor - reserved - confirmed - need.claimedMinor;

      // The pledges the settle requests refer to (their changes happen only under this lock).
      const ids = batch.flatMap((j) => (j.type === 'settle' ? [j.req.pledgeId] : []));
      const known = new Map<string, PledgeRecord>();
      if (ids.length > 0) for (const p of await tx.select().from(pledges).where(sql`${pledges.id} = ANY(${uuidArray(ids)}::uuid[])`)) known.set(p.id, p);

      // Surplus already returned to these donors (refund events report it in their totals).
      const refundedIds = batch.flatMap((j) => (j.type === 'settle' && j.req.change.kind === 'refunded' ? [j.req.pledgeId] : []));
      const surplusRefunded = new Map<string, bigint>();
      if (refundedIds.length > 0) {
        const { rows: sr } = (await tx.execute(sql`SELECT pledge_id, sum(refunded_minor)::text AS refunded FROM surplus_allocations WHERE pledge_id = ANY(${uuidArray(refundedIds)}::uuid[]) GROUP BY pledge_id`)) as unknown as { rows: { pledge_id: string; refunded: string }[] };
        for (const r of sr) surplusRefunded.set(String(r.pledge_id), BigInt(r.refunded));
      }

      // Events stored here, with the change they cause: one that was stored before is a repeat.
      const toStore = batch.flatMap((j) => (j.type === 'settle' && j.req.storeEvent && j.req.event ? [j.req] : []));
      const duplicates = new Set<SettleRequest>();
      if (toStore.length > 0) {
        const json = JSON.stringify(toStore.map((r) => ({ provider: r.event?.provider, event_id: r.event?.eventId, type: r.storeEvent?.type, payment_ref: r.storeEvent?.paymentRef ?? null, payload: r.storeEvent?.payload ?? {} })));
        const { rows: stored } = (await tx.execute(sql`
          INSERT INTO payment_events (provider, event_id, type, payment_ref, payload)
          SELECT x.provider, x.event_id, x.type, x.payment_ref, x.payload FROM jsonb_to_recordset(${json}::jsonb) AS x(provider text, event_id text, type text, payment_ref text, payload jsonb)
          ON CONFLICT DO NOTHING
          RETURNING provider, event_id AS "eventId"`)) as unknown as { rows: { provider: string; eventId: string }[] };
        const fresh = new Set(stored.map((x) => `${x.provider}\u0000${x.eventId}`));
        for (const r of toStore) if (!fresh.has(`${r.event?.provider}\u0000${r.event?.eventId}`)) duplicates.add(r);
      }

      const now = new Date();
      const inserts: { job: Extract<Job, { type: 'reserve' }>; values: PledgeRecord }[] = [];
      const changed = new Map<string, PledgeRecord>();
      const transfers: Transfer[] = [];
      const audits: (typeof auditEvents.$inferInsert)[] = [];
      const processedEvents: { provider: string; event_id: string; outcome: string }[] = [];
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
          inserts.push({
            job,
            values: {
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
            },
          });
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
        if (r.event) processedEvents.push({ provider: r.event.provider, event_id: r.event.eventId, outcome });
        const final = next;
        answers.push(() => job.resolve({ pledge: final, outcome }));
      }

      // Writes, each once for the whole batch.
      const onConfirmed = this.hooks.confirmed;
      if (onConfirmed && confirmedNow.length > 0) {
        confirmed += await onConfirmed(tx, { pledges: confirmedNow.map((p) => ({ ...p, status: 'confirmed', confirmedAt: p.confirmedAt ?? now })), room: remaining(), afterCommit });
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
        const funding = await this.writeNeedAndCase(tx, kase, need, reserved, confirmed, batch.find((j) => j.type === 'settle')?.req.actorUserId ?? null, audits, processedEvents, afterCommit);
        const rooms: RoomName[] = [`case:${kase.id}`, `region:${kase.regionCode}`];
        afterCommit(() => {
          this.live.emit(rooms, 'case.funding', { ...fundingPayload(funding), at: new Date().toISOString() });
          for (const p of notify) {
            const payload = { pledgeId: p.id, caseId: p.caseId, status: p.status, amount: p.amountMinor.toString(), releaseReason: p.releaseReason, sandbox: p.method === 'sandbox' };
            const to: RoomName[] = [`user:${p.donorUserId}`];
            if (p.organizationId) to.push(`organization:${p.organizationId}`);
            this.live.emit(to, 'pledge.updated', payload);
          }
        });
      } else {
        // Nothing moved (repeats, refused requests): still record what was seen.
        if (audits.length > 0) await tx.insert(auditEvents).values(audits);
        if (processedEvents.length > 0) {
          await tx.execute(sql`UPDATE payment_events AS e SET processed_at = now(), outcome = x.outcome
            FROM jsonb_to_recordset(${JSON.stringify(processedEvents)}::jsonb) AS x(provider text, event_id text, outcome text)
            WHERE e.provider = x.provider AND e.event_id = x.event_id`);
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
   * One statement for the rest of the batch: the need's new totals, the case's version, the
   * audit rows and the processed events, reading back the case's figures. Then the funding
   * status move, when there is one (rare, so a statement of its own).
   */
  private async writeNeedAndCase(
    tx: Tx,
    kase: { id: string; status: CaseStatus; regionCode: string },
    need: { id: string; amountMinor: bigint; claimedMinor: bigint },
    reserved: bigint,
    confirmed: bigint,
    actorUserId: string | null,
    audits: (typeof auditEvents.$inferInsert)[],
    processedEvents: { provider: string; event_id: string; outcome: string }[],
    afterCommit: AfterCommit,
  ): Promise<CaseFundingModel> {
    const auditJson = JSON.stringify(
      audits.map((a) => ({ actor_user_id: a.actorUserId ?? null, action: a.action, entity_type: a.entityType, entity_id: a.entityId, region_code: a.regionCode ?? null, before: a.before ?? null, after: a.after ?? null, request_id: a.requestId ?? null })),
    );
    // Other needs are read as committed; this need's new values come from here (a CTE cannot see its own update).
    const { rows } = (await tx.execute(sql`
      WITH upd AS (
        UPDATE case_needs SET reserved_minor = ${reserved.toString()}::bigint, confirmed_minor = ${confirmed.toString()}::bigint, version = version + 1, updated_at = now()
         WHERE id = ${need.id} RETURNING id),
      c AS (UPDATE cases SET version = version + 1, updated_at = now() WHERE id = ${kase.id} RETURNING version),
      aud AS (
        INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, region_code, before, after, request_id)
        SELECT x.actor_user_id, x.action, x.entity_type, x.entity_id, x.region_code, x.before, x.after, x.request_id
          FROM jsonb_to_recordset(${auditJson}::jsonb) AS x(actor_user_id uuid, action text, entity_type text, entity_id text, region_code text, before jsonb, after jsonb, request_id text)
        RETURNING 1),
      ev AS (
        UPDATE payment_events AS e SET processed_at = now(), outcome = x.outcome
          FROM jsonb_to_recordset(${JSON.stringify(processedEvents)}::jsonb) AS x(provider text, event_id text, outcome text)
         WHERE e.provider = x.provider AND e.event_id = x.event_id
        RETURNING 1)
      SELECT (SELECT count(*) FROM upd)::int AS updated,
             (SELECT version FROM c) AS version,
             (SELECT count(*) FROM aud)::int AS audited,
             (SELECT count(*) FROM ev)::int AS events,
             coalesce(sum(n.amount_minor), 0)::text AS amount,
             coalesce(sum(n.reserved_minor), 0)::text AS reserved,
             coalesce(sum(n.confirmed_minor), 0)::text AS confirmed,
             coalesce(sum(n.claimed_minor), 0)::text AS claimed,
             (count(*) FILTER (WHERE n.confirmed_minor + n.claimed_minor < n.amount_minor))::int AS open,
             (SELECT count(DISTINCT coalesce(p.organization_id, p.donor_user_id)) FROM pledges p WHERE p.case_id = ${kase.id} AND p.status = 'confirmed')::int AS donors
        FROM case_needs n WHERE n.case_id = ${kase.id} AND n.id <> ${need.id}`)) as unknown as { rows: Record<string, unknown>[] };
    const r = rows[0] as { updated: number; version: number; audited: number; amount: string; reserved: string; confirmed: string; claimed: string; open: number; donors: number };
    if (Number(r.updated) !== 1 || r.version === null || Number(r.audited) !== audits.length) throw new Error(`batch write for need ${need.id} did not apply`);
    const totals = {
      amount: BigInt(r.amount) + need.amountMinor,
      reserved: BigInt(r.reserved) + reserved,
      confirmed: BigInt(r.confirmed) + confirmed,
      claimed: BigInt(r.claimed) + need.claimedMinor,
      fullyCovered: Number(r.open) === 0 && confirmed + need.claimedMinor >= need.amountMinor,
    };
    await applyFundingStatus(tx, kase, fundingStatusAfter(kase.status, totals), actorUserId, { live: this.live, afterCommit });
    return { caseId: kase.id, target: totals.amount, confirmed: totals.confirmed, reserved: totals.reserved, donors: Number(r.donors), version: Number(r.version) };
  }
}

export function fundingPayload(f: CaseFundingModel) {
  return { caseId: f.caseId, target: f.target.toString(), confirmed: f.confirmed.toString(), reserved: f.reserved.toString(), donors: f.donors, version: f.version };
}

/** Whether an error is one the caller should see as is (a refusal), not a fault. */
export const isRefusal = (err: unknown): err is DomainError => err instanceof DomainError;

/** New pledges in one statement; answers the ids that were inserted (a clash on a unique key is skipped). */
async function insertPledges(tx: Tx, rows: readonly PledgeRecord[]): Promise<Set<string>> {
  const json = JSON.stringify(
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
  const { rows: made } = (await tx.execute(sql`
    INSERT INTO pledges (id, case_id, need_id, donor_user_id, organization_id, amount_minor, requested_minor, method, status, anonymous, message,
                         idempotency_key, payment_ref, surplus_preference, expires_at, created_at, updated_at)
    SELECT x.id, x.case_id, x.need_id, x.donor_user_id, x.organization_id, x.amount_minor, x.requested_minor, x.method, x.status, x.anonymous, x.message,
           x.idempotency_key, x.payment_ref, x.surplus_preference, x.expires_at, x.created_at, x.created_at
      FROM jsonb_to_recordset(${json}::jsonb) AS x(id uuid, case_id uuid, need_id uuid, donor_user_id uuid, organization_id uuid, amount_minor bigint, requested_minor bigint,
           method text, status text, anonymous boolean, message text, idempotency_key text, payment_ref text, surplus_preference text, expires_at timestamptz, created_at timestamptz)
    ON CONFLICT DO NOTHING
    RETURNING id`)) as unknown as { rows: { id: string }[] };
  return new Set(made.map((r) => String(r.id)));
}
