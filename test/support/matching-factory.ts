import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { caseNeeds, cases, type CaseStatus, type HardshipType, type NeedKind, type Urgency } from '../../server/cases/case.table';
import { toGlobalId } from '../../server/common/ids';
import type { Db } from '../../server/db/database';
import { caseMatches, type MatchTier } from '../../server/matching/matching.table';

const rand = () => crypto.randomBytes(4).toString('hex');

export interface FactoryCase {
  id: string;
  gid: string;
  version: number;
  regionCode: string;
  needs: { id: string; gid: string; amount: bigint }[];
}

/**
 * Inserts a case with its needs directly (verified by default), as the case desk would leave it.
 * Amounts are in fen.
 */
export async function createCaseWithNeeds(
  db: Db,
  o: Partial<{
    regionCode: string;
    status: CaseStatus;
    urgency: Urgency;
    category: string;
    hardshipType: HardshipType;
    published: boolean;
    publicSummary: string;
    needs: { amount: bigint; kind?: NeedKind; description?: string }[];
    statusChangedAt: Date;
  }> = {},
): Promise<FactoryCase> {
  const regionCode = o.regionCode ?? '632623';
  const [c] = await db
    .insert(cases)
    .values({
      reference: `JJN-${regionCode}-2026-${rand()}`,
      regionCode,
      category: o.category ?? 'medical',
      hardshipType: o.hardshipType ?? 'sudden',
      urgency: o.urgency ?? 'normal',
      intakeChannel: 'discovery',
      status: o.status ?? 'verified',
      published: o.published ?? false,
      publicSummary: o.publicSummary ?? `需要帮助 ${rand()}`,
      publishedAt: o.published ? new Date() : null,
      statusChangedAt: o.statusChangedAt ?? new Date(),
    })
    .returning();
  if (!c) throw new Error('no case');
  const needs = [];
  for (const [i, n] of (o.needs ?? [{ amount: 1_000_00n }]).entries()) {
    const [row] = await db
      .insert(caseNeeds)
      .values({ caseId: c.id, kind: n.kind ?? 'cash', description: n.description ?? `need ${i + 1}`, amountMinor: n.amount, createdAt: new Date(Date.now() + i) })
      .returning();
    if (!row) throw new Error('no need');
    needs.push({ id: row.id, gid: toGlobalId('CaseNeed', row.id), amount: row.amountMinor });
  }
  return { id: c.id, gid: toGlobalId('Case', c.id), version: c.version, regionCode, needs };
}

/** Puts a case in an organisation's inbox directly (without running the matcher). */
export async function matchCaseTo(db: Db, caseId: string, organizationId: string, tier: MatchTier = 'local_charity'): Promise<void> {
  await db
    .insert(caseMatches)
    .values({ caseId, organizationId, tier, score: 0.5, rank: 1, breakdown: { closeness: 'county', terms: [] }, computedAt: new Date(), notifiedAt: new Date() })
    .onConflictDoNothing();
}

/** Changes a case the way the case desk would (a new version), so views of the old one are stale. */
export async function touchCase(db: Db, caseId: string, set: Partial<{ status: CaseStatus }> = {}): Promise<number> {
  const [c] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!c) throw new Error('no case');
  const [u] = await db.update(cases).set({ ...set, version: c.version + 1 }).where(eq(cases.id, caseId)).returning();
  return u?.version ?? 0;
}

export async function needRow(db: Db, needId: string) {
  const [n] = await db.select().from(caseNeeds).where(eq(caseNeeds.id, needId));
  if (!n) throw new Error('no need');
  return n;
}
