import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit';
import { cases } from '../cases/case.table';
import type { Tx } from '../db/database';
import type { CaseRecord } from '../matching/matching.model';

/**
 * The one status change claims make: the first claim on a verified case puts it in progress.
 * Claims do not change the case's version:
 * the version guards the case's facts, and claims are guarded per need.
 */
export async function markCaseInProgress(tx: Tx, c: CaseRecord, actorUserId: string | null, now: Date, requestId: string | null): Promise<boolean> {
  if (c.status !== 'verified') return false;
  const changed = await tx
    .update(cases)
    .set({ status: 'in_progress', statusChangedAt: now, updatedAt: now })
    .where(and(eq(cases.id, c.id), eq(cases.status, 'verified')))
    .returning({ id: cases.id });
  if (changed.length === 0) return false;
  await recordAudit(tx, {
    actorUserId,
    action: 'case.transition',
    entityType: 'Case',
    entityId: c.id,
    regionCode: c.regionCode,
    before: { status: 'verified' },
    after: { status: 'in_progress', reason: 'first claim' },
    requestId,
  });
  return true;
}
