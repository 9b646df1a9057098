import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit';
import { cases, type CaseStatus } from '../cases/case.table';
import type { Tx } from '../db/database';
import type { AfterCommit } from '../db/transaction';
import type { LiveHub } from '../live/live-hub';
import { announceCaseStatus } from '../cases/case-status-event';

export interface NeedTotals {
  amount: bigint;
  reserved: bigint;
  confirmed: bigint;
  claimed: bigint;
  /** Whether every need is covered by confirmed money and claims. */
  fullyCovered: boolean;
}

/**
 * The only case-status moves made by funding: verified → in_progress on the first pledge,
 * → funded when every need is confirmed, funded → in_progress when a refund reopens it.
 * Pure: the rule apart from the write.
 */
export function fundingStatusAfter(current: CaseStatus, totals: NeedTotals): CaseStatus {
  const fundable = current === 'verified' || current === 'in_progress';
  if (fundable && totals.fullyCovered) return 'funded';
  if (current === 'verified' && totals.reserved + totals.confirmed > 0n) return 'in_progress';
  if (current === 'funded' && !totals.fullyCovered) return 'in_progress';
  return current;
}

/**
 * Applies a funding status move decided by `fundingStatusAfter` (a plain update with audit,
 * in the caller's transaction, announced as `case.status` after the commit); does nothing when
 * the status stays. The funding engine has already bumped the case version in the same transaction.
 */
export async function applyFundingStatus(
  tx: Tx,
  c: { id: string; status: CaseStatus; regionCode: string },
  next: CaseStatus,
  actorUserId: string | null,
  announce: { live: LiveHub; afterCommit: AfterCommit },
): Promise<void> {
  if (next === c.status) return;
  const now = new Date();
  await tx.update(cases).set({ status: next, statusChangedAt: now, updatedAt: now }).where(eq(cases.id, c.id));
  await recordAudit(tx, { actorUserId, action: 'case.status.funding', entityType: 'Case', entityId: c.id, regionCode: c.regionCode, before: { status: c.status }, after: { status: next } });
  await announceCaseStatus(tx, announce.live, announce.afterCommit, c.id);
}
