import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organization.table';

/** Where a relief fund's money comes from (R12). */
export const FUND_SOURCES = ['lottery', 'government', 'charity', 'enterprise', 'public'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** The rules of a 救急难帮扶基金: an organisation of kind relief_fund. Its balance lives in the ledger. */
export const reliefFunds = pgTable(
  'relief_funds',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organizations.id),
    /** Regions it may pay in (a code covers everything under it). */
    regionCodes: text('region_codes').array().notNull().default(sql`'{}'::text[]`),
    /** Case categories it may pay for; empty means any. */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    /** The most it pays for one case, in fen. */
    perCaseCapMinor: bigint('per_case_cap_minor', { mode: 'bigint' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [check('relief_funds_cap_positive', sql`${t.perCaseCapMinor} > 0`)],
);
