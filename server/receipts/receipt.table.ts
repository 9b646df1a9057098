import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { pledges } from '../pledges/pledge.table';

/** The receipt of a confirmed pledge, numbered once, in the transaction that confirmed it. */
export const receipts = pgTable(
  'receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledges.id),
    /** e.g. JJN-R-2026-00000042 */
    number: text('number').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('receipts_pledge_idx').on(t.pledgeId), uniqueIndex('receipts_number_idx').on(t.number)],
);
