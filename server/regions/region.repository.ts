import { asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../db/database';
import { UserInputError } from '../common/errors';
import { buildRegionRows, type RegionRow } from './region.data';
import { regions } from './region.table';

export async function findRegions(db: Executor, codes: readonly string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(regions).where(inArray(regions.code, [...codes]));
}

export async function findChildren(db: Executor, parentCode: string | null): Promise<RegionRow[]> {
  return db
    .select()
    .from(regions)
    .where(parentCode === null ? isNull(regions.parentCode) : eq(regions.parentCode, parentCode))
    .orderBy(asc(regions.code));
}

/** Checks that every code exists; an unknown one is an input error naming the field. */
export async function requireRegionCodes(db: Executor, codes: readonly string[], field: string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  const found = new Set((await findRegions(db, unique)).map((r) => r.code));
  const missing = unique.find((c) => !found.has(c));
  if (missing !== undefined) throw new UserInputError('REGION_NOT_FOUND', `There is no region with code "${missing.slice(0, 20)}".`, field);
  return unique;
}

/** Loads the GB/T 2260 tree when the table is empty. Safe to call at every start. */
export async function loadRegionsIfEmpty(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(regions);
  if ((row?.n ?? 0) > 0) return 0;
  const rows = buildRegionRows();
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.insert(regions).values(rows.slice(i, i + 1000)).onConflictDoNothing();
    }
  });
  return rows.length;
}
