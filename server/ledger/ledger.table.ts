import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const TRANSFER_KINDS = ['pledge_confirmed', 'refund', 'relief_payment', 'disbursement', 'fee', 'fund_income', 'surplus_hold', 'surplus_refund'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** One journal entry: a movement of money between two accounts, written only by `postTransfer`. */
export const ledgerTransfers = pgTable(
  'ledger_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: TRANSFER_KINDS }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    caseId: uuid('case_id'),
    needId: uuid('need_id'),
    pledgeId: uuid('pledge_id'),
    /** Other references: provider event, bank reference, decision id. */
    refs: jsonb('refs').notNull().default(sql`'{}'::jsonb`),
    postedAt: timestamp('posted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('ledger_transfers_case_idx').on(t.caseId),
    index('ledger_transfers_pledge_idx').on(t.pledgeId, t.kind),
    check('ledger_transfers_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

/**
 * The lines of each transfer: a debit (positive) and a credit (negative) of equal size.
 * Accounts are named `type:id`, e.g. `case:<uuid>`, `donor:<uuid>`, `pool:<uuid>`.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    transferId: uuid('transfer_id')
      .notNull()
      .references(() => ledgerTransfers.id),
    account: text('account').notNull(),
    /** Debit positive, credit negative; the lines of a transfer sum to zero. */
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('ledger_entries_account_idx').on(t.account), index('ledger_entries_transfer_idx').on(t.transferId), check('ledger_entries_nonzero', sql`${t.amountMinor} <> 0`)],
);
