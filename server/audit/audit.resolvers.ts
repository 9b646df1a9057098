import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_p, args, ctx) => ctx.services.auditLog.list(ctx.actor, args.filter, args),
  },
  AuditEvent: {
    id: (e) => toGlobalId('AuditEvent', e.id.toString()),
    actor: async (e, _a, ctx) => (e.actorUserId ? ((await ctx.loaders.user.load(e.actorUserId)) ?? null) : null),
    before: (e) => (e.before === null ? null : JSON.stringify(e.before)),
    after: (e) => (e.after === null ? null : JSON.stringify(e.after)),
  },
};
