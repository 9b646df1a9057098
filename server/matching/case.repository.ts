import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { caseNeeds, cases } from '../cases/case.table';
import { claims } from '../claims/claim.table';
import type { Executor } from '../db/database';
import type { CaseRecord, CaseSummaryModel, NeedRecord } from './matching.model';
import { caseEscalationState, caseMatches } from './matching.table';

/** Statuses in which a case is open to matching and claims. */
export const OPEN_STATUSES = ['verified', 'in_progress', 'escalated'] as const;
export const isOpenStatus = (s: string): boolean => (OPEN_STATUSES as readonly string[]).includes(s);

export async function findCase(db: Executor, id: string): Promise<CaseRecord | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

export async function findCaseSummaries(db: Executor, ids: readonly string[]): Promise<CaseSummaryModel[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ c: cases, tier: caseEscalationState.tier })
    .from(cases)
    .leftJoin(caseEscalationState, eq(caseEscalationState.caseId, cases.id))
    .where(inArray(cases.id, [...ids]));
  return rows.map((r) => ({ ...r.c, escalationTier: r.tier ?? null }));
}

export async function findNeedsOfCases(db: Executor, caseIds: readonly string[]): Promise<NeedRecord[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(caseNeeds).where(inArray(caseNeeds.caseId, [...caseIds])).orderBy(asc(caseNeeds.createdAt), asc(caseNeeds.id));
}

export async function findNeeds(db: Executor, ids: readonly string[]): Promise<NeedRecord[]> {
  if (ids.length === 0) return [];
  return db.select().from(caseNeeds).where(inArray(caseNeeds.id, [...ids]));
}

/** Whether a case was matched to the organisation (and not declined), or it already holds a claim on it. */
export async function isCaseOpenTo(db: Executor, caseId: string, organizationId: string): Promise<boolean> {
  const [m] = await db
    .select({ id: caseMatches.id })
    .from(caseMatches)
    .where(and(eq(caseMatches.caseId, caseId), eq(caseMatches.organizationId, organizationId), isNull(caseMatches.declinedAt)));
  if (m) return true;
  const [c] = await db.select({ id: claims.id }).from(claims).where(and(eq(claims.caseId, caseId), eq(claims.organizationId, organizationId))).limit(1);
  return !!c;
}
