import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/region.table';

/** The case lifecycle (DESIGN.md "Case lifecycle"). */
export const CASE_STATUSES = [
  'reported',
  'intake',
  'fast_tracked',
  'verifying',
  'verified',
  'in_progress',
  'funded',
  'disbursing',
  'closed',
  'rejected',
  'duplicate',
  'withdrawn',
  'escalated',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const URGENCIES = ['critical', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** 急难型 (sudden) or 支出型 (expenditure). */
export const HARDSHIP_TYPES = ['sudden', 'expenditure'] as const;
export type HardshipType = (typeof HARDSHIP_TYPES)[number];

export const INTAKE_CHANNELS = ['discovery', 'public_report', 'referral', 'application', 'hotline'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const NEED_KINDS = ['cash', 'in_kind', 'service', 'medical_bill'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const PAYEE_KINDS = ['beneficiary', 'hospital', 'vendor'] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];

/** A person or household in crisis, from discovery to closing. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Public reference printed on papers and shown to donors, e.g. JJN-632623-2026-000042. */
    reference: text('reference').notNull(),
    beneficiaryId: uuid('beneficiary_id'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    category: text('category'),
    hardshipType: text('hardship_type', { enum: HARDSHIP_TYPES }),
    urgency: text('urgency', { enum: URGENCIES }).notNull().default('normal'),
    intakeChannel: text('intake_channel', { enum: INTAKE_CHANNELS }).notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    reporterUserId: uuid('reporter_user_id'),
    referrerUserId: uuid('referrer_user_id'),
    handlerUserId: uuid('handler_user_id'),
    backupHandlerUserId: uuid('backup_handler_user_id'),
    /** Redacted story for the public, only with the person's consent to publish. */
    publicSummary: text('public_summary'),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    duplicateOfCaseId: uuid('duplicate_of_case_id'),
    currency: text('currency').notNull().default('CNY'),
    /** Increases with every change; clients send it back to detect a stale view. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** What kind of reporter filed a discovery report (grid_worker, police, taxi_driver, volunteer, hotline, public…). */
    reporterKind: text('reporter_kind'),
    /** The reported situation in the reporter's words; may name people, so encrypted like other personal data. */
    situationEnc: text('situation_enc'),
    /** Economic verification (核对) outcome: eligible, ineligible, pending_documents, waived_emergency. */
    verificationOutcome: text('verification_outcome'),
    /** Notes of the verification; may hold financial details, so encrypted. */
    verificationNotesEnc: text('verification_notes_enc'),
    /** Why the case was rejected, withdrawn or marked duplicate; told to the referrer. Not personal data. */
    decisionReason: text('decision_reason'),
    /** An open case of the same person for the same reason found at intake (flag for the handler). */
    possibleDuplicateOfCaseId: uuid('possible_duplicate_of_case_id'),
    /** Recorded reason when an approver allowed repeat aid for the same reason in the same year. */
    repeatAidOverrideReason: text('repeat_aid_override_reason'),
    /** When the current step of the case is due (triage, decision), for overdue filters. */
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }),
    /** Distinct donors (people, or organisations giving as such) with a confirmed pledge to the case, kept with `case_donors`. */
    donorCount: integer('donor_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('cases_reference_idx').on(t.reference),
    index('cases_region_status_idx').on(t.regionCode, t.status),
    index('cases_published_idx').on(t.published, t.urgency),
  ],
);

/**
 * What a case needs, each with its amount and running totals. The checks make
 * over-commitment impossible at the database level, whatever the application does.
 */
export const caseNeeds = pgTable(
  'case_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NEED_KINDS }).notNull(),
    description: text('description').notNull().default(''),
    payeeKind: text('payee_kind', { enum: PAYEE_KINDS }).notNull().default('beneficiary'),
    /** Name of the hospital or vendor when paid directly (not personal data). */
    payeeName: text('payee_name'),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    /** Held by unpaid pledges. */
    reservedMinor: bigint('reserved_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** Paid pledges and other confirmed money in. */
    confirmedMinor: bigint('confirmed_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** Committed by organisations' claims. */
    claimedMinor: bigint('claimed_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** Paid out to the payee. */
    disbursedMinor: bigint('disbursed_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('case_needs_case_idx').on(t.caseId),
    check('case_needs_amount_positive', sql`${t.amountMinor} > 0`),
    check('case_needs_parts_nonneg', sql`${t.reservedMinor} >= 0 AND ${t.confirmedMinor} >= 0 AND ${t.claimedMinor} >= 0 AND ${t.disbursedMinor} >= 0`),
    check('case_needs_not_overcommitted', sql`${t.reservedMinor} + ${t.confirmedMinor} + ${t.claimedMinor} <= ${t.amountMinor}`),
    check('case_needs_disbursed_within_confirmed', sql`${t.disbursedMinor} <= ${t.confirmedMinor} + ${t.claimedMinor}`),
  ],
);
