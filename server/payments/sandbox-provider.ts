import crypto from 'node:crypto';
import type { PledgeRecord } from '../pledges/pledge.model';
import type { PaymentProvider, PaymentStart, ProviderEvent, RefundPart } from './provider';

export const SANDBOX_NOTICE = 'Sandbox payment: no real money moves. The payment confirms by itself after a moment.';

export const newSandboxRef = () => `sbx_pi_${crypto.randomUUID().replace(/-/g, '')}`;

/**
 * The embedded default: confirms through the same event path as Stripe after a delay
 * (`SANDBOX_CONFIRM_MS`; -1 leaves it to be driven by `complete`).
 */
export class SandboxProvider implements PaymentProvider {
  readonly method = 'sandbox' as const;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  constructor(
    private readonly confirmMs: number,
    private readonly ingest: (e: ProviderEvent, pledge?: Pick<PledgeRecord, 'id' | 'needId' | 'paymentRef'>) => Promise<unknown>,
  ) {}

  async start(p: PledgeRecord): Promise<PaymentStart> {
    if (this.confirmMs >= 0) {
      const t = setTimeout(() => {
        this.timers.delete(p.id);
        void this.complete(p, 'succeeded').catch(() => undefined);
      }, this.confirmMs);
      this.timers.set(p.id, t);
    }
    return this.resume(p);
  }

  async resume(p: PledgeRecord): Promise<PaymentStart> {
    return { provider: 'sandbox', sandbox: true, paymentRef: p.paymentRef, clientSecret: null, instructions: SANDBOX_NOTICE };
  }

  /** A released pledge is not paid (when this process holds its timer; otherwise a late payment is refunded). */
  async cancel(p: PledgeRecord): Promise<void> {
    const t = this.timers.get(p.id);
    if (t) clearTimeout(t);
    this.timers.delete(p.id);
  }

  async refund(p: PledgeRecord, part?: RefundPart): Promise<void> {
    await this.complete(p, 'refunded', part?.refundedTotal);
  }

  /** What the sandbox "bank" reports for a pledge, through the same path as a provider webhook. */
  complete(p: Pick<PledgeRecord, 'id' | 'needId' | 'paymentRef' | 'amountMinor'>, outcome: 'succeeded' | 'failed' | 'refunded', refundedTotal: bigint = p.amountMinor): Promise<unknown> {
    const change =
      outcome === 'succeeded' ? ({ kind: 'succeeded' } as const) : outcome === 'failed' ? ({ kind: 'failed' } as const) : ({ kind: 'refunded', refundedTotal } as const);
    const type = outcome === 'refunded' ? 'charge.refunded' : outcome === 'failed' ? 'payment_intent.payment_failed' : 'payment_intent.succeeded';
    // Each refund is its own event (a charge may be refunded in parts), like Stripe's charge.refunded.
    const eventId = outcome === 'refunded' && refundedTotal !== p.amountMinor ? `${p.paymentRef ?? p.id}:refunded:${refundedTotal}` : `${p.paymentRef ?? p.id}:${outcome}`;
    return this.ingest({ provider: 'sandbox', eventId, type, paymentRef: p.paymentRef, pledgeId: p.id, change, payload: { sandbox: true, type, pledgeId: p.id, refundedTotal: refundedTotal.toString() } }, p);
  }

  stop(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
