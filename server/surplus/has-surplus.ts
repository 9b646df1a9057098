import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database';
import { surplusAllocations } from './surplus.table';

/** Whether any of a pledge's money was taken out of its case as surplus (a full refund would then take it twice). */
export async function hasSurplus(ex: Executor, pledgeId: string): Promise<boolean> {
  const [row] = await ex.select({ id: surplusAllocations.id }).from(surplusAllocations).where(eq(surplusAllocations.pledgeId, pledgeId)).limit(1);
  return row !== undefined;
}
