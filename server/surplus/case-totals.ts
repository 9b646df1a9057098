import { eq, sql } from 'drizzle-orm';
import { caseNeeds, cases } from '../cases/case.table';
import type { Tx } from '../db/database';
import type { NeedTotals } from '../funding/case-status';

/** A case's need totals and paid donors, read in the caller's transaction. */
export async function caseTotals(tx: Tx, caseId: string): Promise<NeedTotals & { donors: number }> {
  const [t] = await tx
    .select({
      amount: sql<string>`coalesce(sum(${caseNeeds.amountMinor}), 0)`,
      reserved: sql<string>`coalesce(sum(${caseNeeds.reservedMinor}), 0)`,
      confirmed: sql<string>`coalesce(sum(${caseNeeds.confirmedMinor}), 0)`,
      claimed: sql<string>`coalesce(sum(${caseNeeds.claimedMinor}), 0)`,
      open: sql<string>`count(*) FILTER (WHERE ${caseNeeds.confirmedMinor} + ${caseNeeds.claimedMinor} < ${caseNeeds.amountMinor})`,
      n: sql<string>`count(*)`,
    })
    .from(caseNeeds)
    .where(eq(caseNeeds.caseId, caseId));
  const [d] = await tx.select({ n: cases.donorCount }).from(cases).where(eq(cases.id, caseId));
  return {
    amount: BigInt(t?.amount ?? 0),
    reserved: BigInt(t?.reserved ?? 0),
    confirmed: BigInt(t?.confirmed ?? 0),
    claimed: BigInt(t?.claimed ?? 0),
    fullyCovered: Number(t?.n ?? 0) > 0 && Number(t?.open ?? 0) === 0,
    donors: Number(d?.n ?? 0),
  };
}
