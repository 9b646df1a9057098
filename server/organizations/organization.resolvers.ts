import { can } from '../access/access';
import { findMembershipsOfUsers } from '../accounts/account.repository';
import { toGlobalId } from '../common/ids';
import type { RegionRow } from '../regions/region.data';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import type { Context } from '../graphql/context';

const loadRegions = async (codes: string[], ctx: Context): Promise<RegionRow[]> =>
  (await ctx.loaders.region.loadMany(codes)).filter((r): r is RegionRow => !!r && !(r instanceof Error));

export const organizationResolvers: Resolvers = {
  Query: {
    organizations: (_p, args, ctx) => ctx.services.organizations.list(ctx.actor, args.filter, args),
    organization: (_p, { id }, ctx) => ctx.services.organizations.get(ctx.actor, id),
  },
  Mutation: {
    createOrganization: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const organization = await ctx.services.organizations.create(ctx.actor, input, ctx.request);
        // The creator is now the organisation's admin; the rest of this response should see it that way.
        ctx.actor = { ...ctx.actor, memberships: await findMembershipsOfUsers(ctx.services.db, [ctx.actor.userId as string]) };
        return { organization };
      }),
    updateOrganization: (_p, { input }, ctx) =>
      mutationPayload(async () => ({ organization: await ctx.services.organizations.update(ctx.actor, input, ctx.request) })),
    verifyOrganization: (_p, { input }, ctx) =>
      mutationPayload(async () => ({ organization: await ctx.services.organizations.verify(ctx.actor, input.id, ctx.request) })),
    inviteMember: (_p, { input }, ctx) => mutationPayload(() => ctx.services.organizations.inviteMember(ctx.actor, input, ctx.request)),
    acceptInvitation: (_p, { input }, ctx) =>
      mutationPayload(async () => ({ membership: await ctx.services.organizations.acceptInvitation(ctx.actor, input, ctx.request) })),
    addMember: (_p, { input }, ctx) =>
      mutationPayload(async () => ({ membership: await ctx.services.organizations.addMember(ctx.actor, input, ctx.request) })),
  },
  Organization: {
    id: (o) => toGlobalId('Organization', o.id),
    homeRegion: async (o, _a, ctx) => {
      const r = await ctx.loaders.region.load(o.homeRegionCode);
      if (!r) throw new Error(`region ${o.homeRegionCode} missing`);
      return r;
    },
    serviceRegions: (o, _a, ctx) => loadRegions(o.serviceRegionCodes, ctx),
    pairingRegions: (o, _a, ctx) => loadRegions(o.pairingRegionCodes, ctx),
    budget: (o) => o.budgetMinor,
    members: async (o, _a, ctx) => (can(ctx.actor, 'organization.viewMembers', o) ? ctx.loaders.membershipsOfOrganization.load(o.id) : []),
  },
  Invitation: {
    id: (i) => toGlobalId('Invitation', i.id),
    organization: async (i, _a, ctx) => {
      const org = await ctx.loaders.organization.load(i.organizationId);
      if (!org) throw new Error('organisation missing');
      return org;
    },
  },
};
