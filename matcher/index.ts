/**
 * Matcher: a pure library that ranks organisations, pools and programmes for
 * a 救急难 case and allocates scarce budgets across many cases.
 *
 * No I/O, no clock, no randomness: time (hours waited) is an input, and the
 * same input always gives the same output. Money is integer fen.
 */

export type { HardshipType, MatchCase, MatchNeed, MatchResource, NeedKind, ResourceKind, ResponseRecord, Urgency } from './types';
export { NEED_KINDS, RESOURCE_KINDS, URGENCIES, isCashLike } from './types';

export type { Closeness, RegionLevel } from './regions';
export {
  CLOSENESS_LEVELS,
  countyOf,
  covers,
  homeCloseness,
  isRegionCode,
  prefectureOf,
  provinceOf,
  regionLevel,
  significantLength,
} from './regions';

export type { EscalationTier, MatchWeights, PriorityInput, RankFactor, TierRule } from './weights';
export { DEFAULT_MATCH_WEIGHTS, ESCALATION_TIERS, RANK_FACTORS, needWeight, nextTier } from './weights';

export type { ExclusionReason } from './case-context';
export { EXCLUSION_REASONS } from './case-context';

export type { ProgrammeMatch, RankOptions, RankResult, RankedResource, ScoreTerm } from './rank';
export { exclusionReason, rankResources, resourcesInTier } from './rank';

export type { AllocationNeed, AllocationProblem, AllocationResource } from './problem';
export type { AllocateOptions, AllocationLine, AllocationResult } from './allocate';
export { allocate } from './allocate';
export type { BuildProblemOptions } from './build-problem';
export { buildAllocationProblem } from './build-problem';
export type { LinearProgram } from './relaxation';
export { allocationObjective, allocationRelaxation, checkAllocation } from './relaxation';
