/**
 * Ranking resources for one case.
 *
 * 1. Hard constraints (see `hardCheck`): not declined, eligible if a
 *    government programme and eligibility is known, serves the case's region
 *    directly or through a pairing region, takes the category, has capacity,
 *    meets an open need kind, has budget for money-only needs.
 * 2. Government programmes the person is eligible for form a first group
 *    (R4, R11: government assistance is the backbone). They are scored against
 *    the full open need, and each is assumed to pay the money needs it meets
 *    up to min(budget left, per-case cap). What is left is the *gap*.
 * 3. Every other resource (optionally only those in an escalation tier) is
 *    scored against the gap: score = Σ weight × value over the factors region
 *    closeness, category fit, budget headroom (budget ÷ the money gap of the
 *    kinds it meets, capped at 1), response record, urgency × speed, language.
 *    The top K are kept in a bounded heap; ties go to the smaller id.
 *
 * Cost: O(R · (s + c)) for R resources with s regions and c categories each,
 * plus O(R log K) for the heap. The scan allocates nothing per resource; only
 * the K kept resources get a breakdown.
 */

import {
  CASH_LIKE,
  EXCLUSION_REASONS,
  KIND_BIT,
  KIND_INDEX,
  caseContext,
  clamp01,
  hardCheck,
  inTier,
  isEligibleProgramme,
  resourceKindMask,
} from './case-context';
import type { CaseContext, ExclusionReason } from './case-context';
import { anyCovers, homeCloseness } from './regions';
import type { Closeness } from './regions';
import type { MatchCase, MatchResource, NeedKind, ResourceKind } from './types';
import { isCashLike } from './types';
import { DEFAULT_MATCH_WEIGHTS, RANK_FACTORS } from './weights';
import type { EscalationTier, MatchWeights, RankFactor } from './weights';

/** One line of a score breakdown: contribution = weight × value. */
export interface ScoreTerm {
  /** Which factor. */
  factor: RankFactor;
  /** Its weight in `MatchWeights.factors`. */
  weight: number;
  /** Factor value in [0, 1]. */
  value: number;
  /** weight × value. */
  contribution: number;
}

/** A resource proposed for a case, with its score explained. */
export interface RankedResource {
  /** Id of the resource. */
  resourceId: string;
  /** Its kind. */
  kind: ResourceKind;
  /** Sum of the breakdown's contributions, in breakdown order. */
  score: number;
  /** How near the resource is to the case (drives the region factor). */
  closeness: Closeness;
  /** One term per factor, in `RANK_FACTORS` order. */
  breakdown: ScoreTerm[];
}

/** An eligible government programme, with the amount it is expected to pay. */
export interface ProgrammeMatch extends RankedResource {
  /** Integer fen this programme is assumed to pay towards the case's money needs. */
  expectedCover: number;
}

/** Options of {@link rankResources}. */
export interface RankOptions {
  /** How many non-programme resources to return (the top K). */
  k: number;
  /** Weights; defaults to {@link DEFAULT_MATCH_WEIGHTS}. */
  weights?: MatchWeights;
  /** Only rank resources in this escalation tier. Programmes are reported whatever the tier. */
  tier?: EscalationTier;
}

/** Result of {@link rankResources}. */
export interface RankResult {
  /** Eligible government programmes that pass the hard constraints, best first (all of them, not limited by K). */
  programmes: ProgrammeMatch[];
  /** Top K other resources, best first. */
  ranked: RankedResource[];
  /** Open money need (cash and medical bills), integer fen. */
  openNeed: number;
  /** Money need left after the programmes' expected cover, integer fen. */
  gap: number;
  /** Number of non-programme resources that passed every constraint (and the tier), before the cut to K. */
  candidates: number;
  /** How many resources each constraint excluded (first failing constraint only). */
  excluded: Record<ExclusionReason, number>;
}

const FACTOR_COUNT = RANK_FACTORS.length;

/** Closeness of a resource to the case, taking pairing into account. */
function closenessOf(ctx: CaseContext, r: MatchResource, weights: MatchWeights): Closeness {
  const home = homeCloseness(r.homeRegion, ctx.code, ctx.codeLength);
  if (
    r.pairingRegions.length > 0 &&
    weights.closeness.pairing > weights.closeness[home] &&
    anyCovers(r.pairingRegions, ctx.code, ctx.codeLength)
  ) {
    return 'pairing';
  }
  return home;
}

function speedOf(r: MatchResource, weights: MatchWeights): number {
  const median = r.responseRecord.medianResponseHours;
  const half = weights.response.halfSpeedHours;
  if (median === null || !Number.isFinite(median)) return weights.response.unknownSpeed;
  return half / (half + (median > 0 ? median : 0));
}

function speaks(languages: readonly string[], language: string): boolean {
  for (let i = 0; i < languages.length; i++) if (languages[i] === language) return true;
  return false;
}

function languageValue(caseLanguages: readonly string[], r: MatchResource, weights: MatchWeights): number {
  if (caseLanguages.length === 0) return weights.language.preferred;
  if (speaks(r.languages, caseLanguages[0] as string)) return weights.language.preferred;
  for (let i = 1; i < caseLanguages.length; i++) {
    if (speaks(r.languages, caseLanguages[i] as string)) return weights.language.other;
  }
  return weights.language.none;
}

/**
 * Fills `out` with the factor values of `r` (in {@link RANK_FACTORS} order),
 * scoring budget headroom against `gapByKind`, and returns the score computed
 * exactly as the breakdown sums it.
 */
function scoreInto(
  ctx: CaseContext,
  r: MatchResource,
  weights: MatchWeights,
  gapByKind: Float64Array,
  closeness: Closeness,
  out: Float64Array,
): number {
  out[0] = weights.closeness[closeness];
  out[1] = r.categories.length === 0 ? weights.category.open : weights.category.focused;
  const money = resourceKindMask(r) & ctx.openMask & CASH_LIKE;
  let moneyGap = 0;
  if (money & KIND_BIT.cash) moneyGap += gapByKind[KIND_INDEX.cash] as number;
  if (money & KIND_BIT.medical_bill) moneyGap += gapByKind[KIND_INDEX.medical_bill] as number;
  out[2] = moneyGap > 0 ? clamp01(r.budgetLeft / moneyGap) : 1;
  const speed = speedOf(r, weights);
  const share = weights.response.claimRateShare;
  out[3] = share * clamp01(r.responseRecord.claimRate) + (1 - share) * speed;
  out[4] = ctx.pressure * speed;
  out[5] = languageValue(ctx.matchCase.languages, r, weights);
  const f = weights.factors;
  return (
    f.region * (out[0] as number) +
    f.category * (out[1] as number) +
    f.budget * (out[2] as number) +
    f.response * (out[3] as number) +
    f.urgency * (out[4] as number) +
    f.language * (out[5] as number)
  );
}

function breakdownOf(values: Float64Array, weights: MatchWeights): { terms: ScoreTerm[]; score: number } {
  const terms: ScoreTerm[] = [];
  let score = 0;
  for (let i = 0; i < FACTOR_COUNT; i++) {
    const factor = RANK_FACTORS[i] as RankFactor;
    const weight = weights.factors[factor];
    const value = values[i] as number;
    const contribution = weight * value;
    score = i === 0 ? contribution : score + contribution;
    terms.push({ factor, weight, value, contribution });
  }
  return { terms, score };
}

/**
 * Bounded heap of the best K (score, index) pairs. The root is the worst kept
 * entry, so a candidate is compared once against it and most candidates are
 * rejected in O(1).
 */
class TopK {
  private readonly idx: Int32Array;
  private readonly score: Float64Array;
  size = 0;

  constructor(
    private readonly capacity: number,
    private readonly resources: readonly MatchResource[],
  ) {
    this.idx = new Int32Array(capacity);
    this.score = new Float64Array(capacity);
  }

  /** True when entry a ranks below entry b: lower score, or same score and larger id. */
  private worse(sa: number, ia: number, sb: number, ib: number): boolean {
    if (sa !== sb) return sa < sb;
    return (this.resources[ia] as MatchResource).id > (this.resources[ib] as MatchResource).id;
  }

  offer(s: number, i: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      let pos = this.size++;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        const ps = this.score[parent] as number;
        const pi = this.idx[parent] as number;
        if (!this.worse(s, i, ps, pi)) break;
        this.score[pos] = ps;
        this.idx[pos] = pi;
        pos = parent;
      }
      this.score[pos] = s;
      this.idx[pos] = i;
      return;
    }
    if (!this.worse(this.score[0] as number, this.idx[0] as number, s, i)) return;
    let pos = 0;
    const n = this.size;
    for (;;) {
      const left = 2 * pos + 1;
      if (left >= n) break;
      let child = left;
      const right = left + 1;
      if (
        right < n &&
        this.worse(this.score[right] as number, this.idx[right] as number, this.score[left] as number, this.idx[left] as number)
      ) {
        child = right;
      }
      const cs = this.score[child] as number;
      const ci = this.idx[child] as number;
      if (!this.worse(cs, ci, s, i)) break;
      this.score[pos] = cs;
      this.idx[pos] = ci;
      pos = child;
    }
    this.score[pos] = s;
    this.idx[pos] = i;
  }

  /** Kept indices, best first. */
  sorted(): number[] {
    const order = Array.from(this.idx.subarray(0, this.size));
    const scoreOf = new Map<number, number>();
    for (let j = 0; j < this.size; j++) scoreOf.set(this.idx[j] as number, this.score[j] as number);
    order.sort((a, b) => {
      const sa = scoreOf.get(a) as number;
      const sb = scoreOf.get(b) as number;
      if (sa !== sb) return sb - sa;
      const ia = (this.resources[a] as MatchResource).id;
      const ib = (this.resources[b] as MatchResource).id;
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
    return order;
  }
}

function emptyExclusions(): Record<ExclusionReason, number> {
  const out = {} as Record<ExclusionReason, number>;
  for (const reason of EXCLUSION_REASONS) out[reason] = 0;
  return out;
}

function compareRanked(a: RankedResource, b: RankedResource): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.resourceId < b.resourceId ? -1 : a.resourceId > b.resourceId ? 1 : 0;
}

function ranked(
  ctx: CaseContext,
  r: MatchResource,
  weights: MatchWeights,
  gapByKind: Float64Array,
  values: Float64Array,
): RankedResource {
  const closeness = closenessOf(ctx, r, weights);
  scoreInto(ctx, r, weights, gapByKind, closeness, values);
  const { terms, score } = breakdownOf(values, weights);
  return { resourceId: r.id, kind: r.kind, score, closeness, breakdown: terms };
}

function amountOf(value: number | undefined, what: string): number {
  if (value === undefined) return Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer number of fen, got ${value}`);
  return value > 0 ? value : 0;
}

/**
 * Assumes the programmes pay the open money needs they meet, each up to
 * min(budget left, per-case cap). Programmes that meet only one money kind
 * pay first, then those that meet both (best score first within each group):
 * with two kinds this order pays the most possible in total, so adding a
 * programme never widens the gap. Returns the expected cover of each
 * programme (in the order given) and leaves the remaining money gap per kind
 * in `gapByKind`.
 */
function coverByProgrammes(
  matchCase: MatchCase,
  programmes: readonly MatchResource[],
  gapByKind: Float64Array,
): number[] {
  const remaining = matchCase.needs.map((n) => (n.remaining > 0 && isCashLike(n.kind) ? n.remaining : 0));
  const covers = programmes.map(() => 0);
  const moneyKinds = (r: MatchResource): number => {
    const mask = resourceKindMask(r) & CASH_LIKE;
    return (mask & KIND_BIT.cash ? 1 : 0) + (mask & KIND_BIT.medical_bill ? 1 : 0);
  };
  const order = programmes.map((_, i) => i).sort((a, b) => moneyKinds(programmes[a]!) - moneyKinds(programmes[b]!) || a - b);
  for (const i of order) {
    const p = programmes[i] as MatchResource;
    let left = Math.min(amountOf(p.budgetLeft, `resource ${p.id} budgetLeft`), amountOf(p.maxPerCase, `resource ${p.id} maxPerCase`));
    const mask = resourceKindMask(p);
    for (let j = 0; j < matchCase.needs.length && left > 0; j++) {
      const need = matchCase.needs[j] as (typeof matchCase.needs)[number];
      const open = remaining[j] as number;
      if (open <= 0 || (mask & KIND_BIT[need.kind]) === 0) continue;
      const take = Math.min(open, left);
      remaining[j] = open - take;
      left -= take;
      covers[i] = (covers[i] as number) + take;
      gapByKind[KIND_INDEX[need.kind]] = (gapByKind[KIND_INDEX[need.kind]] as number) - take;
    }
  }
  return covers;
}

/**
 * Ranks resources for one case: eligible government programmes first, then
 * the top K other resources scored against the gap the programmes leave. See
 * the module comment for the rules. Deterministic; the order of `resources`
 * does not matter as long as ids are unique.
 *
 * @throws RangeError when the case's region code is not a county or township
 *   code, an amount is not a safe integer, or `k` is not a non-negative integer.
 */
export function rankResources(
  matchCase: MatchCase,
  resources: readonly MatchResource[],
  options: RankOptions,
): RankResult {
  const k = options.k;
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  const weights = options.weights ?? DEFAULT_MATCH_WEIGHTS;
  const ctx = caseContext(matchCase, weights);
  const excluded = emptyExclusions();
  const values = new Float64Array(FACTOR_COUNT);
  const fullGap = ctx.remainingByKind;

  // Programmes first, scored against the full need.
  const programmes: RankedResource[] = [];
  const programmeById = new Map<string, MatchResource>();
  if (ctx.eligibleProgrammes !== null) {
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as MatchResource;
      if (!isEligibleProgramme(ctx, r)) continue;
      const reason = hardCheck(ctx, r);
      if (reason !== null) {
        excluded[reason]++;
        continue;
      }
      programmes.push(ranked(ctx, r, weights, fullGap, values));
      programmeById.set(r.id, r);
    }
    programmes.sort(compareRanked);
  }
  const gapByKind = Float64Array.from(fullGap);
  const covers = coverByProgrammes(
    matchCase,
    programmes.map((p) => programmeById.get(p.resourceId) as MatchResource),
    gapByKind,
  );
  let openNeed = 0;
  let gap = 0;
  for (const kind of ['cash', 'medical_bill'] as const satisfies readonly NeedKind[]) {
    openNeed += fullGap[KIND_INDEX[kind]] as number;
    gap += gapByKind[KIND_INDEX[kind]] as number;
  }

  // Everyone else, scored against the gap.
  const tierRule = options.tier === undefined ? null : weights.tiers[options.tier];
  const heap = new TopK(Math.min(k, resources.length), resources);
  let candidates = 0;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as MatchResource;
    if (ctx.eligibleProgrammes !== null && isEligibleProgramme(ctx, r)) continue;
    const reason = hardCheck(ctx, r);
    if (reason !== null) {
      excluded[reason]++;
      continue;
    }
    if (tierRule !== null && !inTier(ctx, r, tierRule)) {
      excluded.tier++;
      continue;
    }
    candidates++;
    heap.offer(scoreInto(ctx, r, weights, gapByKind, closenessOf(ctx, r, weights), values), i);
  }
  const top = heap.sorted().map((i) => ranked(ctx, resources[i] as MatchResource, weights, gapByKind, values));

  return {
    programmes: programmes.map((p, j) => ({ ...p, expectedCover: covers[j] as number })),
    ranked: top,
    openNeed,
    gap,
    candidates,
    excluded,
  };
}

/**
 * Resources that pass every hard constraint for the case and belong to the
 * escalation tier, in input order. With tier `province` this is everyone who
 * may be proposed, eligible programmes included.
 */
export function resourcesInTier(
  tier: EscalationTier,
  matchCase: MatchCase,
  resources: readonly MatchResource[],
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): MatchResource[] {
  const ctx = caseContext(matchCase, weights);
  const rule = weights.tiers[tier];
  return resources.filter((r) => hardCheck(ctx, r) === null && inTier(ctx, r, rule));
}

/**
 * Why a single resource would not be proposed for a case (the first failing
 * hard constraint), or null when it passes them all. Useful to explain to an
 * organisation why it does not see a case.
 */
export function exclusionReason(
  matchCase: MatchCase,
  resource: MatchResource,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): ExclusionReason | null {
  return hardCheck(caseContext(matchCase, weights), resource);
}
