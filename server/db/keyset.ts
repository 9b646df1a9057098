import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { TimeIdKey } from '../common/connection';

/**
 * The keyset condition for "newest first" pages ordered by (time desc, id desc): rows strictly
 * after the cursor's (time, id). Undefined on the first page.
 */
export function afterTimeId(time: PgColumn, id: PgColumn, after: TimeIdKey | null): SQL | undefined {
  if (!after) return undefined;
  const at = new Date(after[0]);
  return or(lt(time, at), and(eq(time, at), lt(id, after[1])));
}
