import { expect } from 'chai';
import {
  DEFAULT_MATCH_WEIGHTS,
  allocate,
  allocationObjective,
  allocationRelaxation,
  buildAllocationProblem,
  checkAllocation,
  needWeight,
} from '../../../matcher/index';
import type { AllocationNeed, AllocationProblem, AllocationResource } from '../../../matcher/index';
import { QH, matchCase, resource } from './support/factories';

const need = (id: string, remaining: number, weight: number, eligible: string[], caseId = id): AllocationNeed => ({
  id,
  caseId,
  remaining,
  weight,
  eligible,
});
const res = (id: string, budgetLeft: number, capacityLeft = 10, openCaseIds?: string[]): AllocationResource => ({
  id,
  budgetLeft,
  capacityLeft,
  ...(openCaseIds === undefined ? {} : { openCaseIds }),
});
const paid = (lines: { needId: string; resourceId: string; amount: number }[], needId: string, resourceId?: string): number =>
  lines.filter((l) => l.needId === needId && (resourceId === undefined || l.resourceId === resourceId)).reduce((s, l) => s + l.amount, 0);

describe('matcher needWeight', () => {
  it('weights urgency, and doubles the weight over a week of waiting by default', () => {
    expect(needWeight({ urgency: 'critical', waitedHours: 0 })).to.equal(8);
    expect(needWeight({ urgency: 'low', waitedHours: 0 })).to.equal(1);
    expect(needWeight({ urgency: 'normal', waitedHours: 84 })).to.equal(3);
    expect(needWeight({ urgency: 'normal', waitedHours: 168 })).to.equal(4);
    expect(needWeight({ urgency: 'normal', waitedHours: 10_000 })).to.equal(4);
    expect(needWeight({ urgency: 'high', waitedHours: -5 })).to.equal(4);
  });

  it('takes its settings from the weights', () => {
    const weights = {
      ...DEFAULT_MATCH_WEIGHTS,
      priority: { ...DEFAULT_MATCH_WEIGHTS.priority, hardship: { sudden: 1.5, expenditure: 1 } },
    };
    expect(needWeight({ urgency: 'low', waitedHours: 0, hardshipType: 'sudden' }, weights)).to.equal(1.5);
    expect(needWeight({ urgency: 'low', waitedHours: 0, hardshipType: 'expenditure' }, weights)).to.equal(1);
  });
});

describe('matcher allocate', () => {
  it('funds the denser need first when budget is short', () => {
    const problem: AllocationProblem = {
      needs: [need('calm', 100_000, 1, ['r']), need('urgent', 100_000, 8, ['r'])],
      resources: [res('r', 150_000)],
    };
    const { lines, objective } = allocate(problem);
    expect(paid(lines, 'urgent')).to.equal(100_000);
    expect(paid(lines, 'calm')).to.equal(50_000);
    expect(objective).to.equal(8 + 0.5);
  });

  it('reroutes earlier needs to make room (augmenting paths)', () => {
    // r2 looks contested (c also wants it), so a, the densest need, is paid by
    // r1 first; b can only use r1, so a must move to r2 to let b in.
    const problem: AllocationProblem = {
      needs: [need('a', 100_000, 10, ['r1', 'r2']), need('b', 100_000, 5, ['r1']), need('c', 300_000, 0.001, ['r2'])],
      resources: [res('r1', 100_000), res('r2', 100_000)],
    };
    const { lines, objective, stats } = allocate(problem);
    expect(stats.augmentations).to.be.greaterThan(0);
    expect(paid(lines, 'a', 'r2')).to.equal(100_000);
    expect(paid(lines, 'b', 'r1')).to.equal(100_000);
    expect(objective).to.equal(15);
  });

  it('counts capacity in distinct cases, so a second need of the same case takes no new slot', () => {
    const problem: AllocationProblem = {
      needs: [
        need('bill', 300_000, 4, ['r'], 'case-1'),
        need('cash', 100_000, 4, ['r'], 'case-1'),
        need('other', 100_000, 4, ['r'], 'case-2'),
      ],
      resources: [res('r', 1_000_000, 1)],
    };
    const { lines } = allocate(problem);
    expect(paid(lines, 'bill') + paid(lines, 'cash')).to.equal(400_000);
    expect(paid(lines, 'other')).to.equal(0);
    expect(checkAllocation(problem, lines)).to.deep.equal([]);
  });

  it('lets a resource keep paying cases it already serves without capacity', () => {
    const problem: AllocationProblem = {
      needs: [need('n', 100_000, 1, ['r'], 'open-case')],
      resources: [res('r', 100_000, 0, ['open-case'])],
    };
    expect(paid(allocate(problem).lines, 'n')).to.equal(100_000);
  });

  it('never pays from a resource that is not eligible, out of budget or out of slots', () => {
    const problem: AllocationProblem = {
      needs: [need('n1', 100_000, 1, ['r1']), need('n2', 100_000, 1, ['r2', 'r3'])],
      resources: [res('r1', 0), res('r2', 50_000, 0), res('r3', 30_000), res('unused', 1_000_000)],
    };
    const { lines, allocated } = allocate(problem);
    expect(lines).to.deep.equal([{ needId: 'n2', caseId: 'n2', resourceId: 'r3', amount: 30_000 }]);
    expect(allocated).to.equal(30_000);
  });

  it('splits a need across resources when no single one can pay it', () => {
    const problem: AllocationProblem = {
      needs: [need('n', 250_000, 2, ['a', 'b', 'c'])],
      resources: [res('a', 100_000), res('b', 100_000), res('c', 100_000)],
    };
    const { lines } = allocate(problem);
    expect(paid(lines, 'n')).to.equal(250_000);
    expect(lines.map((l) => l.resourceId)).to.deep.equal([...lines.map((l) => l.resourceId)].sort());
  });

  it('reports objective, maximum and total consistently', () => {
    const problem: AllocationProblem = {
      needs: [need('a', 100_000, 3, ['r']), need('b', 300_000, 1, ['r']), need('zero', 0, 5, ['r'])],
      resources: [res('r', 200_000)],
    };
    const result = allocate(problem);
    expect(result.maxObjective).to.equal(4);
    expect(result.allocated).to.equal(200_000);
    expect(result.objective).to.be.closeTo(allocationObjective(problem, result.lines), 1e-12);
  });

  it('rejects malformed problems', () => {
    const ok = { needs: [need('n', 100, 1, ['r'])], resources: [res('r', 100)] };
    expect(() => allocate({ ...ok, resources: [res('r', 100.5)] })).to.throw(RangeError);
    expect(() => allocate({ ...ok, resources: [res('r', -1)] })).to.throw(RangeError);
    expect(() => allocate({ ...ok, resources: [res('r', 100), res('r', 100)] })).to.throw(RangeError);
    expect(() => allocate({ ...ok, needs: [need('n', 100, Number.NaN, ['r'])] })).to.throw(RangeError);
    expect(() => allocate({ ...ok, needs: [need('n', 100, 1, ['ghost'])] })).to.throw(RangeError);
    expect(() => allocate(ok, { searchLimit: 0 })).to.throw(RangeError);
  });
});

describe('matcher checkAllocation', () => {
  const problem: AllocationProblem = {
    needs: [need('a', 100, 1, ['r'], 'c1'), need('b', 100, 1, ['r'], 'c2')],
    resources: [res('r', 150, 1)],
  };

  it('accepts a valid allocation and names every violation of an invalid one', () => {
    expect(checkAllocation(problem, allocate(problem).lines)).to.deep.equal([]);
    const violations = checkAllocation(problem, [
      { needId: 'a', caseId: 'c1', resourceId: 'r', amount: 120 },
      { needId: 'b', caseId: 'c2', resourceId: 'r', amount: 50.5 },
    ]);
    expect(violations.join('\n')).to.match(/need 'a' gets 120 fen/);
    expect(violations.join('\n')).to.match(/not a positive integer/);
    expect(violations.join('\n')).to.match(/more than its budget/);
    expect(violations.join('\n')).to.match(/more than its capacity/);
  });
});

describe('matcher allocationRelaxation', () => {
  it('uses one slot variable per case with several needs at a resource', () => {
    const lp = allocationRelaxation({
      needs: [need('a', 100, 1, ['r'], 'c'), need('b', 100, 1, ['r'], 'c'), need('d', 100, 1, ['r'], 'e')],
      resources: [res('r', 150, 1)],
    });
    expect(lp.edgeCount).to.equal(3);
    expect(lp.numCols).to.equal(4);
    // 3 need rows, 1 budget row, 1 capacity row, 2 link rows.
    expect(lp.numRows).to.equal(7);
  });
});

describe('matcher buildAllocationProblem', () => {
  it('weights needs by their case and applies the ranking hard constraints per need kind', () => {
    const cases = [
      matchCase({
        id: 'urgent',
        urgency: 'critical',
        needs: [
          { id: 'bill', kind: 'medical_bill', remaining: 800_000 },
          { id: 'counselling', kind: 'service', remaining: 30_000 },
        ],
        declinedBy: ['declined'],
      }),
      matchCase({ id: 'far', regionCode: QH.yushuCity, needs: [{ id: 'far-cash', kind: 'cash', remaining: 100_000 }] }),
    ];
    const resources = [
      resource({ id: 'any' }),
      resource({ id: 'insurer', kind: 'insurer', needKinds: ['medical_bill'] }),
      resource({ id: 'cash-only', needKinds: ['cash'] }),
      resource({ id: 'declined' }),
      resource({ id: 'empty', budgetLeft: 0 }),
    ];
    const problem = buildAllocationProblem(cases, resources);
    expect(problem.needs).to.deep.equal([
      { id: 'bill', caseId: 'urgent', remaining: 800_000, weight: 8, eligible: ['any', 'insurer'] },
      { id: 'far-cash', caseId: 'far', remaining: 100_000, weight: 2, eligible: [] },
    ]);
    expect(problem.resources.map((r) => r.id)).to.deep.equal(resources.map((r) => r.id));
    expect(checkAllocation(problem, allocate(problem).lines)).to.deep.equal([]);
  });
});
