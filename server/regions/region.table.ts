import { index, pgTable, text } from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions: province, prefecture, county, and (for Qinghai) township. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'prefecture', 'county', 'township'] }).notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);
