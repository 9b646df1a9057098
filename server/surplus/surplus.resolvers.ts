import { toGlobalId } from '../common/ids';
import { readCaseLedger } from '../disbursements/case-ledger';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';

export const surplusResolvers: Resolvers = {
  Mutation: {
    reduceNeed: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await ctx.services.surplus.reduceNeed(ctx.actor, input, ctx.request);
        return { surplus: r.surplus, caseLedger: await readCaseLedger(ctx.services.db, ctx.actor, toGlobalId('Case', r.caseId)) };
      }),
    closeCaseWithSurplus: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await ctx.services.surplus.closeWithSurplus(ctx.actor, input, ctx.request);
        return { surplus: r.surplus, caseLedger: await readCaseLedger(ctx.services.db, ctx.actor, toGlobalId('Case', r.caseId)) };
      }),
    answerSurplus: (_p, { input }, ctx) => mutationPayload(async () => ({ surplus: await ctx.services.surplus.answer(ctx.actor, input, ctx.request) })),
  },
  SurplusAllocation: {
    id: (a) => toGlobalId('SurplusAllocation', a.id),
    pledgeId: (a) => toGlobalId('Pledge', a.pledgeId),
    amount: (a) => a.amountMinor,
    suggestedCaseId: (a) => (a.suggestedCaseId ? toGlobalId('Case', a.suggestedCaseId) : null),
    suggestedCaseReference: (a, _x, ctx) => (a.suggestedCaseId ? ctx.services.surplus.caseReference(a.suggestedCaseId) : null),
    targetCaseId: (a) => (a.targetCaseId ? toGlobalId('Case', a.targetCaseId) : null),
    targetCaseReference: (a, _x, ctx) => (a.targetCaseId ? ctx.services.surplus.caseReference(a.targetCaseId) : null),
    decidedBy: (a) => a.decidedBy?.toUpperCase() ?? null,
    refunded: (a) => a.refundedMinor,
  },
  CaseSurplus: {
    amount: (a) => a.amountMinor,
    refunded: (a) => a.refundedMinor,
    targetCaseReference: (a, _x, ctx) => (a.targetCaseId ? ctx.services.surplus.caseReference(a.targetCaseId) : null),
  },
  CaseLedger: {
    surplus: (l, _a, ctx) => ctx.services.surplus.forCase(l.caseId),
  },
  Pledge: {
    surplus: (p, _a, ctx) => ctx.services.surplus.forPledge(p.id),
  },
};
