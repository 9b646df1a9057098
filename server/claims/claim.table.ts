import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseNeeds, cases } from '../cases/case.table';
import { organizations } from '../organizations/organization.table';

/** A claim's life: active until fulfilled, released by the organisation or staff, or expired at its deadline. */
export const CLAIM_STATUSES = ['active', 'fulfilled', 'released', 'expired'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What kind of aid an organisation gave when fulfilling a claim. */
export const ASSISTANCE_KINDS = ['cash', 'in_kind', 'service', 'medical_bill'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

/** An organisation's commitment to cover all or part of some needs of a case. */
export const claims = pgTable(
  'claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('active'),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    /** Aid recorded as given against this claim so far. */
    fulfilledMinor: bigint('fulfilled_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    note: text('note'),
    /** Without progress (aid recorded) by then, the claim expires and its amount is released. */
    deadlineAt: timestamp('deadline_at', { withTimezone: true, precision: 3 }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }),
    closedBy: uuid('closed_by'),
    closeReason: text('close_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('claims_case_idx').on(t.caseId),
    index('claims_org_idx').on(t.organizationId, t.status),
    index('claims_deadline_idx').on(t.status, t.deadlineAt),
    check('claims_amount_positive', sql`${t.amountMinor} > 0`),
    check('claims_fulfilled_within_amount', sql`${t.fulfilledMinor} >= 0 AND ${t.fulfilledMinor} <= ${t.amountMinor}`),
  ],
);

/** How a claim's amount is spread over the case's needs. */
export const claimLines = pgTable(
  'claim_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    needId: uuid('need_id')
      .notNull()
      .references(() => caseNeeds.id, { onDelete: 'cascade' }),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('claim_lines_claim_idx').on(t.claimId), index('claim_lines_need_idx').on(t.needId), check('claim_lines_amount_positive', sql`${t.amountMinor} > 0`)],
);

/** Aid given (救后录入) is recorded in the case desk's table, so the once-per-reason rule sees it. */
export { assistanceRecords } from '../beneficiaries/beneficiary.table';
