import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/region.table';

/** Settings one region overrides; the effective value of a key comes from the nearest region up the tree that sets it. */
export const regionSettings = pgTable('region_settings', {
  regionCode: text('region_code')
    .primaryKey()
    .references(() => regions.code),
  values: jsonb('values').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
