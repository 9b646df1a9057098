import { expect } from 'chai';
import {
  DEFAULT_MATCH_WEIGHTS,
  ESCALATION_TIERS,
  RANK_FACTORS,
  exclusionReason,
  nextTier,
  rankResources,
  resourcesInTier,
} from '../../../matcher/index';
import type { MatchResource, MatchWeights, RankedResource } from '../../../matcher/index';
import { QH, matchCase, resource } from './support/factories';

const ids = (list: readonly RankedResource[]): string[] => list.map((r) => r.resourceId);
const term = (r: RankedResource, factor: string): number => r.breakdown.find((t) => t.factor === factor)?.value ?? NaN;

describe('matcher rankResources', () => {
  describe('region closeness', () => {
    it('ranks same county above same prefecture above same province above outside', () => {
      const resources = [
        resource({ id: 'province', homeRegion: QH.province, serviceRegions: [QH.province] }),
        resource({ id: 'outside', homeRegion: QH.gansu, serviceRegions: ['000000'] }),
        resource({ id: 'county', homeRegion: QH.maqen, serviceRegions: [QH.maqen] }),
        resource({ id: 'prefecture', homeRegion: QH.golog, serviceRegions: [QH.golog] }),
      ];
      const result = rankResources(matchCase(), resources, { k: 10 });
      expect(ids(result.ranked)).to.deep.equal(['county', 'prefecture', 'province', 'outside']);
      expect(result.ranked.map((r) => r.closeness)).to.deep.equal(['county', 'prefecture', 'province', 'outside']);
    });

    it('ranks same township above same county for a township case', () => {
      const resources = [
        resource({ id: 'county', homeRegion: QH.maqen }),
        resource({ id: 'township', homeRegion: `${QH.maqen}101` }),
      ];
      const result = rankResources(matchCase({ regionCode: `${QH.maqen}101` }), resources, { k: 10 });
      expect(ids(result.ranked)).to.deep.equal(['township', 'county']);
    });

    it('lets a pairing region serve the case and count as near (同舟工程)', () => {
      const resources = [
        resource({ id: 'central-enterprise', kind: 'enterprise', homeRegion: '110000', serviceRegions: ['110000'], pairingRegions: [QH.gade] }),
        resource({ id: 'province-fund', kind: 'relief_fund', homeRegion: QH.province, serviceRegions: [QH.province] }),
        resource({ id: 'unpaired-enterprise', kind: 'enterprise', homeRegion: '110000', serviceRegions: ['110000'], pairingRegions: [QH.darlag] }),
      ];
      const result = rankResources(matchCase({ regionCode: QH.gade }), resources, { k: 10 });
      expect(ids(result.ranked)).to.deep.equal(['central-enterprise', 'province-fund']);
      expect(result.ranked[0]?.closeness).to.equal('pairing');
      expect(result.excluded.region).to.equal(1);
    });

    it('excludes resources that do not serve the case region', () => {
      const result = rankResources(matchCase(), [resource({ id: 'yushu', homeRegion: QH.yushu, serviceRegions: [QH.yushu] })], { k: 5 });
      expect(result.ranked).to.have.length(0);
      expect(result.excluded.region).to.equal(1);
      expect(exclusionReason(matchCase(), resource({ id: 'x', serviceRegions: [QH.yushu] }))).to.equal('region');
    });
  });

  describe('category', () => {
    it('prefers an explicit focus over taking every category, and excludes a different focus', () => {
      const resources = [
        resource({ id: 'open', categories: [] }),
        resource({ id: 'focused', categories: ['medical', 'fire'] }),
        resource({ id: 'education-only', categories: ['education'] }),
      ];
      const result = rankResources(matchCase({ category: 'medical' }), resources, { k: 10 });
      expect(ids(result.ranked)).to.deep.equal(['focused', 'open']);
      expect(term(result.ranked[0]!, 'category')).to.equal(DEFAULT_MATCH_WEIGHTS.category.focused);
      expect(term(result.ranked[1]!, 'category')).to.equal(DEFAULT_MATCH_WEIGHTS.category.open);
      expect(result.excluded.category).to.equal(1);
    });
  });

  describe('hard constraints', () => {
    it('never proposes a resource that declined the case', () => {
      const resources = [resource({ id: 'a' }), resource({ id: 'b' })];
      const result = rankResources(matchCase({ declinedBy: ['a'] }), resources, { k: 10 });
      expect(ids(result.ranked)).to.deep.equal(['b']);
      expect(result.excluded.declined).to.equal(1);
    });

    it('requires capacity, and budget when every need it meets is paid in money', () => {
      const resources = [
        resource({ id: 'full', capacityLeft: 0 }),
        resource({ id: 'broke', budgetLeft: 0, needKinds: ['cash', 'medical_bill'] }),
        resource({ id: 'broke-any-kind', budgetLeft: 0 }),
        resource({ id: 'broke-but-counsels', budgetLeft: 0, needKinds: ['service', 'cash'] }),
        resource({ id: 'goods-only', needKinds: ['in_kind'] }),
      ];
      const c = matchCase({
        needs: [
          { id: 'n1', kind: 'cash', remaining: 100_000 },
          { id: 'n2', kind: 'service', remaining: 20_000 },
        ],
      });
      const result = rankResources(c, resources, { k: 10 });
      expect(ids(result.ranked)).to.deep.equal(['broke-any-kind', 'broke-but-counsels']);
      expect(result.excluded).to.include({ capacity: 1, budget: 1, need_kind: 1 });
    });

    it('counts every excluded resource under its first failing constraint', () => {
      const resources = [
        resource({ id: 'declined-and-far', serviceRegions: [QH.yushu] }),
        resource({ id: 'far', serviceRegions: [QH.yushu] }),
        resource({ id: 'ok' }),
      ];
      const result = rankResources(matchCase({ declinedBy: ['declined-and-far'] }), resources, { k: 10 });
      expect(result.excluded).to.include({ declined: 1, region: 1 });
      expect(result.candidates).to.equal(1);
    });

    it('rejects malformed input with a RangeError', () => {
      expect(() => rankResources(matchCase({ regionCode: '632600' }), [], { k: 1 })).to.throw(RangeError);
      expect(() => rankResources(matchCase(), [], { k: -1 })).to.throw(RangeError);
      expect(() => rankResources(matchCase({ needs: [{ id: 'n', kind: 'cash', remaining: 1.5 }] }), [], { k: 1 })).to.throw(RangeError);
    });
  });

  describe('government programmes first (R4, R11)', () => {
    const programmes = [
      resource({ id: 'gov-temporary', kind: 'government', homeRegion: QH.maqen, maxPerCase: 300_000 }),
      resource({ id: 'gov-medical', kind: 'government', homeRegion: QH.golog, serviceRegions: [QH.golog], maxPerCase: 150_000, needKinds: ['medical_bill'] }),
      resource({ id: 'gov-not-eligible', kind: 'government', homeRegion: QH.maqen }),
    ];
    const charities = [
      resource({ id: 'rich-charity', budgetLeft: 10_000_000 }),
      resource({ id: 'poor-charity', budgetLeft: 100_000 }),
    ];
    const c = matchCase({
      needs: [
        { id: 'bill', kind: 'medical_bill', remaining: 800_000 },
        { id: 'cash', kind: 'cash', remaining: 200_000 },
      ],
      eligibleProgrammes: ['gov-temporary', 'gov-medical'],
    });

    it('returns eligible programmes in a first group with the amount each is expected to pay', () => {
      const result = rankResources(c, [...charities, ...programmes], { k: 10 });
      expect(ids(result.programmes).sort()).to.deep.equal(['gov-medical', 'gov-temporary']);
      expect(ids(result.ranked)).to.deep.equal(['rich-charity', 'poor-charity']);
      expect(result.excluded.not_eligible).to.equal(1);
      const cover = Object.fromEntries(result.programmes.map((p) => [p.resourceId, p.expectedCover]));
      expect(cover['gov-temporary']).to.equal(300_000);
      expect(cover['gov-medical']).to.equal(150_000);
      expect(result.openNeed).to.equal(1_000_000);
      expect(result.gap).to.equal(550_000);
      for (const p of result.programmes) expect(Number.isSafeInteger(p.expectedCover)).to.equal(true);
    });

    it('scores the others against the gap the programmes leave', () => {
      const withProgrammes = rankResources(c, [...charities, ...programmes], { k: 10 });
      const without = rankResources(c, charities, { k: 10 });
      const poorWith = withProgrammes.ranked.find((r) => r.resourceId === 'poor-charity')!;
      const poorWithout = without.ranked.find((r) => r.resourceId === 'poor-charity')!;
      expect(term(poorWith, 'budget')).to.be.closeTo(100_000 / 550_000, 1e-12);
      expect(term(poorWithout, 'budget')).to.be.closeTo(100_000 / 1_000_000, 1e-12);
      expect(poorWith.score).to.be.greaterThan(poorWithout.score);
    });

    it('ranks government resources with everyone else when eligibility is unknown', () => {
      const unknown = matchCase({ needs: c.needs });
      const result = rankResources(unknown, [...charities, ...programmes], { k: 10 });
      expect(result.programmes).to.have.length(0);
      expect(ids(result.ranked)).to.include.members(['gov-temporary', 'gov-not-eligible']);
      expect(result.gap).to.equal(result.openNeed);
    });
  });

  describe('score breakdown', () => {
    it('lists every factor with weight × value summing to the score', () => {
      const resources = [
        resource({ id: 'a', languages: ['zh', 'bo'], responseRecord: { claimRate: 0.9, medianResponseHours: 2 } }),
        resource({ id: 'b', homeRegion: QH.province, serviceRegions: [QH.province], responseRecord: { claimRate: 0.1, medianResponseHours: null } }),
      ];
      const result = rankResources(matchCase({ languages: ['bo', 'zh'], urgency: 'critical', waitedHours: 30 }), resources, { k: 10 });
      for (const r of result.ranked) {
        expect(r.breakdown.map((t) => t.factor)).to.deep.equal([...RANK_FACTORS]);
        let sum = 0;
        for (const t of r.breakdown) {
          expect(t.contribution).to.equal(t.weight * t.value);
          expect(t.value).to.be.within(0, 1);
          sum += t.contribution;
        }
        expect(r.score).to.equal(sum);
      }
      expect(term(result.ranked[0]!, 'language')).to.equal(DEFAULT_MATCH_WEIGHTS.language.preferred);
      expect(term(result.ranked[1]!, 'language')).to.equal(DEFAULT_MATCH_WEIGHTS.language.other);
    });

    it('makes urgent, long-waiting cases favour fast responders', () => {
      const fast = resource({ id: 'fast', responseRecord: { claimRate: 0.5, medianResponseHours: 1 } });
      const slow = resource({ id: 'slow', responseRecord: { claimRate: 0.5, medianResponseHours: 200 } });
      const calm = rankResources(matchCase({ urgency: 'low' }), [fast, slow], { k: 2 });
      const urgent = rankResources(matchCase({ urgency: 'critical', waitedHours: 48 }), [fast, slow], { k: 2 });
      const gap = (r: typeof calm): number => r.ranked[0]!.score - r.ranked[1]!.score;
      expect(ids(urgent.ranked)).to.deep.equal(['fast', 'slow']);
      expect(gap(urgent)).to.be.greaterThan(gap(calm));
    });

    it('uses the weights it is given', () => {
      const regionOnly: MatchWeights = {
        ...DEFAULT_MATCH_WEIGHTS,
        factors: { region: 1, category: 0, budget: 0, response: 0, urgency: 0, language: 0 },
      };
      const resources = [
        resource({ id: 'near-slow', responseRecord: { claimRate: 0, medianResponseHours: 500 } }),
        resource({ id: 'far-fast', homeRegion: QH.province, serviceRegions: [QH.province], responseRecord: { claimRate: 1, medianResponseHours: 0 } }),
      ];
      const result = rankResources(matchCase(), resources, { k: 2, weights: regionOnly });
      expect(ids(result.ranked)).to.deep.equal(['near-slow', 'far-fast']);
      expect(result.ranked[0]!.score).to.equal(DEFAULT_MATCH_WEIGHTS.closeness.county);
    });
  });

  describe('top K and ties', () => {
    it('returns the best K, breaking ties by id', () => {
      const resources = ['e', 'b', 'd', 'a', 'c'].map((id) => resource({ id }));
      const result = rankResources(matchCase(), resources, { k: 3 });
      expect(ids(result.ranked)).to.deep.equal(['a', 'b', 'c']);
      expect(result.candidates).to.equal(5);
      expect(rankResources(matchCase(), resources, { k: 0 }).ranked).to.have.length(0);
    });
  });

  describe('escalation tiers', () => {
    const resources: MatchResource[] = [
      resource({ id: 'county-charity', kind: 'charity' }),
      resource({ id: 'golog-social-work', kind: 'social_work_agency', homeRegion: QH.golog, serviceRegions: [QH.golog] }),
      resource({ id: 'womens-federation', kind: 'mass_org', homeRegion: QH.maqen }),
      resource({ id: 'province-charity', kind: 'charity', homeRegion: QH.province, serviceRegions: [QH.province] }),
      resource({ id: 'red-cross-golog', kind: 'red_cross', homeRegion: QH.golog, serviceRegions: [QH.golog] }),
      resource({ id: 'tongzhou-enterprise', kind: 'enterprise', homeRegion: '110000', serviceRegions: ['110000'], pairingRegions: [QH.maqen] }),
      resource({ id: 'enterprise-pool', kind: 'enterprise_pool', homeRegion: QH.province, serviceRegions: [QH.province] }),
      resource({ id: 'relief-fund', kind: 'relief_fund', homeRegion: QH.province, serviceRegions: [QH.province] }),
      resource({ id: 'yushu-charity', kind: 'charity', homeRegion: QH.yushu, serviceRegions: [QH.yushu] }),
    ];
    const tierIds = (tier: (typeof ESCALATION_TIERS)[number]): string[] =>
      resourcesInTier(tier, matchCase(), resources).map((r) => r.id).sort();

    it('orders the cascade local charity → Red Cross → enterprise pool → province → joint meeting', () => {
      expect([...ESCALATION_TIERS]).to.deep.equal(['local_charity', 'red_cross', 'enterprise_pool', 'province']);
      expect(nextTier('local_charity')).to.equal('red_cross');
      expect(nextTier('province')).to.equal('joint_meeting');
    });

    it('puts local charities, social-work agencies and mass organisations of the prefecture in the first tier', () => {
      expect(tierIds('local_charity')).to.deep.equal(['county-charity', 'golog-social-work', 'womens-federation']);
    });

    it('puts Red Cross branches in the second tier', () => {
      expect(tierIds('red_cross')).to.deep.equal(['red-cross-golog']);
    });

    it('puts enterprises and pools, paired ones included, in the third tier', () => {
      expect(tierIds('enterprise_pool')).to.deep.equal(['enterprise-pool', 'tongzhou-enterprise']);
    });

    it('opens the province tier to everyone who serves the case', () => {
      expect(tierIds('province')).to.have.length(8);
      expect(tierIds('province')).not.to.include('yushu-charity');
    });

    it('filters the ranking by tier and counts the rest as outside the tier', () => {
      const result = rankResources(matchCase(), resources, { k: 10, tier: 'red_cross' });
      expect(ids(result.ranked)).to.deep.equal(['red-cross-golog']);
      expect(result.excluded.tier).to.equal(7);
      expect(result.excluded.region).to.equal(1);
    });
  });
});
