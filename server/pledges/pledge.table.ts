import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table';
import { caseNeeds, cases } from '../cases/case.table';
import { organizations } from '../organizations/organization.table';

export const PAYMENT_METHODS = ['sandbox', 'stripe', 'offline'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** reserved → confirmed → (refunded); reserved → released (failed, cancelled, expired). */
export const PLEDGE_STATUSES = ['reserved', 'confirmed', 'released', 'refunded'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/** What happens to a pledge's money if the case does not need it all: refund, or redirection to a similar case. */
export const SURPLUS_PREFERENCES = ['refund', 'redirect'] as const;
export type SurplusPreference = (typeof SURPLUS_PREFERENCES)[number];

/** A card dispute (chargeback) on a paid pledge: open while the bank decides, then won or lost. */
export const DISPUTE_STATUSES = ['open', 'won', 'lost'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const RELEASE_REASONS = ['cancelled', 'payment_failed', 'payment_canceled', 'expired', 'setup_failed', 'late_payment_refunded'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];

/** A donor's promise of an amount to one need of a case; it holds (reserves) that amount until paid or released. */
export const pledges = pgTable(
  'pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    needId: uuid('need_id')
      .notNull()
      .references(() => caseNeeds.id),
    donorUserId: uuid('donor_user_id')
      .notNull()
      .references(() => users.id),
    /** Set when an organisation member pledges on behalf of an enterprise or charity. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    /** What the donor asked for, when they accepted less (acceptPartial). */
    requestedMinor: bigint('requested_minor', { mode: 'bigint' }).notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    status: text('status', { enum: PLEDGE_STATUSES }).notNull().default('reserved'),
    releaseReason: text('release_reason', { enum: RELEASE_REASONS }),
    anonymous: boolean('anonymous').notNull().default(false),
    message: text('message'),
    idempotencyKey: text('idempotency_key').notNull(),
    /** The provider's reference: Stripe PaymentIntent id, sandbox payment id. */
    paymentRef: text('payment_ref'),
    /** Bank reference of an offline payment, entered when it is confirmed. */
    offlineReference: text('offline_reference'),
    refundedMinor: bigint('refunded_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    refundRequestedAt: timestamp('refund_requested_at', { withTimezone: true, precision: 3 }),
    disputedAt: timestamp('disputed_at', { withTimezone: true, precision: 3 }),
    disputeStatus: text('dispute_status', { enum: DISPUTE_STATUSES }),
    /** The amount under dispute; held in the case (not paid out) while the dispute is open. */
    disputedMinor: bigint('disputed_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, precision: 3 }),
    releasedAt: timestamp('released_at', { withTimezone: true, precision: 3 }),
    details: jsonb('details'),
    /** The donor's default for surplus, accepted when pledging. */
    surplusPreference: text('surplus_preference', { enum: SURPLUS_PREFERENCES }).notNull().default('redirect'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pledges_idempotency_idx').on(t.donorUserId, t.idempotencyKey),
    uniqueIndex('pledges_payment_ref_idx').on(t.paymentRef),
    index('pledges_case_status_idx').on(t.caseId, t.status),
    index('pledges_need_status_idx').on(t.needId, t.status),
    index('pledges_donor_idx').on(t.donorUserId, t.createdAt),
    index('pledges_reserved_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'reserved'`),
    check('pledges_amount_positive', sql`${t.amountMinor} > 0 AND ${t.requestedMinor} >= ${t.amountMinor}`),
    check('pledges_refund_within', sql`${t.refundedMinor} >= 0 AND ${t.refundedMinor} <= ${t.amountMinor}`),
    check('pledges_disputed_within', sql`${t.disputedMinor} >= 0 AND ${t.disputedMinor} <= ${t.amountMinor}`),
    check('pledges_released_has_reason', sql`(${t.status} = 'released') = (${t.releaseReason} IS NOT NULL)`),
  ],
);
