/**
 * Operations for money that other organisations add to donations: enterprises' and charities'
 * matching pools, whose terms and balances are public, and relief funds
 * with their statements, public for verified funds.
 */
import { op, type UserError } from './client';
import type { PageInfo } from './donor';
import type { OrganizationKind } from './operations';

// ---------------------------------------------------------------- matching pools

export type MatchingPoolStatus = 'OPEN' | 'CLOSED';

export interface MatchingPool {
  id: string;
  /** Null when the organisation is no longer visible. */
  organization: { id: string; name: string; kind: OrganizationKind } | null;
  name: string;
  /** Matched fen per donated fen: ratioNumerator:ratioDenominator (1:1 doubles a pledge). */
  ratioNumerator: number;
  ratioDenominator: number;
  cap: string;
  matched: string;
  /** Zero once closed or ended. */
  remaining: string;
  /** Empty means anywhere. */
  regionCodes: string[];
  /** Empty means any. */
  categories: string[];
  endsAt: string;
  status: MatchingPoolStatus;
  createdAt: string;
}

const POOL_FIELDS = 'id organization { id name kind } name ratioNumerator ratioDenominator cap matched remaining regionCodes categories endsAt status createdAt';

export const MatchingPoolsQuery = op<
  { matchingPools: { nodes: MatchingPool[]; pageInfo: PageInfo; totalCount: number } },
  { organizationId?: string; openOnly?: boolean; first?: number; after?: string | null }
>(
  'MatchingPools',
  `query MatchingPools($organizationId: ID, $openOnly: Boolean, $first: Int, $after: String) {
    matchingPools(organizationId: $organizationId, openOnly: $openOnly, first: $first, after: $after) {
      nodes { ${POOL_FIELDS} } pageInfo { hasNextPage endCursor } totalCount
    }
  }`,
);

export interface CreateMatchingPoolInput {
  organizationId: string;
  name: string;
  ratioNumerator: number;
  ratioDenominator: number;
  /** Fen, above zero. */
  cap: string;
  regionCodes: string[];
  categories: string[];
  /** In the future. */
  endsAt: string;
}

type PoolPayload = { pool: MatchingPool | null; userErrors: UserError[] };

export const CreateMatchingPoolMutation = op<{ createMatchingPool: PoolPayload }, { input: CreateMatchingPoolInput }>(
  'CreateMatchingPool',
  `mutation CreateMatchingPool($input: CreateMatchingPoolInput!) {
    createMatchingPool(input: $input) { pool { ${POOL_FIELDS} } userErrors { field code message amount } }
  }`,
);

export const CloseMatchingPoolMutation = op<{ closeMatchingPool: PoolPayload }, { input: { poolId: string } }>(
  'CloseMatchingPool',
  `mutation CloseMatchingPool($input: CloseMatchingPoolInput!) {
    closeMatchingPool(input: $input) { pool { ${POOL_FIELDS} } userErrors { field code message amount } }
  }`,
);

/** What a pool form needs to know of an organisation the person administers: only verified enterprises and charities may fund pools. */
export interface ManagedOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  verified: boolean;
}

export const ManagedOrganizationQuery = op<{ organization: ManagedOrganization }, { id: string }>(
  'ManagedOrganization',
  'query ManagedOrganization($id: ID!) { organization(id: $id) { id name kind verified } }',
);

/** The kinds of organisation that may fund a matching pool. */
export const POOL_FUNDER_KINDS: readonly OrganizationKind[] = ['ENTERPRISE', 'CHARITY'];

/** The case categories a region uses (its own or inherited settings); public. */
export const RegionCategoriesQuery = op<{ regionSettings: { categories: { code: string; label: string }[] } }, { code: string }>(
  'RegionCategories',
  'query RegionCategories($code: String!) { regionSettings(code: $code) { categories { code label } } }',
);

// ---------------------------------------------------------------- relief funds

export type FundSource = 'LOTTERY' | 'GOVERNMENT' | 'CHARITY' | 'ENTERPRISE' | 'PUBLIC';

export interface ReliefFund {
  organization: { id: string; name: string; kind: OrganizationKind; verified: boolean; homeRegion: { code: string; name: string } };
  /** Empty means anywhere. */
  regionCodes: string[];
  /** Empty means any. */
  categories: string[];
  perCaseCap: string;
  balance: string;
}

export const ReliefFundQuery = op<{ reliefFund: ReliefFund }, { fundId: string }>(
  'ReliefFund',
  `query ReliefFund($fundId: ID!) {
    reliefFund(fundId: $fundId) { organization { id name kind verified homeRegion { code name } } regionCodes categories perCaseCap balance }
  }`,
);

export interface FundStatement {
  from: string;
  to: string;
  opening: string;
  income: { source: FundSource; amount: string }[];
  totalIncome: string;
  payments: { category: string | null; regionCode: string; amount: string; count: number }[];
  totalPayments: string;
  closing: string;
}

/** A fund's statement for [from, to): opening + income − payments = closing. */
export const FundStatementQuery = op<{ fundStatement: FundStatement }, { fundId: string; from: string; to: string }>(
  'FundStatement',
  `query FundStatement($fundId: ID!, $from: DateTime!, $to: DateTime!) {
    fundStatement(fundId: $fundId, from: $from, to: $to) {
      from to opening income { source amount } totalIncome payments { category regionCode amount count } totalPayments closing
    }
  }`,
);
