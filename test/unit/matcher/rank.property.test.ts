import { expect } from 'chai';
import fc from 'fast-check';
import { RESOURCE_KINDS, rankResources } from '../../../matcher/index';
import type { MatchCase, MatchResource, NeedKind, RankResult } from '../../../matcher/index';

const REGIONS = ['630000', '632600', '632621', '632623', '632623101', '630100', '630102', '632700', '620000', '000000'];
const CASE_REGIONS = ['632621', '632623', '632623101', '630102'];
const CATEGORIES = ['medical', 'fire', 'education'];
const KINDS: NeedKind[] = ['cash', 'in_kind', 'service', 'medical_bill'];

const resourceBody = fc.record({
  kind: fc.constantFrom(...RESOURCE_KINDS),
  homeRegion: fc.constantFrom(...REGIONS),
  serviceRegions: fc.subarray(REGIONS, { minLength: 1, maxLength: 3 }),
  pairingRegions: fc.subarray(CASE_REGIONS, { maxLength: 1 }),
  categories: fc.subarray(CATEGORIES, { maxLength: 2 }),
  needKinds: fc.option(fc.subarray(KINDS, { minLength: 1 }), { nil: undefined }),
  capacityLeft: fc.integer({ min: 0, max: 5 }),
  budgetLeft: fc.integer({ min: 0, max: 5_000_000 }),
  maxPerCase: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  responseRecord: fc.record({
    claimRate: fc.double({ min: 0, max: 1, noNaN: true }),
    medianResponseHours: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  }),
  languages: fc.subarray(['zh', 'bo'], { minLength: 1 }),
});

type ResourceBody = typeof resourceBody extends fc.Arbitrary<infer T> ? T : never;

function withIds(bodies: readonly ResourceBody[], prefix = 'r'): MatchResource[] {
  return bodies.map((body, i) => {
    const { needKinds, maxPerCase, ...rest } = body;
    return {
      id: `${prefix}${i}`,
      ...rest,
      ...(needKinds === undefined ? {} : { needKinds }),
      ...(maxPerCase === undefined ? {} : { maxPerCase }),
    };
  });
}

const resourcesArb = fc.array(resourceBody, { maxLength: 40 }).map((bodies) => withIds(bodies));

const caseArb = (resourceCount: number): fc.Arbitrary<MatchCase> =>
  fc.record({
    id: fc.constant('case'),
    regionCode: fc.constantFrom(...CASE_REGIONS),
    category: fc.constantFrom(...CATEGORIES),
    hardshipType: fc.constantFrom('sudden' as const, 'expenditure' as const),
    urgency: fc.constantFrom('critical' as const, 'high' as const, 'normal' as const, 'low' as const),
    waitedHours: fc.integer({ min: 0, max: 400 }),
    languages: fc.subarray(['bo', 'zh']),
    needs: fc.array(
      fc.record({ id: fc.uuid(), kind: fc.constantFrom(...KINDS), remaining: fc.integer({ min: 0, max: 2_000_000 }) }),
      { maxLength: 3 },
    ),
    declinedBy: fc.subarray(Array.from({ length: resourceCount }, (_, i) => `r${i}`), { maxLength: Math.min(3, resourceCount) }),
    eligibleProgrammes: fc.option(
      fc.subarray(Array.from({ length: resourceCount + 1 }, (_, i) => `r${i}`)),
      { nil: undefined },
    ),
  }).map(({ eligibleProgrammes, ...rest }) => (eligibleProgrammes === undefined ? rest : { ...rest, eligibleProgrammes }));

const scenario = resourcesArb.chain((resources) =>
  fc.record({ resources: fc.constant(resources), matchCase: caseArb(resources.length), k: fc.integer({ min: 1, max: 50 }) }),
);

function bestScore(result: RankResult): number {
  return Math.max(-Infinity, ...result.programmes.map((p) => p.score), ...result.ranked.map((r) => r.score));
}

const runs = { seed: 20240601, numRuns: 200 };

describe('matcher rankResources properties', () => {
  it('does not depend on the order of the resources', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ resources, matchCase, k }, salt) => {
        const shuffled = [...resources];
        let s = salt >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(rankResources(matchCase, shuffled, { k })).to.deep.equal(rankResources(matchCase, resources, { k }));
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenario, ({ resources, matchCase, k }) => {
        expect(rankResources(matchCase, resources, { k })).to.deep.equal(rankResources(matchCase, resources, { k }));
      }),
      runs,
    );
  });

  it('never lowers the best score when a resource is added', () => {
    fc.assert(
      fc.property(scenario, resourceBody, ({ resources, matchCase, k }, extra) => {
        const added = [...resources, ...withIds([extra], 'extra')];
        // Make the extra resource an eligible programme half of the time.
        const c: MatchCase =
          matchCase.eligibleProgrammes !== undefined && extra.capacityLeft % 2 === 0
            ? { ...matchCase, eligibleProgrammes: [...matchCase.eligibleProgrammes, 'extra0'] }
            : matchCase;
        const before = rankResources(c, resources, { k });
        const after = rankResources(c, added, { k });
        expect(bestScore(after)).to.be.at.least(bestScore(before));
        expect(after.gap).to.be.at.most(before.gap);
      }),
      runs,
    );
  });

  it('explains every score: contributions sum to it, values stay in [0, 1], amounts stay integral', () => {
    fc.assert(
      fc.property(scenario, ({ resources, matchCase, k }) => {
        const result = rankResources(matchCase, resources, { k });
        expect(result.ranked.length).to.be.at.most(k);
        for (const r of [...result.programmes, ...result.ranked]) {
          const sum = r.breakdown.reduce((acc, t) => acc + t.contribution, 0);
          expect(r.score).to.equal(sum);
          for (const t of r.breakdown) expect(t.value).to.be.within(0, 1);
        }
        for (const p of result.programmes) expect(Number.isSafeInteger(p.expectedCover)).to.equal(true);
        expect(Number.isSafeInteger(result.gap) && result.gap >= 0 && result.gap <= result.openNeed).to.equal(true);
        for (let i = 1; i < result.ranked.length; i++) {
          const a = result.ranked[i - 1]!;
          const b = result.ranked[i]!;
          expect(a.score > b.score || (a.score === b.score && a.resourceId < b.resourceId)).to.equal(true);
        }
      }),
      runs,
    );
  });

  it('returns a prefix of the full ranking as its top K', () => {
    fc.assert(
      fc.property(scenario, ({ resources, matchCase, k }) => {
        const all = rankResources(matchCase, resources, { k: resources.length });
        const top = rankResources(matchCase, resources, { k });
        expect(top.ranked).to.deep.equal(all.ranked.slice(0, k));
        expect(top.candidates).to.equal(all.ranked.length);
      }),
      runs,
    );
  });
});
