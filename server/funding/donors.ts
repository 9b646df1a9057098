import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/database';
import type { PledgeRecord } from '../pledges/pledge.model';

/** Who a pledge counts as among a case's donors: the organisation it was given for, else the person. */
export const donorKey = (p: Pick<PledgeRecord, 'organizationId' | 'donorUserId'>): string => p.organizationId ?? p.donorUserId;

/** How many confirmed pledges each donor of one case gains or loses in a change. */
export class DonorChanges {
  private readonly byKey = new Map<string, number>();

  /** A pledge that went from `before` (null: it is new) to `after`. */
  note(before: Pick<PledgeRecord, 'status'> | null | undefined, after: PledgeRecord): this {
    const was = before?.status === 'confirmed';
    const is = after.status === 'confirmed';
    if (was !== is) {
      const key = donorKey(after);
      this.byKey.set(key, (this.byKey.get(key) ?? 0) + (is ? 1 : -1));
    }
    return this;
  }

  get empty(): boolean {
    return [...this.byKey.values()].every((d) => d === 0);
  }

  /** One JSON parameter: `[{ k: donor, d: change }]`. */
  toJson(): string {
    return JSON.stringify([...this.byKey].flatMap(([k, d]) => (d === 0 ? [] : [{ k, d }])));
  }
}

/**
 * Pieces of a statement that moves a case's donor count: the CTEs `dx` (the changes) and `dn`
 * (the donors' rows, upserted; when `after` is given they wait for it, so their row locks follow
 * the need's), and the amount `cases.donor_count` moves by: donors whose confirmed pledges went
 * from none to some, less those that went to none.
 */
export function donorCountSql(caseId: string, changes: DonorChanges, after?: SQL): { ctes: SQL; increment: SQL } {
  return {
    ctes: sql`dx AS (SELECT * FROM jsonb_to_recordset(${changes.toJson()}::jsonb) AS x(k uuid, d int)),
      dn AS (
        INSERT INTO case_donors (case_id, donor_key, confirmed)
        SELECT ${caseId}::uuid, dx.k, dx.d FROM dx ${after ? sql`WHERE EXISTS (${after})` : sql``}
        ON CONFLICT (case_id, donor_key) DO UPDATE SET confirmed = case_donors.confirmed + EXCLUDED.confirmed
        RETURNING donor_key, confirmed)`,
    increment: sql`(SELECT coalesce(sum(CASE WHEN dn.confirmed > 0 AND dn.confirmed - dx.d <= 0 THEN 1
                                             WHEN dn.confirmed <= 0 AND dn.confirmed - dx.d > 0 THEN -1 ELSE 0 END), 0)
                      FROM dn JOIN dx ON dx.k = dn.donor_key)::int`,
  };
}

/**
 * Moves a case's donor count for pledges confirmed outside a funding batch's own writes (pool
 * matches, redirected surplus), in the caller's transaction, which has locked the need already.
 */
export async function recordDonorChanges(tx: Tx, caseId: string, changes: DonorChanges): Promise<void> {
  if (changes.empty) return;
  const { ctes, increment } = donorCountSql(caseId, changes);
  await tx.execute(sql`WITH ${ctes} UPDATE cases SET donor_count = donor_count + ${increment} WHERE id = ${caseId}`);
}
