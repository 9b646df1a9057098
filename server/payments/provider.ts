import type { PledgeRecord } from '../pledges/pledge.model';
import type { PaymentMethod } from '../pledges/pledge.table';
import type { PaymentChange } from '../funding/funding-engine';

/** What a donor needs to pay a pledge. */
export interface PaymentStart {
  provider: PaymentMethod;
  /** True for the embedded sandbox: no real money moves. */
  sandbox: boolean;
  /** Provider reference (Stripe PaymentIntent id, sandbox payment id). */
  paymentRef: string | null;
  /** Stripe client secret for the donor's browser; null for other providers. */
  clientSecret: string | null;
  /** Plain-words instructions (offline transfers, sandbox notice). */
  instructions: string | null;
}

/** A provider's report of what happened, normalised: the one path into our books. */
export interface ProviderEvent {
  provider: PaymentMethod;
  eventId: string;
  type: string;
  paymentRef: string | null;
  pledgeId: string | null;
  change: PaymentChange;
  payload: unknown;
}

/** One interface for every way of paying. */
export interface RefundPart {
  amount: bigint;
  key: string;
  refundedTotal: bigint;
}

export interface PaymentProvider {
  readonly method: PaymentMethod;
  /** Starts payment for a newly reserved pledge. */
  start(pledge: PledgeRecord): Promise<PaymentStart>;
  /** Answers a repeated request (same idempotency key) with the same payment. */
  resume(pledge: PledgeRecord): Promise<PaymentStart>;
  /** Stops a payment that will not be used any more (released pledge); best effort. */
  cancel(pledge: PledgeRecord): Promise<void>;
  /**
   * Sends money back along the original route: all of it, or `part` (surplus the case no longer
   * needs). `part.key` makes a retry send it once; `part.refundedTotal` is what the donor will
   * have been refunded in all once this part is back, as the provider reports it.
   */
  refund(pledge: PledgeRecord, part?: RefundPart): Promise<void>;
}
