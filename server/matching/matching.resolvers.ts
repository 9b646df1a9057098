import { toGlobalId } from '../common/ids';
import type { Context } from '../graphql/context';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import type { CaseSummaryModel } from './matching.model';

const loadCase = async (id: string, ctx: Context): Promise<CaseSummaryModel> => {
  const c = await ctx.loaders.caseSummary.load(id);
  if (!c) throw new Error(`case ${id} missing`);
  return c;
};

export const matchingResolvers: Resolvers = {
  Query: {
    matchesForCase: (_p, { caseId }, ctx) => ctx.services.matching.matchesForCase(ctx.actor, caseId),
    matchedCases: async (_p, args, ctx) => ctx.services.matching.inbox(ctx.actor, await ctx.services.organizations.get(ctx.actor, args.organizationId), args),
    recommendedCases: (_p, args, ctx) => ctx.services.matching.recommendedCases(args.filter, args),
    caseEscalations: (_p, { caseId }, ctx) => ctx.services.matching.escalationsForCase(ctx.actor, caseId),
  },
  Mutation: {
    declineMatch: (_p, { input }, ctx) => mutationPayload(async () => ({ match: await ctx.services.matching.declineMatch(ctx.actor, input, ctx.request) })),
  },
  CaseMatch: {
    id: (m) => toGlobalId('CaseMatch', m.id),
    case: (m, _a, ctx) => loadCase(m.caseId, ctx),
    organization: async (m, _a, ctx) => {
      const org = await ctx.loaders.organization.load(m.organizationId);
      if (!org) throw new Error('organisation missing');
      return org;
    },
    explanation: (m) => m,
  },
  MatchExplanation: {
    factors: (m) => m.breakdown.terms,
    closeness: (m) => m.breakdown.closeness,
  },
  CaseEscalation: {
    id: (e) => toGlobalId('CaseEscalation', e.id),
    newlyMatchedCount: (e) => e.organizationIds.length,
  },
};
