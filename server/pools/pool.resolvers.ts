import { eq } from 'drizzle-orm';
import { cases } from '../cases/case.table';
import { toGlobalId } from '../common/ids';
import { caseLedgerOf } from '../disbursements/case-ledger';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import { registerNodeFetcher } from '../graphql/node';
import { can } from '../access/access';
import { disbursements } from '../disbursements/disbursement.table';
import { pledges } from '../pledges/pledge.table';
import { poolRemaining } from './pool.service';
import { surplusAllocations } from '../surplus/surplus.table';

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
    remaining: (p) => poolRemaining(p),
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
    // The donor's own pledge: they see the case's ledger even after it is unpublished.
    caseLedger: async (p, _a, ctx) => {
      const [c] = await ctx.services.db.select({ status: cases.status }).from(cases).where(eq(cases.id, p.caseId));
      return c ? caseLedgerOf(ctx.services.db, p.caseId, c.status) : null;
    },
    match: (p, _a, ctx) => ctx.services.pools.matchOf(p.id),
    receipt: (p, _a, ctx) => ctx.services.receipts.forPledge(p.id),
  },
};

// node(id) for the types of funds, pools, disbursements and surplus, through the same access checks.
registerNodeFetcher('MatchingPool', (id, ctx) => ctx.services.pools.byId(id));
registerNodeFetcher('Disbursement', async (id, ctx) => {
  const [d] = await ctx.services.db.select().from(disbursements).where(eq(disbursements.id, id));
  if (!d) return null;
  const c = await ctx.services.disbursements.accessResource(d.caseId).catch(() => null);
  return c && can(ctx.actor, 'disbursement.view', c) ? d : null;
});
registerNodeFetcher('SurplusAllocation', async (id, ctx) => {
  const [row] = await ctx.services.db
    .select({ a: surplusAllocations, p: pledges, regionCode: cases.regionCode })
    .from(surplusAllocations)
    .innerJoin(pledges, eq(pledges.id, surplusAllocations.pledgeId))
    .innerJoin(cases, eq(cases.id, surplusAllocations.caseId))
    .where(eq(surplusAllocations.id, id));
  return row && can(ctx.actor, 'surplus.answer', { donorUserId: row.p.donorUserId, organizationId: row.p.organizationId, regionCode: row.regionCode }) ? row.a : null;
});
