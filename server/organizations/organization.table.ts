import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/region.table';

export const ORGANIZATION_KINDS = [
  'charity',
  'red_cross',
  'enterprise',
  'government',
  'relief_fund',
  'social_work_agency',
  'insurer',
  'mass_org',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Charities, Red Cross branches, enterprises, government programmes, relief funds and others that help. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    description: text('description').notNull().default(''),
    homeRegionCode: text('home_region_code')
      .notNull()
      .references(() => regions.code),
    serviceRegionCodes: text('service_region_codes').array().notNull().default(sql`'{}'::text[]`),
    focusCategories: text('focus_categories').array().notNull().default(sql`'{}'::text[]`),
    openCaseCapacity: integer('open_case_capacity').notNull().default(0),
    budgetMinor: bigint('budget_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    currency: text('currency').notNull().default('CNY'),
    responseSlaHours: integer('response_sla_hours').notNull().default(72),
    pairingRegionCodes: text('pairing_region_codes').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{zh}'::text[]`),
    verified: boolean('verified').notNull().default(false),
    verifiedAt: timestamp('verified_at', { withTimezone: true, precision: 3 }),
    verifiedBy: uuid('verified_by'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('organizations_home_region_idx').on(t.homeRegionCode),
    index('organizations_kind_idx').on(t.kind),
    check('organizations_capacity_nonneg', sql`${t.openCaseCapacity} >= 0`),
    check('organizations_budget_nonneg', sql`${t.budgetMinor} >= 0`),
    check('organizations_sla_positive', sql`${t.responseSlaHours} > 0`),
  ],
);
