import { DomainError } from '../common/errors';
import { toGlobalId } from '../common/ids';
import type { Context } from '../graphql/context';
import { registerNodeFetcher } from '../graphql/node';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import type { CaseSummaryModel } from '../matching/matching.model';

const loadCase = async (id: string, ctx: Context): Promise<CaseSummaryModel> => {
  const c = await ctx.loaders.caseSummary.load(id);
  if (!c) throw new Error(`case ${id} missing`);
  return c;
};

// What the caller may not see is "not found" for node(id) too.
registerNodeFetcher('Claim', async (id, ctx) =>
  ctx.services.claims.get(ctx.actor, toGlobalId('Claim', id)).catch((err: unknown) => {
    if (err instanceof DomainError && err.category !== 'INTERNAL') return null;
    throw err;
  }),
);

export const claimResolvers: Resolvers = {
  Query: {
    claimsForCase: (_p, { caseId }, ctx) => ctx.services.claims.forCase(ctx.actor, caseId),
    organizationClaims: (_p, args, ctx) => ctx.services.claims.forOrganization(ctx.actor, args),
  },
  Mutation: {
    claimCase: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const { claim, caseId } = await ctx.services.claims.claimCase(ctx.actor, input, ctx.request);
        ctx.loaders.caseSummary.clear(caseId);
        ctx.loaders.needsOfCase.clear(caseId);
        return { claim, case: await loadCase(caseId, ctx) };
      }),
    releaseClaim: (_p, { input }, ctx) => mutationPayload(async () => ({ claim: await ctx.services.claims.releaseClaim(ctx.actor, input, ctx.request) })),
    fulfilClaim: (_p, { input }, ctx) => mutationPayload(() => ctx.services.claims.fulfilClaim(ctx.actor, input, ctx.request)),
  },
  Claim: {
    id: (c) => toGlobalId('Claim', c.id),
    case: (c, _a, ctx) => loadCase(c.caseId, ctx),
    organization: async (c, _a, ctx) => {
      const org = await ctx.loaders.organization.load(c.organizationId);
      if (!org) throw new Error('organisation missing');
      return org;
    },
    amount: (c) => c.amountMinor,
    fulfilledAmount: (c) => c.fulfilledMinor,
    lines: (c, _a, ctx) => ctx.services.claims.linesOf([c.id]),
  },
  ClaimLine: {
    need: async (l, _a, ctx) => {
      const n = await ctx.loaders.need.load(l.needId);
      if (!n) throw new Error('need missing');
      return n;
    },
    amount: (l) => l.amountMinor,
  },
};
