import crypto from 'node:crypto';
import { caseNeeds, cases, type CaseStatus } from '../../server/cases/case.table';
import { toGlobalId } from '../../server/common/ids';
import type { Db } from '../../server/db/database';

export interface FactoryCase {
  id: string;
  gid: string;
  regionCode: string;
  needs: { id: string; gid: string; amount: bigint }[];
}

/**
 * Inserts a case straight into the tables (the case desk's own flow is not needed here):
 * verified and published in Gadê by default, with needs of the given amounts in fen.
 */
export async function createPublishedCase(
  db: Db,
  needs: bigint[] = [500_000n],
  overrides: Partial<{ regionCode: string; status: CaseStatus; published: boolean }> = {},
): Promise<FactoryCase> {
  const regionCode = overrides.regionCode ?? '632623';
  const seq = crypto.randomInt(1, 999_999).toString().padStart(6, '0');
  const [c] = await db
    .insert(cases)
    .values({
      reference: `JJN-${regionCode}-2026-${seq}-${crypto.randomBytes(2).toString('hex')}`,
      regionCode,
      category: 'medical',
      hardshipType: 'expenditure',
      urgency: 'high',
      intakeChannel: 'discovery',
      status: overrides.status ?? 'verified',
      published: overrides.published ?? true,
      publishedAt: new Date(),
      publicSummary: 'A herder family in Gadê needs help with a hospital bill.',
    })
    .returning();
  if (!c) throw new Error('no case');
  const rows = await db
    .insert(caseNeeds)
    .values(needs.map((amountMinor, i) => ({ caseId: c.id, kind: 'medical_bill' as const, description: `Need ${i + 1}`, payeeKind: 'hospital' as const, payeeName: '甘德县人民医院', amountMinor })))
    .returning();
  return { id: c.id, gid: toGlobalId('Case', c.id), regionCode, needs: rows.map((n) => ({ id: n.id, gid: toGlobalId('CaseNeed', n.id), amount: n.amountMinor })) };
}
