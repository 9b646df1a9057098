import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table';
import { organizations } from '../organizations/organization.table';

/** The cascade's tiers, then the county joint meeting. */
export const MATCH_TIERS = ['local_charity', 'red_cross', 'enterprise_pool', 'province', 'joint_meeting'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** One factor of a stored score breakdown (contribution = weight × value). */
export interface StoredScoreTerm {
  factor: string;
  weight: number;
  value: number;
  contribution: number;
}
export interface StoredBreakdown {
  closeness: string;
  terms: StoredScoreTerm[];
}

/** An organisation proposed for a case, with the matcher's explanation. */
export const caseMatches = pgTable(
  'case_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The cascade tier the organisation belongs to for this case (the tier that brought it in). */
    tier: text('tier', { enum: MATCH_TIERS }).notNull(),
    /** Scores are unitless ranks in [0, 1], not money. */
    score: doublePrecision('score').notNull(),
    breakdown: jsonb('breakdown').$type<StoredBreakdown>().notNull(),
    rank: integer('rank').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, precision: 3 }).notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true, precision: 3 }),
    declinedAt: timestamp('declined_at', { withTimezone: true, precision: 3 }),
    declinedBy: uuid('declined_by'),
    declineReason: text('decline_reason'),
  },
  (t) => [
    uniqueIndex('case_matches_case_org_idx').on(t.caseId, t.organizationId),
    index('case_matches_org_idx').on(t.organizationId, t.computedAt),
  ],
);

/** Where a case stands in the escalation cascade. */
export const caseEscalationState = pgTable('case_escalation_state', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  tier: text('tier', { enum: MATCH_TIERS }).notNull().default('local_charity'),
  /** When the case entered its current tier; its deadline runs from here. */
  tierSince: timestamp('tier_since', { withTimezone: true, precision: 3 }).notNull(),
  /** When the case was first matched (verified), for "time waited". */
  matchingSince: timestamp('matching_since', { withTimezone: true, precision: 3 }).notNull(),
});

/** Every step of the cascade, for the case's escalation history. */
export const caseEscalations = pgTable(
  'case_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromTier: text('from_tier', { enum: MATCH_TIERS }).notNull(),
    toTier: text('to_tier', { enum: MATCH_TIERS }).notNull(),
    reason: text('reason').notNull(),
    /** Organisations newly matched at this step. */
    organizationIds: uuid('organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('case_escalations_case_idx').on(t.caseId, t.at)],
);

/** Unclaimed needs go to the case desk's joint-meeting queue. */
export { jointMeetingItems } from '../referrals/referral.table';
