/**
 * Operations for money leaving a case: a donor's receipts and surplus (refund or redirect),
 * and the disbursements staff of the case's region (or an administrator of an organisation
 * handling the case) request, approve and pay out.
 */
import { op, type UserError } from './client';
import { PLEDGE_FIELDS, type PageInfo, type Pledge } from './donor';

export type PayeeKind = 'HOSPITAL' | 'BENEFICIARY' | 'VENDOR';
export const PAYEE_KINDS: readonly PayeeKind[] = ['HOSPITAL', 'BENEFICIARY', 'VENDOR'];
export const isPayeeKind = (v: string): v is PayeeKind => (PAYEE_KINDS as readonly string[]).includes(v);

// ---------------------------------------------------------------- receipts and surplus

export type SurplusPreference = 'REFUND' | 'REDIRECT';
export type SurplusStatus = 'PENDING' | 'REFUNDED' | 'REDIRECTED';

export interface Receipt {
  number: string;
  issuedAt: string;
  /** `/receipts/<pledge id>.html`; needs the session token. */
  htmlPath: string;
  /** `/receipts/<pledge id>.pdf`; needs the session token. */
  pdfPath: string;
}

export interface SurplusAllocation {
  id: string;
  amount: string;
  reason: 'NEED_REDUCED' | 'CASE_CLOSED';
  note: string;
  status: SurplusStatus;
  answerBy: string;
  suggestedCaseId: string | null;
  suggestedCaseReference: string | null;
  targetCaseId: string | null;
  decidedBy: 'DONOR' | 'DEFAULT' | null;
  resolvedAt: string | null;
  refunded: string;
  refundSentAt: string | null;
}

const SURPLUS_FIELDS = 'id amount reason note status answerBy suggestedCaseId suggestedCaseReference targetCaseId decidedBy resolvedAt refunded refundSentAt';

/** Where a card dispute (chargeback) on a pledge's payment stands. */
export type DisputeStatus = 'OPEN' | 'WON' | 'LOST';

/** A pledge as its donor sees it in their list: with its receipt once paid, any surplus and any card dispute. */
export interface MyPledge extends Pledge {
  refunded: string;
  disputeStatus: DisputeStatus | null;
  /** The amount disputed, in fen; held in the case while the dispute is open. */
  disputedAmount: string;
  surplusPreference: SurplusPreference;
  receipt: Receipt | null;
  surplus: SurplusAllocation[];
}

export const MyPledgesQuery = op<{ myPledges: { nodes: MyPledge[]; pageInfo: PageInfo; totalCount: number } }, { first?: number; after?: string | null }>(
  'MyPledges',
  `query MyPledges($first: Int, $after: String) {
    myPledges(first: $first, after: $after) {
      nodes { ${PLEDGE_FIELDS} refunded disputeStatus disputedAmount surplusPreference receipt { number issuedAt htmlPath pdfPath } surplus { ${SURPLUS_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`,
);

export const AnswerSurplusMutation = op<
  { answerSurplus: { surplus: SurplusAllocation | null; userErrors: UserError[] } },
  { input: { allocationId: string; choice: SurplusPreference; targetCaseId?: string } }
>(
  'AnswerSurplus',
  `mutation AnswerSurplus($input: AnswerSurplusInput!) {
    answerSurplus(input: $input) { surplus { ${SURPLUS_FIELDS} } userErrors { field code message amount } }
  }`,
);

// ---------------------------------------------------------------- disbursements

export type DisbursementStatus = 'REQUESTED' | 'APPROVED' | 'DISBURSED' | 'CANCELLED';

export interface Disbursement {
  id: string;
  caseId: string;
  needId: string;
  payeeKind: PayeeKind;
  payeeName: string | null;
  invoiceNumber: string | null;
  accountLast4: string | null;
  amount: string;
  reference: string;
  status: DisbursementStatus;
  needsSecondApproval: boolean;
  approvals: number;
  paymentReference: string | null;
  evidence: string | null;
  disbursedAt: string | null;
  /** Why it was withdrawn, when it was. */
  cancelReason: string | null;
  createdAt: string;
}

const DISBURSEMENT_FIELDS =
  'id caseId needId payeeKind payeeName invoiceNumber accountLast4 amount reference status needsSecondApproval approvals paymentReference evidence disbursedAt cancelReason createdAt';

/** What a need can still pay out: confirmed, less paid out, requested and held for card disputes (fen). */
export interface PayableNeed {
  needId: string;
  payable: string;
}

/** What the signed-in person may do with a case's payouts. */
export interface DisbursementRights {
  canRequest: boolean;
  /** Approving and cancelling go together. */
  canApprove: boolean;
  canMarkDisbursed: boolean;
  needs: PayableNeed[];
}

/**
 * A case's disbursements, cancelled ones included, with what the person may do and what each need can pay out.
 * Staff of the case's region and members of an organisation handling it; others get FORBIDDEN or NOT_FOUND.
 */
export const CaseDisbursementsQuery = op<{ caseDisbursements: Disbursement[]; disbursementRights: DisbursementRights }, { caseId: string }>(
  'CaseDisbursements',
  `query CaseDisbursements($caseId: ID!) {
    caseDisbursements(caseId: $caseId, includeCancelled: true) { ${DISBURSEMENT_FIELDS} }
    disbursementRights(caseId: $caseId) { canRequest canApprove canMarkDisbursed needs { needId payable } }
  }`,
);

export interface RequestDisbursementInput {
  caseId: string;
  needId: string;
  payee: { kind: PayeeKind; name?: string; invoiceNumber?: string; accountNumber?: string };
  amount: string;
  reference: string;
}

type DisbursementPayload = { disbursement: Disbursement | null; userErrors: UserError[] };

export const RequestDisbursementMutation = op<{ requestDisbursement: DisbursementPayload }, { input: RequestDisbursementInput }>(
  'RequestDisbursement',
  `mutation RequestDisbursement($input: RequestDisbursementInput!) {
    requestDisbursement(input: $input) { disbursement { ${DISBURSEMENT_FIELDS} } userErrors { field code message amount } }
  }`,
);

export const ApproveDisbursementMutation = op<{ approveDisbursement: DisbursementPayload }, { input: { disbursementId: string } }>(
  'ApproveDisbursement',
  `mutation ApproveDisbursement($input: ApproveDisbursementInput!) {
    approveDisbursement(input: $input) { disbursement { ${DISBURSEMENT_FIELDS} } userErrors { field code message amount } }
  }`,
);

export const CancelDisbursementMutation = op<{ cancelDisbursement: DisbursementPayload }, { input: { disbursementId: string; reason: string } }>(
  'CancelDisbursement',
  `mutation CancelDisbursement($input: CancelDisbursementInput!) {
    cancelDisbursement(input: $input) { disbursement { ${DISBURSEMENT_FIELDS} } userErrors { field code message amount } }
  }`,
);

export const MarkDisbursedMutation = op<{ markDisbursed: DisbursementPayload }, { input: { disbursementId: string; paymentReference: string; evidence: string } }>(
  'MarkDisbursed',
  `mutation MarkDisbursed($input: MarkDisbursedInput!) {
    markDisbursed(input: $input) { disbursement { ${DISBURSEMENT_FIELDS} } userErrors { field code message amount } }
  }`,
);
