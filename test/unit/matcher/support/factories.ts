/**
 * Factories for matcher tests: valid cases, resources and allocation
 * problems, with overridable fields and a seeded PRNG so every run sees the
 * same data.
 */

import type { AllocationNeed, AllocationProblem, AllocationResource, MatchCase, MatchResource } from '../../../../matcher/index';

/** splitmix32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi]. */
export function intBetween(rng: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** Real Qinghai codes used by the tests. */
export const QH = {
  province: '630000',
  xining: '630100',
  chengdong: '630102',
  datong: '630121',
  golog: '632600',
  maqen: '632621',
  gade: '632623',
  darlag: '632624',
  madoi: '632626',
  yushu: '632700',
  yushuCity: '632701',
  gansu: '620000',
} as const;

/** A resource serving Maqên county with budget and capacity; override what a test needs. */
export function resource(overrides: Partial<MatchResource> & { id: string }): MatchResource {
  return {
    kind: 'charity',
    homeRegion: QH.maqen,
    serviceRegions: [QH.maqen],
    pairingRegions: [],
    categories: [],
    capacityLeft: 5,
    budgetLeft: 1_000_000,
    responseRecord: { claimRate: 0.5, medianResponseHours: 24 },
    languages: ['zh'],
    ...overrides,
  };
}

/** A normal-urgency medical case in Maqên with one open cash need of ¥5,000. */
export function matchCase(overrides: Partial<MatchCase> = {}): MatchCase {
  return {
    id: 'case-1',
    regionCode: QH.maqen,
    category: 'medical',
    hardshipType: 'sudden',
    urgency: 'normal',
    waitedHours: 0,
    languages: ['zh'],
    needs: [{ id: 'need-1', kind: 'cash', remaining: 500_000 }],
    declinedBy: [],
    ...overrides,
  };
}

/** Options of {@link randomProblem}. */
export interface RandomProblemOptions {
  needs: number;
  resources: number;
  /** Eligible resources per need (at most). */
  degree: number;
  /** Capacity as a multiple of the number of average needs the budget pays, drawn in [lo, hi]; null for unlimited. */
  slots: readonly [number, number] | null;
  /** Share of needs whose case has a second need. */
  multiNeedShare?: number;
}

/**
 * A random allocation problem: needs of ¥300–¥80,000 (log-uniform) with
 * weights 1–16, each eligible at `degree` random resources from a window of
 * nearby resource indices (so resources compete, as they do within a
 * region); budgets adding up to half the demand.
 */
export function randomProblem(seed: number, o: RandomProblemOptions): AllocationProblem {
  const rng = prng(seed);
  const needs: AllocationNeed[] = [];
  let caseNo = 0;
  const window = Math.min(o.resources, o.degree * 3);
  while (needs.length < o.needs) {
    const caseId = `c${caseNo++}`;
    const centre = Math.floor(rng() * o.resources);
    const eligible = new Set<string>();
    for (let j = 0; j < o.degree; j++) {
      eligible.add(`r${(centre + Math.floor(rng() * window)) % o.resources}`);
    }
    const weight = [1, 2, 4, 8][intBetween(rng, 0, 3)]! * (1 + rng());
    const parts = rng() < (o.multiNeedShare ?? 0.3) ? 2 : 1;
    for (let j = 0; j < parts && needs.length < o.needs; j++) {
      const remaining = Math.floor(Math.exp(Math.log(300) + rng() * Math.log(80_000 / 300))) * 100;
      needs.push({ id: `${caseId}-n${j}`, caseId, remaining, weight, eligible: [...eligible] });
    }
  }
  const demand = needs.reduce((s, n) => s + n.remaining, 0);
  const raw = Array.from({ length: o.resources }, () => Math.exp(rng() * Math.log(100)));
  const rawTotal = raw.reduce((s, x) => s + x, 0);
  const meanNeed = demand / needs.length;
  const resources: AllocationResource[] = raw.map((x, i) => {
    const budgetLeft = Math.floor((x / rawTotal) * 0.5 * demand);
    const capacityLeft =
      o.slots === null
        ? o.needs
        : Math.max(1, Math.round((budgetLeft / meanNeed) * (o.slots[0] + (o.slots[1] - o.slots[0]) * rng())));
    return { id: `r${i}`, budgetLeft, capacityLeft };
  });
  return { needs, resources };
}
