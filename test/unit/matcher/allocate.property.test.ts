import { expect } from 'chai';
import fc from 'fast-check';
import { allocate, allocationObjective, checkAllocation } from '../../../matcher/index';
import type { AllocationNeed, AllocationProblem, AllocationResource } from '../../../matcher/index';

/** Random problems: up to 12 resources and 40 needs over up to 25 cases, any mix of tight and loose limits. */
const problemArb: fc.Arbitrary<AllocationProblem> = fc
  .record({
    resources: fc.array(
      fc.record({
        budgetLeft: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3_000_000 })),
        capacityLeft: fc.integer({ min: 0, max: 6 }),
        open: fc.array(fc.integer({ min: 0, max: 24 }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    needs: fc.array(
      fc.record({
        caseNo: fc.integer({ min: 0, max: 24 }),
        remaining: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000_000 })),
        weight: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 20, noNaN: true })),
        eligible: fc.array(fc.nat(), { maxLength: 6 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ resources, needs }) => {
    const rs: AllocationResource[] = resources.map((r, i) => ({
      id: `r${i}`,
      budgetLeft: r.budgetLeft,
      capacityLeft: r.capacityLeft,
      openCaseIds: r.open.map((c) => `c${c}`),
    }));
    const ns: AllocationNeed[] = needs.map((n, i) => ({
      id: `n${i}`,
      caseId: `c${n.caseNo}`,
      remaining: n.remaining,
      weight: n.weight,
      eligible: n.eligible.map((e) => `r${e % rs.length}`),
    }));
    return { needs: ns, resources: rs };
  });

const runs = { seed: 7, numRuns: 300 };

describe('matcher allocate properties', () => {
  it('never exceeds a budget, a capacity or a need, pays only eligible resources, in whole fen', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const result = allocate(problem);
        expect(checkAllocation(problem, result.lines)).to.deep.equal([]);
        for (const line of result.lines) expect(Number.isSafeInteger(line.amount) && line.amount > 0).to.equal(true);
        expect(Number.isSafeInteger(result.allocated)).to.equal(true);
      }),
      runs,
    );
  });

  it('also holds with tiny searches and without the improvement pass', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 4 }), (problem, searchLimit) => {
        const result = allocate(problem, { searchLimit, improvementRounds: 0 });
        expect(checkAllocation(problem, result.lines)).to.deep.equal([]);
      }),
      runs,
    );
  });

  it('is deterministic and reports the objective of its own lines', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const a = allocate(problem);
        expect(allocate(problem)).to.deep.equal(a);
        expect(a.objective).to.be.closeTo(allocationObjective(problem, a.lines), 1e-9 * Math.max(1, a.maxObjective));
        expect(a.objective).to.be.at.most(a.maxObjective + 1e-9);
      }),
      runs,
    );
  });
});
