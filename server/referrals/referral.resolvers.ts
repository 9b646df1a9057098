import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';

export const referralResolvers: Resolvers = {
  Query: {
    incomingReferrals: (_p, args, ctx) => ctx.services.referrals.incoming(ctx.actor, args),
    jointMeetingQueue: (_p, args, ctx) => ctx.services.referrals.queue(ctx.actor, args.regionCode, args),
  },
  Mutation: {
    createReferral: (_p, { input }, ctx) => mutationPayload(async () => ({ referral: await ctx.services.referrals.create(ctx.actor, input, ctx.request) })),
    respondToReferral: (_p, { input }, ctx) => mutationPayload(async () => ({ referral: await ctx.services.referrals.respond(ctx.actor, input, ctx.request) })),
    completeReferral: (_p, { input }, ctx) => mutationPayload(async () => ({ referral: await ctx.services.referrals.complete(ctx.actor, input, ctx.request) })),
    assignJointMeetingItem: (_p, { input }, ctx) => mutationPayload(async () => ({ item: await ctx.services.referrals.assign(ctx.actor, input, ctx.request) })),
  },
  Referral: {
    id: (r) => toGlobalId('Referral', r.id),
    caseRef: (r, _a, ctx) => ctx.services.cases.load(ctx.services.db, r.caseId),
    fromOrganization: async (r, _a, ctx) => (r.fromOrganizationId ? ((await ctx.loaders.organization.load(r.fromOrganizationId)) ?? null) : null),
    toOrganization: async (r, _a, ctx) => (r.toOrganizationId ? ((await ctx.loaders.organization.load(r.toOrganizationId)) ?? null) : null),
  },
  JointMeetingItem: {
    id: (i) => toGlobalId('JointMeetingItem', i.id),
    caseRef: (i, _a, ctx) => ctx.services.cases.load(ctx.services.db, i.caseId),
    referral: async (i, _a, ctx) => (i.referralId ? ((await ctx.services.referrals.find(ctx.services.db, [i.referralId]))[0] ?? null) : null),
    owner: async (i, _a, ctx) => (i.ownerUserId ? ((await ctx.loaders.user.load(i.ownerUserId)) ?? null) : null),
  },
};
