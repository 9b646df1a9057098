import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import { SETTING_KEYS } from './defaults';

export const settingsResolvers: Resolvers = {
  Query: {
    regionSettings: (_p, { code }, ctx) => ctx.services.settings.view(code),
  },
  Mutation: {
    updateRegionSettings: (_p, { input }, ctx) => mutationPayload(async () => ({ settings: await ctx.services.settings.update(ctx.actor, input, ctx.request) })),
  },
  RegionSettings: {
    region: async (s, _a, ctx) => {
      const r = await ctx.loaders.region.load(s.regionCode);
      if (!r) throw new Error('region missing');
      return r;
    },
    triageWorkingDays: (s) => s.values.triageWorkingDays,
    decisionWorkingDays: (s) => s.values.decisionWorkingDays,
    paperworkWorkingDays: (s) => s.values.paperworkWorkingDays,
    referralResponseWorkingDays: (s) => s.values.referralResponseWorkingDays,
    townshipApprovalLimit: (s) => s.values.townshipApprovalLimitMinor,
    dibaoMonthlyStandard: (s) => s.values.dibaoMonthlyStandardMinor,
    capMultiplier: (s) => s.values.capMultiplier,
    caseCap: (s) => s.values.dibaoMonthlyStandardMinor * BigInt(s.values.capMultiplier),
    holidays: (s) => s.values.holidays,
    categories: (s) => s.values.categories,
    sources: async (s, _a, ctx) =>
      Promise.all(
        SETTING_KEYS.map(async (key) => {
          const code = s.sources[key];
          return { key, region: code ? ((await ctx.loaders.region.load(code)) ?? null) : null };
        }),
      ),
  },
};
