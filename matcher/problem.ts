/**
 * The allocation problem: open needs, limited budgets and capacities, and
 * which resource may pay which need. Also its compact indexed form, shared by
 * the allocator, the LP relaxation and the checks.
 */

/** One open need to be funded. */
export interface AllocationNeed {
  /** Need id. */
  id: string;
  /** Case the need belongs to; capacity counts distinct cases. */
  caseId: string;
  /** Amount still uncovered, integer fen. Needs with 0 are ignored. */
  remaining: number;
  /** Priority weight, finite and ≥ 0 (see `needWeight`). */
  weight: number;
  /** Ids of resources allowed to pay this need (see `buildAllocationProblem`). Unknown ids are an error; repeats are ignored. */
  eligible: readonly string[];
}

/** A resource with money and room for more cases. */
export interface AllocationResource {
  /** Resource id, unique. */
  id: string;
  /** Money it can still give, integer fen. */
  budgetLeft: number;
  /** Number of further distinct cases it can take. */
  capacityLeft: number;
  /** Cases it already serves: paying more towards them uses no capacity. */
  openCaseIds?: readonly string[];
}

/** Needs and resources to allocate between. */
export interface AllocationProblem {
  /** Open needs. */
  needs: readonly AllocationNeed[];
  /** Resources that may pay them. */
  resources: readonly AllocationResource[];
}

/**
 * Compact form: needs, resources and cases by index, eligibility as a
 * compressed sparse row list of edges (need → resource), each need's edges
 * also listed per resource.
 */
export interface IndexedProblem {
  readonly needCount: number;
  readonly resourceCount: number;
  readonly caseCount: number;
  /** Remaining amount per need (integer fen; 0 for needs that are ignored). */
  readonly amount: Float64Array;
  readonly weight: Float64Array;
  readonly caseOf: Int32Array;
  readonly budget: Float64Array;
  readonly capacity: Float64Array;
  /** Edges of need n are `edgeStart[n] .. edgeStart[n+1]`. */
  readonly edgeStart: Int32Array;
  /** Resource of each edge. */
  readonly edgeResource: Int32Array;
  /** Need of each edge. */
  readonly edgeNeed: Int32Array;
  /** Edges of resource r are `byResource[resourceStart[r] .. resourceStart[r+1]]`. */
  readonly resourceStart: Int32Array;
  readonly byResource: Int32Array;
  /** Keys `r * caseCount + c` of (resource, case) pairs already served before allocation. */
  readonly preServed: ReadonlySet<number>;
}

function amount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${value}`);
  }
  return value;
}

/**
 * Validates and indexes a problem. Edges exist only for needs with a positive
 * remaining amount; repeated eligible ids of one need give one edge.
 *
 * @throws RangeError on negative or non-integer amounts, budgets or capacities,
 *   a non-finite or negative weight, a duplicate resource id, or an unknown
 *   eligible resource id.
 */
export function indexProblem(problem: AllocationProblem): IndexedProblem {
  const { needs, resources } = problem;
  const resourceCount = resources.length;
  const resourceIndex = new Map<string, number>();
  const budget = new Float64Array(resourceCount);
  const capacity = new Float64Array(resourceCount);
  for (let r = 0; r < resourceCount; r++) {
    const res = resources[r] as AllocationResource;
    if (resourceIndex.has(res.id)) throw new RangeError(`duplicate resource id '${res.id}'`);
    resourceIndex.set(res.id, r);
    budget[r] = amount(res.budgetLeft, `resource ${res.id} budgetLeft`);
    capacity[r] = amount(res.capacityLeft, `resource ${res.id} capacityLeft`);
  }

  const needCount = needs.length;
  const caseIndex = new Map<string, number>();
  const amountOf = new Float64Array(needCount);
  const weight = new Float64Array(needCount);
  const caseOf = new Int32Array(needCount);
  const edgeStart = new Int32Array(needCount + 1);
  let edgeTotal = 0;
  for (let n = 0; n < needCount; n++) {
    const need = needs[n] as AllocationNeed;
    amountOf[n] = amount(need.remaining, `need ${need.id} remaining`);
    if (!Number.isFinite(need.weight) || need.weight < 0) {
      throw new RangeError(`need ${need.id} weight must be finite and ≥ 0, got ${need.weight}`);
    }
    weight[n] = need.weight;
    let c = caseIndex.get(need.caseId);
    if (c === undefined) {
      c = caseIndex.size;
      caseIndex.set(need.caseId, c);
    }
    caseOf[n] = c;
    if (amountOf[n]! > 0) edgeTotal += need.eligible.length;
  }

  const edgeResource = new Int32Array(edgeTotal);
  const edgeNeed = new Int32Array(edgeTotal);
  const seen = new Int32Array(resourceCount).fill(-1);
  let e = 0;
  for (let n = 0; n < needCount; n++) {
    edgeStart[n] = e;
    const need = needs[n] as AllocationNeed;
    if (!(amountOf[n]! > 0)) continue;
    for (const id of need.eligible) {
      const r = resourceIndex.get(id);
      if (r === undefined) throw new RangeError(`need ${need.id} lists unknown resource '${id}'`);
      if (seen[r] === n) continue;
      seen[r] = n;
      edgeResource[e] = r;
      edgeNeed[e] = n;
      e++;
    }
  }
  edgeStart[needCount] = e;
  const edgeCount = e;

  const resourceStart = new Int32Array(resourceCount + 1);
  for (let i = 0; i < edgeCount; i++) {
    const slot = edgeResource[i]! + 1;
    resourceStart[slot] = resourceStart[slot]! + 1;
  }
  for (let r = 0; r < resourceCount; r++) resourceStart[r + 1] = resourceStart[r + 1]! + resourceStart[r]!;
  const fill = resourceStart.slice(0, resourceCount);
  const byResource = new Int32Array(edgeCount);
  for (let i = 0; i < edgeCount; i++) byResource[fill[edgeResource[i]!]!++] = i;

  const caseCount = caseIndex.size;
  const preServed = new Set<number>();
  for (let r = 0; r < resourceCount; r++) {
    for (const caseId of (resources[r] as AllocationResource).openCaseIds ?? []) {
      const c = caseIndex.get(caseId);
      if (c !== undefined) preServed.add(r * caseCount + c);
    }
  }

  return {
    needCount,
    resourceCount,
    caseCount,
    amount: amountOf,
    weight,
    caseOf,
    budget,
    capacity,
    edgeStart,
    edgeResource: edgeResource.subarray(0, edgeCount),
    edgeNeed: edgeNeed.subarray(0, edgeCount),
    resourceStart,
    byResource,
    preServed,
  };
}
