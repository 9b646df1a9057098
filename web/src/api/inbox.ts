/**
 * Operations for an organisation's inbox: the cases matched to it (with why), declining one, claiming
 * all or part of a case's needs, and its claims (recording the aid given, or giving a claim back).
 */
import { op, type UserError } from './client';
import type { PageInfo, Urgency } from './donor';

export type EscalationTier = 'LOCAL_CHARITY' | 'RED_CROSS' | 'ENTERPRISE_POOL' | 'PROVINCE' | 'JOINT_MEETING';
export type ClaimStatus = 'ACTIVE' | 'FULFILLED' | 'RELEASED' | 'EXPIRED';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['ACTIVE', 'FULFILLED', 'RELEASED', 'EXPIRED'];
export const isClaimStatus = (v: string): v is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(v);
export type AssistanceKind = 'CASH' | 'IN_KIND' | 'SERVICE' | 'MEDICAL_BILL';
export const ASSISTANCE_KINDS: readonly AssistanceKind[] = ['CASH', 'IN_KIND', 'SERVICE', 'MEDICAL_BILL'];
export const isAssistanceKind = (v: string): v is AssistanceKind => (ASSISTANCE_KINDS as readonly string[]).includes(v);

export interface CaseNeedSummary {
  id: string;
  kind: string;
  description: string;
  amount: string;
  claimed: string;
  funded: string;
  remaining: string;
}

export interface CaseSummary {
  id: string;
  reference: string;
  region: { code: string; name: string };
  category: string | null;
  urgency: Urgency;
  status: string;
  publicSummary: string | null;
  needs: CaseNeedSummary[];
  totalAmount: string;
  totalRemaining: string;
  version: number;
}

export interface MatchFactor {
  factor: string;
  weight: number;
  value: number;
  contribution: number;
}

export interface CaseMatch {
  id: string;
  rank: number;
  tier: EscalationTier;
  computedAt: string;
  notifiedAt: string | null;
  explanation: { score: number; closeness: string; tier: EscalationTier; factors: MatchFactor[] };
  case: CaseSummary;
}

export interface ClaimLine {
  amount: string;
  need: { id: string; kind: string; description: string };
}

export interface Claim {
  id: string;
  status: ClaimStatus;
  amount: string;
  fulfilledAmount: string;
  note: string | null;
  deadlineAt: string;
  createdAt: string;
  closedAt: string | null;
  closeReason: string | null;
  case: { id: string; reference: string; region: { code: string; name: string } };
  organization: { id: string };
  lines: ClaimLine[];
}

const USER_ERRORS = 'userErrors { field code message amount }';
const CASE_FIELDS = 'id reference region { code name } category urgency status publicSummary needs { id kind description amount claimed funded remaining } totalAmount totalRemaining version';
const MATCH_FIELDS = `id rank tier computedAt notifiedAt explanation { score closeness tier factors { factor weight value contribution } } case { ${CASE_FIELDS} }`;
const CLAIM_FIELDS =
  'id status amount fulfilledAmount note deadlineAt createdAt closedAt closeReason case { id reference region { code name } } organization { id } lines { amount need { id kind description } }';

/** The organisation's name and whether it is verified, for the page's heading. */
export const InboxOrganizationQuery = op<{ organization: { id: string; name: string; verified: boolean } }, { id: string }>(
  'InboxOrganization',
  `query InboxOrganization($id: ID!) { organization(id: $id) { id name verified } }`,
);

export const MatchedCasesQuery = op<
  { matchedCases: { nodes: CaseMatch[]; pageInfo: PageInfo; totalCount: number } },
  { organizationId: string; first?: number; after?: string | null }
>(
  'MatchedCases',
  `query MatchedCases($organizationId: ID!, $first: Int, $after: String) {
    matchedCases(organizationId: $organizationId, first: $first, after: $after) { nodes { ${MATCH_FIELDS} } pageInfo { hasNextPage endCursor } totalCount }
  }`,
);

/** An organisation's claims, newest first, whatever became of their cases; optionally only those in one state. */
export const OrganizationClaimsQuery = op<
  { organizationClaims: { nodes: Claim[]; pageInfo: PageInfo; totalCount: number } },
  { organizationId: string; status?: ClaimStatus | null; first?: number; after?: string | null }
>(
  'OrganizationClaims',
  `query OrganizationClaims($organizationId: ID!, $status: ClaimStatus, $first: Int, $after: String) {
    organizationClaims(organizationId: $organizationId, status: $status, first: $first, after: $after) { nodes { ${CLAIM_FIELDS} } pageInfo { hasNextPage endCursor } totalCount }
  }`,
);

export interface ClaimCaseInput {
  caseId: string;
  organizationId: string;
  needIds: string[];
  amount?: string;
  note?: string;
  expectedVersion: number;
}

export const ClaimCaseMutation = op<{ claimCase: { claim: Claim | null; case: CaseSummary | null; userErrors: UserError[] } }, { input: ClaimCaseInput }>(
  'ClaimCase',
  `mutation ClaimCase($input: ClaimCaseInput!) { claimCase(input: $input) { claim { ${CLAIM_FIELDS} } case { ${CASE_FIELDS} } ${USER_ERRORS} } }`,
);

export const DeclineMatchMutation = op<
  { declineMatch: { match: { id: string; declinedAt: string | null } | null; userErrors: UserError[] } },
  { input: { caseId: string; organizationId: string; reason: string } }
>(
  'DeclineMatch',
  `mutation DeclineMatch($input: DeclineMatchInput!) { declineMatch(input: $input) { match { id declinedAt } ${USER_ERRORS} } }`,
);

export const FulfilClaimMutation = op<
  { fulfilClaim: { claim: Claim | null; userErrors: UserError[] } },
  { input: { claimId: string; kind: AssistanceKind; amount?: string; note?: string } }
>(
  'FulfilClaim',
  `mutation FulfilClaim($input: FulfilClaimInput!) { fulfilClaim(input: $input) { claim { ${CLAIM_FIELDS} } ${USER_ERRORS} } }`,
);

export const ReleaseClaimMutation = op<{ releaseClaim: { claim: Claim | null; userErrors: UserError[] } }, { input: { claimId: string; reason?: string } }>(
  'ReleaseClaim',
  `mutation ReleaseClaim($input: ReleaseClaimInput!) { releaseClaim(input: $input) { claim { ${CLAIM_FIELDS} } ${USER_ERRORS} } }`,
);
