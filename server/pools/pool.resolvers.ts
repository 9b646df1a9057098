import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';

export const poolResolvers: Resolvers = {
  Query: {
    matchingPools: (_p, args, ctx) => ctx.services.pools.list(args),
  },
  Mutation: {
    createMatchingPool: (_p, { input }, ctx) => mutationPayload(async () => ({ pool: await ctx.services.pools.create(ctx.actor, input, ctx.request) })),
    closeMatchingPool: (_p, { input }, ctx) => mutationPayload(async () => ({ pool: await ctx.services.pools.close(ctx.actor, input.poolId, ctx.request) })),
  },
  MatchingPool: {
    id: (p) => toGlobalId('MatchingPool', p.id),
    organization: async (p, _a, ctx) => (await ctx.loaders.organization.load(p.organizationId)) ?? null,
    cap: (p) => p.capMinor,
    matched: (p) => p.matchedMinor,
    remaining: (p) => (p.status === 'open' && p.endsAt > new Date() ? p.capMinor - p.matchedMinor : 0n),
  },
  PoolMatch: {
    pool: (m, _a, ctx) => ctx.services.pools.byId(m.poolId),
    amount: (m) => m.amountMinor,
  },
  Receipt: {
    htmlPath: (r) => `/receipts/${toGlobalId('Pledge', r.pledgeId)}.html`,
    pdfPath: (r) => `/receipts/${toGlobalId('Pledge', r.pledgeId)}.pdf`,
  },
  Pledge: {
    match: (p, _a, ctx) => ctx.services.pools.matchOf(p.id),
    receipt: (p, _a, ctx) => ctx.services.receipts.forPledge(p.id),
  },
  MatchingPoolStatus: { OPEN: 'open', CLOSED: 'closed' },
};
