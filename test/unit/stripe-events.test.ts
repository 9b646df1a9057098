import { expect } from 'chai';
import type Stripe from 'stripe';
import { stripeEventToChange } from '../../server/payments/stripe-events';

const PLEDGE = '8d3c1f1e-2f0a-4a53-9a55-0c7a3f2b9e11';
const event = (type: string, object: Record<string, unknown>) => ({ id: 'evt_1', object: 'event', type, data: { object } }) as unknown as Stripe.Event;

describe('stripeEventToChange (pure)', () => {
  it('maps a succeeded PaymentIntent to a confirmation of the received amount', () => {
    const m = stripeEventToChange(event('payment_intent.succeeded', { id: 'pi_1', amount: 500, amount_received: 500, metadata: { pledgeId: PLEDGE } }));
    expect(m).to.deep.equal({ paymentRef: 'pi_1', pledgeId: PLEDGE, change: { kind: 'succeeded', amount: 500n } });
  });
  it('maps failure and cancellation to releases', () => {
    expect(stripeEventToChange(event('payment_intent.payment_failed', { id: 'pi_2', metadata: {} }))?.change).to.deep.equal({ kind: 'failed' });
    expect(stripeEventToChange(event('payment_intent.canceled', { id: 'pi_3', metadata: { pledgeId: 'not-a-uuid' } }))).to.deep.equal({ paymentRef: 'pi_3', pledgeId: null, change: { kind: 'canceled' } });
  });
  it('maps charge.refunded to the cumulative refunded amount (safe to repeat)', () => {
    const m = stripeEventToChange(event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_4', amount_refunded: 250, metadata: {} }));
    expect(m).to.deep.equal({ paymentRef: 'pi_4', pledgeId: null, change: { kind: 'refunded', refundedTotal: 250n } });
    const expanded = stripeEventToChange(event('charge.refunded', { id: 'ch_1', payment_intent: { id: 'pi_5' }, amount_refunded: 1, metadata: {} }));
    expect(expanded?.paymentRef).to.equal('pi_5');
  });
  it('maps a dispute to a flag, and ignores other events', () => {
    expect(stripeEventToChange(event('charge.dispute.created', { id: 'dp_1', payment_intent: 'pi_6', amount: 99, metadata: {} }))?.change).to.deep.equal({ kind: 'disputed', amount: 99n });
    expect(stripeEventToChange(event('customer.created', { id: 'cus_1' }))).to.equal(null);
  });
  it('maps a closed dispute to lost, or kept for won and for an inquiry closed without a chargeback', () => {
    const closed = (status: string) => stripeEventToChange(event('charge.dispute.closed', { id: 'dp_2', payment_intent: 'pi_7', amount: 50, status, metadata: {} }))?.change;
    expect(closed('lost')).to.deep.equal({ kind: 'dispute_closed', won: false, amount: 50n });
    expect(closed('won')).to.deep.equal({ kind: 'dispute_closed', won: true, amount: 50n });
    expect(closed('warning_closed')).to.deep.equal({ kind: 'dispute_closed', won: true, amount: 50n });
  });
});
