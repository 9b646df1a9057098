import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organization.table';
import { cases } from './case.table';

/** An uploaded document linked to a case; the file itself lies under the data folder. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The checklist item it satisfies (application, id_card, household_register, …). */
    documentKind: text('document_kind').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storagePath: text('storage_path').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('evidence_case_idx').on(t.caseId)],
);

/** A fast-track (先行救助) decision: relief decided at once, paperwork due later. */
export const fastTracks = pgTable(
  'fast_tracks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    fundOrganizationId: uuid('fund_organization_id')
      .notNull()
      .references(() => organizations.id),
    decidedBy: uuid('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    paperworkDueAt: timestamp('paperwork_due_at', { withTimezone: true, precision: 3 }).notNull(),
    clearedAt: timestamp('cleared_at', { withTimezone: true, precision: 3 }),
    clearedBy: uuid('cleared_by'),
    overrideReason: text('override_reason'),
  },
  (t) => [uniqueIndex('fast_tracks_case_idx').on(t.caseId), check('fast_tracks_amount_positive', sql`${t.amountMinor} > 0`)],
);

/** The named facts of an alarm: `reference`, `status`, `reason`, `other`, `request`, `outcome`, `since`, `county`, `step`. */
export type AlarmDetails = Record<string, string>;

/** A stored alarm or notice in a person's inbox; also sent live as a `notification` event. */
export const alarms = pgTable(
  'alarms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    /** What happened, in English words (for clients without their own wording of the kind). */
    title: text('title').notNull(),
    /** The facts the title is made of, by name (reference, reason, ...), for clients that word the alarm in their own language. */
    details: jsonb('details').$type<AlarmDetails>().notNull().default(sql`'{}'::jsonb`),
    caseId: uuid('case_id'),
    referralId: uuid('referral_id'),
    /** Makes an alarm idempotent: one per user and key. */
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [uniqueIndex('alarms_user_key_idx').on(t.userId, t.dedupeKey), index('alarms_user_idx').on(t.userId, t.createdAt)],
);

/** Counts anonymous public reports per address and window, shared by every process. */
export const publicReportLimits = pgTable('public_report_limits', {
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true, precision: 3 }).notNull(),
  count: integer('count').notNull().default(0),
});

/** Numbers the public case references (JJN-<county>-<year>-<number>). */
export const caseReferenceSeq = pgSequence('case_reference_seq', { startWith: 1 });
