import type { InferSelectModel } from 'drizzle-orm';
import type { caseNeeds, cases } from '../cases/case.table';
import type { caseEscalations, caseMatches, MatchTier } from './matching.table';

export type CaseRecord = InferSelectModel<typeof cases>;
export type NeedRecord = InferSelectModel<typeof caseNeeds>;
export type CaseMatchRecord = InferSelectModel<typeof caseMatches>;
export type CaseEscalationRecord = InferSelectModel<typeof caseEscalations>;

/** A case as organisations and donors see it: the case row (only public fields are served) and its tier. */
export interface CaseSummaryModel extends CaseRecord {
  escalationTier: MatchTier | null;
}

/** What no claim, pledge or payment covers yet. */
export const remainingOf = (n: Pick<NeedRecord, 'amountMinor' | 'reservedMinor' | 'confirmedMinor' | 'claimedMinor'>): bigint =>
  n.amountMinor - n.reservedMinor - n.confirmedMinor - n.claimedMinor;
