/** Operations for donors: published cases, funding figures, pledges and a case's money in and out. */
import { op, type UserError } from './client';

export type Urgency = 'CRITICAL' | 'HIGH' | 'NORMAL' | 'LOW';
export const URGENCY_RANK: Record<Urgency, number> = { CRITICAL: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
export type PledgeStatus = 'RESERVED' | 'CONFIRMED' | 'RELEASED' | 'REFUNDED';

export interface PublicNeed {
  id: string;
  kind: string;
  description: string;
  payeeKind: string;
  amount: string;
  remaining: string;
}

export interface PublicCaseSummary {
  id: string;
  reference: string;
  status: string;
  category: string | null;
  urgency: Urgency;
  county: { code: string; name: string };
  totalAmount: string;
  remainingAmount: string;
  publishedAt: string;
}

export interface PublicCase extends PublicCaseSummary {
  summary: string;
  hardshipType: string | null;
  needs: PublicNeed[];
}

export interface PublicCaseFilter {
  regionCode?: string;
  category?: string;
  urgency?: Urgency;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

const SUMMARY_FIELDS = 'id reference status category urgency county { code name } totalAmount remainingAmount publishedAt';

export const PublicCasesQuery = op<
  { publicCases: { nodes: PublicCaseSummary[]; pageInfo: PageInfo; totalCount: number } },
  { filter?: PublicCaseFilter; first?: number; after?: string | null }
>(
  'PublicCases',
  `query PublicCases($filter: PublicCaseFilter, $first: Int, $after: String) {
    publicCases(filter: $filter, first: $first, after: $after) { nodes { ${SUMMARY_FIELDS} } pageInfo { hasNextPage endCursor } totalCount }
  }`,
);

export interface CaseFunding {
  caseId: string;
  target: string;
  confirmed: string;
  reserved: string;
  donors: number;
  version: number;
}

export interface PublicPledge {
  amount: string;
  message: string | null;
  donorName: string | null;
  confirmedAt: string | null;
}

export interface CaseLedger {
  status: string;
  moneyIn: { kind: string; amount: string; count: number }[];
  incoming: { kind: string; amount: string; at: string; donorName: string | null }[];
  moneyOut: { kind: string; payeeKind: string | null; payeeName: string | null; amount: string; at: string; reference: string | null }[];
  totalIn: string;
  totalOut: string;
  held: string;
}

export const PublicCaseQuery = op<{ publicCase: PublicCase; caseFunding: CaseFunding }, { id: string }>(
  'PublicCase',
  `query PublicCase($id: ID!) {
    publicCase(id: $id) { ${SUMMARY_FIELDS} summary hardshipType needs { id kind description payeeKind amount remaining } }
    caseFunding(caseId: $id) { caseId target confirmed reserved donors version }
  }`,
);

export const CasePledgesQuery = op<{ casePledges: { nodes: PublicPledge[]; totalCount: number } }, { caseId: string; first?: number }>(
  'CasePledges',
  `query CasePledges($caseId: ID!, $first: Int) {
    casePledges(caseId: $caseId, first: $first) { nodes { amount message donorName confirmedAt } totalCount }
  }`,
);

export const CaseLedgerQuery = op<{ caseLedger: CaseLedger }, { caseId: string }>(
  'CaseLedger',
  `query CaseLedger($caseId: ID!) {
    caseLedger(caseId: $caseId) {
      status totalIn totalOut held
      moneyIn { kind amount count }
      incoming { kind amount at donorName }
      moneyOut { kind payeeKind payeeName amount at reference }
    }
  }`,
);

export interface Pledge {
  id: string;
  caseId: string;
  needId: string;
  amount: string;
  requestedAmount: string;
  method: string;
  status: PledgeStatus;
  releaseReason: string | null;
  anonymous: boolean;
  message: string | null;
  payment: { provider: string; sandbox: boolean; reference: string | null; instructions: string | null };
  expiresAt: string;
  confirmedAt: string | null;
  createdAt: string;
}

/** The fields of a pledge its donor sees; web/src/api/payouts.ts adds the receipt and surplus for the donor's list. */
export const PLEDGE_FIELDS = 'id caseId needId amount requestedAmount method status releaseReason anonymous message payment { provider sandbox reference instructions } expiresAt confirmedAt createdAt';

export interface CreatePledgeInput {
  caseId: string;
  needId: string;
  amount: string;
  method: 'SANDBOX';
  anonymous?: boolean;
  message?: string;
  idempotencyKey: string;
}

export const CreatePledgeMutation = op<{ createPledge: { pledge: Pledge | null; userErrors: UserError[] } }, { input: CreatePledgeInput }>(
  'CreatePledge',
  `mutation CreatePledge($input: CreatePledgeInput!) {
    createPledge(input: $input) { pledge { ${PLEDGE_FIELDS} } userErrors { field code message amount } }
  }`,
);

export const PublicCaseReferenceQuery = op<{ publicCase: { id: string; reference: string } }, { id: string }>(
  'PublicCaseReference',
  'query PublicCaseReference($id: ID!) { publicCase(id: $id) { id reference } }',
);
