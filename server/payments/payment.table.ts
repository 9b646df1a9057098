import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every provider event we accepted, stored once by (provider, event id), in the same
 * transaction as the change it caused, with `processedAt` and its outcome. A row without
 * `processedAt` (stored by an earlier version before processing, then a crash) is replayed
 * by the reconcile job.
 */
export const paymentEvents = pgTable(
  'payment_events',
  {
    provider: text('provider', { enum: ['sandbox', 'stripe', 'offline'] }).notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    paymentRef: text('payment_ref'),
    payload: jsonb('payload').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true, precision: 3 }),
    outcome: text('outcome'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);
