import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organization.table';
import { pledges } from '../pledges/pledge.table';

export const POOL_STATUSES = ['open', 'closed'] as const;
export type PoolStatus = (typeof POOL_STATUSES)[number];

/** An enterprise's (or charity federation's) matching pool: matches confirmed individual pledges in scope, up to a cap. */
export const matchingPools = pgTable(
  'matching_pools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    /** The match is amount × ratioNumerator / ratioDenominator (1:1 is 1/1), rounded down to the fen. */
    ratioNumerator: integer('ratio_numerator').notNull(),
    ratioDenominator: integer('ratio_denominator').notNull(),
    capMinor: bigint('cap_minor', { mode: 'bigint' }).notNull(),
    matchedMinor: bigint('matched_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** Regions in scope (a code covers everything under it); empty means anywhere. */
    regionCodes: text('region_codes').array().notNull().default(sql`'{}'::text[]`),
    /** Case categories in scope; empty means any. */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }).notNull(),
    status: text('status', { enum: POOL_STATUSES }).notNull().default('open'),
    createdBy: uuid('created_by').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('matching_pools_org_idx').on(t.organizationId),
    index('matching_pools_open_idx').on(t.status, t.endsAt),
    check('matching_pools_ratio_positive', sql`${t.ratioNumerator} > 0 AND ${t.ratioDenominator} > 0`),
    check('matching_pools_cap_positive', sql`${t.capMinor} > 0`),
    check('matching_pools_within_cap', sql`${t.matchedMinor} >= 0 AND ${t.matchedMinor} <= ${t.capMinor}`),
  ],
);

/** Which pledge a pool matched, and the matching pledge it drew. */
export const poolMatches = pgTable(
  'pool_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => matchingPools.id),
    sourcePledgeId: uuid('source_pledge_id')
      .notNull()
      .references(() => pledges.id),
    matchPledgeId: uuid('match_pledge_id')
      .notNull()
      .references(() => pledges.id),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pool_matches_source_idx').on(t.sourcePledgeId), uniqueIndex('pool_matches_match_idx').on(t.matchPledgeId), index('pool_matches_pool_idx').on(t.poolId)],
);
