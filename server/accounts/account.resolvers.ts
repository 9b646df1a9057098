import { can } from '../access/access';
import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import type { ViewerModel } from './account.model';

const viewerRoles = (v: ViewerModel) => [...new Set(v.memberships.map((m) => m.role))];

export const accountResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, ctx) => ctx.viewer,
  },
  Mutation: {
    signIn: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const { token, auth } = await ctx.services.accounts.signIn(input.email, input.password, ctx.request);
        // The rest of this response is for the person who just signed in.
        ctx.actor = auth.actor;
        ctx.viewer = auth.viewer;
        return { token, viewer: auth.viewer };
      }),
    signUp: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const { token, auth } = await ctx.services.accounts.signUp(input, ctx.request);
        ctx.actor = auth.actor;
        ctx.viewer = auth.viewer;
        return { token, viewer: auth.viewer };
      }),
    signOut: async (_p, { input }, ctx) => ({
      signedOut: await ctx.services.accounts.signOut(ctx.actor, input?.everywhere ?? false, ctx.request),
      userErrors: [],
    }),
    grantStaffRole: (_p, { input }, ctx) =>
      mutationPayload(async () => ({ membership: await ctx.services.accounts.grantStaffRole(ctx.actor, input, ctx.request) })),
  },
  Viewer: {
    roles: (v) => viewerRoles(v),
  },
  User: {
    id: (u) => toGlobalId('User', u.id),
    // Email is personal: only the user and admins see it.
    email: (u, _a, ctx) => (ctx.actor.userId === u.id || ctx.actor.memberships.some((m) => m.role === 'admin') ? u.email : null),
    memberships: (u, _a, ctx) => ctx.loaders.membershipsOfUser.load(u.id),
  },
  Membership: {
    id: (m) => toGlobalId('Membership', m.id),
    region: async (m, _a, ctx) => (m.regionCode ? ((await ctx.loaders.region.load(m.regionCode)) ?? null) : null),
    organization: async (m, _a, ctx) => {
      if (!m.organizationId) return null;
      const org = await ctx.loaders.organization.load(m.organizationId);
      return org && can(ctx.actor, 'organization.view', org) ? org : null;
    },
  },
};
