import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseNeeds, cases } from '../cases/case.table';
import { pledges } from '../pledges/pledge.table';

export const SURPLUS_STATUSES = ['pending', 'refunded', 'redirected'] as const;
export type SurplusStatus = (typeof SURPLUS_STATUSES)[number];
export const SURPLUS_REASONS = ['need_reduced', 'case_closed'] as const;
export type SurplusReason = (typeof SURPLUS_REASONS)[number];

/** Part of a paid pledge that a case no longer needs, waiting for the donor's choice or the default. */
export const surplusAllocations = pgTable(
  'surplus_allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledges.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    needId: uuid('need_id')
      .notNull()
      .references(() => caseNeeds.id),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    reason: text('reason', { enum: SURPLUS_REASONS }).notNull(),
    /** What paid the need instead (insurance, medical assistance, another programme). */
    note: text('note').notNull().default(''),
    status: text('status', { enum: SURPLUS_STATUSES }).notNull().default('pending'),
    /** After this the pledge's default applies. */
    answerBy: timestamp('answer_by', { withTimezone: true, precision: 3 }).notNull(),
    /** A similar published case the platform suggests (same region and category first). */
    suggestedCaseId: uuid('suggested_case_id'),
    targetCaseId: uuid('target_case_id'),
    redirectPledgeId: uuid('redirect_pledge_id'),
    /** The part returned to the donor (all of it, or what a redirection could not place). */
    refundedMinor: bigint('refunded_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** When the refund was sent back along the pledge's payment route (null while it is still to be sent). */
    refundSentAt: timestamp('refund_sent_at', { withTimezone: true, precision: 3 }),
    /** 'donor' or 'default'. */
    decidedBy: text('decided_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('surplus_pledge_idx').on(t.pledgeId),
    index('surplus_case_idx').on(t.caseId),
    index('surplus_pending_idx').on(t.answerBy).where(sql`${t.status} = 'pending'`),
    index('surplus_refund_unsent_idx').on(t.resolvedAt).where(sql`${t.refundedMinor} > 0 AND ${t.refundSentAt} IS NULL`),
    check('surplus_amount_positive', sql`${t.amountMinor} > 0`),
    check('surplus_refund_within', sql`${t.refundedMinor} >= 0 AND ${t.refundedMinor} <= ${t.amountMinor}`),
  ],
);
