import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import { offlineReference } from '../payments/offline-provider';
import { SANDBOX_NOTICE } from '../payments/sandbox-provider';

export const pledgeResolvers: Resolvers = {
  Query: {
    myPledges: (_p, args, ctx) => ctx.services.pledges.mine(ctx.actor, args),
    casePledges: (_p, args, ctx) => ctx.services.pledges.forCase(ctx.actor, args.caseId, args),
    caseFunding: (_p, { caseId }, ctx) => ctx.services.pledges.funding(ctx.actor, caseId),
  },
  Mutation: {
    createPledge: (_p, { input }, ctx) => mutationPayload(() => ctx.services.pledges.create(ctx.actor, input, ctx.request)),
    cancelPledge: (_p, { input }, ctx) => mutationPayload(async () => ({ pledge: await ctx.services.pledges.cancel(ctx.actor, input.pledgeId, ctx.request) })),
    confirmOfflinePledge: (_p, { input }, ctx) => mutationPayload(async () => ({ pledge: await ctx.services.pledges.confirmOffline(ctx.actor, input, ctx.request) })),
    refundPledge: (_p, { input }, ctx) => mutationPayload(async () => ({ pledge: await ctx.services.pledges.refund(ctx.actor, input, ctx.request) })),
  },
  Pledge: {
    id: (p) => toGlobalId('Pledge', p.id),
    caseId: (p) => toGlobalId('Case', p.caseId),
    needId: (p) => toGlobalId('CaseNeed', p.needId),
    amount: (p) => p.amountMinor,
    requestedAmount: (p) => p.requestedMinor,
    refunded: (p) => p.refundedMinor,
    disputedAmount: (p) => p.disputedMinor,
    organization: async (p, _a, ctx) => (p.organizationId ? ((await ctx.loaders.organization.load(p.organizationId)) ?? null) : null),
    // The pledge's own payment view; the client secret is only given in createPledge's payload.
    payment: (p) => ({
      provider: p.method,
      sandbox: p.method === 'sandbox',
      paymentRef: p.method === 'offline' ? offlineReference(p) : p.paymentRef,
      clientSecret: null,
      instructions: p.method === 'sandbox' ? SANDBOX_NOTICE : null,
    }),
  },
  Payment: {
    reference: (pay) => pay.paymentRef,
  },
  PublicPledge: {
    amount: (p) => p.amountMinor,
    donorName: async (p, _a, ctx) => {
      if (p.anonymous) return null;
      if (p.organizationId) return (await ctx.loaders.organization.load(p.organizationId))?.name ?? null;
      return (await ctx.loaders.user.load(p.donorUserId))?.name ?? null;
    },
  },
  CaseFunding: {
    caseId: (f) => toGlobalId('Case', f.caseId),
  },
};
