import { sql } from 'drizzle-orm';
import { uniqueIndex, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table';
import { organizations } from '../organizations/organization.table';

export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * A hand-over (转办转介) of a case to a government programme, charity or social-work
 * agency, or back from one to the case desk. `toOrganizationId` null means "to the
 * case desk of the case's region".
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromOrganizationId: uuid('from_organization_id').references(() => organizations.id),
    toOrganizationId: uuid('to_organization_id').references(() => organizations.id),
    regionCode: text('region_code').notNull(),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('pending'),
    /** What is asked of the receiver. */
    request: text('request').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }).notNull(),
    /** 0 none; 1 backup handler; 2 approver; 3 joint-meeting queue. */
    escalationLevel: integer('escalation_level').notNull().default(0),
    respondedAt: timestamp('responded_at', { withTimezone: true, precision: 3 }),
    respondedBy: uuid('responded_by'),
    declineReason: text('decline_reason'),
    completedAt: timestamp('completed_at', { withTimezone: true, precision: 3 }),
    outcome: text('outcome'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('referrals_case_idx').on(t.caseId), index('referrals_to_org_idx').on(t.toOrganizationId, t.status)],
);

/** An item on a county's joint-meeting (联席会议) queue: something no one took on in time. */
export const jointMeetingItems = pgTable(
  'joint_meeting_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The county whose joint meeting handles it. */
    regionCode: text('region_code').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    /** Why it came here: an overdue referral, or a need no organisation covered through every tier of the cascade. */
    kind: text('kind', { enum: ['overdue_referral', 'unclaimed_need'] }).notNull().default('overdue_referral'),
    reason: text('reason').notNull(),
    ownerUserId: uuid('owner_user_id'),
    assignedBy: uuid('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true, precision: 3 }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('joint_meeting_region_idx').on(t.regionCode, t.createdAt),
    // One open unclaimed-need item per case.
    uniqueIndex('joint_meeting_unclaimed_open_idx').on(t.caseId).where(sql`${t.kind} = 'unclaimed_need' AND ${t.ownerUserId} IS NULL`),
  ],
);
