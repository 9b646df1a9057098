import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { DomainError, NotFoundError, UserInputError } from '../common/errors';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { FundingEngine, SettleResult } from '../funding/funding-engine';
import type { PledgeRecord } from '../pledges/pledge.model';
import { pledges, type PaymentMethod } from '../pledges/pledge.table';
import { OfflineProvider } from './offline-provider';
import { paymentEvents } from './payment.table';
import type { PaymentProvider, ProviderEvent } from './provider';
import { SandboxProvider } from './sandbox-provider';
import { stripeEventToChange } from './stripe-events';
import { StripeProvider, createStripeClient } from './stripe-provider';

export interface IngestResult {
  duplicate: boolean;
  outcome: string;
  pledge: PledgeRecord | null;
}

/**
 * Payments behind one provider interface, and the one path by which a provider's report
 * (Stripe webhook, sandbox confirmation, reconcile) changes our books: `ingest` settles it
 * through the funding engine, which stores the event once, processed, in the same
 * transaction as the change.
 */
export class PaymentService {
  readonly sandbox: SandboxProvider;
  readonly offline = new OfflineProvider();
  readonly stripe: StripeProvider | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly engine: FundingEngine,
    private readonly config: Config,
  ) {
    this.sandbox = new SandboxProvider(config.pledges.sandboxConfirmMs, (e, p) => this.ingest(e, p));
    this.stripe = config.stripe ? new StripeProvider(createStripeClient(config.stripe.secretKey, config.stripe.apiBase), db) : undefined;
    engine.hooks = {
      lateRefund: (p) => this.provider(p.method).refund(p),
      released: (p) => this.provider(p.method).cancel(p),
    };
  }

  provider(method: PaymentMethod): PaymentProvider {
    if (method === 'sandbox') return this.sandbox;
    if (method === 'offline') return this.offline;
    if (!this.stripe) throw new UserInputError('PAYMENT_METHOD_UNAVAILABLE', 'Card, Alipay and WeChat Pay are not set up on this server; use the sandbox or an offline transfer.', ['input', 'method']);
    return this.stripe;
  }

  /** Verifies a Stripe webhook (raw body + signature) and applies it. Throws DomainErrors that map to 4xx. */
  async handleStripeWebhook(rawBody: Buffer, signature: string | undefined): Promise<IngestResult> {
    if (!this.stripe || !this.config.stripe) throw new NotFoundError('The Stripe webhook');
    let event: Stripe.Event;
    try {
      if (!signature) throw new Error('missing signature');
      event = this.stripe.stripe.webhooks.constructEvent(rawBody, signature, this.config.stripe.webhookSecret);
    } catch {
      throw new UserInputError('BAD_SIGNATURE', 'The webhook signature is not valid.');
    }
    const mapped = stripeEventToChange(event);
    if (!mapped) return { duplicate: false, outcome: 'ignored', pledge: null };
    return this.ingest({ provider: 'stripe', eventId: event.id, type: event.type, paymentRef: mapped.paymentRef, pledgeId: mapped.pledgeId, change: mapped.change, payload: event });
  }

  /** Finds the pledge an event is about: by provider reference, else by the pledge id in its metadata. */
  private async findPledge(e: ProviderEvent): Promise<PledgeRecord | undefined> {
    if (e.paymentRef) {
      const [p] = await this.db.select().from(pledges).where(eq(pledges.paymentRef, e.paymentRef));
      if (p) return p.method === e.provider ? p : undefined;
    }
    if (e.pledgeId) {
      const [p] = await this.db.select().from(pledges).where(eq(pledges.id, e.pledgeId));
      // A PaymentIntent created just before a crash may not have its id stored yet; accept it by metadata.
      if (p && p.method === e.provider && (p.paymentRef === null || p.paymentRef === e.paymentRef)) return p;
    }
    return undefined;
  }

  /**
   * Applies an event and stores it once, in the same transaction (a crash before the commit keeps
   * nothing, and the provider sends it again); a repeat of a processed event changes nothing.
   * `known`: the pledge, when the caller has it (the sandbox).
   */
  async ingest(e: ProviderEvent, known?: Pick<PledgeRecord, 'id' | 'needId' | 'paymentRef'>): Promise<IngestResult> {
    const pledge = known ?? (await this.findPledge(e));
    if (!pledge) throw new NotFoundError('The payment', 'UNKNOWN_PAYMENT');
    if (pledge.paymentRef === null && e.paymentRef) {
      await this.db.update(pledges).set({ paymentRef: e.paymentRef }).where(and(eq(pledges.id, pledge.id), isNull(pledges.paymentRef)));
    }
    const r: SettleResult = await this.engine.settle(pledge.needId, {
      pledgeId: pledge.id,
      change: e.change,
      actorUserId: null,
      event: { provider: e.provider, eventId: e.eventId, type: e.type, paymentRef: e.paymentRef ?? pledge.paymentRef, payload: toJson(e.payload) },
    });
    return { duplicate: r.outcome === 'duplicate', outcome: r.outcome, pledge: r.pledge };
  }

  /** Releases reservations past their expiry (each through the engine, so the need row is locked). */
  async expireDue(now = new Date()): Promise<number> {
    const due = await this.db
      .select({ id: pledges.id, needId: pledges.needId })
      .from(pledges)
      .where(and(eq(pledges.status, 'reserved'), lt(pledges.expiresAt, now)))
      .limit(1000);
    await Promise.all(due.map((p) => this.engine.settle(p.needId, { pledgeId: p.id, change: { kind: 'release', reason: 'expired', strict: false }, actorUserId: null }).catch(() => undefined)));
    return due.length;
  }

  /**
   * Makes our state agree with the providers' after a crash: replays stored events that
   * were never processed, asks Stripe about reserved pledges, and completes sandbox
   * payments whose timer was lost.
   */
  async reconcile(olderThanMs = 60_000): Promise<{ replayed: number; checked: number }> {
    // Compared with the database's clock, which stamped the rows.
    const cutoff = sql`now() - make_interval(secs => ${olderThanMs / 1000})`;
    let replayed = 0;
    const stale = await this.db.select().from(paymentEvents).where(and(isNull(paymentEvents.processedAt), sql`${paymentEvents.receivedAt} <= ${cutoff}`)).limit(500);
    for (const ev of stale) {
      try {
        if (ev.provider === 'stripe') {
          const mapped = stripeEventToChange(ev.payload as Stripe.Event);
          if (mapped) await this.ingest({ provider: 'stripe', eventId: ev.eventId, type: ev.type, paymentRef: mapped.paymentRef, pledgeId: mapped.pledgeId, change: mapped.change, payload: ev.payload });
        } else if (ev.provider === 'sandbox' && ev.paymentRef) {
          const [p] = await this.db.select().from(pledges).where(eq(pledges.paymentRef, ev.paymentRef));
          const outcome = ev.eventId.split(':').at(-1);
          if (p && (outcome === 'succeeded' || outcome === 'failed' || outcome === 'refunded')) await this.sandbox.complete(p, outcome);
        }
        replayed++;
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
      }
    }
    const reserved = await this.db
      .select()
      .from(pledges)
      .where(and(eq(pledges.status, 'reserved'), sql`${pledges.createdAt} <= ${cutoff}`, sql`${pledges.method} <> 'offline'`))
      .limit(500);
    for (const p of reserved) {
      try {
        if (p.method === 'stripe' && this.stripe && p.paymentRef) {
          const pi = await this.stripe.stripe.paymentIntents.retrieve(p.paymentRef);
          if (pi.status === 'succeeded') {
            await this.ingest({ provider: 'stripe', eventId: `reconcile:${pi.id}:succeeded`, type: 'payment_intent.succeeded', paymentRef: pi.id, pledgeId: p.id, change: { kind: 'succeeded', amount: BigInt(pi.amount_received) }, payload: { reconciled: true, paymentIntent: pi.id, status: pi.status } });
          } else if (pi.status === 'canceled') {
            await this.ingest({ provider: 'stripe', eventId: `reconcile:${pi.id}:canceled`, type: 'payment_intent.canceled', paymentRef: pi.id, pledgeId: p.id, change: { kind: 'canceled' }, payload: { reconciled: true, paymentIntent: pi.id, status: pi.status } });
          }
        } else if (p.method === 'sandbox' && this.config.pledges.sandboxConfirmMs >= 0) {
          await this.sandbox.complete(p, 'succeeded');
        }
      } catch (err) {
        if (!(err instanceof DomainError)) continue;
      }
    }
    return { replayed, checked: reserved.length };
  }

  /** Starts the periodic sweep (expiry + reconcile); runs once at start. */
  startSweeper(): void {
    const ms = this.config.pledges.sweepMs;
    if (ms <= 0) return;
    const tick = () => {
      this.sweeping ??= (async () => {
        try {
          await this.expireDue();
          await this.reconcile();
        } catch {
          // The next tick tries again.
        } finally {
          this.sweeping = undefined;
        }
      })();
    };
    setTimeout(tick, 1000).unref();
    this.sweepTimer = setInterval(tick, ms);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sandbox.stop();
    await this.sweeping;
    await this.engine.idle();
  }
}

/** Events are stored as JSON: bigints become strings. */
function toJson(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)));
}
