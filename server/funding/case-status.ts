import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit';
import { cases, type CaseStatus } from '../cases/case.table';
import type { Tx } from '../db/database';

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
 * Pure, so the case desk can route it through their state machine later.
 */
export function fundingStatusAfter(current: CaseStatus, totals: NeedTotals): CaseStatus {
  const fundable = current === 'verified' || current === 'in_progress';
  if (fundable && totals.fullyCovered) return 'funded';
  if (current === 'verified' && totals.reserved + totals.confirmed > 0n) return 'in_progress';
  if (current === 'funded' && !totals.fullyCovered) return 'in_progress';
  return current;
}

/**
 * Bumps the case version (every funding change is a change of the case) and applies the
 * funding status move, with audit, in the caller's transaction. Returns the new version and status.
 */
export async function applyFundingChange(
  tx: Tx,
  c: { id: string; status: CaseStatus; regionCode: string },
  totals: NeedTotals,
  actorUserId: string | null,
): Promise<{ version: number; status: CaseStatus }> {
  const next = fundingStatusAfter(c.status, totals);
  const now = new Date();
  const [row] = await tx
    .update(cases)
    .set(next === c.status ? { updatedAt: now, version: sqlIncrement() } : { status: next, statusChangedAt: now, updatedAt: now, version: sqlIncrement() })
    .where(eq(cases.id, c.id))
    .returning({ version: cases.version, status: cases.status });
  if (!row) throw new Error(`case ${c.id} vanished`);
  if (next !== c.status) {
    await recordAudit(tx, { actorUserId, action: 'case.status.funding', entityType: 'Case', entityId: c.id, regionCode: c.regionCode, before: { status: c.status }, after: { status: next } });
  }
  return row;
}

const sqlIncrement = () => sql`${cases.version} + 1`;
