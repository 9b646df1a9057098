import { NotFoundError } from '../common/errors';
import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';
import { findChildren } from './region.repository';

export const regionResolvers: Resolvers = {
  Query: {
    region: async (_p, { code }, ctx) => {
      const r = await ctx.loaders.region.load(code);
      if (!r) throw new NotFoundError(`The region "${code.slice(0, 20)}"`, 'REGION_NOT_FOUND');
      return r;
    },
    regions: async (_p, { parentCode }, ctx) => {
      if (parentCode !== null && parentCode !== undefined) {
        const parent = await ctx.loaders.region.load(parentCode);
        if (!parent) throw new NotFoundError(`The region "${parentCode.slice(0, 20)}"`, 'REGION_NOT_FOUND');
        return ctx.loaders.regionChildren.load(parentCode);
      }
      return findChildren(ctx.services.db, null);
    },
  },
  Region: {
    id: (r) => toGlobalId('Region', r.code),
    parent: async (r, _a, ctx) => (r.parentCode ? ((await ctx.loaders.region.load(r.parentCode)) ?? null) : null),
    children: (r, _a, ctx) => ctx.loaders.regionChildren.load(r.code),
  },
};
