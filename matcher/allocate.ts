/**
 * Allocating limited budgets across many open needs.
 *
 * ## Problem
 * Needs n (amount D_n fen, weight w_n, case c(n)) and resources r (budget B_r
 * fen, capacity C_r distinct cases); x_nr ≥ 0 integer fen may be paid by r
 * towards n only when r is eligible for n. Constraints: Σ_r x_nr ≤ D_n,
 * Σ_n x_nr ≤ B_r, and the number of distinct cases r pays towards (not
 * counting cases listed in `openCaseIds`) is at most C_r.
 *
 * **Coverage** (the objective) is Σ_n w_n · a_n / D_n with a_n = Σ_r x_nr: each
 * need adds its weight times the share of it that is funded. A fen is therefore
 * worth w_n / D_n (the need's *density*) wherever it goes.
 *
 * ## LP relaxation (see `allocationRelaxation`)
 * Variables z_nr = x_nr / D_n ∈ [0, 1] (share of need n paid by r), y_cr ∈
 * [0, 1] (share of a case's slot at r). Maximise Σ w_n z_nr subject to
 * Σ_r z_nr ≤ 1, Σ_n D_n z_nr ≤ B_r, z_nr ≤ y_c(n)r, Σ_c y_cr ≤ C_r. For a case
 * with a single need at r, y_cr = z_nr, which gives the familiar form
 * Σ_n x_nr / D_n ≤ C_r. Every integral allocation is feasible for it, so its
 * optimum bounds ours from above.
 *
 * ## Algorithm
 * Without capacities the amounts that can reach the needs form a polymatroid
 * (they are the sink-side flows of a network source → resources → needs), and
 * for a linear objective on a polymatroid the greedy is optimal: take needs in
 * order of density, and give each as much as possible without taking anything
 * from needs already served — rerouting them to other resources is allowed.
 * The allocator does exactly that:
 *
 * 1. Needs are sorted by density (ties: weight, then id). Each need's eligible
 *    resources are sorted by *pressure* (eligible demand ÷ budget, ascending),
 *    so contested budgets are used last.
 * 2. Direct fill: a need takes min(its remainder, budget left) from each
 *    eligible resource in that order — first from resources already paying
 *    towards its case (no new capacity), then from the others with capacity.
 * 3. Augmentation: while the need is short, a breadth-first search looks for
 *    a path need → r1 ⇠ n1 → r2 ⇠ … → r_k where each r_i is out of budget,
 *    n_i is paid by r_i and is eligible at r_{i+1}, and r_k has budget left.
 *    Shifting δ fen along the path (n_i moves δ from r_i to r_{i+1}) gives the
 *    need δ more and leaves every earlier need whole. Capacity is respected
 *    on every step: an edge into a resource is usable only if the resource
 *    already pays towards that case or has capacity left. Amounts only move in
 *    whole fen, so the result stays integral.
 * 4. A search that fails without hitting its size limit proves that none of
 *    the resources it visited can ever free budget again (flows only grow), so
 *    they are marked dead and skipped by later searches. This bounds the total
 *    work of failed searches by O(E).
 *
 * Without capacities and with unbounded searches this is the exact
 * polymatroid greedy, so it reaches the LP optimum; with capacities it is a
 * heuristic (the LP may split a case's slot fractionally, an allocation may
 * not) that measured ≥ 99 % of the LP optimum on the test and benchmark
 * instances.
 *
 * ## Complexity
 * N needs, R resources, E eligible pairs, d = E / N. Sorting: O(N log N + E log d).
 * Direct fill: O(E). Each search visits at most `searchLimit` resources and
 * scans their edges; failed searches are amortised to O(E) overall by dead
 * marking, and successful ones are bounded by the number of augmentations,
 * each of which exhausts a budget, a need or a path edge. Memory O(N + R + E).
 */

import { indexProblem } from './problem';
import type { AllocationProblem, IndexedProblem } from './problem';

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /**
   * Most resources one augmenting search may visit (default 256). Higher is
   * slower and, without binding capacities, slightly more thorough; a search
   * that hits the limit gives up on that need for the moment.
   */
  searchLimit?: number;
  /** Rounds of the slot-exchange improvement (default 4; 0 turns it off). */
  improvementRounds?: number;
}

/** One proposed payment. */
export interface AllocationLine {
  needId: string;
  caseId: string;
  resourceId: string;
  /** Integer fen, > 0. */
  amount: number;
}

/** Result of {@link allocate}. */
export interface AllocationResult {
  /** Proposed payments, ordered by the needs' input order, then the resources' input order. */
  lines: AllocationLine[];
  /** Coverage Σ w_n · a_n / D_n achieved. */
  objective: number;
  /** Σ w_n over needs with a positive amount: the coverage if everything were funded. */
  maxObjective: number;
  /** Total integer fen allocated. */
  allocated: number;
  /** Counters for diagnostics: augmenting searches, paths applied, slot exchanges kept. */
  stats: { searches: number; augmentations: number; exchanges: number };
}

const DEFAULT_SEARCH_LIMIT = 1024;
export const THETA: { theta: number; lambda?: Float64Array; mu?: Float64Array } = { theta: 0 };
const DEFAULT_IMPROVEMENT_ROUNDS = 4;
/** Cases tried for eviction per slot-bound resource and round. */
const EVICTION_TRIES = 4;

/**
 * Proposes integer-fen payments from resources to needs that maximise
 * urgency- and wait-weighted coverage, never exceeding a budget, a capacity
 * or a need. Deterministic. See the module comment for the algorithm.
 *
 * @throws RangeError on malformed input (see `indexProblem`) or options.
 */
export function allocate(problem: AllocationProblem, options: AllocateOptions = {}): AllocationResult {
  const searchLimit = options.searchLimit ?? DEFAULT_SEARCH_LIMIT;
  if (!(searchLimit >= 1)) throw new RangeError(`searchLimit must be at least 1, got ${searchLimit}`);
  const rounds = options.improvementRounds ?? DEFAULT_IMPROVEMENT_ROUNDS;
  if (!Number.isSafeInteger(rounds) || rounds < 0) {
    throw new RangeError(`improvementRounds must be a non-negative integer, got ${rounds}`);
  }
  const p = indexProblem(problem);
  const allocator = new Allocator(p, searchLimit);
  const order = needOrder(
    p,
    problem.needs.map((n) => n.id),
  );
  allocator.firstPass(order);
  allocator.improve(order, rounds);
  return allocator.result(problem);
}

/** Need indices with a positive amount, by density descending, then weight descending, then id. */
function needOrder(p: IndexedProblem, ids: readonly string[]): Int32Array {
  const order: number[] = [];
  const density = new Float64Array(p.needCount);
  for (let n = 0; n < p.needCount; n++) {
    const d = p.amount[n]!;
    if (d <= 0) continue;
    density[n] = p.weight[n]! / d;
    order.push(n);
  }
  order.sort((a, b) => {
    const da = density[a]!;
    const db = density[b]!;
    if (da !== db) return db - da;
    const wa = p.weight[a]!;
    const wb = p.weight[b]!;
    if (wa !== wb) return wb - wa;
    const ia = ids[a]!;
    const ib = ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });
  return Int32Array.from(order);
}

/**
 * Allocation state and the moves on it. Every change of a payment goes
 * through {@link Allocator.shift}, which keeps needs, budgets, slots, the
 * per-resource lists of paid edges and the journal consistent, so a tentative
 * move can be rolled back exactly.
 */
class Allocator {
  private readonly flow: Float64Array;
  private readonly rem: Float64Array;
  private readonly budget: Float64Array;
  /** Free case slots per resource. */
  private readonly free: Float64Array;
  /** Number of needs of case c paid by r, keyed r * caseCount + c. */
  private readonly pairs = new Map<number, number>();
  /** Edges with a positive payment, per resource: `paid[resourceStart[r] .. + paidCount[r]]`. */
  private readonly paid: Int32Array;
  private readonly paidCount: Int32Array;
  private readonly paidAt: Int32Array;
  private readonly density: Float64Array;
  private readonly budgetPressure: Float64Array;
  private readonly slotPressure: Float64Array;
  /** Needs not yet processed by the first pass, per resource. */
  private readonly pending: Int32Array;
  /** While true, a need may open a new slot only when the slot is not scarce or it gets a large share of the need. */
  private strict = false;
  private journal: number[] | null = null;
  // Direct-fill scratch.
  private readonly candEdge: Int32Array;
  private readonly candCost: Float64Array;
  // Search state, reused across searches (stamps avoid clearing).
  private readonly dead: Uint8Array;
  private markDead = true;
  private readonly resSeen: Int32Array;
  private readonly needSeen: Int32Array;
  private readonly viaEdge: Int32Array;
  private readonly needVia: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  private searches = 0;
  private augmentations = 0;
  private exchanges = 0;

  constructor(
    private readonly p: IndexedProblem,
    private readonly searchLimit: number,
  ) {
    const E = p.edgeResource.length;
    this.flow = new Float64Array(E);
    this.rem = Float64Array.from(p.amount);
    this.budget = Float64Array.from(p.budget);
    this.free = Float64Array.from(p.capacity);
    this.paid = new Int32Array(E);
    this.paidCount = new Int32Array(p.resourceCount);
    this.paidAt = new Int32Array(E);
    this.density = new Float64Array(p.needCount);
    let maxDegree = 0;
    for (let n = 0; n < p.needCount; n++) {
      if (p.amount[n]! > 0) this.density[n] = p.weight[n]! / p.amount[n]!;
      maxDegree = Math.max(maxDegree, p.edgeStart[n + 1]! - p.edgeStart[n]!);
    }
    this.budgetPressure = new Float64Array(p.resourceCount);
    this.slotPressure = new Float64Array(p.resourceCount);
    for (let r = 0; r < p.resourceCount; r++) {
      let demand = 0;
      for (let j = p.resourceStart[r]!; j < p.resourceStart[r + 1]!; j++) demand += p.amount[p.edgeNeed[p.byResource[j]!]!]!;
      const count = p.resourceStart[r + 1]! - p.resourceStart[r]!;
      this.budgetPressure[r] = demand / Math.max(1, p.budget[r]!);
      this.slotPressure[r] = count / Math.max(1, p.capacity[r]!);
    }
    this.pending = new Int32Array(p.resourceCount);
    for (let r = 0; r < p.resourceCount; r++) this.pending[r] = p.resourceStart[r + 1]! - p.resourceStart[r]!;
    this.candEdge = new Int32Array(maxDegree);
    this.candCost = new Float64Array(maxDegree);
    this.dead = new Uint8Array(p.resourceCount);
    this.resSeen = new Int32Array(p.resourceCount);
    this.needSeen = new Int32Array(p.needCount);
    this.viaEdge = new Int32Array(p.resourceCount);
    this.needVia = new Int32Array(p.needCount);
    this.queue = new Int32Array(p.resourceCount);
  }

  // ------------------------------------------------------------ state

  private serves(r: number, c: number): boolean {
    const key = r * this.p.caseCount + c;
    return this.pairs.has(key) || (this.p.preServed.size > 0 && this.p.preServed.has(key));
  }

  /** True when more money may flow from r to case c: r already pays it, or has a free slot. */
  private usable(r: number, c: number): boolean {
    return this.free[r]! > 0 || this.serves(r, c);
  }

  /** Changes the payment on edge e by delta (integer fen, either sign). */
  private shift(e: number, delta: number): void {
    const p = this.p;
    const n = p.edgeNeed[e]!;
    const r = p.edgeResource[e]!;
    const before = this.flow[e]!;
    const after = before + delta;
    if (before <= 0 && after > 0) {
      const key = r * p.caseCount + p.caseOf[n]!;
      const count = this.pairs.get(key) ?? 0;
      this.pairs.set(key, count + 1);
      if (count === 0 && !p.preServed.has(key)) this.free[r] = this.free[r]! - 1;
      const at = p.resourceStart[r]! + this.paidCount[r]!;
      this.paid[at] = e;
      this.paidAt[e] = at;
      this.paidCount[r] = this.paidCount[r]! + 1;
    } else if (before > 0 && after <= 0) {
      const key = r * p.caseCount + p.caseOf[n]!;
      const count = this.pairs.get(key)!;
      if (count > 1) this.pairs.set(key, count - 1);
      else {
        this.pairs.delete(key);
        if (!p.preServed.has(key)) this.free[r] = this.free[r]! + 1;
      }
      const last = p.resourceStart[r]! + this.paidCount[r]! - 1;
      const moved = this.paid[last]!;
      const at = this.paidAt[e]!;
      this.paid[at] = moved;
      this.paidAt[moved] = at;
      this.paidCount[r] = this.paidCount[r]! - 1;
    }
    this.flow[e] = after;
    this.rem[n] = this.rem[n]! - delta;
    this.budget[r] = this.budget[r]! - delta;
    if (this.journal !== null) this.journal.push(e, delta);
  }

  /** Objective change recorded in a journal. */
  private journalGain(journal: readonly number[]): number {
    let gain = 0;
    for (let i = 0; i < journal.length; i += 2) gain += this.density[this.p.edgeNeed[journal[i]!]!]! * journal[i + 1]!;
    return gain;
  }

  private rollback(journal: readonly number[]): void {
    for (let i = journal.length - 2; i >= 0; i -= 2) this.shift(journal[i]!, -journal[i + 1]!);
  }

  // ------------------------------------------------------------ greedy

  fillAll(order: Int32Array): void {
    for (let i = 0; i < order.length; i++) {
      const n = order[i]!;
      if (this.rem[n]! > 0) this.fill(n);
    }
  }

  /** First pass: needs in order, slot-thrifty; then an unrestricted pass for what is left. */
  firstPass(order: Int32Array): void {
    const p = this.p;
    this.strict = THETA.theta > 0;
    for (let i = 0; i < order.length; i++) {
      const n = order[i]!;
      for (let e = p.edgeStart[n]!; e < p.edgeStart[n + 1]!; e++) {
        const r = p.edgeResource[e]!;
        this.pending[r] = this.pending[r]! - 1;
      }
      if (this.rem[n]! > 0) this.fill(n);
    }
    this.strict = false;
    if (THETA.theta > 0) {
      this.dead.fill(0);
      this.fillAll(order);
    }
  }

  /** Direct fill, then augmenting paths while the need is short. */
  private fill(n: number): void {
    this.directFill(n);
    while (this.rem[n]! > 0 && this.augment(n)) {
      // Each successful augmentation moves at least one fen.
    }
  }

  /**
   * Takes what the need can get directly, cheapest resource first. The cost
   * of a resource is the share of its budget the need would take times its
   * budget pressure, plus, when the case needs a new slot, one slot's share
   * times its slot pressure: small needs go to slot-rich resources and large
   * needs to budget-rich ones.
   */
  private directFill(n: number): void {
    const p = this.p;
    const c = p.caseOf[n]!;
    let count = 0;
    for (let e = p.edgeStart[n]!; e < p.edgeStart[n + 1]!; e++) {
      const r = p.edgeResource[e]!;
      const budget = this.budget[r]!;
      if (budget <= 0) continue;
      const serving = this.serves(r, c);
      const slots = this.free[r]!;
      if (!serving && slots <= 0) continue;
      const a = Math.min(this.rem[n]!, budget);
      if (this.strict && !serving && a < this.rem[n]! && a < THETA.theta * p.amount[n]! && this.free[r]! <= this.pending[r]!) continue;
      const cost = THETA.lambda
        ? THETA.lambda[r]! * a + (serving ? 0 : THETA.mu![r]!)
        : (a / budget) * this.budgetPressure[r]! + (serving ? 0 : this.slotPressure[r]! / slots);
      let j = count++;
      while (j > 0 && this.candCost[j - 1]! > cost) {
        this.candCost[j] = this.candCost[j - 1]!;
        this.candEdge[j] = this.candEdge[j - 1]!;
        j--;
      }
      this.candCost[j] = cost;
      this.candEdge[j] = e;
    }
    for (let j = 0; j < count && this.rem[n]! > 0; j++) {
      const e = this.candEdge[j]!;
      const r = p.edgeResource[e]!;
      if (this.budget[r]! > 0 && this.usable(r, c)) this.shift(e, Math.min(this.rem[n]!, this.budget[r]!));
    }
  }

  /** In strict mode: true when opening a new slot at r for need m's case would waste a scarce slot on a small share. */
  private thrifty(r: number, c: number, m: number): boolean {
    if (!this.strict || this.free[r]! > this.pending[r]! || this.serves(r, c)) return false;
    const a = this.budget[r]!;
    return a < this.rem[m]! && a < THETA.theta * this.p.amount[m]!;
  }

  /**
   * One breadth-first search for an augmenting path from need `source`;
   * applies it and returns true, or returns false (marking the visited
   * resources dead when the search was exhaustive and marking is on).
   */
  private augment(source: number): boolean {
    const p = this.p;
    this.searches++;
    const stamp = ++this.stamp;
    this.needSeen[source] = stamp;
    let head = 0;
    let tail = 0;
    let terminal = -1;
    const sourceCase = p.caseOf[source]!;
    for (let e = p.edgeStart[source]!; e < p.edgeStart[source + 1]!; e++) {
      const r = p.edgeResource[e]!;
      if (this.dead[r] || this.resSeen[r] === stamp || !this.usable(r, sourceCase)) continue;
      if (this.budget[r]! > 0 && this.thrifty(r, sourceCase, source)) continue;
      this.resSeen[r] = stamp;
      this.viaEdge[r] = e;
      if (this.budget[r]! > 0) {
        terminal = r;
        break;
      }
      this.queue[tail++] = r;
    }
    let truncated = false;
    search: while (terminal < 0 && head < tail) {
      if (tail >= this.searchLimit) {
        truncated = true;
        break;
      }
      const r = this.queue[head++]!;
      const start = p.resourceStart[r]!;
      for (let j = start; j < start + this.paidCount[r]!; j++) {
        const f = this.paid[j]!;
        const m = p.edgeNeed[f]!;
        if (this.needSeen[m] === stamp) continue;
        this.needSeen[m] = stamp;
        this.needVia[m] = f;
        const cm = p.caseOf[m]!;
        for (let g = p.edgeStart[m]!; g < p.edgeStart[m + 1]!; g++) {
          const r2 = p.edgeResource[g]!;
          if (this.dead[r2] || this.resSeen[r2] === stamp || !this.usable(r2, cm)) continue;
          if (this.budget[r2]! > 0 && this.thrifty(r2, cm, m)) continue;
          this.resSeen[r2] = stamp;
          this.viaEdge[r2] = g;
          if (this.budget[r2]! > 0) {
            terminal = r2;
            break search;
          }
          this.queue[tail++] = r2;
        }
      }
    }
    if (terminal < 0) {
      if (!truncated && this.markDead) for (let i = 0; i < tail; i++) this.dead[this.queue[i]!] = 1;
      return false;
    }

    // Bottleneck along the path, walking back from the terminal.
    let delta = Math.min(this.rem[source]!, this.budget[terminal]!);
    let r = terminal;
    for (;;) {
      const m = p.edgeNeed[this.viaEdge[r]!]!;
      if (m === source) break;
      const f = this.needVia[m]!;
      delta = Math.min(delta, this.flow[f]!);
      r = p.edgeResource[f]!;
    }
    // Apply: each need on the path moves delta from its previous resource to the next.
    r = terminal;
    for (;;) {
      const g = this.viaEdge[r]!;
      const m = p.edgeNeed[g]!;
      this.shift(g, delta);
      if (m === source) break;
      const f = this.needVia[m]!;
      this.shift(f, -delta);
      r = p.edgeResource[f]!;
    }
    this.augmentations++;
    return true;
  }

  // ------------------------------------------------------------ improvement

  /**
   * Slot exchanges. A resource with budget left but no free slot is where
   * the integral capacity hurts: its slots may hold small cases while a need
   * that could use its money waits. For each such resource, evict one of its
   * cases, give the slot and the money to the best waiting need (pulling that
   * need's payments from other resources into it, which frees their budget
   * and slots), and re-fund the evicted case elsewhere. The exchange is kept
   * if coverage rose and rolled back otherwise. Finally every need is topped
   * up again.
   */
  improve(order: Int32Array, rounds: number): void {
    if (rounds === 0) return;
    // Exchanges free budget and slots, so earlier proofs of exhaustion no longer hold.
    this.markDead = false;
    this.dead.fill(0);
    for (let round = 0; round < rounds; round++) {
      let improved = false;
      for (let r = 0; r < this.p.resourceCount; r++) {
        if (this.budget[r]! > 0 && this.free[r]! <= 0 && this.exchangeAt(r)) improved = true;
      }
      if (!improved) break;
    }
    this.fillAll(order);
    const G = globalThis as { LNS?: number; LNSK?: number; LNSAUG?: boolean };
    for (let it = 0; it < (G.LNS ?? 0); it++) this.ruinAndRecreate(it % this.p.resourceCount, G.LNSK ?? 3, order, G.LNSAUG ?? true);
  }

  private rankOf: Int32Array | null = null;
  private mark: Int32Array | null = null;
  private markStamp = 0;

  private ruinAndRecreate(seed: number, k: number, order: Int32Array, aug: boolean): boolean {
    const p = this.p;
    if (this.rankOf === null) {
      this.rankOf = new Int32Array(p.needCount);
      for (let i = 0; i < order.length; i++) this.rankOf[order[i]!] = i;
      this.mark = new Int32Array(p.needCount);
    }
    const rank = this.rankOf;
    const mark = this.mark!;
    const shared = new Map<number, number>();
    const s0 = p.resourceStart[seed]!;
    for (let j = s0; j < s0 + this.paidCount[seed]!; j++) {
      const n = p.edgeNeed[this.paid[j]!]!;
      for (let g = p.edgeStart[n]!; g < p.edgeStart[n + 1]!; g++) {
        const r2 = p.edgeResource[g]!;
        if (r2 !== seed) shared.set(r2, (shared.get(r2) ?? 0) + 1);
      }
    }
    const ruined = [seed, ...[...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k - 1).map((x) => x[0])];
    const journal: number[] = [];
    this.journal = journal;
    const stamp = ++this.markStamp;
    const affected: number[] = [];
    for (const r of ruined) {
      const st = p.resourceStart[r]!;
      while (this.paidCount[r]! > 0) {
        const f = this.paid[st]!;
        this.shift(f, -this.flow[f]!);
      }
      for (let j = st; j < p.resourceStart[r + 1]!; j++) {
        const n = p.edgeNeed[p.byResource[j]!]!;
        if (mark[n] !== stamp) {
          mark[n] = stamp;
          affected.push(n);
        }
      }
    }
    affected.sort((a, b) => rank[a]! - rank[b]!);
    for (const n of affected) if (this.rem[n]! > 0) this.directFill(n);
    if (aug) for (const n of affected) if (this.rem[n]! > 0) this.fill(n);
    this.journal = null;
    if (this.journalGain(journal) > 1e-9) return true;
    this.rollback(journal);
    return false;
  }

  private exchangeAt(r: number): boolean {
    const p = this.p;
    let best = -1;
    let bestGain = 0;
    for (let j = p.resourceStart[r]!; j < p.resourceStart[r + 1]!; j++) {
      const e = p.byResource[j]!;
      const n = p.edgeNeed[e]!;
      if (this.rem[n]! <= 0) continue;
      if (this.serves(r, p.caseOf[n]!)) {
        this.shift(e, Math.min(this.rem[n]!, this.budget[r]!));
        this.exchanges++;
        return true;
      }
      const gain = this.density[n]! * Math.min(this.rem[n]!, this.budget[r]!);
      if (gain > bestGain) {
        bestGain = gain;
        best = e;
      }
    }
    if (best < 0) return false;

    // Cases r pays towards (not pre-served), least valuable at r first.
    const start = p.resourceStart[r]!;
    const value = new Map<number, number>();
    for (let j = start; j < start + this.paidCount[r]!; j++) {
      const f = this.paid[j]!;
      const m = p.edgeNeed[f]!;
      const c = p.caseOf[m]!;
      if (p.preServed.has(r * p.caseCount + c)) continue;
      value.set(c, (value.get(c) ?? 0) + this.density[m]! * this.flow[f]!);
    }
    const victims = [...value.keys()].sort((a, b) => value.get(a)! - value.get(b)! || a - b);
    const winner = p.edgeNeed[best]!;
    const evicted: number[] = [];
    for (let t = 0; t < victims.length && t < EVICTION_TRIES; t++) {
      const victim = victims[t]!;
      const journal: number[] = [];
      this.journal = journal;
      evicted.length = 0;
      for (let j = start; j < start + this.paidCount[r]!; ) {
        const f = this.paid[j]!;
        if (p.caseOf[p.edgeNeed[f]!] !== victim) {
          j++;
          continue;
        }
        evicted.push(p.edgeNeed[f]!);
        this.shift(f, -this.flow[f]!); // swaps another paid edge into slot j
      }
      this.shift(best, Math.min(this.rem[winner]!, this.budget[r]!));
      // Pull the winner's other payments into r: same coverage, frees money and slots elsewhere.
      for (let g = p.edgeStart[winner]!; g < p.edgeStart[winner + 1]! && this.budget[r]! > 0; g++) {
        const x = this.flow[g]!;
        if (g === best || x <= 0) continue;
        const move = Math.min(x, this.budget[r]!);
        this.shift(g, -move);
        this.shift(best, move);
      }
      for (const m of evicted) if (this.rem[m]! > 0) this.fill(m);
      this.journal = null;
      if (this.journalGain(journal) > 1e-9 * bestGain) {
        this.exchanges++;
        return true;
      }
      this.rollback(journal);
    }
    return false;
  }

  // ------------------------------------------------------------ output

  result(problem: AllocationProblem): AllocationResult {
    const p = this.p;
    const { needs, resources } = problem;
    const lines: AllocationLine[] = [];
    let objective = 0;
    let maxObjective = 0;
    let allocated = 0;
    const paidBy: number[] = [];
    for (let n = 0; n < p.needCount; n++) {
      const d = p.amount[n]!;
      if (d <= 0) continue;
      const need = needs[n]!;
      maxObjective += p.weight[n]!;
      paidBy.length = 0;
      for (let e = p.edgeStart[n]!; e < p.edgeStart[n + 1]!; e++) if (this.flow[e]! > 0) paidBy.push(e);
      paidBy.sort((a, b) => p.edgeResource[a]! - p.edgeResource[b]!);
      let paid = 0;
      for (const e of paidBy) {
        const amount = this.flow[e]!;
        paid += amount;
        lines.push({ needId: need.id, caseId: need.caseId, resourceId: resources[p.edgeResource[e]!]!.id, amount });
      }
      allocated += paid;
      objective += (p.weight[n]! * paid) / d;
    }
    return {
      lines,
      objective,
      maxObjective,
      allocated,
      stats: { searches: this.searches, augmentations: this.augmentations, exchanges: this.exchanges },
    };
  }
}
