/**
 * Per-case facts computed once per call and the hard constraints that decide
 * whether a resource may be proposed for a case at all. Shared by ranking and
 * by building allocation problems, so both apply the same rules.
 */

import { anyCovers, homeCloseness, significantLength } from './regions';
import type { MatchCase, MatchResource, NeedKind } from './types';
import type { MatchWeights, TierRule } from './weights';

/** Why a resource was not proposed for a case, in the order the checks run. */
export type ExclusionReason =
  | 'declined'
  | 'not_eligible'
  | 'region'
  | 'category'
  | 'capacity'
  | 'need_kind'
  | 'budget'
  | 'tier';

/** Every exclusion reason, in check order. */
export const EXCLUSION_REASONS: readonly ExclusionReason[] = [
  'declined',
  'not_eligible',
  'region',
  'category',
  'capacity',
  'need_kind',
  'budget',
  'tier',
];

/** Bit of each need kind in a kind mask. */
export const KIND_BIT: Readonly<Record<NeedKind, number>> = { cash: 1, in_kind: 2, service: 4, medical_bill: 8 };
/** Mask of every need kind. */
export const ALL_KINDS = 15;
/** Mask of the kinds paid in money (cash, medical bill). */
export const CASH_LIKE = KIND_BIT.cash | KIND_BIT.medical_bill;
/** Index of a kind bit in per-kind arrays. */
export const KIND_INDEX: Readonly<Record<NeedKind, number>> = { cash: 0, in_kind: 1, service: 2, medical_bill: 3 };

/** Result of a hard-constraint check: an exclusion reason, or null when the resource passes. */
export type HardCheck = ExclusionReason | null;

/** Facts about one case, computed once per call. */
export interface CaseContext {
  readonly matchCase: MatchCase;
  readonly code: string;
  readonly codeLength: number;
  readonly declined: ReadonlySet<string> | null;
  readonly eligibleProgrammes: ReadonlySet<string> | null;
  /** Kinds with a positive remaining amount. */
  readonly openMask: number;
  /** Remaining amount per kind (indexed by {@link KIND_INDEX}), before any programme. */
  readonly remainingByKind: Float64Array;
  /** Urgency pressure in [0, 1]: see `MatchWeights.urgency`. */
  readonly pressure: number;
}

function validAmount(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer number of fen, got ${value}`);
  return value;
}

/** Builds the per-case context; throws a RangeError on a malformed region code or non-integer amounts. */
export function caseContext(matchCase: MatchCase, weights: MatchWeights): CaseContext {
  const code = matchCase.regionCode;
  const codeLength = significantLength(code);
  if (codeLength < 6) {
    throw new RangeError(`case ${matchCase.id}: regionCode must be a 6-digit county or 9-digit township code, got '${code}'`);
  }
  const remainingByKind = new Float64Array(4);
  let openMask = 0;
  for (const need of matchCase.needs) {
    const remaining = validAmount(need.remaining, `case ${matchCase.id} need ${need.id} remaining`);
    if (remaining <= 0) continue;
    openMask |= KIND_BIT[need.kind];
    const k = KIND_INDEX[need.kind];
    remainingByKind[k] = remainingByKind[k]! + remaining;
  }
  const u = weights.urgency;
  const base = u.base[matchCase.urgency];
  const waited = Number.isFinite(matchCase.waitedHours) && matchCase.waitedHours > 0 ? matchCase.waitedHours : 0;
  const waitShare = u.waitHalfHours > 0 ? waited / (waited + u.waitHalfHours) : 1;
  const pressure = clamp01(base + (1 - base) * waitShare);
  return {
    matchCase,
    code,
    codeLength,
    declined: matchCase.declinedBy.length > 0 ? new Set(matchCase.declinedBy) : null,
    eligibleProgrammes: matchCase.eligibleProgrammes === undefined ? null : new Set(matchCase.eligibleProgrammes),
    openMask,
    remainingByKind,
    pressure,
  };
}

/** Clamps to [0, 1]; NaN becomes 0. */
export function clamp01(x: number): number {
  return x > 1 ? 1 : x > 0 ? x : 0;
}

/** Kind mask of the needs a resource can meet. */
export function resourceKindMask(resource: MatchResource): number {
  const kinds = resource.needKinds;
  if (kinds === undefined) return ALL_KINDS;
  let mask = 0;
  for (let i = 0; i < kinds.length; i++) mask |= KIND_BIT[kinds[i] as NeedKind];
  return mask;
}

function includes(list: readonly string[], value: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** True when the resource is a government programme that goes in the "programmes first" group for this case. */
export function isEligibleProgramme(ctx: CaseContext, resource: MatchResource): boolean {
  return resource.kind === 'government' && ctx.eligibleProgrammes !== null && ctx.eligibleProgrammes.has(resource.id);
}

/**
 * Hard constraints that do not depend on the needs: not declined, eligible
 * when it is a government programme and eligibility is known, serves the
 * case's region directly or through a pairing region, takes the category, has
 * capacity left.
 */
export function caseLevelCheck(ctx: CaseContext, r: MatchResource): HardCheck {
  if (ctx.declined !== null && ctx.declined.has(r.id)) return 'declined';
  if (r.kind === 'government' && ctx.eligibleProgrammes !== null && !ctx.eligibleProgrammes.has(r.id)) {
    return 'not_eligible';
  }
  if (!anyCovers(r.serviceRegions, ctx.code, ctx.codeLength) && !anyCovers(r.pairingRegions, ctx.code, ctx.codeLength)) {
    return 'region';
  }
  if (r.categories.length > 0 && !includes(r.categories, ctx.matchCase.category)) return 'category';
  if (!(r.capacityLeft > 0)) return 'capacity';
  return null;
}

/**
 * Every hard constraint: {@link caseLevelCheck}, then the resource must meet at
 * least one open need kind, and have budget left when every open kind it meets
 * is paid in money. A case with no open needs puts no constraint on kinds.
 */
export function hardCheck(ctx: CaseContext, r: MatchResource): HardCheck {
  const caseLevel = caseLevelCheck(ctx, r);
  if (caseLevel !== null) return caseLevel;
  if (ctx.openMask !== 0) {
    const meets = resourceKindMask(r) & ctx.openMask;
    if (meets === 0) return 'need_kind';
    if ((meets & ~CASH_LIKE) === 0 && !(r.budgetLeft > 0)) return 'budget';
  }
  return null;
}

/** True when a resource that passes the hard constraints also belongs to the tier described by `rule`. */
export function inTier(ctx: CaseContext, r: MatchResource, rule: TierRule): boolean {
  if (rule.kinds !== null && !rule.kinds.includes(r.kind)) return false;
  if (rule.reach === 'prefecture') {
    const near = homeCloseness(r.homeRegion, ctx.code, ctx.codeLength);
    return near === 'township' || near === 'county' || near === 'prefecture';
  }
  return true;
}
