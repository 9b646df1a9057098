/**
 * Solves an allocation problem's LP relaxation exactly with HiGHS, for
 * comparing the allocator against the optimum.
 */

import loadHighs from 'highs';
import type { Highs } from 'highs';
import { allocationRelaxation } from '../../../../matcher/index';
import type { AllocationProblem } from '../../../../matcher/index';

let loaded: Promise<Highs> | null = null;

/** The HiGHS runtime, loaded once per test process. */
export function highs(): Promise<Highs> {
  loaded ??= loadHighs();
  return loaded;
}

/** Optimum of the LP relaxation of `problem` (same units as `AllocationResult.objective`). */
export async function relaxationOptimum(problem: AllocationProblem): Promise<number> {
  const h = await highs();
  const lp = allocationRelaxation(problem);
  const model = h.createModel({
    numCols: lp.numCols,
    numRows: lp.numRows,
    sense: h.constants.objectiveSense.maximize,
    colCost: lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: new Float64Array(lp.numRows).fill(-h.infinity),
    rowUpper: lp.rowUpper,
    matrix: {
      format: 'csc',
      numRows: lp.numRows,
      numCols: lp.numCols,
      starts: lp.matrix.starts,
      indices: lp.matrix.indices,
      values: lp.matrix.values,
    },
  });
  try {
    model.options.set({ output_flag: false });
    const { modelStatus } = model.run();
    if (modelStatus !== h.constants.modelStatus.optimal) throw new Error(`HiGHS ended with model status ${modelStatus}`);
    return model.getObjectiveValue();
  } finally {
    model.dispose();
  }
}
