import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table';
import { organizations } from '../organizations/organization.table';

/**
 * A person (or household) helped. Every personal field is AES-256-GCM ciphertext
 * (`*_enc`); the ID number is also kept as a keyed blind index for duplicate checks.
 * A person may be taken in unidentified (R9) and identified later.
 */
export const beneficiaries = pgTable(
  'beneficiaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nameEnc: text('name_enc'),
    idNumberEnc: text('id_number_enc'),
    /** HMAC-SHA256 of the normalised 18-character ID number under a key derived from the PII key. */
    idNumberIndex: text('id_number_index'),
    phoneEnc: text('phone_enc'),
    householdEnc: text('household_enc'),
    notesEnc: text('notes_enc'),
    identified: boolean('identified').notNull().default(false),
    /** Set when an unidentified record turned out to be a person already known. */
    mergedIntoId: uuid('merged_into_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('beneficiaries_id_index_idx').on(t.idNumberIndex).where(sql`${t.idNumberIndex} IS NOT NULL AND ${t.mergedIntoId} IS NULL`)],
);

export const CONSENT_KINDS = ['publish', 'share'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** A consent to publish a redacted story or to share details with charities; revocable at any time. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    beneficiaryId: uuid('beneficiary_id')
      .notNull()
      .references(() => beneficiaries.id),
    kind: text('kind', { enum: CONSENT_KINDS }).notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** The staff member or social worker who took the consent. */
    takenBy: uuid('taken_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [index('consents_beneficiary_idx').on(t.beneficiaryId, t.kind)],
);

/** Aid actually given (救后录入), for the duplicate check before aid (救前查询). */
export const assistanceRecords = pgTable(
  'assistance_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null when aid was given before the person was identified (R9). */
    beneficiaryId: uuid('beneficiary_id').references(() => beneficiaries.id),
    caseId: uuid('case_id').references(() => cases.id),
    /** The need and the organisation's claim the aid fulfils, when given through a claim. */
    needId: uuid('need_id'),
    claimId: uuid('claim_id'),
    note: text('note'),
    /** cash, in_kind, service, medical_bill, fast_track, referral. */
    kind: text('kind').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** The reason (case category) of the aid; same person + same reason is once per calendar year. */
    category: text('category').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    regionCode: text('region_code').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('assistance_beneficiary_idx').on(t.beneficiaryId, t.category, t.givenOn), check('assistance_amount_nonneg', sql`${t.amountMinor} >= 0`)],
);
