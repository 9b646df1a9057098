import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db, Executor, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import { scheduledJobs } from './job.table';

export interface Job {
  id: string;
  jobKey: string;
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  attempts: number;
}

/** Runs a due job inside the transaction that marks it done; `now` is the scheduler's clock. */
export type JobHandler = (tx: Tx, job: Job, now: Date, afterCommit: AfterCommit) => Promise<void>;

const MAX_ATTEMPTS = 10;

/**
 * A durable deadline scheduler on a plain table. Each due job is claimed with
 * `FOR UPDATE SKIP LOCKED` in the transaction that runs its handler and marks it
 * done, so it runs once across any number of processes and survives restarts. The
 * same SQL works on PGlite and PostgreSQL. Tests drive time with `runDueJobs(now)`.
 */
export class Scheduler {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly logger?: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Schedules (or moves) the job with this key, in the caller's transaction. */
  async schedule(tx: Executor, job: { key: string; kind: string; runAt: Date; payload: Record<string, unknown> }): Promise<void> {
    await tx
      .insert(scheduledJobs)
      .values({ jobKey: job.key, kind: job.kind, runAt: job.runAt, payload: job.payload })
      .onConflictDoUpdate({
        target: scheduledJobs.jobKey,
        set: { kind: job.kind, runAt: job.runAt, payload: job.payload, doneAt: null, attempts: 0, lastError: null },
      });
  }

  /** Cancels a pending job (marks it done without running it). */
  async cancel(tx: Executor, key: string): Promise<void> {
    await tx.update(scheduledJobs).set({ doneAt: sql`now()`, lastError: 'cancelled' }).where(and(eq(scheduledJobs.jobKey, key), isNull(scheduledJobs.doneAt)));
  }

  /** Runs every job due at `now`, one transaction each; returns how many ran. */
  async runDueJobs(now: Date = this.clock()): Promise<number> {
    let ran = 0;
    for (;;) {
      if (this.stopped) return ran;
      const outcome = await this.runOne(now);
      if (outcome === 'none') return ran;
      if (outcome === 'ran') ran += 1;
    }
  }

  private async runOne(now: Date): Promise<'ran' | 'failed' | 'none'> {
    let claimed: Job | undefined;
    try {
      const result = await inTransaction(this.db, async (tx, afterCommit) => {
        const [row] = await tx
          .select()
          .from(scheduledJobs)
          .where(and(isNull(scheduledJobs.doneAt), lte(scheduledJobs.runAt, now)))
          .orderBy(asc(scheduledJobs.runAt))
          .limit(1)
          .for('update', { skipLocked: true });
        if (!row) return 'none' as const;
        claimed = { id: row.id, jobKey: row.jobKey, kind: row.kind, payload: row.payload as Record<string, unknown>, runAt: row.runAt, attempts: row.attempts };
        const handler = this.handlers.get(row.kind);
        if (!handler) throw new Error(`no handler for job kind ${row.kind}`);
        await handler(tx, claimed, now, afterCommit);
        // The handler may have rescheduled this very key for a later step; only mark done what is still due.
        await tx
          .update(scheduledJobs)
          .set({ doneAt: now, attempts: row.attempts + 1 })
          .where(and(eq(scheduledJobs.id, row.id), lte(scheduledJobs.runAt, now), isNull(scheduledJobs.doneAt)));
        return 'ran' as const;
      });
      return result;
    } catch (err) {
      if (!claimed) throw err;
      const job = claimed;
      this.logger?.error({ err, job: job.jobKey }, 'scheduled job failed');
      const attempts = job.attempts + 1;
      await this.db
        .update(scheduledJobs)
        .set({
          attempts,
          lastError: String((err as Error).message ?? err).slice(0, 500),
          runAt: new Date(now.getTime() + Math.min(2 ** attempts, 3600) * 1000),
          ...(attempts >= MAX_ATTEMPTS ? { doneAt: now } : {}),
        })
        .where(eq(scheduledJobs.id, job.id));
      return 'failed';
    }
  }

  /** Polls every `intervalMs` (0 = never; tests call `runDueJobs`). */
  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running || this.stopped) return;
      this.running = this.runDueJobs().catch((err: unknown) => {
        this.logger?.error({ err }, 'scheduler poll failed');
        return 0;
      });
      void this.running.finally(() => {
        this.running = undefined;
      });
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops polling and waits for a running poll to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
