/**
 * Building an allocation problem from cases and resources, with eligibility
 * decided by the same hard constraints as ranking.
 */

import { KIND_BIT, caseContext, caseLevelCheck, resourceKindMask } from './case-context';
import type { AllocationNeed, AllocationProblem, AllocationResource } from './problem';
import type { MatchCase, MatchResource, NeedKind } from './types';
import { DEFAULT_MATCH_WEIGHTS, needWeight } from './weights';
import type { MatchWeights } from './weights';

/** Options of {@link buildAllocationProblem}. */
export interface BuildProblemOptions {
  /** Weights for `needWeight`; defaults to {@link DEFAULT_MATCH_WEIGHTS}. */
  weights?: MatchWeights;
  /** Need kinds to allocate money to; defaults to the money kinds `cash` and `medical_bill`. */
  needKinds?: readonly NeedKind[];
}

/**
 * Turns cases and resources into an {@link AllocationProblem}: one allocation
 * need per open need of an allowed kind, weighted by `needWeight` of its case,
 * eligible at every resource that passes the case-level hard constraints
 * (not declined, programme eligibility, region, category, capacity), meets the
 * need's kind and has budget left. Negative budgets and capacities count as 0.
 * Per-case caps of programmes (`maxPerCase`) are not modelled here.
 *
 * Cost O(cases × resources).
 */
export function buildAllocationProblem(
  cases: readonly MatchCase[],
  resources: readonly MatchResource[],
  options: BuildProblemOptions = {},
): AllocationProblem {
  const weights = options.weights ?? DEFAULT_MATCH_WEIGHTS;
  let allowed = 0;
  for (const kind of options.needKinds ?? ['cash', 'medical_bill']) allowed |= KIND_BIT[kind];
  const kindMask = resources.map(resourceKindMask);
  const needs: AllocationNeed[] = [];
  const passing: number[] = [];
  for (const matchCase of cases) {
    const ctx = caseContext(matchCase, weights);
    passing.length = 0;
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as MatchResource;
      if (r.budgetLeft > 0 && caseLevelCheck(ctx, r) === null) passing.push(i);
    }
    const weight = needWeight(matchCase, weights);
    for (const need of matchCase.needs) {
      const bit = KIND_BIT[need.kind];
      if (!(need.remaining > 0) || (allowed & bit) === 0) continue;
      const eligible: string[] = [];
      for (const i of passing) if ((kindMask[i] as number) & bit) eligible.push((resources[i] as MatchResource).id);
      needs.push({ id: need.id, caseId: matchCase.id, remaining: need.remaining, weight, eligible });
    }
  }
  const allocationResources: AllocationResource[] = resources.map((r) => ({
    id: r.id,
    budgetLeft: Math.max(0, r.budgetLeft),
    capacityLeft: Math.max(0, r.capacityLeft),
  }));
  return { needs, resources: allocationResources };
}
