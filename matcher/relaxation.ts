/**
 * The LP relaxation of an allocation problem, as solver-neutral sparse arrays,
 * and runnable checks of an allocation against its problem.
 *
 * The relaxation is used to measure the allocator against the exact optimum
 * (tests and benchmark solve it with HiGHS); the library itself never solves
 * it and never outputs its fractional values.
 */

import { indexProblem } from './problem';
import type { AllocationProblem } from './problem';
import type { AllocationLine } from './allocate';

/**
 * A linear programme: maximise colCost·v subject to A v ≤ rowUpper (no row
 * lower bounds) and colLower ≤ v ≤ colUpper. A is stored column by column
 * (compressed sparse column).
 */
export interface LinearProgram {
  /** Always maximisation. */
  sense: 'maximize';
  /** Number of variables. */
  numCols: number;
  /** Number of constraints. */
  numRows: number;
  /** Objective coefficient per variable. */
  colCost: Float64Array;
  /** Lower bound per variable (all 0). */
  colLower: Float64Array;
  /** Upper bound per variable (all 1). */
  colUpper: Float64Array;
  /** Right-hand side per constraint. */
  rowUpper: Float64Array;
  /** Constraint matrix, column by column: column j has `indices[starts[j] .. starts[j+1]]` with `values` alongside. */
  matrix: { format: 'csc'; starts: Int32Array; indices: Int32Array; values: Float64Array };
  /** Columns 0 .. edgeCount−1 are z_nr, one per eligible (need, resource) pair; the rest are y_cr. */
  edgeCount: number;
}

/**
 * Builds the LP relaxation of `problem` (see the allocate module comment):
 * variables z_nr = x_nr / D_n ∈ [0, 1] and, for (case, resource) pairs with
 * more than one need, y_cr ∈ [0, 1]; maximise Σ w_n z_nr subject to
 *
 * - need rows: Σ_r z_nr ≤ 1;
 * - budget rows: Σ_n (D_n / B_r) z_nr ≤ 1 (or Σ_n z_nr ≤ 0 when B_r = 0);
 * - capacity rows: Σ z_nr (single-need pairs) + Σ y_cr (multi-need pairs) ≤ C_r,
 *   leaving out cases the resource already serves;
 * - link rows: z_nr − y_c(n)r ≤ 0 for each need of a multi-need pair.
 *
 * Its optimum is in the same units as `AllocationResult.objective` and bounds
 * it from above.
 */
export function allocationRelaxation(problem: AllocationProblem): LinearProgram {
  const p = indexProblem(problem);
  const N = p.needCount;
  const R = p.resourceCount;
  const E = p.edgeResource.length;
  const pairKey = (e: number): number => p.edgeResource[e]! * p.caseCount + p.caseOf[p.edgeNeed[e]!]!;

  // Needs per (resource, case) pair, to find the pairs that need a y column.
  const pairEdges = new Map<number, number[]>();
  for (let e = 0; e < E; e++) {
    const key = pairKey(e);
    if (p.preServed.has(key)) continue;
    const list = pairEdges.get(key);
    if (list === undefined) pairEdges.set(key, [e]);
    else list.push(e);
  }
  const multiPairs = [...pairEdges.entries()].filter(([, edges]) => edges.length > 1).sort((a, b) => a[0] - b[0]);
  const linkRowOfEdge = new Int32Array(E).fill(-1);
  let numRows = N + 2 * R;
  for (const [, edges] of multiPairs) for (const e of edges) linkRowOfEdge[e] = numRows++;
  const numCols = E + multiPairs.length;

  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const rowUpper = new Float64Array(numRows);
  for (let n = 0; n < N; n++) rowUpper[n] = 1;
  for (let r = 0; r < R; r++) {
    rowUpper[N + r] = p.budget[r]! > 0 ? 1 : 0;
    rowUpper[N + R + r] = p.capacity[r]!;
  }

  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let e = 0; e < E; e++) {
    starts[e] = indices.length;
    const n = p.edgeNeed[e]!;
    const r = p.edgeResource[e]!;
    colCost[e] = p.weight[n]!;
    indices.push(n);
    values.push(1);
    indices.push(N + r);
    values.push(p.budget[r]! > 0 ? p.amount[n]! / p.budget[r]! : 1);
    const link = linkRowOfEdge[e]!;
    if (link >= 0) {
      indices.push(link);
      values.push(1);
    } else if (!p.preServed.has(pairKey(e))) {
      indices.push(N + R + r);
      values.push(1);
    }
  }
  multiPairs.forEach(([key, edges], j) => {
    const col = E + j;
    starts[col] = indices.length;
    const r = Math.floor(key / p.caseCount);
    indices.push(N + R + r);
    values.push(1);
    for (const e of edges) {
      indices.push(linkRowOfEdge[e]!);
      values.push(-1);
    }
  });
  starts[numCols] = indices.length;

  return {
    sense: 'maximize',
    numCols,
    numRows,
    colCost,
    colLower,
    colUpper,
    rowUpper,
    matrix: { format: 'csc', starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
    edgeCount: E,
  };
}

/** Coverage Σ w_n · a_n / D_n of `lines` for `problem`, counting each need's payments up to its amount. */
export function allocationObjective(problem: AllocationProblem, lines: readonly AllocationLine[]): number {
  const paid = new Map<string, number>();
  for (const line of lines) paid.set(line.needId, (paid.get(line.needId) ?? 0) + line.amount);
  let objective = 0;
  for (const need of problem.needs) {
    if (!(need.remaining > 0)) continue;
    objective += (need.weight * Math.min(paid.get(need.id) ?? 0, need.remaining)) / need.remaining;
  }
  return objective;
}

/**
 * Checks an allocation against its problem and returns every violation found
 * (empty when valid): unknown need or resource, resource not eligible for the
 * need, an amount that is not a positive safe integer, a need, budget or
 * capacity exceeded, a line whose case differs from its need's.
 */
export function checkAllocation(problem: AllocationProblem, lines: readonly AllocationLine[]): string[] {
  const problems: string[] = [];
  const needs = new Map(problem.needs.map((n) => [n.id, n]));
  const resources = new Map(problem.resources.map((r) => [r.id, r]));
  const paidToNeed = new Map<string, number>();
  const paidByResource = new Map<string, number>();
  const casesOf = new Map<string, Set<string>>();
  for (const line of lines) {
    const need = needs.get(line.needId);
    const resource = resources.get(line.resourceId);
    if (need === undefined) {
      problems.push(`line pays unknown need '${line.needId}'`);
      continue;
    }
    if (resource === undefined) {
      problems.push(`line for need '${line.needId}' names unknown resource '${line.resourceId}'`);
      continue;
    }
    if (line.caseId !== need.caseId) problems.push(`line for need '${need.id}' names case '${line.caseId}', not '${need.caseId}'`);
    if (!need.eligible.includes(resource.id)) problems.push(`resource '${resource.id}' is not eligible for need '${need.id}'`);
    if (!Number.isSafeInteger(line.amount) || line.amount <= 0) {
      problems.push(`amount ${line.amount} for need '${need.id}' from '${resource.id}' is not a positive integer`);
    }
    paidToNeed.set(need.id, (paidToNeed.get(need.id) ?? 0) + line.amount);
    paidByResource.set(resource.id, (paidByResource.get(resource.id) ?? 0) + line.amount);
    let cases = casesOf.get(resource.id);
    if (cases === undefined) casesOf.set(resource.id, (cases = new Set()));
    cases.add(need.caseId);
  }
  for (const [id, paid] of paidToNeed) {
    const need = needs.get(id)!;
    if (paid > need.remaining) problems.push(`need '${id}' gets ${paid} fen, more than its ${need.remaining}`);
  }
  for (const [id, paid] of paidByResource) {
    const resource = resources.get(id)!;
    if (paid > resource.budgetLeft) problems.push(`resource '${id}' pays ${paid} fen, more than its budget ${resource.budgetLeft}`);
  }
  for (const [id, cases] of casesOf) {
    const resource = resources.get(id)!;
    const open = new Set(resource.openCaseIds ?? []);
    let fresh = 0;
    for (const c of cases) if (!open.has(c)) fresh++;
    if (fresh > resource.capacityLeft) {
      problems.push(`resource '${id}' takes ${fresh} new cases, more than its capacity ${resource.capacityLeft}`);
    }
  }
  return problems;
}
