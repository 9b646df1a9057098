import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';
import { remainingOf } from './matching.model';

/** The public view of cases and needs, shared by matches, inboxes, recommendations and claims. */
export const caseSummaryResolvers: Resolvers = {
  CaseSummary: {
    id: (c) => toGlobalId('Case', c.id),
    region: async (c, _a, ctx) => {
      const r = await ctx.loaders.region.load(c.regionCode);
      if (!r) throw new Error(`region ${c.regionCode} missing`);
      return r;
    },
    // Only the redacted summary the person consented to publish; nothing for unpublished cases.
    publicSummary: (c) => (c.published ? c.publicSummary : null),
    needs: (c, _a, ctx) => ctx.loaders.needsOfCase.load(c.id),
    totalAmount: async (c, _a, ctx) => (await ctx.loaders.needsOfCase.load(c.id)).reduce((s, n) => s + n.amountMinor, 0n),
    totalRemaining: async (c, _a, ctx) => (await ctx.loaders.needsOfCase.load(c.id)).reduce((s, n) => s + remainingOf(n), 0n),
  },
  CaseNeedSummary: {
    id: (n) => toGlobalId('CaseNeed', n.id),
    amount: (n) => n.amountMinor,
    claimed: (n) => n.claimedMinor,
    funded: (n) => n.reservedMinor + n.confirmedMinor,
    remaining: (n) => remainingOf(n),
  },
};
