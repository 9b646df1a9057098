import type { Lang } from '../i18n/i18n';

/** Formats an ISO instant for people, in Beijing time, in the chosen language. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(d);
}

const DAY_MS = 24 * 3600_000;
const BEIJING_OFFSET = '+08:00';

/** Whether a string is a calendar date as date inputs give it (YYYY-MM-DD) and that day exists. */
export function isDateInput(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The calendar date (YYYY-MM-DD) of an instant in Beijing time. */
export function beijingDate(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The instant a Beijing calendar day starts (ISO 8601, UTC). */
export function startOfBeijingDay(date: string): string {
  return new Date(`${date}T00:00:00${BEIJING_OFFSET}`).toISOString();
}

/** The instant just after a Beijing calendar day ends, i.e. the next day's start (ISO 8601, UTC). */
export function endOfBeijingDay(date: string): string {
  return new Date(new Date(`${date}T00:00:00${BEIJING_OFFSET}`).getTime() + DAY_MS).toISOString();
}

/** The last Beijing calendar day before an exclusive end instant (YYYY-MM-DD). */
export function lastBeijingDayBefore(end: string): string {
  return beijingDate(new Date(new Date(end).getTime() - 1));
}

/** Formats a calendar date (YYYY-MM-DD) for people, in the chosen language. */
export function formatDate(date: string, lang: Lang): string {
  if (!isDateInput(date)) return date;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
