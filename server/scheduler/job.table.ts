import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Durable deadline jobs. Every process polls with `FOR UPDATE SKIP LOCKED`, so a job
 * runs once whatever the number of processes, and survives restarts.
 */
export const scheduledJobs = pgTable(
  'scheduled_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** One job per key, e.g. `referral.response:<id>`; scheduling again moves it. */
    jobKey: text('job_key').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    runAt: timestamp('run_at', { withTimezone: true, precision: 3 }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('scheduled_jobs_key_idx').on(t.jobKey), index('scheduled_jobs_due_idx').on(t.runAt).where(sql`${t.doneAt} IS NULL`)],
);
