import type { Db, Tx } from './database';

export type AfterCommit = (task: () => void | Promise<void>) => void;

/**
 * Runs `work` in one transaction. Tasks registered with `afterCommit` run only
 * once the commit has succeeded (live events, notifications), never for a rollback.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx, afterCommit: AfterCommit) => Promise<T>): Promise<T> {
  const tasks: (() => void | Promise<void>)[] = [];
  const result = await db.transaction((tx) => work(tx, (task) => tasks.push(task)));
  for (const task of tasks) {
    try {
      await task();
    } catch {
      // A failed notification must not turn a committed change into an error for the caller.
    }
  }
  return result;
}
