import { toGlobalId } from '../common/ids';
import { readCaseLedger } from '../disbursements/case-ledger';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';

export const fundResolvers: Resolvers = {
  Query: {
    reliefFund: (_p, { fundId }, ctx) => ctx.services.funds.get(ctx.actor, fundId),
    fundStatement: (_p, { fundId, from, to }, ctx) => ctx.services.funds.statement(ctx.actor, fundId, from, to),
  },
  Mutation: {
    configureReliefFund: (_p, { input }, ctx) => mutationPayload(async () => ({ fund: await ctx.services.funds.configure(ctx.actor, input, ctx.request) })),
    recordFundIncome: (_p, { input }, ctx) => mutationPayload(async () => ({ fund: await ctx.services.funds.recordIncome(ctx.actor, input, ctx.request) })),
    payFromReliefFund: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await ctx.services.funds.pay(ctx.actor, input, ctx.request);
        return { caseLedger: await readCaseLedger(ctx.services.db, ctx.actor, toGlobalId('Case', r.caseId)) };
      }),
  },
  ReliefFund: {
    perCaseCap: (f) => f.perCaseCapMinor,
    balance: (f, _a, ctx) => ctx.services.funds.balance(f.organizationId),
  },
};
