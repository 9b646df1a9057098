/**
 * Scoring weights and escalation-tier settings.
 *
 * Every number the matcher uses to score or prioritise lives in one
 * {@link MatchWeights} object, passed in by the caller (normally from the
 * settings of the case's region); {@link DEFAULT_MATCH_WEIGHTS} is the
 * documented default. Nothing in the ranking or allocation code hard-codes a
 * weight.
 */

import type { Closeness } from './regions';
import type { HardshipType, ResourceKind, Urgency } from './types';

/** The soft factors of a ranking score, in the order they appear in a breakdown. */
export type RankFactor = 'region' | 'category' | 'budget' | 'response' | 'urgency' | 'language';

/** Every ranking factor, in breakdown order. */
export const RANK_FACTORS: readonly RankFactor[] = [
  'region',
  'category',
  'budget',
  'response',
  'urgency',
  'language',
];

/**
 * Steps of the escalation cascade for an unclaimed case, in order: local
 * charities → Red Cross branch → enterprise pool → province. After the last
 * step the case goes to the county joint meeting (联席会议), which is people,
 * not a tier.
 */
export type EscalationTier = 'local_charity' | 'red_cross' | 'enterprise_pool' | 'province';

/** The escalation tiers in cascade order. */
export const ESCALATION_TIERS: readonly EscalationTier[] = [
  'local_charity',
  'red_cross',
  'enterprise_pool',
  'province',
];

/**
 * The tier after `tier` in the cascade, or `'joint_meeting'` after the last
 * one (the case then goes to the county joint meeting).
 */
export function nextTier(tier: EscalationTier): EscalationTier | 'joint_meeting' {
  const i = ESCALATION_TIERS.indexOf(tier);
  return ESCALATION_TIERS[i + 1] ?? 'joint_meeting';
}

/** Which resources belong to an escalation tier (on top of the hard constraints). */
export interface TierRule {
  /** Resource kinds in the tier; null means every kind. */
  kinds: readonly ResourceKind[] | null;
  /**
   * `prefecture`: only resources whose home region is in the case's prefecture
   * (local organisations); `any`: wherever they sit, as long as they serve the
   * case's region directly or through a pairing region.
   */
  reach: 'prefecture' | 'any';
}

/** All scoring and prioritisation settings. Values of factors are in [0, 1]; a factor contributes weight × value. */
export interface MatchWeights {
  /** Weight of each ranking factor. The defaults sum to 1, so scores fall in [0, 1]. */
  factors: Record<RankFactor, number>;
  /** Region factor value for each closeness level. */
  closeness: Record<Closeness, number>;
  /** Category factor value: `focused` when the resource lists the case's category, `open` when it takes every category. */
  category: { focused: number; open: number };
  /**
   * Response factor: `claimRateShare` × claim rate + (1 − `claimRateShare`) × speed,
   * where speed = `halfSpeedHours` / (`halfSpeedHours` + median response hours),
   * or `unknownSpeed` when the resource has no history.
   */
  response: { claimRateShare: number; halfSpeedHours: number; unknownSpeed: number };
  /**
   * Urgency factor: pressure × speed, where pressure = base[urgency] +
   * (1 − base[urgency]) × waited / (waited + `waitHalfHours`). Urgent and
   * long-waiting cases therefore favour resources that answer fast.
   */
  urgency: { base: Record<Urgency, number>; waitHalfHours: number };
  /** Language factor value: speaks the case's first language, another of its languages, or none of them. */
  language: { preferred: number; other: number; none: number };
  /**
   * Allocation priority of a need (see `needWeight`):
   * urgency[u] × hardship[h] × (1 + waitBoost × min(waited, waitFullHours) / waitFullHours).
   */
  priority: {
    urgency: Record<Urgency, number>;
    hardship: Record<HardshipType, number>;
    waitFullHours: number;
    waitBoost: number;
  };
  /** Membership rules of the escalation tiers. */
  tiers: Record<EscalationTier, TierRule>;
}

/**
 * Default weights.
 *
 * - Factors: region 0.25, budget 0.20, category 0.15, response 0.15,
 *   language 0.15, urgency 0.10 (sum 1).
 * - Closeness: township 1, county 0.9, pairing 0.75 (a pairing region counts
 *   as near: the 同舟工程 enterprises are committed to their counties),
 *   prefecture 0.6, province 0.3, outside 0.1.
 * - Category: focused 1, open to all 0.5.
 * - Response: claim rate and speed weigh half each; speed is 0.5 at a 24 h median;
 *   no history counts as 0.5.
 * - Urgency pressure base: critical 1, high 0.7, normal 0.4, low 0.2; half of the
 *   remaining way to 1 after 72 h of waiting.
 * - Language: first language 1, another of the case's languages 0.6, none 0.
 * - Allocation priority: critical 8, high 4, normal 2, low 1; both hardship types
 *   1; a week of waiting doubles the priority, and waiting longer adds no more.
 * - Tiers: local charities are charities, social-work agencies and mass
 *   organisations (工青妇) based in the case's prefecture; then Red Cross
 *   branches; then enterprises and enterprise pools, including those paired
 *   with the case's county (同舟工程 serves Gadê 632623, Darlag 632624 and Madoi
 *   632626); then every resource that serves the case's region, province-wide
 *   ones included.
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = deepFreeze({
  factors: { region: 0.25, category: 0.15, budget: 0.2, response: 0.15, urgency: 0.1, language: 0.15 },
  closeness: { township: 1, county: 0.9, pairing: 0.75, prefecture: 0.6, province: 0.3, outside: 0.1 },
  category: { focused: 1, open: 0.5 },
  response: { claimRateShare: 0.5, halfSpeedHours: 24, unknownSpeed: 0.5 },
  urgency: { base: { critical: 1, high: 0.7, normal: 0.4, low: 0.2 }, waitHalfHours: 72 },
  language: { preferred: 1, other: 0.6, none: 0 },
  priority: {
    urgency: { critical: 8, high: 4, normal: 2, low: 1 },
    hardship: { sudden: 1, expenditure: 1 },
    waitFullHours: 168,
    waitBoost: 1,
  },
  tiers: {
    local_charity: { kinds: ['charity', 'social_work_agency', 'mass_org'], reach: 'prefecture' },
    red_cross: { kinds: ['red_cross'], reach: 'any' },
    enterprise_pool: { kinds: ['enterprise', 'enterprise_pool'], reach: 'any' },
    province: { kinds: null, reach: 'any' },
  },
});

function deepFreeze<T extends object>(value: T): T {
  for (const key of Object.keys(value)) {
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

/** What {@link needWeight} reads from a case. */
export interface PriorityInput {
  urgency: Urgency;
  waitedHours: number;
  hardshipType?: HardshipType;
}

/**
 * Allocation weight of a need from its case's urgency, hardship type and wait:
 * `priority.urgency[u] × priority.hardship[h] × (1 + waitBoost × min(waited, waitFullHours) / waitFullHours)`.
 * Negative or non-finite waits count as zero. The result is finite and ≥ 0.
 */
export function needWeight(input: PriorityInput, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): number {
  const p = weights.priority;
  const waited = Number.isFinite(input.waitedHours) && input.waitedHours > 0 ? input.waitedHours : 0;
  const full = p.waitFullHours > 0 ? p.waitFullHours : 1;
  const waitFactor = 1 + p.waitBoost * (Math.min(waited, full) / full);
  const hardship = input.hardshipType === undefined ? 1 : p.hardship[input.hardshipType];
  const w = p.urgency[input.urgency] * hardship * waitFactor;
  return Number.isFinite(w) && w > 0 ? w : 0;
}
