import type Stripe from 'stripe';
import type { PaymentChange } from '../funding/funding-engine';

export interface MappedStripeEvent {
  paymentRef: string | null;
  pledgeId: string | null;
  change: PaymentChange;
}

const refOf = (pi: string | Stripe.PaymentIntent | null | undefined): string | null => (pi == null ? null : typeof pi === 'string' ? pi : pi.id);
const pledgeIdOf = (metadata: Stripe.Metadata | null | undefined): string | null => {
  const id = metadata?.pledgeId;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) ? id : null;
};

/**
 * Turns a Stripe event into our change, or null for events we do not act on. Pure: the
 * same event always gives the same change, and every change is safe to apply twice
 * (refunds carry Stripe's cumulative amount, not a delta).
 */
export function stripeEventToChange(event: Stripe.Event): MappedStripeEvent | null {
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const pi = event.data.object;
      return { paymentRef: pi.id, pledgeId: pledgeIdOf(pi.metadata), change: { kind: 'succeeded', amount: BigInt(pi.amount_received || pi.amount) } };
    }
    case 'payment_intent.payment_failed': {
      const pi = event.data.object;
      return { paymentRef: pi.id, pledgeId: pledgeIdOf(pi.metadata), change: { kind: 'failed' } };
    }
    case 'payment_intent.canceled': {
      const pi = event.data.object;
      return { paymentRef: pi.id, pledgeId: pledgeIdOf(pi.metadata), change: { kind: 'canceled' } };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      return { paymentRef: refOf(charge.payment_intent), pledgeId: pledgeIdOf(charge.metadata), change: { kind: 'refunded', refundedTotal: BigInt(charge.amount_refunded) } };
    }
    case 'charge.dispute.created': {
      const dispute = event.data.object;
      return { paymentRef: refOf(dispute.payment_intent), pledgeId: pledgeIdOf(dispute.metadata), change: { kind: 'disputed', amount: BigInt(dispute.amount) } };
    }
    case 'charge.dispute.closed': {
      // lost: the money goes back to the cardholder; won, or an inquiry closed without a chargeback: it stays.
      const dispute = event.data.object;
      return { paymentRef: refOf(dispute.payment_intent), pledgeId: pledgeIdOf(dispute.metadata), change: { kind: 'dispute_closed', won: dispute.status !== 'lost', amount: BigInt(dispute.amount) } };
    }
    default:
      return null;
  }
}
