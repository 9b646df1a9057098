import { integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table';

/**
 * Confirmed pledges per donor and case, so a case's donor count (`cases.donor_count`) moves by
 * what a change does instead of being counted again over all its pledges. The donor is the
 * organisation a pledge was given for, else the person.
 */
export const caseDonors = pgTable(
  'case_donors',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    donorKey: uuid('donor_key').notNull(),
    /** How many of this donor's pledges to the case are confirmed now. */
    confirmed: integer('confirmed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.donorKey] })],
);
