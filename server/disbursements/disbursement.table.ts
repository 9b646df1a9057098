import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseNeeds, cases, PAYEE_KINDS } from '../cases/case.table';

/** requested → approved → disbursed; requested/approved → cancelled. */
export const DISBURSEMENT_STATUSES = ['requested', 'approved', 'disbursed', 'cancelled'] as const;
export type DisbursementStatus = (typeof DISBURSEMENT_STATUSES)[number];

/** A payment out of a case's holding to a hospital, the beneficiary or a vendor; staged payments are several rows. */
export const disbursements = pgTable(
  'disbursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    needId: uuid('need_id')
      .notNull()
      .references(() => caseNeeds.id),
    payeeKind: text('payee_kind', { enum: PAYEE_KINDS }).notNull(),
    /** Hospital or vendor name (not personal data); null for the beneficiary. */
    payeeName: text('payee_name'),
    /** The hospital's invoice number or the vendor's delivery note. */
    invoiceNumber: text('invoice_number'),
    /** Last four digits of the beneficiary's bank or social-security-card account; the full number is never stored. */
    accountLast4: text('account_last4'),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    /** The requester's reference (e.g. the hospital bill). */
    reference: text('reference').notNull(),
    /** Why it was withdrawn, when it was. */
    cancelReason: text('cancel_reason'),
    status: text('status', { enum: DISBURSEMENT_STATUSES }).notNull().default('requested'),
    requestedBy: uuid('requested_by').notNull(),
    firstApprovedBy: uuid('first_approved_by'),
    firstApprovedAt: timestamp('first_approved_at', { withTimezone: true, precision: 3 }),
    secondApprovedBy: uuid('second_approved_by'),
    secondApprovedAt: timestamp('second_approved_at', { withTimezone: true, precision: 3 }),
    /** The bank's payment reference, entered when paid. */
    paymentReference: text('payment_reference'),
    /** What proves the payment: a document number or URL of the receipt. */
    evidence: text('evidence'),
    disbursedBy: uuid('disbursed_by'),
    disbursedAt: timestamp('disbursed_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('disbursements_case_idx').on(t.caseId, t.createdAt),
    index('disbursements_need_status_idx').on(t.needId, t.status),
    check('disbursements_amount_positive', sql`${t.amountMinor} > 0`),
    check('disbursements_two_people', sql`${t.secondApprovedBy} IS NULL OR ${t.secondApprovedBy} <> ${t.firstApprovedBy}`),
    check('disbursements_last4', sql`${t.accountLast4} IS NULL OR ${t.accountLast4} ~ '^[0-9]{4}$'`),
  ],
);
