import type { Logger } from 'pino';
import type { ClaimService } from '../claims/claim.service';
import type { MatchingService } from './matching.service';

/** A piece of timed work: a plain function of "now", so a scheduler (or a test) decides when it runs. */
export interface TimedJob {
  name: string;
  /** How often it should run. */
  everyMs: number;
  run(now: Date): Promise<number>;
}

/** The timed work of matching and claims. */
export function matchingJobs(s: { claims: ClaimService; matching: MatchingService }): TimedJob[] {
  return [
    { name: 'claims.expireStale', everyMs: 60_000, run: (now) => s.claims.expireStaleClaims(now) },
    { name: 'matching.escalateUnclaimed', everyMs: 60_000, run: (now) => s.matching.escalateUnclaimedNeeds(now) },
  ];
}

export interface Runner {
  stop(): Promise<void>;
}

/**
 * A periodic runner: one timer per job, re-armed after each run (runs never overlap), stopped with the
 * app. Every process runs it; the jobs take their rows with SKIP LOCKED, so they are safe side by side.
 */
export function startTimedWork(jobs: readonly TimedJob[], logger: Logger): Runner {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const arm = (job: TimedJob) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const run = job
        .run(new Date())
        .then((n) => {
          if (n > 0) logger.info({ job: job.name, count: n }, 'timed work done');
        })
        .catch((err: unknown) => logger.error({ job: job.name, err }, 'timed work failed'))
        .finally(() => {
          running.delete(run);
          arm(job);
        });
      running.add(run);
    }, job.everyMs);
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) arm(job);
  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await Promise.all([...running]);
    },
  };
}
