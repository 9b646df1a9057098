import Stripe from 'stripe';
import { eq, and, isNull } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { PledgeRecord } from '../pledges/pledge.model';
import { pledges } from '../pledges/pledge.table';
import type { PaymentProvider, PaymentStart, RefundPart } from './provider';

export function createStripeClient(secretKey: string, apiBase: string | undefined): Stripe {
  if (!apiBase) return new Stripe(secretKey, { maxNetworkRetries: 2 });
  const u = new URL(apiBase);
  return new Stripe(secretKey, {
    host: u.hostname,
    port: u.port || (u.protocol === 'https:' ? 443 : 80),
    protocol: u.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 1,
    telemetry: false,
  });
}

/** The Stripe key a pledge's PaymentIntent is created under: the pledge's idempotency key, scoped by donor. */
export const stripeIdempotencyKey = (p: PledgeRecord) => `pledge:${p.donorUserId}:${p.idempotencyKey}`;

/** Stripe: one PaymentIntent per pledge, in CNY, for card, Alipay and WeChat Pay. */
export class StripeProvider implements PaymentProvider {
  readonly method = 'stripe' as const;
  constructor(
    readonly stripe: Stripe,
    private readonly db: Db,
  ) {}

  async start(p: PledgeRecord): Promise<PaymentStart> {
    const pi = await this.stripe.paymentIntents.create(
      {
        amount: Number(p.amountMinor),
        currency: 'cny',
        allowed_payment_method_types: ['card', 'alipay', 'wechat_pay'],
        metadata: { pledgeId: p.id, caseId: p.caseId, needId: p.needId },
        description: `Pledge ${p.id}`,
      },
      { idempotencyKey: stripeIdempotencyKey(p) },
    );
    await this.db.update(pledges).set({ paymentRef: pi.id }).where(and(eq(pledges.id, p.id), isNull(pledges.paymentRef)));
    return this.toStart(pi);
  }

  async resume(p: PledgeRecord): Promise<PaymentStart> {
    if (!p.paymentRef) return this.start(p);
    return this.toStart(await this.stripe.paymentIntents.retrieve(p.paymentRef));
  }

  async cancel(p: PledgeRecord): Promise<void> {
    if (!p.paymentRef) return;
    await this.stripe.paymentIntents.cancel(p.paymentRef).catch(() => undefined);
  }

  async refund(p: PledgeRecord, part?: RefundPart): Promise<void> {
    if (!p.paymentRef) throw new Error('pledge has no PaymentIntent');
    if (part) {
      await this.stripe.refunds.create({ payment_intent: p.paymentRef, amount: Number(part.amount), metadata: { pledgeId: p.id, surplus: part.key } }, { idempotencyKey: part.key });
      return;
    }
    await this.stripe.refunds.create({ payment_intent: p.paymentRef, metadata: { pledgeId: p.id } }, { idempotencyKey: `refund:${p.id}` });
  }

  private toStart(pi: Stripe.PaymentIntent): PaymentStart {
    return { provider: 'stripe', sandbox: false, paymentRef: pi.id, clientSecret: pi.client_secret, instructions: null };
  }
}
