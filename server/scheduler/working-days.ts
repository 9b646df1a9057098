/** China Standard Time offset; working days are counted on the calendar in China. */
const CST_MS = 8 * 3600_000;

const cstDate = (t: Date): string => new Date(t.getTime() + CST_MS).toISOString().slice(0, 10);

/** Whether a calendar day (YYYY-MM-DD, China time) is a working day: not a weekend, not a listed holiday. */
export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.has(day);
}

/**
 * The moment `n` working days after `from`, keeping the time of day: each step moves
 * to the next calendar day that is a working day (weekends and `holidays` skipped).
 */
export function addWorkingDays(from: Date, n: number, holidays: readonly string[] = []): Date {
  const set = new Set(holidays);
  let t = from.getTime();
  let left = n;
  while (left > 0) {
    t += 86_400_000;
    if (isWorkingDay(cstDate(new Date(t)), set)) left -= 1;
  }
  return new Date(t);
}

/** The calendar year in China of a moment (for the once-per-reason-per-year rule). */
export const cstYear = (t: Date): number => Number(cstDate(t).slice(0, 4));
export { cstDate };
