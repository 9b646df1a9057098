import { expect } from 'chai';
import { allocate, checkAllocation } from '../../../matcher/index';
import { randomProblem } from './support/factories';
import type { RandomProblemOptions } from './support/factories';
import { relaxationOptimum } from './support/highs';

/**
 * The allocator against the exact optimum of the LP relaxation, solved with
 * HiGHS. The relaxation bounds every integral allocation from above.
 */
describe('matcher allocate against the LP bound (HiGHS)', () => {
  async function ratio(seed: number, options: RandomProblemOptions): Promise<number> {
    const problem = randomProblem(seed, options);
    const result = allocate(problem);
    expect(checkAllocation(problem, result.lines)).to.deep.equal([]);
    const bound = await relaxationOptimum(problem);
    expect(result.objective).to.be.at.most(bound * (1 + 1e-9) + 1e-9);
    return bound === 0 ? 1 : result.objective / bound;
  }

  it('reaches the LP optimum when capacities do not bind (the polymatroid greedy is exact)', async () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(await ratio(seed, { needs: 150, resources: 30, degree: 6, slots: null })).to.be.at.least(0.99999);
    }
  });

  it('stays within 1 % of the LP bound when capacities bind for some resources', async () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(await ratio(seed, { needs: 120, resources: 30, degree: 6, slots: [2, 8] })).to.be.at.least(0.99);
      expect(await ratio(seed, { needs: 300, resources: 60, degree: 8, slots: [2, 8] })).to.be.at.least(0.99);
    }
  });

  it('stays within 1 % on a 2,000-need instance', async () => {
    expect(await ratio(2000, { needs: 2000, resources: 500, degree: 4, slots: [2, 8] })).to.be.at.least(0.99);
    expect(await ratio(2001, { needs: 2000, resources: 500, degree: 4, slots: null })).to.be.at.least(0.99999);
  });
});
