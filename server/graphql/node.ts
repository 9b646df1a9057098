import { can } from '../access/access';
import { NotFoundError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import type { Context } from './context';
import type { Resolvers } from './generated/types';

// Each fetcher returns one of the Node types' models; the union is checked by __resolveType at run time.
type Fetcher = (localId: string, ctx: Context) => Promise<object | null>;

/** How `node(id)` fetches each type, through the same access checks as the type's own query. */
const fetchers: Record<string, Fetcher> = {
  Region: async (code, ctx) => (await ctx.loaders.region.load(code)) ?? null,
  Organization: async (id, ctx) => {
    const org = await ctx.loaders.organization.load(id);
    return org && can(ctx.actor, 'organization.view', org) ? org : null;
  },
  User: async (id, ctx) => (ctx.actor.userId === id ? ((await ctx.loaders.user.load(id)) ?? null) : null),
};

const typeOfNode = new WeakMap<object, string>();

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_p, { id }, ctx) => {
      const type = Buffer.from(id, 'base64url').toString('utf8').split(':')[0] ?? '';
      const fetch = fetchers[type];
      if (!fetch) throw new UserInputError('INVALID_ID', 'This is not a valid ID.', ['id']);
      const obj = await fetch(fromGlobalId(type, id), ctx);
      if (!obj) throw new NotFoundError('This item');
      typeOfNode.set(obj, type);
      return obj as never;
    },
  },
  Node: {
    __resolveType: (obj) => (typeOfNode.get(obj) ?? null) as never,
  },
};

/** Lets features register how `node(id)` finds their types. */
export function registerNodeFetcher(type: string, fetcher: Fetcher): void {
  fetchers[type] = fetcher;
}
