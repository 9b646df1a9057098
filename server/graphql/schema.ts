import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLScalarType, GraphQLSchema } from 'graphql';
import { accountResolvers } from '../accounts/account.resolvers';
import { claimResolvers } from '../claims/claim.resolvers';
import { caseSummaryResolvers } from '../matching/case-summary.resolvers';
import { matchingResolvers } from '../matching/matching.resolvers';
import { organizationResolvers } from '../organizations/organization.resolvers';
import { pledgeResolvers } from '../pledges/pledge.resolvers';
import { disbursementResolvers } from '../disbursements/disbursement.resolvers';
import { poolResolvers } from '../pools/pool.resolvers';
import { fundResolvers } from '../funds/fund.resolvers';
import { surplusResolvers } from '../surplus/surplus.resolvers';
import { regionResolvers } from '../regions/region.resolvers';
import { auditResolvers } from '../audit/audit.resolvers';
import { caseResolvers } from '../cases/case.resolvers';
import { referralResolvers } from '../referrals/referral.resolvers';
import { settingsResolvers } from '../settings/settings.resolvers';
import { ENUM_VALUES } from './enum-values';
import { nodeResolvers } from './node';
import type { Resolvers } from './generated/types';
import { DateTimeScalar, FenScalar } from './scalars';

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

/** The SDL files of `schema/`, in a stable order: the API contract. */
export function readTypeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

/** Feature resolvers, merged by graphql-tools. Features add theirs here. */
export const featureResolvers: Resolvers[] = [
  { Fen: scalarHooks(FenScalar), DateTime: scalarHooks(DateTimeScalar), Mutation: { ping: () => true } },
  nodeResolvers,
  regionResolvers,
  accountResolvers,
  organizationResolvers,
  caseResolvers,
  referralResolvers,
  settingsResolvers,
  auditResolvers,
  pledgeResolvers,
  disbursementResolvers,
  poolResolvers,
  fundResolvers,
  surplusResolvers,
  caseSummaryResolvers,
  matchingResolvers,
  claimResolvers,
  // API enums (UPPER_CASE) to the values the service stores, from the same table codegen types them with.
  ENUM_VALUES as Resolvers,
];

/**
 * Attaches a scalar's parsing and serialising to the SDL's scalar, so the SDL's
 * description stays the one served (passing the GraphQLScalarType would replace it).
 */
function scalarHooks(scalar: GraphQLScalarType): GraphQLScalarType {
  const hooks = { __serialize: scalar.serialize, __parseValue: scalar.parseValue, __parseLiteral: scalar.parseLiteral };
  // graphql-tools reads `__`-prefixed hooks from a plain object; the generated type only knows the class.
  return hooks as unknown as GraphQLScalarType;
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    // graphql-tools merges an array of resolver maps; its own type is looser than ours.
    resolvers: featureResolvers as unknown as Record<string, never>[],
    inheritResolversFromInterfaces: true,
  });
}
