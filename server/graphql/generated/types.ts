/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionRow } from '../../regions/region.data';
import type { UserRecord, MembershipRecord, ViewerModel, InvitationRecord } from '../../accounts/account.model';
import type { OrganizationRecord } from '../../organizations/organization.model';
import type { PledgeRecord, CaseFundingModel } from '../../pledges/pledge.model';
import type { PaymentStart } from '../../payments/provider';
import type { DisbursementRecord } from '../../disbursements/disbursement.service';
import type { CaseLedgerModel, MoneyInModel, MoneyInEntryModel, MoneyOutModel } from '../../disbursements/case-ledger';
import type { PoolRecord, PoolMatchRecord } from '../../pools/pool.service';
import type { ReceiptRecord } from '../../receipts/receipt.service';
import type { ReliefFundRecord, FundStatementModel } from '../../funds/fund.service';
import type { SurplusRecord } from '../../surplus/surplus.service';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, as an ISO 8601 string in UTC, e.g. `2026-09-27T08:00:00.000Z`. */
  DateTime: { input: Date; output: Date | string; }
  /**
   * An amount of money in fen (1 yuan = 100 fen). Always a whole number. Sent by the server as a JSON string of
   * digits (amounts can exceed 32 bits); accepted from clients as a JSON integer or a string of digits.
   */
  Fen: { input: bigint; output: bigint | string; }
};

/** Accepts an invitation, creating the account when the email has none. */
export type AcceptInvitationInput = {
  /** Display name, when a new account is created. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Password, when a new account is created (at least 8 characters). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The token from the invitation. */
  token: Scalars['String']['input'];
};

/** Adds an existing user to an organisation directly. */
export type AddMemberInput = {
  /** Email address of an existing account. */
  email: Scalars['String']['input'];
  /** The organisation's global ID. */
  organizationId: Scalars['ID']['input'];
  /** ORG_MEMBER or ORG_ADMIN. */
  role: Role;
};

/** The donor's answer to a surplus. */
export type AnswerSurplusInput = {
  /** The surplus's global ID. */
  allocationId: Scalars['ID']['input'];
  /** Refund or redirect. */
  choice: SurplusPreference;
  /** For REDIRECT: a published case to give it to; the suggested case when omitted. */
  targetCaseId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of answerSurplus. */
export type AnswerSurplusPayload = {
  __typename?: 'AnswerSurplusPayload';
  /** The settled surplus. */
  surplus?: Maybe<SurplusAllocation>;
  /** Problems, e.g. TARGET_NOT_PUBLISHED; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Approves a disbursement. */
export type ApproveDisbursementInput = {
  /** The disbursement's global ID. */
  disbursementId: Scalars['ID']['input'];
};

/** The result of approveDisbursement. */
export type ApproveDisbursementPayload = {
  __typename?: 'ApproveDisbursementPayload';
  /** The disbursement, APPROVED once it has enough approvals. */
  disbursement?: Maybe<Disbursement>;
  /** Problems, e.g. SAME_APPROVER; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Withdraws a disbursement that is not paid yet. */
export type CancelDisbursementInput = {
  /** The disbursement's global ID. */
  disbursementId: Scalars['ID']['input'];
  /** Why (kept in the audit trail). */
  reason: Scalars['String']['input'];
};

/** The result of cancelDisbursement. */
export type CancelDisbursementPayload = {
  __typename?: 'CancelDisbursementPayload';
  /** The cancelled disbursement. */
  disbursement?: Maybe<Disbursement>;
  /** Problems; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Cancels an unpaid pledge, releasing what it held. */
export type CancelPledgeInput = {
  /** The pledge's global ID. */
  pledgeId: Scalars['ID']['input'];
};

/** The result of cancelPledge. */
export type CancelPledgePayload = {
  __typename?: 'CancelPledgePayload';
  /** The released pledge. */
  pledge?: Maybe<Pledge>;
  /** Problems, e.g. `PLEDGE_NOT_CANCELLABLE` for a paid pledge. */
  userErrors: Array<UserError>;
};

/** A case's funding figures. The same figures arrive live as the `case.funding` event. */
export type CaseFunding = {
  __typename?: 'CaseFunding';
  /** The case's global ID. */
  caseId: Scalars['ID']['output'];
  /** Paid, in fen. */
  confirmed: Scalars['Fen']['output'];
  /** How many donors (people or organisations) have paid. */
  donors: Scalars['Int']['output'];
  /** Held by unpaid pledges, in fen. */
  reserved: Scalars['Fen']['output'];
  /** What the case needs in all, in fen. */
  target: Scalars['Fen']['output'];
  /** The case's version; a higher version is newer (for clients that reconnect). */
  version: Scalars['Int']['output'];
};

/** Where a case's money came from and went, read from the ledger. */
export type CaseLedger = {
  __typename?: 'CaseLedger';
  /** The case's global ID. */
  caseId: Scalars['ID']['output'];
  /** What the case holds now, in fen (totalIn − totalOut). */
  held: Scalars['Fen']['output'];
  /** Each payment in, oldest first. */
  incoming: Array<MoneyInEntry>;
  /** Money in, by kind. */
  moneyIn: Array<MoneyIn>;
  /** Each payment out, oldest first. */
  moneyOut: Array<MoneyOut>;
  /** The case's status (e.g. FUNDED, DISBURSING, CLOSED), lower case as stored. */
  status: Scalars['String']['output'];
  /** Surplus taken out of the case, and what became of it. */
  surplus: Array<CaseSurplus>;
  /** All money in, in fen. */
  totalIn: Scalars['Fen']['output'];
  /** All money out, in fen. */
  totalOut: Scalars['Fen']['output'];
};

/** Surplus of a case as the public sees it: amounts and outcomes, no donors. */
export type CaseSurplus = {
  __typename?: 'CaseSurplus';
  /** The amount, in fen. */
  amount: Scalars['Fen']['output'];
  /** Why. */
  reason: SurplusReason;
  /** Where it stands. */
  status: SurplusStatus;
  /** The public reference of the case it went to, once redirected. */
  targetCaseReference?: Maybe<Scalars['String']['output']>;
};

/** Closes a case with money left, as surplus for its donors. */
export type CloseCaseWithSurplusInput = {
  /** The case's global ID. */
  caseId: Scalars['ID']['input'];
  /** Why the case closes now. */
  note: Scalars['String']['input'];
};

/** The result of closeCaseWithSurplus. */
export type CloseCaseWithSurplusPayload = {
  __typename?: 'CloseCaseWithSurplusPayload';
  /** The case's ledger afterwards. */
  caseLedger?: Maybe<CaseLedger>;
  /** Surplus created. */
  surplus?: Maybe<Array<SurplusAllocation>>;
  /** Problems; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Closes a matching pool. */
export type CloseMatchingPoolInput = {
  /** The pool's global ID. */
  poolId: Scalars['ID']['input'];
};

/** The result of closeMatchingPool. */
export type CloseMatchingPoolPayload = {
  __typename?: 'CloseMatchingPoolPayload';
  /** The closed pool. */
  pool?: Maybe<MatchingPool>;
  /** Problems; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Sets a relief fund's scope and standards. */
export type ConfigureReliefFundInput = {
  /** Case categories it pays for; empty means any. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The fund's organisation ID (kind RELIEF_FUND). */
  fundId: Scalars['ID']['input'];
  /** The most it pays for one case, in fen. */
  perCaseCap: Scalars['Fen']['input'];
  /** Regions it pays in (six-digit codes). */
  regionCodes: Array<Scalars['String']['input']>;
};

/** The result of configureReliefFund. */
export type ConfigureReliefFundPayload = {
  __typename?: 'ConfigureReliefFundPayload';
  /** The fund. */
  fund?: Maybe<ReliefFund>;
  /** Problems with the input; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Confirms an offline pledge once the money has arrived. */
export type ConfirmOfflinePledgeInput = {
  /** The bank's reference of the transfer, or the receipt number of the cash window. */
  bankReference: Scalars['String']['input'];
  /** The pledge's global ID. */
  pledgeId: Scalars['ID']['input'];
};

/** The result of confirmOfflinePledge. */
export type ConfirmOfflinePledgePayload = {
  __typename?: 'ConfirmOfflinePledgePayload';
  /** The confirmed pledge. */
  pledge?: Maybe<Pledge>;
  /** Problems with the input; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Sets up a matching pool. */
export type CreateMatchingPoolInput = {
  /** The most it matches in all, in fen; above zero. */
  cap: Scalars['Fen']['input'];
  /** Case categories in scope; empty means any. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When it stops matching; in the future. */
  endsAt: Scalars['DateTime']['input'];
  /** The pool's name. */
  name: Scalars['String']['input'];
  /** The enterprise or charity that funds it (you must be its administrator). */
  organizationId: Scalars['ID']['input'];
  /** The denominator (1–100, default 1). */
  ratioDenominator?: InputMaybe<Scalars['Int']['input']>;
  /** Matched fen per donated fen: the numerator (1–100). */
  ratioNumerator: Scalars['Int']['input'];
  /** Regions in scope (six-digit codes); empty means anywhere. */
  regionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The result of createMatchingPool. */
export type CreateMatchingPoolPayload = {
  __typename?: 'CreateMatchingPoolPayload';
  /** The new pool. */
  pool?: Maybe<MatchingPool>;
  /** Problems, e.g. RATIO_NOT_POSITIVE or CAP_NOT_POSITIVE; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Profile of a new organisation. */
export type CreateOrganizationInput = {
  /** Budget available for cases, in fen; zero or more. */
  budget?: InputMaybe<Scalars['Fen']['input']>;
  /** Public description, at most 4,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Case categories it focuses on; empty for all. */
  focusCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** GB/T 2260 code of the region where it is based. */
  homeRegionCode: Scalars['String']['input'];
  /** Kind of body. */
  kind: OrganizationKind;
  /** Languages its staff work in (BCP 47). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Registered name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** How many open cases it can hold at once; zero or more. */
  openCaseCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** GB/T 2260 codes of regions it pairs with (对口援助 / 同舟工程). */
  pairingRegionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Hours within which it responds; 1 to 720. */
  responseSlaHours?: InputMaybe<Scalars['Int']['input']>;
  /** GB/T 2260 codes of the regions it serves; defaults to its home region. */
  serviceRegionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A pledge to one need of a case. */
export type CreatePledgeInput = {
  /** When true and less than `amount` remains, pledge what remains instead of refusing. */
  acceptPartial?: InputMaybe<Scalars['Boolean']['input']>;
  /** The amount in fen; a whole number above zero. */
  amount: Scalars['Fen']['input'];
  /** Hide the donor's name from the public list. */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** The case's global ID. */
  caseId: Scalars['ID']['input'];
  /** A key the client makes once per pledge (8–100 letters, digits, - _ :); repeating it returns the same pledge. */
  idempotencyKey: Scalars['String']['input'];
  /** A message to the family (up to 500 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** How it will be paid. */
  method: PaymentMethod;
  /** The need's global ID. */
  needId: Scalars['ID']['input'];
  /** Pledge on behalf of this organisation (an enterprise or charity you are a member of). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** What to do with money the case does not need in the end (default REDIRECT), if you do not answer within the answer period. */
  surplusPreference?: InputMaybe<SurplusPreference>;
};

/** The result of createPledge. */
export type CreatePledgePayload = {
  __typename?: 'CreatePledgePayload';
  /** How to pay it; for Stripe, with the client secret. */
  payment?: Maybe<Payment>;
  /** The pledge (the same one again for a repeated idempotency key). */
  pledge?: Maybe<Pledge>;
  /** Problems with the input, e.g. `EXCEEDS_REMAINING` with what remains; nothing was changed. */
  userErrors: Array<UserError>;
};

/** A payment out of a case's holding to a hospital, the beneficiary or a vendor (staff view). */
export type Disbursement = Node & {
  __typename?: 'Disbursement';
  /** The last four digits of the beneficiary's account; the full number is never stored here. */
  accountLast4?: Maybe<Scalars['String']['output']>;
  /** The amount, in fen. */
  amount: Scalars['Fen']['output'];
  /** How many approvals it has. */
  approvals: Scalars['Int']['output'];
  /** The case's global ID. */
  caseId: Scalars['ID']['output'];
  /** When it was requested. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was paid. */
  disbursedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The evidence of payment, once paid. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** The disbursement's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The hospital's invoice number or the vendor's delivery note. */
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  /** The need's global ID. */
  needId: Scalars['ID']['output'];
  /** Whether a second, different approver is needed (above the region's threshold). */
  needsSecondApproval: Scalars['Boolean']['output'];
  /** Who is paid. */
  payeeKind: PayeeKind;
  /** The hospital's or vendor's name; null for the beneficiary. */
  payeeName?: Maybe<Scalars['String']['output']>;
  /** The bank's payment reference, once paid. */
  paymentReference?: Maybe<Scalars['String']['output']>;
  /** The requester's reference. */
  reference: Scalars['String']['output'];
  /** Where it stands. */
  status: DisbursementStatus;
};

/** Where a disbursement stands. */
export type DisbursementStatus =
  /** Approved; waiting to be paid. */
  | 'approved'
  /** Withdrawn before payment. */
  | 'cancelled'
  /** Paid out of the case's holding. */
  | 'disbursed'
  /** Requested; waiting for approval (two approvals above the region's threshold). */
  | 'requested';

/** A fund's income from one source in a period. */
export type FundIncome = {
  __typename?: 'FundIncome';
  /** How much, in fen. */
  amount: Scalars['Fen']['output'];
  /** The source. */
  source: FundSource;
};

/** A fund's payments for one category in one region in a period. */
export type FundPayments = {
  __typename?: 'FundPayments';
  /** How much, in fen. */
  amount: Scalars['Fen']['output'];
  /** The case category. */
  category?: Maybe<Scalars['String']['output']>;
  /** How many payments. */
  count: Scalars['Int']['output'];
  /** The case's region code. */
  regionCode: Scalars['String']['output'];
};

/** Where a relief fund's money comes from. */
export type FundSource =
  /** A charity's contribution. */
  | 'charity'
  /** An enterprise's contribution. */
  | 'enterprise'
  /** A government injection. */
  | 'government'
  /** The provincial welfare-lottery subsidy. */
  | 'lottery'
  /** Public donations. */
  | 'public';

/** A relief fund's statement for a period, from the ledger: opening + income − payments = closing. */
export type FundStatement = {
  __typename?: 'FundStatement';
  /** The balance at the end, in fen. */
  closing: Scalars['Fen']['output'];
  /** The period's start (inclusive). */
  from: Scalars['DateTime']['output'];
  /** Income by source. */
  income: Array<FundIncome>;
  /** The balance at the start, in fen. */
  opening: Scalars['Fen']['output'];
  /** Payments by category and region. */
  payments: Array<FundPayments>;
  /** The period's end (exclusive). */
  to: Scalars['DateTime']['output'];
  /** All income, in fen. */
  totalIncome: Scalars['Fen']['output'];
  /** All payments, in fen. */
  totalPayments: Scalars['Fen']['output'];
};

/** A staff role to grant to an existing user. */
export type GrantStaffRoleInput = {
  /** The GB/T 2260 code of the region the role covers (everything under it included). */
  regionCode: Scalars['String']['input'];
  /** A staff role: REPORTER, SOCIAL_WORKER, CASEWORKER, APPROVER, AUDITOR or ADMIN. */
  role: Role;
  /** The user's global ID. */
  userId: Scalars['ID']['input'];
};

/** The result of granting a staff role. */
export type GrantStaffRolePayload = {
  __typename?: 'GrantStaffRolePayload';
  /** The new or existing membership. */
  membership?: Maybe<Membership>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** An invitation to join an organisation. */
export type Invitation = Node & {
  __typename?: 'Invitation';
  /** When it was accepted, if it was. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The invited email address. */
  email: Scalars['String']['output'];
  /** When it stops being valid. */
  expiresAt: Scalars['DateTime']['output'];
  /** The invitation's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The organisation. */
  organization: Organization;
  /** The role offered. */
  role: Role;
};

/** Invites a person by email to join an organisation. */
export type InviteMemberInput = {
  /** Email address of the person. */
  email: Scalars['String']['input'];
  /** The organisation's global ID. */
  organizationId: Scalars['ID']['input'];
  /** ORG_MEMBER or ORG_ADMIN. */
  role: Role;
};

/** The result of inviting a member. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** The invitation. */
  invitation?: Maybe<Invitation>;
  /** The secret token to hand to the invited person (shown only once). */
  token?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** Records that an approved disbursement was paid. */
export type MarkDisbursedInput = {
  /** The disbursement's global ID. */
  disbursementId: Scalars['ID']['input'];
  /** What proves the payment: the receipt's document number or URL. */
  evidence: Scalars['String']['input'];
  /** The bank's payment reference. */
  paymentReference: Scalars['String']['input'];
};

/** The result of markDisbursed. */
export type MarkDisbursedPayload = {
  __typename?: 'MarkDisbursedPayload';
  /** The case's ledger after the payment. */
  caseLedger?: Maybe<CaseLedger>;
  /** The paid disbursement. */
  disbursement?: Maybe<Disbursement>;
  /** Problems, e.g. NOT_APPROVED; nothing was changed. */
  userErrors: Array<UserError>;
};

/** An enterprise's (or charity federation's) pool that matches confirmed individual pledges in its scope. */
export type MatchingPool = Node & {
  __typename?: 'MatchingPool';
  /** The most the pool matches in all, in fen. */
  cap: Scalars['Fen']['output'];
  /** Case categories in scope; empty means any. */
  categories: Array<Scalars['String']['output']>;
  /** When it was set up. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops matching. */
  endsAt: Scalars['DateTime']['output'];
  /** The pool's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Matched so far, in fen. */
  matched: Scalars['Fen']['output'];
  /** The pool's name, e.g. 同舟工程配捐. */
  name: Scalars['String']['output'];
  /** The organisation that funds it. */
  organization?: Maybe<Organization>;
  /** The denominator of the ratio. */
  ratioDenominator: Scalars['Int']['output'];
  /** Matched fen per donated fen, as numerator:denominator (1:1 doubles a pledge). */
  ratioNumerator: Scalars['Int']['output'];
  /** Regions in scope (a code covers everything under it); empty means anywhere. */
  regionCodes: Array<Scalars['String']['output']>;
  /** What it can still match, in fen (zero once closed or ended). */
  remaining: Scalars['Fen']['output'];
  /** Open or closed. */
  status: MatchingPoolStatus;
};

/** A page of matching pools. */
export type MatchingPoolConnection = {
  __typename?: 'MatchingPoolConnection';
  /** The edges of this page. */
  edges: Array<MatchingPoolEdge>;
  /** The pools of this page. */
  nodes: Array<MatchingPool>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many pools there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of matching pools. */
export type MatchingPoolEdge = {
  __typename?: 'MatchingPoolEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The pool. */
  node: MatchingPool;
};

/** Whether a matching pool still matches pledges. */
export type MatchingPoolStatus =
  /** Closed by its organisation; unused funds stay the organisation's. */
  | 'closed'
  /** Matching confirmed pledges in scope until its end date or cap. */
  | 'open';

/** A role held by a user, with the region or organisation it applies to. */
export type Membership = Node & {
  __typename?: 'Membership';
  /** When the role was granted. */
  createdAt: Scalars['DateTime']['output'];
  /** The membership's opaque global ID. */
  id: Scalars['ID']['output'];
  /** For organisation roles: the organisation. */
  organization?: Maybe<Organization>;
  /** For staff roles: the region the role covers, including everything under it. */
  region?: Maybe<Region>;
  /** The role. */
  role: Role;
};

/** The result of adding a member or accepting an invitation. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** The membership. */
  membership?: Maybe<Membership>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** The money of one kind that came into a case. */
export type MoneyIn = {
  __typename?: 'MoneyIn';
  /** How much, in fen. */
  amount: Scalars['Fen']['output'];
  /** How many payments. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: MoneyInKind;
};

/** One payment into a case, as the public sees it. */
export type MoneyInEntry = {
  __typename?: 'MoneyInEntry';
  /** How much, in fen. */
  amount: Scalars['Fen']['output'];
  /** When it arrived. */
  at: Scalars['DateTime']['output'];
  /** The donor's, organisation's or fund's name; null for anonymous donors. */
  donorName?: Maybe<Scalars['String']['output']>;
  /** The kind. */
  kind: MoneyInKind;
};

/** Kinds of money coming into a case. */
export type MoneyInKind =
  /** A charity's pledge. */
  | 'charity'
  /** An enterprise's own pledge. */
  | 'enterprise'
  /** An enterprise matching pool's match. */
  | 'enterprise_match'
  /** Individual donors' pledges. */
  | 'public'
  /** Surplus of another case that its donor redirected here. */
  | 'redirected'
  /** A relief fund: fast-track payment or grant. */
  | 'relief_fund';

/** One payment out of a case, as the public sees it (no personal data). */
export type MoneyOut = {
  __typename?: 'MoneyOut';
  /** How much, in fen. */
  amount: Scalars['Fen']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The kind. */
  kind: MoneyOutKind;
  /** Who was paid, for disbursements and relief payments. */
  payeeKind?: Maybe<PayeeKind>;
  /** The hospital's or vendor's name; never the beneficiary's. */
  payeeName?: Maybe<Scalars['String']['output']>;
  /** The invoice and payment reference, or the relief decision's reference. */
  reference?: Maybe<Scalars['String']['output']>;
};

/** Kinds of money leaving a case. */
export type MoneyOutKind =
  /** Paid to the payee out of the case's holding. */
  | 'disbursement'
  /** Returned to a donor. */
  | 'refund'
  /** Paid by a relief fund straight to the payee. */
  | 'relief_payment'
  /** Not needed any more; refunded or redirected as each donor chose. */
  | 'surplus';

/** The root of every change. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation with its token. */
  acceptInvitation: MembershipPayload;
  /** Adds an existing user to an organisation. Its ORG_ADMINs and admins of its home region may do this. */
  addMember: MembershipPayload;
  /** Answers a surplus of your pledge: refund, or redirect to another case. */
  answerSurplus: AnswerSurplusPayload;
  /** Approves a disbursement (approvers, administrators); above the threshold a second, different person must approve too. */
  approveDisbursement: ApproveDisbursementPayload;
  /** Withdraws an unpaid disbursement (approvers, administrators). */
  cancelDisbursement: CancelDisbursementPayload;
  /** Cancels one of your unpaid pledges. */
  cancelPledge: CancelPledgePayload;
  /** Closes a case and turns what it still holds into surplus (approvers, administrators of the case's region). */
  closeCaseWithSurplus: CloseCaseWithSurplusPayload;
  /** Closes a matching pool; what it did not match stays the organisation's. */
  closeMatchingPool: CloseMatchingPoolPayload;
  /** Sets a relief fund's scope and per-case cap (its administrators, or administrators of its region). */
  configureReliefFund: ConfigureReliefFundPayload;
  /** Confirms an offline pledge with the bank reference (administrators and auditors of the case's region). */
  confirmOfflinePledge: ConfirmOfflinePledgePayload;
  /** Sets up a matching pool for an enterprise or charity (its administrators). */
  createMatchingPool: CreateMatchingPoolPayload;
  /** Registers an organisation. The caller becomes its first ORG_ADMIN; it stays unverified until staff verify it. */
  createOrganization: OrganizationPayload;
  /** Pledges to a need of a published case: reserves the amount and starts the payment. */
  createPledge: CreatePledgePayload;
  /** Grants a staff role in a region. Only an admin whose region covers that region may do this. */
  grantStaffRole: GrantStaffRolePayload;
  /** Invites a person by email to an organisation. Its ORG_ADMINs and admins of its home region may do this. */
  inviteMember: InviteMemberPayload;
  /** Records the payment of an approved disbursement and posts it to the ledger. */
  markDisbursed: MarkDisbursedPayload;
  /** Pays a relief decision from a fund (approvers and administrators of the case's region). */
  payFromReliefFund: PayFromReliefFundPayload;
  /** Does nothing; returns true. Lets a client check that it may send mutations. */
  ping: Scalars['Boolean']['output'];
  /** Records income of a relief fund in the ledger. */
  recordFundIncome: RecordFundIncomePayload;
  /** Reduces a need; money already confirmed above the new amount becomes surplus (approvers, administrators of the case's region). */
  reduceNeed: ReduceNeedPayload;
  /** Refunds a paid pledge through its provider (administrators and approvers of the case's region). */
  refundPledge: RefundPledgePayload;
  /** Requests a payment out of a case's holding (caseworkers, approvers, administrators of the case's region). */
  requestDisbursement: RequestDisbursementPayload;
  /** Signs in with email and password. Repeated failures for one account or address are slowed and then refused for a while. */
  signIn: SignInPayload;
  /** Ends the current session (or all of the user's sessions). */
  signOut: SignOutPayload;
  /** Creates a donor account and signs it in. */
  signUp: SignInPayload;
  /** Changes an organisation's profile. Its ORG_ADMINs and admins of its home region may do this. */
  updateOrganization: OrganizationPayload;
  /** Verifies an organisation. Admins and approvers whose region covers its home region may do this. */
  verifyOrganization: OrganizationPayload;
};


/** The root of every change. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** The root of every change. */
export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


/** The root of every change. */
export type MutationAnswerSurplusArgs = {
  input: AnswerSurplusInput;
};


/** The root of every change. */
export type MutationApproveDisbursementArgs = {
  input: ApproveDisbursementInput;
};


/** The root of every change. */
export type MutationCancelDisbursementArgs = {
  input: CancelDisbursementInput;
};


/** The root of every change. */
export type MutationCancelPledgeArgs = {
  input: CancelPledgeInput;
};


/** The root of every change. */
export type MutationCloseCaseWithSurplusArgs = {
  input: CloseCaseWithSurplusInput;
};


/** The root of every change. */
export type MutationCloseMatchingPoolArgs = {
  input: CloseMatchingPoolInput;
};


/** The root of every change. */
export type MutationConfigureReliefFundArgs = {
  input: ConfigureReliefFundInput;
};


/** The root of every change. */
export type MutationConfirmOfflinePledgeArgs = {
  input: ConfirmOfflinePledgeInput;
};


/** The root of every change. */
export type MutationCreateMatchingPoolArgs = {
  input: CreateMatchingPoolInput;
};


/** The root of every change. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** The root of every change. */
export type MutationCreatePledgeArgs = {
  input: CreatePledgeInput;
};


/** The root of every change. */
export type MutationGrantStaffRoleArgs = {
  input: GrantStaffRoleInput;
};


/** The root of every change. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** The root of every change. */
export type MutationMarkDisbursedArgs = {
  input: MarkDisbursedInput;
};


/** The root of every change. */
export type MutationPayFromReliefFundArgs = {
  input: PayFromReliefFundInput;
};


/** The root of every change. */
export type MutationRecordFundIncomeArgs = {
  input: RecordFundIncomeInput;
};


/** The root of every change. */
export type MutationReduceNeedArgs = {
  input: ReduceNeedInput;
};


/** The root of every change. */
export type MutationRefundPledgeArgs = {
  input: RefundPledgeInput;
};


/** The root of every change. */
export type MutationRequestDisbursementArgs = {
  input: RequestDisbursementInput;
};


/** The root of every change. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** The root of every change. */
export type MutationSignOutArgs = {
  input?: InputMaybe<SignOutInput>;
};


/** The root of every change. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** The root of every change. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** The root of every change. */
export type MutationVerifyOrganizationArgs = {
  input: VerifyOrganizationInput;
};

/** An object with a globally unique, opaque ID. */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A body that helps: charity, Red Cross branch, enterprise, government programme, relief fund and others. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Budget available for cases, in fen. */
  budget: Scalars['Fen']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of the budget (ISO 4217), `CNY`. */
  currency: Scalars['String']['output'];
  /** Public description of what it does. */
  description: Scalars['String']['output'];
  /** Case categories it focuses on; empty means all categories. */
  focusCategories: Array<Scalars['String']['output']>;
  /** The region where it is based. */
  homeRegion: Region;
  /** The organisation's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Kind of body. */
  kind: OrganizationKind;
  /** Languages its staff work in (BCP 47, e.g. `zh`, `bo` for Tibetan). */
  languages: Array<Scalars['String']['output']>;
  /** Its members and their roles; visible to its administrators and to staff of its region. */
  members: Array<Membership>;
  /** Registered name. */
  name: Scalars['String']['output'];
  /** How many open cases it can hold at once. */
  openCaseCapacity: Scalars['Int']['output'];
  /** Regions it pairs with for 对口援助 / 同舟工程 pairing aid. */
  pairingRegions: Array<Region>;
  /** Hours within which it promises to respond to a matched or referred case. */
  responseSlaHours: Scalars['Int']['output'];
  /** The regions it serves (each including everything under it). */
  serviceRegions: Array<Region>;
  /** Whether civil-affairs staff have verified it. Unverified organisations are visible to their members and staff only. */
  verified: Scalars['Boolean']['output'];
  /** When it was verified. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of organisations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The edges of this page. */
  edges: Array<OrganizationEdge>;
  /** The organisations of this page. */
  nodes: Array<Organization>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many organisations match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of organisations. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

/** Narrows a list of organisations. All given conditions must hold. */
export type OrganizationFilter = {
  /** Only organisations based in this region or under it. */
  homeRegionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only those whose name contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations serving this region (directly, or through a region above it). */
  servesRegionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only verified (true) or unverified (false) organisations. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What kind of body an organisation is. */
export type OrganizationKind =
  /** A charity or charity federation (慈善会). */
  | 'charity'
  /** An enterprise, including central enterprises in 同舟工程 pairing aid. */
  | 'enterprise'
  /** A government department or programme (medical assistance, temporary assistance, education, housing). */
  | 'government'
  /** A commercial insurer. */
  | 'insurer'
  /** A mass organisation: trade union, youth league, women's federation (工青妇). */
  | 'mass_org'
  /** A Red Cross branch. */
  | 'red_cross'
  /** A 救急难 relief fund. */
  | 'relief_fund'
  /** A social-work agency. */
  | 'social_work_agency';

/** The result of creating, updating or verifying an organisation. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** The organisation as it is now; null when nothing was changed because of an error. */
  organization?: Maybe<Organization>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** Where a page of a connection starts and ends, and whether there is more. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Pays a relief decision (fast track or grant) from a fund straight to a case's payee. */
export type PayFromReliefFundInput = {
  /** The amount in fen; within the fund's per-case cap and balance. */
  amount: Scalars['Fen']['input'];
  /** The case's global ID. */
  caseId: Scalars['ID']['input'];
  /** The decision's reference. */
  decisionReference: Scalars['String']['input'];
  /** The fund's organisation ID. */
  fundId: Scalars['ID']['input'];
  /** Who is paid. */
  payeeKind: PayeeKind;
};

/** The result of payFromReliefFund. */
export type PayFromReliefFundPayload = {
  __typename?: 'PayFromReliefFundPayload';
  /** The case's ledger after the payment. */
  caseLedger?: Maybe<CaseLedger>;
  /** Problems, e.g. FUND_INSUFFICIENT, ABOVE_CASE_CAP, OUT_OF_FUND_SCOPE; nothing was changed. */
  userErrors: Array<UserError>;
};

/** The payee of a disbursement. */
export type PayeeInput = {
  /** The beneficiary's bank or social-security-card account number; only its last four digits are kept. */
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  /** The hospital's invoice number or vendor's delivery note (required for them). */
  invoiceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Who is paid; must be what the need allows. */
  kind: PayeeKind;
  /** The hospital's or vendor's name (required for them). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Who a case's need is paid to. */
export type PayeeKind =
  /** The person or household, to a bank or social-security-card account. */
  | 'beneficiary'
  /** A hospital, paid directly against its invoice. */
  | 'hospital'
  /** A vendor of in-kind goods or services. */
  | 'vendor';

/** How a pledge is being paid, as the donor sees it. */
export type Payment = {
  __typename?: 'Payment';
  /** The Stripe client secret for the donor's browser; only in the payload of `createPledge`, only for Stripe. */
  clientSecret?: Maybe<Scalars['String']['output']>;
  /** What the donor should do, in plain words. */
  instructions?: Maybe<Scalars['String']['output']>;
  /** The provider. */
  provider: PaymentMethod;
  /** The provider's reference (Stripe PaymentIntent id, sandbox id, or the reference to quote on a transfer). */
  reference?: Maybe<Scalars['String']['output']>;
  /** True for sandbox payments: no real money moves. */
  sandbox: Scalars['Boolean']['output'];
};

/** How a pledge is paid. */
export type PaymentMethod =
  /** Bank transfer or cash at a window, confirmed by staff with the bank reference. */
  | 'offline'
  /** The embedded sandbox: no real money moves; confirms by itself after a moment. */
  | 'sandbox'
  /** Card, Alipay or WeChat Pay through Stripe. */
  | 'stripe';

/** A donor's promise of an amount to one need of a case. */
export type Pledge = Node & {
  __typename?: 'Pledge';
  /** The amount pledged, in fen (what remained, when the donor accepted a partial pledge). */
  amount: Scalars['Fen']['output'];
  /** Whether the donor asked not to be named. */
  anonymous: Scalars['Boolean']['output'];
  /** The case's global ID. */
  caseId: Scalars['ID']['output'];
  /** Where the money of this pledge's case came from and went (the case's public ledger). */
  caseLedger?: Maybe<CaseLedger>;
  /** When it was paid. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When the reservation lapses if unpaid. */
  expiresAt: Scalars['DateTime']['output'];
  /** The pledge's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The match an enterprise pool added to this pledge, if any. */
  match?: Maybe<PoolMatch>;
  /** The donor's message to the family, if any. */
  message?: Maybe<Scalars['String']['output']>;
  /** How it is paid. */
  method: PaymentMethod;
  /** The need's global ID. */
  needId: Scalars['ID']['output'];
  /** The organisation it was pledged on behalf of, if any. */
  organization?: Maybe<Organization>;
  /** The payment: provider and reference, marked when it is a sandbox payment. */
  payment: Payment;
  /** The receipt, once the pledge is confirmed. */
  receipt?: Maybe<Receipt>;
  /** Refunded so far, in fen. */
  refunded: Scalars['Fen']['output'];
  /** Why it was released, when it was. */
  releaseReason?: Maybe<PledgeReleaseReason>;
  /** The amount the donor asked to pledge. */
  requestedAmount: Scalars['Fen']['output'];
  /** Where it stands. */
  status: PledgeStatus;
  /** Parts of this pledge its case no longer needed, and what became of them. */
  surplus: Array<SurplusAllocation>;
  /** The donor's default for surplus, accepted when pledging. */
  surplusPreference: SurplusPreference;
};

/** A page of pledges. */
export type PledgeConnection = {
  __typename?: 'PledgeConnection';
  /** The edges of this page. */
  edges: Array<PledgeEdge>;
  /** The pledges of this page. */
  nodes: Array<Pledge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many pledges there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of pledges. */
export type PledgeEdge = {
  __typename?: 'PledgeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The pledge. */
  node: Pledge;
};

/** Why a pledge stopped holding part of a need. */
export type PledgeReleaseReason =
  /** The donor cancelled it. */
  | 'cancelled'
  /** It was not paid in time. */
  | 'expired'
  /** It was paid after it had expired and the need was full, so the payment was returned. */
  | 'late_payment_refunded'
  /** The payment was cancelled at the provider. */
  | 'payment_canceled'
  /** The payment failed. */
  | 'payment_failed'
  /** The payment could not be started. */
  | 'setup_failed';

/** Where a pledge stands. */
export type PledgeStatus =
  /** Paid: the money is in the case's holding. */
  | 'confirmed'
  /** Paid and then returned to the donor in full. */
  | 'refunded'
  /** No longer holding anything; see `releaseReason`. */
  | 'released'
  /** Holding part of the need until paid (or released). */
  | 'reserved';

/** The match a pool added to a donor's pledge. */
export type PoolMatch = {
  __typename?: 'PoolMatch';
  /** The matched amount, in fen. */
  amount: Scalars['Fen']['output'];
  /** The pool. */
  pool?: Maybe<MatchingPool>;
};

/** A pledge as the public sees it on a case: amount and message, and the donor's name unless anonymous. */
export type PublicPledge = {
  __typename?: 'PublicPledge';
  /** The amount, in fen. */
  amount: Scalars['Fen']['output'];
  /** When it was paid. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The donor's or organisation's name; null for anonymous donors. */
  donorName?: Maybe<Scalars['String']['output']>;
  /** The donor's message, if any. */
  message?: Maybe<Scalars['String']['output']>;
};

/** A page of a case's paid pledges. */
export type PublicPledgeConnection = {
  __typename?: 'PublicPledgeConnection';
  /** The edges of this page. */
  edges: Array<PublicPledgeEdge>;
  /** The pledges of this page. */
  nodes: Array<PublicPledge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many paid pledges the case has. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a public list of pledges. */
export type PublicPledgeEdge = {
  __typename?: 'PublicPledgeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The pledge. */
  node: PublicPledge;
};

/** The root of every read. */
export type Query = {
  __typename?: 'Query';
  /** A case's disbursements, oldest first (staff of its region). */
  caseDisbursements: Array<Disbursement>;
  /** A published case's funding figures; open to everyone. */
  caseFunding: CaseFunding;
  /** A case's money story from the ledger; open to everyone for a published case. */
  caseLedger: CaseLedger;
  /** A published case's paid pledges, newest first: amounts, messages and the names of donors who did not ask to be anonymous. */
  casePledges: PublicPledgeConnection;
  /** A relief fund's statement for a period, from the ledger. */
  fundStatement: FundStatement;
  /** Matching pools, newest first; their terms and balances are public. */
  matchingPools: MatchingPoolConnection;
  /** The signed-in donor's pledges, newest first. */
  myPledges: PledgeConnection;
  /** Fetches any object by its global ID, if the caller may see it. */
  node?: Maybe<Node>;
  /** One organisation by ID; an error with code `NOT_FOUND` when it does not exist or the caller may not see it. */
  organization: Organization;
  /** Organisations the caller may see: verified ones for everyone, unverified ones for their members and staff of their region. */
  organizations: OrganizationConnection;
  /** One region by its GB/T 2260 code. An unknown code is an error with code `REGION_NOT_FOUND`. */
  region: Region;
  /** The regions directly under `parentCode`, or the provinces when it is omitted. An unknown parent is an error with code `REGION_NOT_FOUND`. */
  regions: Array<Region>;
  /** A relief fund; public for verified funds. */
  reliefFund: ReliefFund;
  /** The signed-in user, or null when the request carries no valid session. */
  viewer?: Maybe<Viewer>;
};


/** The root of every read. */
export type QueryCaseDisbursementsArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryCaseFundingArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryCaseLedgerArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryCasePledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryFundStatementArgs = {
  from: Scalars['DateTime']['input'];
  fundId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


/** The root of every read. */
export type QueryMatchingPoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


/** The root of every read. */
export type QueryMyPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


/** The root of every read. */
export type QueryRegionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


/** The root of every read. */
export type QueryReliefFundArgs = {
  fundId: Scalars['ID']['input'];
};

/** A pledge's receipt. */
export type Receipt = {
  __typename?: 'Receipt';
  /** The printable HTML receipt (Chinese), for the donor and staff with their session token. */
  htmlPath: Scalars['String']['output'];
  /** When it was issued (when the pledge was confirmed). */
  issuedAt: Scalars['DateTime']['output'];
  /** The unique receipt number, e.g. JJN-R-2026-00000042. */
  number: Scalars['String']['output'];
  /** The PDF receipt (ASCII fields), for the donor and staff with their session token. */
  pdfPath: Scalars['String']['output'];
};

/** Records money received by a relief fund. */
export type RecordFundIncomeInput = {
  /** The amount in fen. */
  amount: Scalars['Fen']['input'];
  /** The fund's organisation ID. */
  fundId: Scalars['ID']['input'];
  /** The bank reference or allocation document number. */
  reference: Scalars['String']['input'];
  /** Where the money came from. */
  source: FundSource;
};

/** The result of recordFundIncome. */
export type RecordFundIncomePayload = {
  __typename?: 'RecordFundIncomePayload';
  /** The fund, with its new balance. */
  fund?: Maybe<ReliefFund>;
  /** Problems with the input; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Reduces a need after someone else paid part of it. */
export type ReduceNeedInput = {
  /** The need's global ID. */
  needId: Scalars['ID']['input'];
  /** The need's new amount, in fen (above zero, below the current amount, at least what is paid out). */
  newAmount: Scalars['Fen']['input'];
  /** What paid the rest (insurance, medical assistance, another programme). */
  note: Scalars['String']['input'];
};

/** The result of reduceNeed. */
export type ReduceNeedPayload = {
  __typename?: 'ReduceNeedPayload';
  /** The case's ledger afterwards. */
  caseLedger?: Maybe<CaseLedger>;
  /** Surplus created, one per affected pledge (newest pledges first). */
  surplus?: Maybe<Array<SurplusAllocation>>;
  /** Problems, e.g. NEED_HAS_RESERVATIONS; nothing was changed. */
  userErrors: Array<UserError>;
};

/** Returns a paid pledge's money to the donor along the original route. */
export type RefundPledgeInput = {
  /** The pledge's global ID. */
  pledgeId: Scalars['ID']['input'];
  /** Why it is refunded (kept in the audit trail). */
  reason: Scalars['String']['input'];
};

/** The result of refundPledge. */
export type RefundPledgePayload = {
  __typename?: 'RefundPledgePayload';
  /** The pledge; REFUNDED once the provider has confirmed the refund. */
  pledge?: Maybe<Pledge>;
  /** Problems with the input; nothing was changed. */
  userErrors: Array<UserError>;
};

/** An administrative division of China (GB/T 2260). */
export type Region = Node & {
  __typename?: 'Region';
  /** The divisions directly under this one. */
  children: Array<Region>;
  /** The GB/T 2260 code: 6 digits, or 9 digits for a township. */
  code: Scalars['String']['output'];
  /** The region's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The level of the division. */
  level: RegionLevel;
  /** The official Chinese name, e.g. 甘德县. */
  name: Scalars['String']['output'];
  /** The division above; null for a province. */
  parent?: Maybe<Region>;
  /** The code of the division above; null for a province. */
  parentCode?: Maybe<Scalars['String']['output']>;
};

/** The level of an administrative division in GB/T 2260. */
export type RegionLevel =
  /** County-level division (县级), e.g. 632623 Gadê. */
  | 'county'
  /** Prefecture-level division (地级), e.g. 632600 Golog. */
  | 'prefecture'
  /** Province, autonomous region or municipality (省级), e.g. 630000 Qinghai. */
  | 'province'
  /** Township or street (乡级), loaded for Qinghai; a 9-digit code. */
  | 'township';

/** A 救急难帮扶基金: an organisation of kind RELIEF_FUND with its scope, standards and ledger balance. */
export type ReliefFund = {
  __typename?: 'ReliefFund';
  /** What it holds now, from the ledger, in fen. */
  balance: Scalars['Fen']['output'];
  /** Case categories it pays for; empty means any. */
  categories: Array<Scalars['String']['output']>;
  /** The fund's organisation (its global ID is the fund's ID). */
  organization: Organization;
  /** The most it pays for one case, in fen. */
  perCaseCap: Scalars['Fen']['output'];
  /** Regions it pays in (a code covers everything under it); empty means anywhere. */
  regionCodes: Array<Scalars['String']['output']>;
};

/** A request to pay part of a need out of the case's holding. */
export type RequestDisbursementInput = {
  /** The amount in fen; at most what the need holds and is not yet requested. */
  amount: Scalars['Fen']['input'];
  /** The case's global ID. */
  caseId: Scalars['ID']['input'];
  /** The need's global ID. */
  needId: Scalars['ID']['input'];
  /** Who is paid. */
  payee: PayeeInput;
  /** The requester's reference, e.g. the hospital bill. */
  reference: Scalars['String']['input'];
};

/** The result of requestDisbursement. */
export type RequestDisbursementPayload = {
  __typename?: 'RequestDisbursementPayload';
  /** The requested disbursement. */
  disbursement?: Maybe<Disbursement>;
  /** Problems, e.g. EXCEEDS_HOLDING or PAYEE_NOT_ALLOWED; nothing was changed. */
  userErrors: Array<UserError>;
};

/** What a person can do on the platform. Staff roles are scoped to a region; organisation roles to an organisation. */
export type Role =
  /** Runs the platform for a region: accounts, organisations, settings. */
  | 'admin'
  /** County bureau: approves above the township limit, rules on duplicates, runs the joint-meeting queue. */
  | 'approver'
  /** Province or prefecture oversight: reports, indicators, funds. */
  | 'auditor'
  /** Township or county civil-affairs window: intake, verification, fast track, referrals. */
  | 'caseworker'
  /** Individual donor. */
  | 'donor'
  /** Administrator of an organisation: manages its profile and members, confirms offline payments. */
  | 'org_admin'
  /** Member of an organisation: sees its matched cases, claims, records aid. */
  | 'org_member'
  /** Grid worker, police officer, taxi driver, volunteer or hotline operator who files discovery reports. */
  | 'reporter'
  /** Social worker who refers cases with evidence and consent. */
  | 'social_worker';

/** Email and password to sign in with. */
export type SignInInput = {
  /** The account's email address. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** The result of signing in. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** A bearer token to send as `Authorization: Bearer <token>`; null when sign-in failed. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why sign-in failed, if it did. */
  userErrors: Array<UserError>;
  /** The signed-in user; null when sign-in failed. */
  viewer?: Maybe<Viewer>;
};

/** Nothing to send: signs out the session that made the request. */
export type SignOutInput = {
  /** Also end every other session of this user. */
  everywhere?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of signing out. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** Whether a session was ended. */
  signedOut: Scalars['Boolean']['output'];
  /** Problems, if any. */
  userErrors: Array<UserError>;
};

/** Details for a new donor account. */
export type SignUpInput = {
  /** Email address to sign in with. */
  email: Scalars['String']['input'];
  /** Preferred language, `zh-CN` (default) or `en`. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Password, at least 8 characters. */
  password: Scalars['String']['input'];
};

/** Part of a paid pledge that its case no longer needs. */
export type SurplusAllocation = Node & {
  __typename?: 'SurplusAllocation';
  /** The amount, in fen. */
  amount: Scalars['Fen']['output'];
  /** The date after which the pledge's default applies. */
  answerBy: Scalars['DateTime']['output'];
  /** Whether the donor chose (DONOR) or the default applied (DEFAULT). */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The surplus's opaque global ID. */
  id: Scalars['ID']['output'];
  /** What paid the need instead, or why the case closed. */
  note: Scalars['String']['output'];
  /** The pledge's global ID. */
  pledgeId: Scalars['ID']['output'];
  /** Why. */
  reason: SurplusReason;
  /** When it was settled. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: SurplusStatus;
  /** The similar case suggested (its global ID), if any. */
  suggestedCaseId?: Maybe<Scalars['ID']['output']>;
  /** The suggested case's public reference. */
  suggestedCaseReference?: Maybe<Scalars['String']['output']>;
  /** The case it went to (its global ID), once redirected. */
  targetCaseId?: Maybe<Scalars['ID']['output']>;
};

/** What happens to a pledge's money if the case does not need it all. */
export type SurplusPreference =
  /** Give it to a similar case the platform suggests (same region and category first). */
  | 'redirect'
  /** Return it to the donor along the original payment route. */
  | 'refund';

/** Why there is surplus. */
export type SurplusReason =
  /** The case closed with money left. */
  | 'case_closed'
  /** The need shrank: insurance, medical assistance or another programme paid part. */
  | 'need_reduced';

/** Where a surplus stands. */
export type SurplusStatus =
  /** Waiting for the donor's answer (or the default, after the answer date). */
  | 'pending'
  /** Given to another case (any part without room there was returned). */
  | 'redirected'
  /** Returned to the donor. */
  | 'refunded';

/** Changes to an organisation's profile; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** Budget available for cases, in fen; zero or more. */
  budget?: InputMaybe<Scalars['Fen']['input']>;
  /** Public description, at most 4,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Case categories it focuses on; empty for all. */
  focusCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The organisation's global ID. */
  id: Scalars['ID']['input'];
  /** Languages its staff work in (BCP 47). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Registered name, 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** How many open cases it can hold at once; zero or more. */
  openCaseCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** GB/T 2260 codes of regions it pairs with. */
  pairingRegionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Hours within which it responds; 1 to 720. */
  responseSlaHours?: InputMaybe<Scalars['Int']['input']>;
  /** GB/T 2260 codes of the regions it serves. */
  serviceRegionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A person with an account. */
export type User = Node & {
  __typename?: 'User';
  /** Sign-in email address; visible to the user and to administrators only. */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Preferred language of the web app, `zh-CN` or `en`. */
  locale: Scalars['String']['output'];
  /** The roles the user holds. */
  memberships: Array<Membership>;
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A problem with the input of a mutation that a person can fix. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable, machine-readable code, e.g. `NAME_REQUIRED`. */
  code: Scalars['String']['output'];
  /** The path of the input field at fault, e.g. `["input", "name"]`; empty when it concerns the whole input. */
  field: Array<Scalars['String']['output']>;
  /** A message for the person, in plain words. */
  message: Scalars['String']['output'];
};

/** Marks an organisation as verified by civil-affairs staff. */
export type VerifyOrganizationInput = {
  /** The organisation's global ID. */
  id: Scalars['ID']['input'];
};

/** The signed-in user and what they may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The distinct roles the user holds, for quick checks in clients. */
  roles: Array<Role>;
  /** When the current session expires. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  /** The signed-in user. */
  user: User;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( DisbursementRecord )
    | ( InvitationRecord )
    | ( PoolRecord )
    | ( MembershipRecord )
    | ( OrganizationRecord )
    | ( PledgeRecord )
    | ( RegionRow )
    | ( SurplusRecord )
    | ( UserRecord )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddMemberInput: AddMemberInput;
  AnswerSurplusInput: AnswerSurplusInput;
  AnswerSurplusPayload: ResolverTypeWrapper<Omit<AnswerSurplusPayload, 'surplus'> & { surplus?: Maybe<ResolversTypes['SurplusAllocation']> }>;
  ApproveDisbursementInput: ApproveDisbursementInput;
  ApproveDisbursementPayload: ResolverTypeWrapper<Omit<ApproveDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelDisbursementInput: CancelDisbursementInput;
  CancelDisbursementPayload: ResolverTypeWrapper<Omit<CancelDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  CancelPledgeInput: CancelPledgeInput;
  CancelPledgePayload: ResolverTypeWrapper<Omit<CancelPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversTypes['Pledge']> }>;
  CaseFunding: ResolverTypeWrapper<CaseFundingModel>;
  CaseLedger: ResolverTypeWrapper<CaseLedgerModel>;
  CaseSurplus: ResolverTypeWrapper<SurplusRecord>;
  CloseCaseWithSurplusInput: CloseCaseWithSurplusInput;
  CloseCaseWithSurplusPayload: ResolverTypeWrapper<Omit<CloseCaseWithSurplusPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversTypes['SurplusAllocation']>> }>;
  CloseMatchingPoolInput: CloseMatchingPoolInput;
  CloseMatchingPoolPayload: ResolverTypeWrapper<Omit<CloseMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversTypes['MatchingPool']> }>;
  ConfigureReliefFundInput: ConfigureReliefFundInput;
  ConfigureReliefFundPayload: ResolverTypeWrapper<Omit<ConfigureReliefFundPayload, 'fund'> & { fund?: Maybe<ResolversTypes['ReliefFund']> }>;
  ConfirmOfflinePledgeInput: ConfirmOfflinePledgeInput;
  ConfirmOfflinePledgePayload: ResolverTypeWrapper<Omit<ConfirmOfflinePledgePayload, 'pledge'> & { pledge?: Maybe<ResolversTypes['Pledge']> }>;
  CreateMatchingPoolInput: CreateMatchingPoolInput;
  CreateMatchingPoolPayload: ResolverTypeWrapper<Omit<CreateMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversTypes['MatchingPool']> }>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePledgeInput: CreatePledgeInput;
  CreatePledgePayload: ResolverTypeWrapper<Omit<CreatePledgePayload, 'payment' | 'pledge'> & { payment?: Maybe<ResolversTypes['Payment']>, pledge?: Maybe<ResolversTypes['Pledge']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Disbursement: ResolverTypeWrapper<DisbursementRecord>;
  DisbursementStatus: DisbursementStatus;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  FundIncome: ResolverTypeWrapper<FundIncome>;
  FundPayments: ResolverTypeWrapper<FundPayments>;
  FundSource: FundSource;
  FundStatement: ResolverTypeWrapper<FundStatementModel>;
  GrantStaffRoleInput: GrantStaffRoleInput;
  GrantStaffRolePayload: ResolverTypeWrapper<Omit<GrantStaffRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationRecord>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  MarkDisbursedInput: MarkDisbursedInput;
  MarkDisbursedPayload: ResolverTypeWrapper<Omit<MarkDisbursedPayload, 'caseLedger' | 'disbursement'> & { caseLedger?: Maybe<ResolversTypes['CaseLedger']>, disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  MatchingPool: ResolverTypeWrapper<PoolRecord>;
  MatchingPoolConnection: ResolverTypeWrapper<Omit<MatchingPoolConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MatchingPoolEdge']>, nodes: Array<ResolversTypes['MatchingPool']> }>;
  MatchingPoolEdge: ResolverTypeWrapper<Omit<MatchingPoolEdge, 'node'> & { node: ResolversTypes['MatchingPool'] }>;
  MatchingPoolStatus: MatchingPoolStatus;
  Membership: ResolverTypeWrapper<MembershipRecord>;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  MoneyIn: ResolverTypeWrapper<MoneyInModel>;
  MoneyInEntry: ResolverTypeWrapper<MoneyInEntryModel>;
  MoneyInKind: MoneyInKind;
  MoneyOut: ResolverTypeWrapper<MoneyOutModel>;
  MoneyOutKind: MoneyOutKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationRecord>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayFromReliefFundInput: PayFromReliefFundInput;
  PayFromReliefFundPayload: ResolverTypeWrapper<Omit<PayFromReliefFundPayload, 'caseLedger'> & { caseLedger?: Maybe<ResolversTypes['CaseLedger']> }>;
  PayeeInput: PayeeInput;
  PayeeKind: PayeeKind;
  Payment: ResolverTypeWrapper<PaymentStart>;
  PaymentMethod: PaymentMethod;
  Pledge: ResolverTypeWrapper<PledgeRecord>;
  PledgeConnection: ResolverTypeWrapper<Omit<PledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PledgeEdge']>, nodes: Array<ResolversTypes['Pledge']> }>;
  PledgeEdge: ResolverTypeWrapper<Omit<PledgeEdge, 'node'> & { node: ResolversTypes['Pledge'] }>;
  PledgeReleaseReason: PledgeReleaseReason;
  PledgeStatus: PledgeStatus;
  PoolMatch: ResolverTypeWrapper<PoolMatchRecord>;
  PublicPledge: ResolverTypeWrapper<PledgeRecord>;
  PublicPledgeConnection: ResolverTypeWrapper<Omit<PublicPledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PublicPledgeEdge']>, nodes: Array<ResolversTypes['PublicPledge']> }>;
  PublicPledgeEdge: ResolverTypeWrapper<Omit<PublicPledgeEdge, 'node'> & { node: ResolversTypes['PublicPledge'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRecord>;
  RecordFundIncomeInput: RecordFundIncomeInput;
  RecordFundIncomePayload: ResolverTypeWrapper<Omit<RecordFundIncomePayload, 'fund'> & { fund?: Maybe<ResolversTypes['ReliefFund']> }>;
  ReduceNeedInput: ReduceNeedInput;
  ReduceNeedPayload: ResolverTypeWrapper<Omit<ReduceNeedPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversTypes['SurplusAllocation']>> }>;
  RefundPledgeInput: RefundPledgeInput;
  RefundPledgePayload: ResolverTypeWrapper<Omit<RefundPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversTypes['Pledge']> }>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionLevel: RegionLevel;
  ReliefFund: ResolverTypeWrapper<ReliefFundRecord>;
  RequestDisbursementInput: RequestDisbursementInput;
  RequestDisbursementPayload: ResolverTypeWrapper<Omit<RequestDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  Role: Role;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  SignOutInput: SignOutInput;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  SignUpInput: SignUpInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SurplusAllocation: ResolverTypeWrapper<SurplusRecord>;
  SurplusPreference: SurplusPreference;
  SurplusReason: SurplusReason;
  SurplusStatus: SurplusStatus;
  UpdateOrganizationInput: UpdateOrganizationInput;
  User: ResolverTypeWrapper<UserRecord>;
  UserError: ResolverTypeWrapper<UserError>;
  VerifyOrganizationInput: VerifyOrganizationInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddMemberInput: AddMemberInput;
  AnswerSurplusInput: AnswerSurplusInput;
  AnswerSurplusPayload: Omit<AnswerSurplusPayload, 'surplus'> & { surplus?: Maybe<ResolversParentTypes['SurplusAllocation']> };
  ApproveDisbursementInput: ApproveDisbursementInput;
  ApproveDisbursementPayload: Omit<ApproveDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  Boolean: Scalars['Boolean']['output'];
  CancelDisbursementInput: CancelDisbursementInput;
  CancelDisbursementPayload: Omit<CancelDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  CancelPledgeInput: CancelPledgeInput;
  CancelPledgePayload: Omit<CancelPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversParentTypes['Pledge']> };
  CaseFunding: CaseFundingModel;
  CaseLedger: CaseLedgerModel;
  CaseSurplus: SurplusRecord;
  CloseCaseWithSurplusInput: CloseCaseWithSurplusInput;
  CloseCaseWithSurplusPayload: Omit<CloseCaseWithSurplusPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversParentTypes['SurplusAllocation']>> };
  CloseMatchingPoolInput: CloseMatchingPoolInput;
  CloseMatchingPoolPayload: Omit<CloseMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversParentTypes['MatchingPool']> };
  ConfigureReliefFundInput: ConfigureReliefFundInput;
  ConfigureReliefFundPayload: Omit<ConfigureReliefFundPayload, 'fund'> & { fund?: Maybe<ResolversParentTypes['ReliefFund']> };
  ConfirmOfflinePledgeInput: ConfirmOfflinePledgeInput;
  ConfirmOfflinePledgePayload: Omit<ConfirmOfflinePledgePayload, 'pledge'> & { pledge?: Maybe<ResolversParentTypes['Pledge']> };
  CreateMatchingPoolInput: CreateMatchingPoolInput;
  CreateMatchingPoolPayload: Omit<CreateMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversParentTypes['MatchingPool']> };
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePledgeInput: CreatePledgeInput;
  CreatePledgePayload: Omit<CreatePledgePayload, 'payment' | 'pledge'> & { payment?: Maybe<ResolversParentTypes['Payment']>, pledge?: Maybe<ResolversParentTypes['Pledge']> };
  DateTime: Scalars['DateTime']['output'];
  Disbursement: DisbursementRecord;
  Fen: Scalars['Fen']['output'];
  FundIncome: FundIncome;
  FundPayments: FundPayments;
  FundStatement: FundStatementModel;
  GrantStaffRoleInput: GrantStaffRoleInput;
  GrantStaffRolePayload: Omit<GrantStaffRolePayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: InvitationRecord;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  MarkDisbursedInput: MarkDisbursedInput;
  MarkDisbursedPayload: Omit<MarkDisbursedPayload, 'caseLedger' | 'disbursement'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']>, disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  MatchingPool: PoolRecord;
  MatchingPoolConnection: Omit<MatchingPoolConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MatchingPoolEdge']>, nodes: Array<ResolversParentTypes['MatchingPool']> };
  MatchingPoolEdge: Omit<MatchingPoolEdge, 'node'> & { node: ResolversParentTypes['MatchingPool'] };
  Membership: MembershipRecord;
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  MoneyIn: MoneyInModel;
  MoneyInEntry: MoneyInEntryModel;
  MoneyOut: MoneyOutModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRecord;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  PageInfo: PageInfo;
  PayFromReliefFundInput: PayFromReliefFundInput;
  PayFromReliefFundPayload: Omit<PayFromReliefFundPayload, 'caseLedger'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']> };
  PayeeInput: PayeeInput;
  Payment: PaymentStart;
  Pledge: PledgeRecord;
  PledgeConnection: Omit<PledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PledgeEdge']>, nodes: Array<ResolversParentTypes['Pledge']> };
  PledgeEdge: Omit<PledgeEdge, 'node'> & { node: ResolversParentTypes['Pledge'] };
  PoolMatch: PoolMatchRecord;
  PublicPledge: PledgeRecord;
  PublicPledgeConnection: Omit<PublicPledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PublicPledgeEdge']>, nodes: Array<ResolversParentTypes['PublicPledge']> };
  PublicPledgeEdge: Omit<PublicPledgeEdge, 'node'> & { node: ResolversParentTypes['PublicPledge'] };
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRecord;
  RecordFundIncomeInput: RecordFundIncomeInput;
  RecordFundIncomePayload: Omit<RecordFundIncomePayload, 'fund'> & { fund?: Maybe<ResolversParentTypes['ReliefFund']> };
  ReduceNeedInput: ReduceNeedInput;
  ReduceNeedPayload: Omit<ReduceNeedPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversParentTypes['SurplusAllocation']>> };
  RefundPledgeInput: RefundPledgeInput;
  RefundPledgePayload: Omit<RefundPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversParentTypes['Pledge']> };
  Region: RegionRow;
  ReliefFund: ReliefFundRecord;
  RequestDisbursementInput: RequestDisbursementInput;
  RequestDisbursementPayload: Omit<RequestDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  SignOutInput: SignOutInput;
  SignOutPayload: SignOutPayload;
  SignUpInput: SignUpInput;
  String: Scalars['String']['output'];
  SurplusAllocation: SurplusRecord;
  UpdateOrganizationInput: UpdateOrganizationInput;
  User: UserRecord;
  UserError: UserError;
  VerifyOrganizationInput: VerifyOrganizationInput;
  Viewer: ViewerModel;
}>;

export type AnswerSurplusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerSurplusPayload'] = ResolversParentTypes['AnswerSurplusPayload']> = ResolversObject<{
  surplus?: Resolver<Maybe<ResolversTypes['SurplusAllocation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ApproveDisbursementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveDisbursementPayload'] = ResolversParentTypes['ApproveDisbursementPayload']> = ResolversObject<{
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CancelDisbursementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelDisbursementPayload'] = ResolversParentTypes['CancelDisbursementPayload']> = ResolversObject<{
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CancelPledgePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelPledgePayload'] = ResolversParentTypes['CancelPledgePayload']> = ResolversObject<{
  pledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CaseFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseFunding'] = ResolversParentTypes['CaseFunding']> = ResolversObject<{
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  donors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseLedgerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseLedger'] = ResolversParentTypes['CaseLedger']> = ResolversObject<{
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  incoming?: Resolver<Array<ResolversTypes['MoneyInEntry']>, ParentType, ContextType>;
  moneyIn?: Resolver<Array<ResolversTypes['MoneyIn']>, ParentType, ContextType>;
  moneyOut?: Resolver<Array<ResolversTypes['MoneyOut']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  surplus?: Resolver<Array<ResolversTypes['CaseSurplus']>, ParentType, ContextType>;
  totalIn?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  totalOut?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
}>;

export type CaseSurplusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseSurplus'] = ResolversParentTypes['CaseSurplus']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['SurplusReason'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurplusStatus'], ParentType, ContextType>;
  targetCaseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CloseCaseWithSurplusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CloseCaseWithSurplusPayload'] = ResolversParentTypes['CloseCaseWithSurplusPayload']> = ResolversObject<{
  caseLedger?: Resolver<Maybe<ResolversTypes['CaseLedger']>, ParentType, ContextType>;
  surplus?: Resolver<Maybe<Array<ResolversTypes['SurplusAllocation']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CloseMatchingPoolPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CloseMatchingPoolPayload'] = ResolversParentTypes['CloseMatchingPoolPayload']> = ResolversObject<{
  pool?: Resolver<Maybe<ResolversTypes['MatchingPool']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ConfigureReliefFundPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfigureReliefFundPayload'] = ResolversParentTypes['ConfigureReliefFundPayload']> = ResolversObject<{
  fund?: Resolver<Maybe<ResolversTypes['ReliefFund']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ConfirmOfflinePledgePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfirmOfflinePledgePayload'] = ResolversParentTypes['ConfirmOfflinePledgePayload']> = ResolversObject<{
  pledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateMatchingPoolPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateMatchingPoolPayload'] = ResolversParentTypes['CreateMatchingPoolPayload']> = ResolversObject<{
  pool?: Resolver<Maybe<ResolversTypes['MatchingPool']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreatePledgePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePledgePayload'] = ResolversParentTypes['CreatePledgePayload']> = ResolversObject<{
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  pledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisbursementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Disbursement'] = ResolversParentTypes['Disbursement']> = ResolversObject<{
  accountLast4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  approvals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disbursedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  needId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needsSecondApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payeeKind?: Resolver<ResolversTypes['PayeeKind'], ParentType, ContextType>;
  payeeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisbursementStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisbursementStatusResolvers = { APPROVED: 'approved', CANCELLED: 'cancelled', DISBURSED: 'disbursed', REQUESTED: 'requested' };

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FundIncomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundIncome'] = ResolversParentTypes['FundIncome']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundSource'], ParentType, ContextType>;
}>;

export type FundPaymentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundPayments'] = ResolversParentTypes['FundPayments']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FundSourceResolvers = { CHARITY: 'charity', ENTERPRISE: 'enterprise', GOVERNMENT: 'government', LOTTERY: 'lottery', PUBLIC: 'public' };

export type FundStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundStatement'] = ResolversParentTypes['FundStatement']> = ResolversObject<{
  closing?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  income?: Resolver<Array<ResolversTypes['FundIncome']>, ParentType, ContextType>;
  opening?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['FundPayments']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalIncome?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  totalPayments?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
}>;

export type GrantStaffRolePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantStaffRolePayload'] = ResolversParentTypes['GrantStaffRolePayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InviteMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteMemberPayload'] = ResolversParentTypes['InviteMemberPayload']> = ResolversObject<{
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MarkDisbursedPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkDisbursedPayload'] = ResolversParentTypes['MarkDisbursedPayload']> = ResolversObject<{
  caseLedger?: Resolver<Maybe<ResolversTypes['CaseLedger']>, ParentType, ContextType>;
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MatchingPoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingPool'] = ResolversParentTypes['MatchingPool']> = ResolversObject<{
  cap?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  ratioDenominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratioNumerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchingPoolStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchingPoolConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingPoolConnection'] = ResolversParentTypes['MatchingPoolConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MatchingPoolEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MatchingPool']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MatchingPoolEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingPoolEdge'] = ResolversParentTypes['MatchingPoolEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MatchingPool'], ParentType, ContextType>;
}>;

export type MatchingPoolStatusResolvers = { CLOSED: 'closed', OPEN: 'open' };

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoneyInResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoneyIn'] = ResolversParentTypes['MoneyIn']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MoneyInKind'], ParentType, ContextType>;
}>;

export type MoneyInEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoneyInEntry'] = ResolversParentTypes['MoneyInEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  donorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MoneyInKind'], ParentType, ContextType>;
}>;

export type MoneyInKindResolvers = { CHARITY: 'charity', ENTERPRISE: 'enterprise', ENTERPRISE_MATCH: 'enterprise_match', PUBLIC: 'public', REDIRECTED: 'redirected', RELIEF_FUND: 'relief_fund' };

export type MoneyOutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoneyOut'] = ResolversParentTypes['MoneyOut']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MoneyOutKind'], ParentType, ContextType>;
  payeeKind?: Resolver<Maybe<ResolversTypes['PayeeKind']>, ParentType, ContextType>;
  payeeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MoneyOutKindResolvers = { DISBURSEMENT: 'disbursement', REFUND: 'refund', RELIEF_PAYMENT: 'relief_payment', SURPLUS: 'surplus' };

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  addMember?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'input'>>;
  answerSurplus?: Resolver<ResolversTypes['AnswerSurplusPayload'], ParentType, ContextType, RequireFields<MutationAnswerSurplusArgs, 'input'>>;
  approveDisbursement?: Resolver<ResolversTypes['ApproveDisbursementPayload'], ParentType, ContextType, RequireFields<MutationApproveDisbursementArgs, 'input'>>;
  cancelDisbursement?: Resolver<ResolversTypes['CancelDisbursementPayload'], ParentType, ContextType, RequireFields<MutationCancelDisbursementArgs, 'input'>>;
  cancelPledge?: Resolver<ResolversTypes['CancelPledgePayload'], ParentType, ContextType, RequireFields<MutationCancelPledgeArgs, 'input'>>;
  closeCaseWithSurplus?: Resolver<ResolversTypes['CloseCaseWithSurplusPayload'], ParentType, ContextType, RequireFields<MutationCloseCaseWithSurplusArgs, 'input'>>;
  closeMatchingPool?: Resolver<ResolversTypes['CloseMatchingPoolPayload'], ParentType, ContextType, RequireFields<MutationCloseMatchingPoolArgs, 'input'>>;
  configureReliefFund?: Resolver<ResolversTypes['ConfigureReliefFundPayload'], ParentType, ContextType, RequireFields<MutationConfigureReliefFundArgs, 'input'>>;
  confirmOfflinePledge?: Resolver<ResolversTypes['ConfirmOfflinePledgePayload'], ParentType, ContextType, RequireFields<MutationConfirmOfflinePledgeArgs, 'input'>>;
  createMatchingPool?: Resolver<ResolversTypes['CreateMatchingPoolPayload'], ParentType, ContextType, RequireFields<MutationCreateMatchingPoolArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createPledge?: Resolver<ResolversTypes['CreatePledgePayload'], ParentType, ContextType, RequireFields<MutationCreatePledgeArgs, 'input'>>;
  grantStaffRole?: Resolver<ResolversTypes['GrantStaffRolePayload'], ParentType, ContextType, RequireFields<MutationGrantStaffRoleArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  markDisbursed?: Resolver<ResolversTypes['MarkDisbursedPayload'], ParentType, ContextType, RequireFields<MutationMarkDisbursedArgs, 'input'>>;
  payFromReliefFund?: Resolver<ResolversTypes['PayFromReliefFundPayload'], ParentType, ContextType, RequireFields<MutationPayFromReliefFundArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordFundIncome?: Resolver<ResolversTypes['RecordFundIncomePayload'], ParentType, ContextType, RequireFields<MutationRecordFundIncomeArgs, 'input'>>;
  reduceNeed?: Resolver<ResolversTypes['ReduceNeedPayload'], ParentType, ContextType, RequireFields<MutationReduceNeedArgs, 'input'>>;
  refundPledge?: Resolver<ResolversTypes['RefundPledgePayload'], ParentType, ContextType, RequireFields<MutationRefundPledgeArgs, 'input'>>;
  requestDisbursement?: Resolver<ResolversTypes['RequestDisbursementPayload'], ParentType, ContextType, RequireFields<MutationRequestDisbursementArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType, Partial<MutationSignOutArgs>>;
  signUp?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  verifyOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationVerifyOrganizationArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Disbursement' | 'Invitation' | 'MatchingPool' | 'Membership' | 'Organization' | 'Pledge' | 'Region' | 'SurplusAllocation' | 'User', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  budget?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  focusCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  homeRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openCaseCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairingRegions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  responseSlaHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceRegions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationKindResolvers = { CHARITY: 'charity', ENTERPRISE: 'enterprise', GOVERNMENT: 'government', INSURER: 'insurer', MASS_ORG: 'mass_org', RED_CROSS: 'red_cross', RELIEF_FUND: 'relief_fund', SOCIAL_WORK_AGENCY: 'social_work_agency' };

export type OrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PayFromReliefFundPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayFromReliefFundPayload'] = ResolversParentTypes['PayFromReliefFundPayload']> = ResolversObject<{
  caseLedger?: Resolver<Maybe<ResolversTypes['CaseLedger']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PayeeKindResolvers = { BENEFICIARY: 'beneficiary', HOSPITAL: 'hospital', VENDOR: 'vendor' };

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sandbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentMethodResolvers = { OFFLINE: 'offline', SANDBOX: 'sandbox', STRIPE: 'stripe' };

export type PledgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pledge'] = ResolversParentTypes['Pledge']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseLedger?: Resolver<Maybe<ResolversTypes['CaseLedger']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['PoolMatch']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  needId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['Receipt']>, ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['PledgeReleaseReason']>, ParentType, ContextType>;
  requestedAmount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PledgeStatus'], ParentType, ContextType>;
  surplus?: Resolver<Array<ResolversTypes['SurplusAllocation']>, ParentType, ContextType>;
  surplusPreference?: Resolver<ResolversTypes['SurplusPreference'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PledgeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PledgeConnection'] = ResolversParentTypes['PledgeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PledgeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PledgeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PledgeEdge'] = ResolversParentTypes['PledgeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType>;
}>;

export type PledgeReleaseReasonResolvers = { CANCELLED: 'cancelled', EXPIRED: 'expired', LATE_PAYMENT_REFUNDED: 'late_payment_refunded', PAYMENT_CANCELED: 'payment_canceled', PAYMENT_FAILED: 'payment_failed', SETUP_FAILED: 'setup_failed' };

export type PledgeStatusResolvers = { CONFIRMED: 'confirmed', REFUNDED: 'refunded', RELEASED: 'released', RESERVED: 'reserved' };

export type PoolMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PoolMatch'] = ResolversParentTypes['PoolMatch']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  pool?: Resolver<Maybe<ResolversTypes['MatchingPool']>, ParentType, ContextType>;
}>;

export type PublicPledgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicPledge'] = ResolversParentTypes['PublicPledge']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  donorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PublicPledgeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicPledgeConnection'] = ResolversParentTypes['PublicPledgeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PublicPledgeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PublicPledge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicPledgeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicPledgeEdge'] = ResolversParentTypes['PublicPledgeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicPledge'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  caseDisbursements?: Resolver<Array<ResolversTypes['Disbursement']>, ParentType, ContextType, RequireFields<QueryCaseDisbursementsArgs, 'caseId'>>;
  caseFunding?: Resolver<ResolversTypes['CaseFunding'], ParentType, ContextType, RequireFields<QueryCaseFundingArgs, 'caseId'>>;
  caseLedger?: Resolver<ResolversTypes['CaseLedger'], ParentType, ContextType, RequireFields<QueryCaseLedgerArgs, 'caseId'>>;
  casePledges?: Resolver<ResolversTypes['PublicPledgeConnection'], ParentType, ContextType, RequireFields<QueryCasePledgesArgs, 'caseId'>>;
  fundStatement?: Resolver<ResolversTypes['FundStatement'], ParentType, ContextType, RequireFields<QueryFundStatementArgs, 'from' | 'fundId' | 'to'>>;
  matchingPools?: Resolver<ResolversTypes['MatchingPoolConnection'], ParentType, ContextType, Partial<QueryMatchingPoolsArgs>>;
  myPledges?: Resolver<ResolversTypes['PledgeConnection'], ParentType, ContextType, Partial<QueryMyPledgesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  reliefFund?: Resolver<ResolversTypes['ReliefFund'], ParentType, ContextType, RequireFields<QueryReliefFundArgs, 'fundId'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type ReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = ResolversObject<{
  htmlPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pdfPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecordFundIncomePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordFundIncomePayload'] = ResolversParentTypes['RecordFundIncomePayload']> = ResolversObject<{
  fund?: Resolver<Maybe<ResolversTypes['ReliefFund']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReduceNeedPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReduceNeedPayload'] = ResolversParentTypes['ReduceNeedPayload']> = ResolversObject<{
  caseLedger?: Resolver<Maybe<ResolversTypes['CaseLedger']>, ParentType, ContextType>;
  surplus?: Resolver<Maybe<Array<ResolversTypes['SurplusAllocation']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RefundPledgePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RefundPledgePayload'] = ResolversParentTypes['RefundPledgePayload']> = ResolversObject<{
  pledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionLevelResolvers = { COUNTY: 'county', PREFECTURE: 'prefecture', PROVINCE: 'province', TOWNSHIP: 'township' };

export type ReliefFundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReliefFund'] = ResolversParentTypes['ReliefFund']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  perCaseCap?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  regionCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RequestDisbursementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestDisbursementPayload'] = ResolversParentTypes['RequestDisbursementPayload']> = ResolversObject<{
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RoleResolvers = { ADMIN: 'admin', APPROVER: 'approver', AUDITOR: 'auditor', CASEWORKER: 'caseworker', DONOR: 'donor', ORG_ADMIN: 'org_admin', ORG_MEMBER: 'org_member', REPORTER: 'reporter', SOCIAL_WORKER: 'social_worker' };

export type SignInPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = ResolversObject<{
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type SignOutPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = ResolversObject<{
  signedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SurplusAllocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurplusAllocation'] = ResolversParentTypes['SurplusAllocation']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  answerBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pledgeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['SurplusReason'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurplusStatus'], ParentType, ContextType>;
  suggestedCaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  suggestedCaseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetCaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SurplusPreferenceResolvers = { REDIRECT: 'redirect', REFUND: 'refund' };

export type SurplusReasonResolvers = { CASE_CLOSED: 'case_closed', NEED_REDUCED: 'need_reduced' };

export type SurplusStatusResolvers = { PENDING: 'pending', REDIRECTED: 'redirected', REFUNDED: 'refunded' };

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AnswerSurplusPayload?: AnswerSurplusPayloadResolvers<ContextType>;
  ApproveDisbursementPayload?: ApproveDisbursementPayloadResolvers<ContextType>;
  CancelDisbursementPayload?: CancelDisbursementPayloadResolvers<ContextType>;
  CancelPledgePayload?: CancelPledgePayloadResolvers<ContextType>;
  CaseFunding?: CaseFundingResolvers<ContextType>;
  CaseLedger?: CaseLedgerResolvers<ContextType>;
  CaseSurplus?: CaseSurplusResolvers<ContextType>;
  CloseCaseWithSurplusPayload?: CloseCaseWithSurplusPayloadResolvers<ContextType>;
  CloseMatchingPoolPayload?: CloseMatchingPoolPayloadResolvers<ContextType>;
  ConfigureReliefFundPayload?: ConfigureReliefFundPayloadResolvers<ContextType>;
  ConfirmOfflinePledgePayload?: ConfirmOfflinePledgePayloadResolvers<ContextType>;
  CreateMatchingPoolPayload?: CreateMatchingPoolPayloadResolvers<ContextType>;
  CreatePledgePayload?: CreatePledgePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Disbursement?: DisbursementResolvers<ContextType>;
  DisbursementStatus?: DisbursementStatusResolvers;
  Fen?: GraphQLScalarType;
  FundIncome?: FundIncomeResolvers<ContextType>;
  FundPayments?: FundPaymentsResolvers<ContextType>;
  FundSource?: FundSourceResolvers;
  FundStatement?: FundStatementResolvers<ContextType>;
  GrantStaffRolePayload?: GrantStaffRolePayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  MarkDisbursedPayload?: MarkDisbursedPayloadResolvers<ContextType>;
  MatchingPool?: MatchingPoolResolvers<ContextType>;
  MatchingPoolConnection?: MatchingPoolConnectionResolvers<ContextType>;
  MatchingPoolEdge?: MatchingPoolEdgeResolvers<ContextType>;
  MatchingPoolStatus?: MatchingPoolStatusResolvers;
  Membership?: MembershipResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  MoneyIn?: MoneyInResolvers<ContextType>;
  MoneyInEntry?: MoneyInEntryResolvers<ContextType>;
  MoneyInKind?: MoneyInKindResolvers;
  MoneyOut?: MoneyOutResolvers<ContextType>;
  MoneyOutKind?: MoneyOutKindResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationKind?: OrganizationKindResolvers;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayFromReliefFundPayload?: PayFromReliefFundPayloadResolvers<ContextType>;
  PayeeKind?: PayeeKindResolvers;
  Payment?: PaymentResolvers<ContextType>;
  PaymentMethod?: PaymentMethodResolvers;
  Pledge?: PledgeResolvers<ContextType>;
  PledgeConnection?: PledgeConnectionResolvers<ContextType>;
  PledgeEdge?: PledgeEdgeResolvers<ContextType>;
  PledgeReleaseReason?: PledgeReleaseReasonResolvers;
  PledgeStatus?: PledgeStatusResolvers;
  PoolMatch?: PoolMatchResolvers<ContextType>;
  PublicPledge?: PublicPledgeResolvers<ContextType>;
  PublicPledgeConnection?: PublicPledgeConnectionResolvers<ContextType>;
  PublicPledgeEdge?: PublicPledgeEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  RecordFundIncomePayload?: RecordFundIncomePayloadResolvers<ContextType>;
  ReduceNeedPayload?: ReduceNeedPayloadResolvers<ContextType>;
  RefundPledgePayload?: RefundPledgePayloadResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  ReliefFund?: ReliefFundResolvers<ContextType>;
  RequestDisbursementPayload?: RequestDisbursementPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  SurplusAllocation?: SurplusAllocationResolvers<ContextType>;
  SurplusPreference?: SurplusPreferenceResolvers;
  SurplusReason?: SurplusReasonResolvers;
  SurplusStatus?: SurplusStatusResolvers;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

