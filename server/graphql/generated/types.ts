/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionRow } from '../../regions/region.data';
import type { UserRecord, MembershipRecord, ViewerModel, InvitationRecord } from '../../accounts/account.model';
import type { OrganizationRecord } from '../../organizations/organization.model';
import type { CaseRecord, CaseNeedRecord, EvidenceRecord, FastTrackRecord, AlarmRecord, IntakeNoticeModel } from '../../cases/case.model';
import type { BeneficiaryView, ConsentRecord, AssistanceRecordRow } from '../../beneficiaries/beneficiary.service';
import type { DuplicateReport } from '../../cases/case.service';
import type { ReferralRecord, JointMeetingItemRecord } from '../../referrals/referral.service';
import type { EffectiveSettings } from '../../settings/settings.service';
import type { AuditEventRecord } from '../../audit/audit.read';
import type { PledgeRecord, CaseFundingModel } from '../../pledges/pledge.model';
import type { PaymentStart } from '../../payments/provider';
import type { DisbursementRecord } from '../../disbursements/disbursement.service';
import type { CaseLedgerModel, MoneyInModel, MoneyInEntryModel, MoneyOutModel } from '../../disbursements/case-ledger';
import type { PoolRecord, PoolMatchRecord } from '../../pools/pool.service';
import type { ReceiptRecord } from '../../receipts/receipt.service';
import type { ReliefFundRecord, FundStatementModel } from '../../funds/fund.service';
import type { SurplusRecord } from '../../surplus/surplus.service';
import type { CaseSummaryModel, NeedRecord, CaseMatchRecord, CaseEscalationRecord } from '../../matching/matching.model';
import type { ClaimRecord, ClaimLineRecord } from '../../claims/claim.model';
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

/** An alarm or notice in the caller's inbox. */
export type Alarm = Node & {
  __typename?: 'Alarm';
  /** The case concerned. */
  caseRef?: Maybe<CaseRef>;
  /** When it was raised. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The facts the title is made of, by name, for clients that word each kind in their own language:
   * `reference` (the case), and by kind `status`, `other` (another case's reference), `reason`, `request`,
   * `outcome`, `since` (a date), `county` (a region code), `step` (`backup` or `approver`). Sorted by name.
   */
  details: Array<AlarmDetail>;
  /** The alarm's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Kind, e.g. `report.untriaged`, `case.overdue`, `referral.overdue`, `case.assigned`. */
  kind: Scalars['String']['output'];
  /** When it was read. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** What happened, in English words. */
  title: Scalars['String']['output'];
};

/** A page of alarms. */
export type AlarmConnection = {
  __typename?: 'AlarmConnection';
  /** The edges. */
  edges: Array<AlarmEdge>;
  /** The alarms. */
  nodes: Array<Alarm>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many in all. */
  totalCount: Scalars['Int']['output'];
};

/** One named fact of an alarm. */
export type AlarmDetail = {
  __typename?: 'AlarmDetail';
  /** The fact's name, e.g. `reference`. */
  name: Scalars['String']['output'];
  /** Its value. */
  value: Scalars['String']['output'];
};

/** An edge in a list of alarms. */
export type AlarmEdge = {
  __typename?: 'AlarmEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The alarm. */
  node: Alarm;
};

/** The result of marking an alarm read. */
export type AlarmPayload = {
  __typename?: 'AlarmPayload';
  /** The alarm. */
  alarm?: Maybe<Alarm>;
  /** Problems with the input. */
  userErrors: Array<UserError>;
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

/** Assigns an owner to a joint-meeting item. */
export type AssignJointMeetingItemInput = {
  /** The item. */
  itemId: Scalars['ID']['input'];
  /** A note of the decision. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The user who takes it on. */
  ownerId: Scalars['ID']['input'];
};

/** What kind of aid was given. */
export type AssistanceKind =
  /** Money to the person. */
  | 'cash'
  /** Goods. */
  | 'in_kind'
  /** A medical bill paid to the hospital. */
  | 'medical_bill'
  /** Work such as care or counselling. */
  | 'service';

/** The result of recording aid. */
export type AssistancePayload = {
  __typename?: 'AssistancePayload';
  /** The record. */
  assistanceRecord?: Maybe<AssistanceRecord>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** Aid given to a person (救后录入). */
export type AssistanceRecord = {
  __typename?: 'AssistanceRecord';
  /** Amount in fen (zero for services). */
  amount: Scalars['Fen']['output'];
  /** The reason (category) of the aid. */
  category: Scalars['String']['output'];
  /** The day it was given (YYYY-MM-DD). */
  givenOn: Scalars['String']['output'];
  /** The record's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Kind of aid: cash, in_kind, service, medical_bill, fast_track, referral… */
  kind: Scalars['String']['output'];
  /** The organisation that gave it. */
  organization?: Maybe<Organization>;
  /** The region where it was given. */
  regionCode: Scalars['String']['output'];
};

/** One change in the append-only audit trail; sensitive values are masked. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** What was done, e.g. `case.verify`. */
  action: Scalars['String']['output'];
  /** Who did it; null for the system (deadlines). */
  actor?: Maybe<User>;
  /** The object after, as JSON text (masked). */
  after?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The object before, as JSON text (masked). */
  before?: Maybe<Scalars['String']['output']>;
  /** The local ID of the object changed. */
  entityId: Scalars['String']['output'];
  /** The kind of object changed. */
  entityType: Scalars['String']['output'];
  /** The event's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The region concerned. */
  regionCode?: Maybe<Scalars['String']['output']>;
};

/** A page of the audit trail. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The edges. */
  edges: Array<AuditEventEdge>;
  /** The events. */
  nodes: Array<AuditEvent>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in the audit trail. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Narrows the audit trail. */
export type AuditEventFilter = {
  /** Only this action. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only this actor. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this object (local or global ID). */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of object, e.g. `Case`. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** From this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** The region (and everything under it); the caller must be approver, auditor or admin there. */
  regionCode: Scalars['String']['input'];
  /** Up to this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A person helped. Personal data: visible only to those who may see the case. */
export type Beneficiary = {
  __typename?: 'Beneficiary';
  /** Consents recorded, newest first, including revoked ones. */
  consents: Array<Consent>;
  /** Household members. */
  household?: Maybe<Scalars['String']['output']>;
  /** 居民身份证 number; masked for organisations. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Whether the person has been identified (a person may be taken in unidentified). */
  identified: Scalars['Boolean']['output'];
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Notes; desk staff and the referrer only. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Phone number; desk staff and the referrer only. */
  phone?: Maybe<Scalars['String']['output']>;
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

/** A case on the desk. Carries personal data: only staff of its region, its referrer and organisations it was shared with see it. */
export type Case = Node & {
  __typename?: 'Case';
  /** Backup handler (B post). */
  backupHandler?: Maybe<User>;
  /** The person. */
  beneficiary?: Maybe<Beneficiary>;
  /** Category (reason) of the case. */
  category?: Maybe<Scalars['String']['output']>;
  /** When it came in. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it was rejected, withdrawn or marked duplicate. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** When the current step is due. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The case it duplicates. */
  duplicateOf?: Maybe<CaseRef>;
  /** Uploaded documents. */
  evidence: Array<EvidenceFile>;
  /** The fast-track decision, if any. */
  fastTrack?: Maybe<FastTrack>;
  /** Handler (A post). */
  handler?: Maybe<User>;
  /** 急难型 or 支出型. */
  hardshipType?: Maybe<HardshipType>;
  /** The case's opaque global ID. */
  id: Scalars['ID']['output'];
  /** How it came in. */
  intakeChannel: IntakeChannel;
  /** Needs with amounts. */
  needs: Array<CaseNeed>;
  /** The one-time notification: documents still missing. */
  notice: IntakeNotice;
  /** Whether the current step or the fast-track paperwork is past due. */
  overdue: Scalars['Boolean']['output'];
  /** An open case of the same person for the same reason found at intake. */
  possibleDuplicateOf?: Maybe<CaseRef>;
  /** Redacted public summary, when published. */
  publicSummary?: Maybe<Scalars['String']['output']>;
  /** Whether it is published to the public. */
  published: Scalars['Boolean']['output'];
  /** Public reference, e.g. JJN-632623-2026-000042. */
  reference: Scalars['String']['output'];
  /** Referrals between agencies. */
  referrals: Array<Referral>;
  /** The social worker who referred it. */
  referrer?: Maybe<User>;
  /** The region (county or township) of the case. */
  region: Region;
  /** Recorded reason when an approver allowed repeat aid this year. */
  repeatAidOverrideReason?: Maybe<Scalars['String']['output']>;
  /** Kind of reporter, for discovery reports. */
  reporterKind?: Maybe<Scalars['String']['output']>;
  /** The reported situation. */
  situation?: Maybe<Scalars['String']['output']>;
  /** Status. */
  status: CaseStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Urgency. */
  urgency: Urgency;
  /** Notes of the verification; desk staff only. */
  verificationNotes?: Maybe<Scalars['String']['output']>;
  /** Economic verification outcome. */
  verificationOutcome?: Maybe<VerificationOutcome>;
  /** Increases with every change. */
  version: Scalars['Int']['output'];
  /** What the signed-in person may do to the case's status now, by its state and their role (amount limits, such as the township's for fast track, are checked when they act). */
  viewerActions: Array<CaseAction>;
};

/** A status move a person can make on a case (others are made by funding, claims and payouts). */
export type CaseAction =
  /** Pay first, check after (fastTrackCase). */
  | 'fast_track'
  /** Mark it a duplicate of another case (markDuplicate). */
  | 'mark_duplicate'
  /** Decide not to help (rejectCase). */
  | 'reject'
  /** Start the household check (startVerification). */
  | 'start_verification'
  /** Take a reported case in (triageCase). */
  | 'triage'
  /** Decide it eligible, with its needs (verifyCase); recordVerification is open at the same time. */
  | 'verify'
  /** Withdraw it (withdrawCase). */
  | 'withdraw';

/** A case to act on. */
export type CaseActionInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
};

/** A category of emergency matter with its checklist. */
export type CaseCategory = {
  __typename?: 'CaseCategory';
  /** Stable code, e.g. `illness`. */
  code: Scalars['String']['output'];
  /** Documents the applicant brings. */
  documents: Array<DocumentRequirement>;
  /** 急难型 or 支出型. */
  hardshipType: HardshipType;
  /** Name in words. */
  label: Scalars['String']['output'];
};

/** A page of cases. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** The edges. */
  edges: Array<CaseEdge>;
  /** The cases. */
  nodes: Array<Case>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of cases. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: Case;
};

/** One step of a case's escalation cascade. */
export type CaseEscalation = {
  __typename?: 'CaseEscalation';
  /** When the step happened. */
  at: Scalars['DateTime']['output'];
  /** The tier the case left. */
  fromTier: EscalationTier;
  /** The step's opaque global ID. */
  id: Scalars['ID']['output'];
  /** How many organisations were newly matched at this step. */
  newlyMatchedCount: Scalars['Int']['output'];
  /** Why, in plain words. */
  reason: Scalars['String']['output'];
  /** The tier the case entered. */
  toTier: EscalationTier;
};

/** Narrows a list of cases. All given conditions must hold. */
export type CaseFilter = {
  /** Only this category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only cases this user handles (A or B post). */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only overdue (true) or not overdue (false) cases. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cases in this region or under it (the caller must be staff there). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<CaseStatus>>;
  /** Only this urgency. */
  urgency?: InputMaybe<Urgency>;
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
  /** The case's status (e.g. FUNDED, DISBURSING, CLOSED). */
  status: CaseStatus;
  /** Surplus taken out of the case, and what became of it. */
  surplus: Array<CaseSurplus>;
  /** All money in, in fen. */
  totalIn: Scalars['Fen']['output'];
  /** All money out, in fen. */
  totalOut: Scalars['Fen']['output'];
};

/** An organisation proposed for a case by the matcher. */
export type CaseMatch = Node & {
  __typename?: 'CaseMatch';
  /** The case (public view). */
  case: CaseSummary;
  /** When the match was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** The reason the organisation gave for declining. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** When the organisation declined the case; the case is then matched without it. */
  declinedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The score and its breakdown. */
  explanation: MatchExplanation;
  /** The match's opaque global ID. */
  id: Scalars['ID']['output'];
  /** When the organisation was told. */
  notifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation. */
  organization: Organization;
  /** Place in the ranking, 1 for the best. */
  rank: Scalars['Int']['output'];
  /** The cascade tier that brought the organisation in. */
  tier: EscalationTier;
};

/** A page of matches. */
export type CaseMatchConnection = {
  __typename?: 'CaseMatchConnection';
  /** The edges of this page. */
  edges: Array<CaseMatchEdge>;
  /** The matches of this page. */
  nodes: Array<CaseMatch>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many matches there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of matches. */
export type CaseMatchEdge = {
  __typename?: 'CaseMatchEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The match. */
  node: CaseMatch;
};

/** A need of a case, with its amount and what is still open. */
export type CaseNeed = {
  __typename?: 'CaseNeed';
  /** Amount needed, in fen. */
  amount: Scalars['Fen']['output'];
  /** What is needed, in words. */
  description: Scalars['String']['output'];
  /** The need's opaque global ID. */
  id: Scalars['ID']['output'];
  /** What it is for. */
  kind: NeedKind;
  /** Who is paid. */
  payeeKind: PayeeKind;
  /** The hospital or vendor paid directly. */
  payeeName?: Maybe<Scalars['String']['output']>;
  /** Amount not yet reserved, confirmed or claimed, in fen. */
  remaining: Scalars['Fen']['output'];
};

/** One need of a case and how much of it is covered. */
export type CaseNeedSummary = {
  __typename?: 'CaseNeedSummary';
  /** The amount needed, in fen. */
  amount: Scalars['Fen']['output'];
  /** Committed by organisations' claims, in fen. */
  claimed: Scalars['Fen']['output'];
  /** Short description. */
  description: Scalars['String']['output'];
  /** Held by pledges or confirmed by payments, in fen. */
  funded: Scalars['Fen']['output'];
  /** The need's opaque global ID. */
  id: Scalars['ID']['output'];
  /** What is needed. */
  kind: NeedKind;
  /** What is not covered yet (amount − claimed − funded), in fen. */
  remaining: Scalars['Fen']['output'];
};

/** The result of an action on a case. */
export type CasePayload = {
  __typename?: 'CasePayload';
  /** The case as it is now. */
  case?: Maybe<Case>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** A decision with a reason. */
export type CaseReasonInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The reason, told to the referrer. */
  reason: Scalars['String']['input'];
};

/** Another case, named without personal data. */
export type CaseRef = {
  __typename?: 'CaseRef';
  /** Category. */
  category?: Maybe<Scalars['String']['output']>;
  /** When it came in. */
  createdAt: Scalars['DateTime']['output'];
  /** The case's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Public reference. */
  reference: Scalars['String']['output'];
  /** The region of the case. */
  regionCode: Scalars['String']['output'];
  /** Status. */
  status: CaseStatus;
};

/** Where a case is in its lifecycle. */
export type CaseStatus =
  /** Finished. */
  | 'closed'
  /** Money is being paid out. */
  | 'disbursing'
  /** The same matter as another case, to which it links. */
  | 'duplicate'
  /** Taken over by the county joint meeting (联席会议). */
  | 'escalated'
  /** Relief decided at once (先行救助); paperwork still owed. */
  | 'fast_tracked'
  /** Fully funded. */
  | 'funded'
  /** Taken in at the window; documents are being gathered. */
  | 'intake'
  /** Claimed or partly funded. */
  | 'in_progress'
  /** Not taken on; the reason is told to the referrer. */
  | 'rejected'
  /** Reported by a discoverer or the public; waits for triage. */
  | 'reported'
  /** Verified: needs and amounts set; open to matching (and to the public when published). */
  | 'verified'
  /** Under verification, including household economic verification (核对). */
  | 'verifying'
  /** Withdrawn by the applicant or the referrer. */
  | 'withdrawn';

/**
 * The public view of a case, as organisations and donors see it: no personal data, only the redacted
 * summary, region, category, urgency, needs and amounts.
 */
export type CaseSummary = Node & {
  __typename?: 'CaseSummary';
  /** Case category, e.g. `medical`, `fire`. */
  category?: Maybe<Scalars['String']['output']>;
  /** The case's current tier in the escalation cascade; null before matching. */
  escalationTier?: Maybe<EscalationTier>;
  /** 急难型 or 支出型, when known. */
  hardshipType?: Maybe<HardshipType>;
  /** The case's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The case's needs with their amounts. */
  needs: Array<CaseNeedSummary>;
  /** Redacted story, shown only with the person's consent. */
  publicSummary?: Maybe<Scalars['String']['output']>;
  /** Public reference, e.g. JJN-632623-2026-000042. */
  reference: Scalars['String']['output'];
  /** The region where the case is handled. */
  region: Region;
  /** Lifecycle status. */
  status: CaseStatus;
  /** Sum of the needs' amounts, in fen. */
  totalAmount: Scalars['Fen']['output'];
  /** What no claim, pledge or payment covers yet, in fen. */
  totalRemaining: Scalars['Fen']['output'];
  /** Urgency set at verification. */
  urgency: Urgency;
  /** Increases with every change to the case's facts; send it back as `expectedVersion` when claiming. Claims do not change it. */
  version: Scalars['Int']['output'];
};

/** A page of public case summaries. */
export type CaseSummaryConnection = {
  __typename?: 'CaseSummaryConnection';
  /** The edges of this page. */
  edges: Array<CaseSummaryEdge>;
  /** The cases of this page. */
  nodes: Array<CaseSummary>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many cases match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of public case summaries. */
export type CaseSummaryEdge = {
  __typename?: 'CaseSummaryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: CaseSummary;
};

/** Surplus of a case as the public sees it: amounts and outcomes, no donors. */
export type CaseSurplus = {
  __typename?: 'CaseSurplus';
  /** The amount, in fen. */
  amount: Scalars['Fen']['output'];
  /** Why. */
  reason: SurplusReason;
  /** The part returned to the donor, in fen. */
  refunded: Scalars['Fen']['output'];
  /** Where it stands. */
  status: SurplusStatus;
  /** The public reference of the case it went to, once redirected. */
  targetCaseReference?: Maybe<Scalars['String']['output']>;
};

/** A category with its checklist. */
export type CategoryInput = {
  /** Stable code. */
  code: Scalars['String']['input'];
  /** Documents. */
  documents: Array<DocumentInput>;
  /** 急难型 or 支出型. */
  hardshipType: HardshipType;
  /** Name in words. */
  label: Scalars['String']['input'];
};

/** An organisation's commitment to cover all or part of some needs of a case. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** The amount committed, in fen. */
  amount: Scalars['Fen']['output'];
  /** The case (public view). */
  case: CaseSummary;
  /** Why it was released or expired. */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** When it was fulfilled, released or expired. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the claim was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Without progress by then the claim expires and its amount is released. */
  deadlineAt: Scalars['DateTime']['output'];
  /** Aid recorded as given so far, in fen. */
  fulfilledAmount: Scalars['Fen']['output'];
  /** The claim's opaque global ID. */
  id: Scalars['ID']['output'];
  /** How the amount is spread over the needs, in the order they were listed. */
  lines: Array<ClaimLine>;
  /** The organisation's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation that claimed. */
  organization: Organization;
  /** Where the claim stands. */
  status: ClaimStatus;
};

/**
 * An organisation commits to all or part of some needs of a case. The amount is spread over the listed needs in
 * the order given: each need takes as much of it as it has left, then the next. A claim never exceeds what
 * remains; when two organisations claim the last part at once, one succeeds and the other is told what remains.
 */
export type ClaimCaseInput = {
  /** How much to commit, in fen; omitted means everything that remains on the listed needs. */
  amount?: InputMaybe<Scalars['Fen']['input']>;
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The case version the caller saw (`CaseSummary.version`); a different current version refuses the claim. */
  expectedVersion: Scalars['Int']['input'];
  /** The needs to cover, in order; at least one, each of this case. */
  needIds: Array<Scalars['ID']['input']>;
  /** A note for staff, at most 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The organisation claiming; may be omitted when the caller belongs to exactly one organisation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of claiming. */
export type ClaimCasePayload = {
  __typename?: 'ClaimCasePayload';
  /** The case after the claim. */
  case?: Maybe<CaseSummary>;
  /** The new claim. */
  claim?: Maybe<Claim>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The edges of this page. */
  edges: Array<ClaimEdge>;
  /** The claims of this page. */
  nodes: Array<Claim>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many claims there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A claim in a page. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Where to continue from. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** The part of a claim that covers one need. */
export type ClaimLine = {
  __typename?: 'ClaimLine';
  /** The amount of this claim on the need, in fen. */
  amount: Scalars['Fen']['output'];
  /** The need. */
  need: CaseNeedSummary;
};

/** Where a claim stands. */
export type ClaimStatus =
  /** Committed; the organisation is to give the aid before the deadline. */
  | 'active'
  /** No progress by the deadline; its unfulfilled amount is open again. */
  | 'expired'
  /** The aid was given in full. */
  | 'fulfilled'
  /** Given back by the organisation or staff; its unfulfilled amount is open again. */
  | 'released';

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

/** Completes an accepted referral. */
export type CompleteReferralInput = {
  /** What was done. */
  outcome: Scalars['String']['input'];
  /** The referral. */
  referralId: Scalars['ID']['input'];
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

/** A consent given by the person, and whether it was revoked. */
export type Consent = {
  __typename?: 'Consent';
  /** Whether it holds now. */
  active: Scalars['Boolean']['output'];
  /** When it was given. */
  grantedAt: Scalars['DateTime']['output'];
  /** What it allows. */
  kind: ConsentKind;
  /** When it was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who took it. */
  takenBy?: Maybe<User>;
};

/** What a consent allows. */
export type ConsentKind =
  /** Publish a redacted story of the case. */
  | 'publish'
  /** Share the person's details with charities and other organisations. */
  | 'share';

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

/** Refers a case to an organisation (or back to the desk). */
export type CreateReferralInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** Working days to answer; the region's setting (default 3) when omitted. */
  dueWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** What is asked. */
  request: Scalars['String']['input'];
  /** The receiving organisation; omit to refer back to the case desk (organisations only). */
  toOrganizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** An organisation declines a case it was matched to. */
export type DeclineMatchInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The organisation declining; may be omitted when the caller belongs to exactly one organisation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, 1–500 characters. */
  reason: Scalars['String']['input'];
};

/** The result of declining a match. */
export type DeclineMatchPayload = {
  __typename?: 'DeclineMatchPayload';
  /** The declined match. */
  match?: Maybe<CaseMatch>;
  /** Problems with the input; nothing was changed when there are any. */
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
  /** Why it was withdrawn, when it was. */
  cancelReason?: Maybe<Scalars['String']['output']>;
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

/** What the signed-in person may do with a case's payouts. */
export type DisbursementRights = {
  __typename?: 'DisbursementRights';
  /** May approve (and cancel) one. */
  canApprove: Scalars['Boolean']['output'];
  /** May record one as paid. */
  canMarkDisbursed: Scalars['Boolean']['output'];
  /** May request a disbursement. */
  canRequest: Scalars['Boolean']['output'];
  /** What each need can still pay out. */
  needs: Array<PayableNeed>;
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

/** Where a card dispute stands. */
export type DisputeStatus =
  /** Decided for the cardholder: the money went back and left the case. */
  | 'lost'
  /** The bank is deciding; the amount is held in the case. */
  | 'open'
  /** Decided for the charity (or the inquiry closed): the money stays. */
  | 'won';

/** A document of a checklist. */
export type DocumentInput = {
  /** Stable code. */
  code: Scalars['String']['input'];
  /** Name in words. */
  label: Scalars['String']['input'];
};

/** A document of a category's checklist. */
export type DocumentRequirement = {
  __typename?: 'DocumentRequirement';
  /** Stable code of the document, e.g. `id_card`; used as `kind` when uploading. */
  code: Scalars['String']['output'];
  /** What the document is, in words. */
  label: Scalars['String']['output'];
};

/** What the desk must see before verification or fast track (救前查询, R11). */
export type DuplicateCheck = {
  __typename?: 'DuplicateCheck';
  /** All aid recorded for the person. */
  assistance: Array<AssistanceRecord>;
  /** Other open cases of the same person. */
  openCases: Array<CaseRef>;
  /** Whether the once-per-reason-per-year rule applies: aid needs an approver's recorded override. */
  repeatAidThisYear: Scalars['Boolean']['output'];
  /** Aid recorded for the same reason this calendar year. */
  sameReasonAssistance: Array<AssistanceRecord>;
  /** Cases of the same person aided for the same reason this calendar year. */
  sameReasonCases: Array<CaseRef>;
};

/** The tiers of the escalation cascade, widest last, then the county joint meeting. */
export type EscalationTier =
  /** Enterprises and enterprise pools, including 同舟工程 pairing enterprises. */
  | 'enterprise_pool'
  /** The county joint meeting (联席会议): no organisation took the need. */
  | 'joint_meeting'
  /** Charities, social-work agencies and mass organisations based in the case's prefecture. */
  | 'local_charity'
  /** Every organisation serving the case's region, province-wide ones included. */
  | 'province'
  /** Red Cross branches serving the case's region. */
  | 'red_cross';

/** An uploaded document. */
export type EvidenceFile = {
  __typename?: 'EvidenceFile';
  /** The checklist item it satisfies. */
  documentKind: Scalars['String']['output'];
  /** Where to download it (with the bearer token). */
  downloadPath: Scalars['String']['output'];
  /** Original file name. */
  fileName: Scalars['String']['output'];
  /** The file's opaque global ID. */
  id: Scalars['ID']['output'];
  /** MIME type. */
  mimeType: Scalars['String']['output'];
  /** SHA-256 checksum, hex. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** When it was uploaded. */
  uploadedAt: Scalars['DateTime']['output'];
};

/** A fast-track (先行救助) decision and its paperwork debt. */
export type FastTrack = {
  __typename?: 'FastTrack';
  /** Relief decided, in fen. */
  amount: Scalars['Fen']['output'];
  /** When the paperwork was cleared; null while owed. */
  clearedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided. */
  decidedBy?: Maybe<User>;
  /** The relief fund paying it. */
  fund: Organization;
  /** Whether the paperwork is past due and not cleared. */
  overdue: Scalars['Boolean']['output'];
  /** When the paperwork is due (working days after the decision). */
  paperworkDueAt: Scalars['DateTime']['output'];
};

/** Fast-track relief (先行救助). */
export type FastTrackCaseInput = {
  /** Amount in fen; above the township limit only by an approver; never above the cap. */
  amount: Scalars['Fen']['input'];
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The relief fund (organisation of kind RELIEF_FUND) paying it. */
  fundOrganizationId: Scalars['ID']['input'];
  /** An approver's reason to allow repeat aid for the same reason this year. */
  repeatAidOverrideReason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a fast track or of clearing its paperwork. */
export type FastTrackPayload = {
  __typename?: 'FastTrackPayload';
  /** The case as it is now. */
  case?: Maybe<Case>;
  /** The fast-track decision. */
  fastTrack?: Maybe<FastTrack>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** Records aid given against a claim. Partial aid counts as progress and restarts the claim's deadline. */
export type FulfilClaimInput = {
  /** Its value in fen; omitted means the rest of the claim. */
  amount?: InputMaybe<Scalars['Fen']['input']>;
  /** The claim. */
  claimId: Scalars['ID']['input'];
  /** When it was given; defaults to now; not in the future. */
  givenAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What kind of aid was given. */
  kind: AssistanceKind;
  /** A note, at most 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The result of recording aid against a claim. */
export type FulfilClaimPayload = {
  __typename?: 'FulfilClaimPayload';
  /** The assistance records written, one per need covered. */
  assistanceRecords?: Maybe<Array<AssistanceRecord>>;
  /** The claim after the aid. */
  claim?: Maybe<Claim>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

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

/** The two types of hardship (民发〔2018〕23号). */
export type HardshipType =
  /** 支出型: necessary spending beyond what the household can bear. */
  | 'expenditure'
  /** 急难型: sudden emergency or accident. */
  | 'sudden';

/** Identifies a person taken in unidentified. */
export type IdentifyBeneficiaryInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** 居民身份证 number. */
  idNumber: Scalars['String']['input'];
  /** Name, if now known. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** How a case came in. */
export type IntakeChannel =
  /** An application at the window. */
  | 'application'
  /** An active-discovery report by a registered reporter. */
  | 'discovery'
  /** A hotline call (12345). */
  | 'hotline'
  /** An anonymous report by a member of the public. */
  | 'public_report'
  /** A referral by a social worker. */
  | 'referral';

/** The one-time notification (一次性告知): every document still missing, told at once. */
export type IntakeNotice = {
  __typename?: 'IntakeNotice';
  /** The category whose checklist applies; null while not yet known. */
  category?: Maybe<Scalars['String']['output']>;
  /** The notice in words, ready to tell the applicant. */
  message: Scalars['String']['output'];
  /** Every document of the checklist not yet provided. */
  missingDocuments: Array<DocumentRequirement>;
};

/** The result of taking a case in. */
export type IntakePayload = {
  __typename?: 'IntakePayload';
  /** The case. */
  case?: Maybe<Case>;
  /** The one-time notification of missing documents. */
  notice?: Maybe<IntakeNotice>;
  /** An open case of the same person for the same reason, if one exists (named without personal data). */
  possibleDuplicateOf?: Maybe<CaseRef>;
  /** The status of the report, for whoever filed it. */
  report?: Maybe<ReportStatus>;
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

/** An item on a county's joint-meeting (联席会议) queue. */
export type JointMeetingItem = Node & {
  __typename?: 'JointMeetingItem';
  /** When it was assigned. */
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The case, named without personal data. */
  caseRef: CaseRef;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** The item's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The approver's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who owns it now; null until assigned. */
  owner?: Maybe<User>;
  /** Why it is on the queue. */
  reason: Scalars['String']['output'];
  /** The referral that went unanswered. */
  referral?: Maybe<Referral>;
  /** The county. */
  regionCode: Scalars['String']['output'];
};

/** A page of the joint-meeting queue. */
export type JointMeetingItemConnection = {
  __typename?: 'JointMeetingItemConnection';
  /** The edges. */
  edges: Array<JointMeetingItemEdge>;
  /** The items. */
  nodes: Array<JointMeetingItem>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in the joint-meeting queue. */
export type JointMeetingItemEdge = {
  __typename?: 'JointMeetingItemEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: JointMeetingItem;
};

/** The result of assigning a joint-meeting item. */
export type JointMeetingItemPayload = {
  __typename?: 'JointMeetingItemPayload';
  /** The item. */
  item?: Maybe<JointMeetingItem>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** Marks an alarm read. */
export type MarkAlarmReadInput = {
  /** The alarm. */
  id: Scalars['ID']['input'];
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

/** Marks a case as duplicating another. */
export type MarkDuplicateInput = {
  /** The duplicate case. */
  caseId: Scalars['ID']['input'];
  /** The case it duplicates. */
  duplicateOfCaseId: Scalars['ID']['input'];
  /** Why, if more needs saying. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Why an organisation was matched to a case. */
export type MatchExplanation = {
  __typename?: 'MatchExplanation';
  /** How near the organisation is to the case: `township`, `county`, `pairing`, `prefecture`, `province` or `outside`. */
  closeness: Scalars['String']['output'];
  /** The score's factors. */
  factors: Array<MatchFactor>;
  /** The total score, from 0 to 1. */
  score: Scalars['Float']['output'];
  /** The cascade tier that brought the organisation in. */
  tier: EscalationTier;
};

/** One factor of a match score: contribution = weight × value. */
export type MatchFactor = {
  __typename?: 'MatchFactor';
  /** weight × value; the contributions sum to the score. */
  contribution: Scalars['Float']['output'];
  /** The factor: `region`, `category`, `budget`, `response`, `urgency` or `language`. */
  factor: Scalars['String']['output'];
  /** The factor's value for this organisation and case, from 0 to 1. */
  value: Scalars['Float']['output'];
  /** The factor's weight (the weights sum to 1). */
  weight: Scalars['Float']['output'];
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
  /** Assigns an owner to a joint-meeting item (approvers covering the county). */
  assignJointMeetingItem: JointMeetingItemPayload;
  /** Withdraws an unpaid disbursement (approvers, administrators). */
  cancelDisbursement: CancelDisbursementPayload;
  /** Cancels one of your unpaid pledges. */
  cancelPledge: CancelPledgePayload;
  /** An organisation commits to all or part of some needs of a case it was matched to. */
  claimCase: ClaimCasePayload;
  /** Clears the paperwork debt of a fast-tracked case (every checklist document uploaded). */
  clearPaperwork: FastTrackPayload;
  /** Closes a case and turns what it still holds into surplus (approvers, administrators of the case's region). */
  closeCaseWithSurplus: CloseCaseWithSurplusPayload;
  /** Closes a matching pool; what it did not match stays the organisation's. */
  closeMatchingPool: CloseMatchingPoolPayload;
  /** Completes an accepted referral with its outcome. */
  completeReferral: ReferralPayload;
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
  /** Refers a case to a government programme, charity or social-work agency (charities only with the share consent). */
  createReferral: ReferralPayload;
  /** An organisation declines a matched case with a reason; the case is matched again without it. */
  declineMatch: DeclineMatchPayload;
  /** Fast-track relief: decided at once, paperwork due in working days. */
  fastTrackCase: FastTrackPayload;
  /** Records aid the organisation gave against its claim. */
  fulfilClaim: FulfilClaimPayload;
  /** Grants a staff role in a region. Only an admin whose region covers that region may do this. */
  grantStaffRole: GrantStaffRolePayload;
  /** Identifies a person taken in unidentified. */
  identifyBeneficiary: CasePayload;
  /** Invites a person by email to an organisation. Its ORG_ADMINs and admins of its home region may do this. */
  inviteMember: InviteMemberPayload;
  /** Marks one of the caller's alarms read. */
  markAlarmRead: AlarmPayload;
  /** Records the payment of an approved disbursement and posts it to the ledger. */
  markDisbursed: MarkDisbursedPayload;
  /** Marks a case as a duplicate of another. */
  markDuplicate: CasePayload;
  /** Pays a relief decision from a fund (approvers and administrators of the case's region). */
  payFromReliefFund: PayFromReliefFundPayload;
  /** Does nothing; returns true. Lets a client check that it may send mutations. */
  ping: Scalars['Boolean']['output'];
  /** Records aid given to the person. */
  recordAssistance: AssistancePayload;
  /** Records income of a relief fund in the ledger. */
  recordFundIncome: RecordFundIncomePayload;
  /** Records the economic verification outcome. */
  recordVerification: CasePayload;
  /** Reduces a need; money already confirmed above the new amount becomes surplus (approvers, administrators of the case's region). */
  reduceNeed: ReduceNeedPayload;
  /** Refers a case (social workers of the region), with the person's consent. */
  referCase: IntakePayload;
  /** Refunds a paid pledge through its provider (administrators and approvers of the case's region). */
  refundPledge: RefundPledgePayload;
  /** Registers an application at the window (caseworkers and approvers of the region). */
  registerApplication: IntakePayload;
  /** Rejects a case; the reason is told to the referrer. */
  rejectCase: CasePayload;
  /** Gives a claim back (the organisation, or caseworkers and admins of the case's region). */
  releaseClaim: ReleaseClaimPayload;
  /** Files a discovery report; anyone may, anonymous reports are rate-limited per address. Lands in triage. */
  reportDiscovery: ReportPayload;
  /** Requests a payment out of a case's holding (caseworkers, approvers, administrators of the case's region). */
  requestDisbursement: RequestDisbursementPayload;
  /** Accepts or declines a referral (members of the receiving organisation). */
  respondToReferral: ReferralPayload;
  /** Grants or revokes a consent; revoking unpublishes and stops sharing at once. */
  setConsent: CasePayload;
  /** Signs in with email and password. Repeated failures for one account or address are slowed and then refused for a while. */
  signIn: SignInPayload;
  /** Ends the current session (or all of the user's sessions). */
  signOut: SignOutPayload;
  /** Creates a donor account and signs it in. */
  signUp: SignInPayload;
  /** Starts verification. */
  startVerification: CasePayload;
  /** Takes a reported case into intake. */
  triageCase: IntakePayload;
  /** Changes an organisation's profile. Its ORG_ADMINs and admins of its home region may do this. */
  updateOrganization: OrganizationPayload;
  /** Overrides settings at a region (admins covering it). */
  updateRegionSettings: RegionSettingsPayload;
  /** Verifies a case: category, type, urgency, needs, and publishing when consented. */
  verifyCase: CasePayload;
  /** Verifies an organisation. Admins and approvers whose region covers its home region may do this. */
  verifyOrganization: OrganizationPayload;
  /** Withdraws a case. */
  withdrawCase: CasePayload;
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
export type MutationAssignJointMeetingItemArgs = {
  input: AssignJointMeetingItemInput;
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
export type MutationClaimCaseArgs = {
  input: ClaimCaseInput;
};


/** The root of every change. */
export type MutationClearPaperworkArgs = {
  input: CaseActionInput;
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
export type MutationCompleteReferralArgs = {
  input: CompleteReferralInput;
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
export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};


/** The root of every change. */
export type MutationDeclineMatchArgs = {
  input: DeclineMatchInput;
};


/** The root of every change. */
export type MutationFastTrackCaseArgs = {
  input: FastTrackCaseInput;
};


/** The root of every change. */
export type MutationFulfilClaimArgs = {
  input: FulfilClaimInput;
};


/** The root of every change. */
export type MutationGrantStaffRoleArgs = {
  input: GrantStaffRoleInput;
};


/** The root of every change. */
export type MutationIdentifyBeneficiaryArgs = {
  input: IdentifyBeneficiaryInput;
};


/** The root of every change. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** The root of every change. */
export type MutationMarkAlarmReadArgs = {
  input: MarkAlarmReadInput;
};


/** The root of every change. */
export type MutationMarkDisbursedArgs = {
  input: MarkDisbursedInput;
};


/** The root of every change. */
export type MutationMarkDuplicateArgs = {
  input: MarkDuplicateInput;
};


/** The root of every change. */
export type MutationPayFromReliefFundArgs = {
  input: PayFromReliefFundInput;
};


/** The root of every change. */
export type MutationRecordAssistanceArgs = {
  input: RecordAssistanceInput;
};


/** The root of every change. */
export type MutationRecordFundIncomeArgs = {
  input: RecordFundIncomeInput;
};


/** The root of every change. */
export type MutationRecordVerificationArgs = {
  input: RecordVerificationInput;
};


/** The root of every change. */
export type MutationReduceNeedArgs = {
  input: ReduceNeedInput;
};


/** The root of every change. */
export type MutationReferCaseArgs = {
  input: ReferCaseInput;
};


/** The root of every change. */
export type MutationRefundPledgeArgs = {
  input: RefundPledgeInput;
};


/** The root of every change. */
export type MutationRegisterApplicationArgs = {
  input: RegisterApplicationInput;
};


/** The root of every change. */
export type MutationRejectCaseArgs = {
  input: CaseReasonInput;
};


/** The root of every change. */
export type MutationReleaseClaimArgs = {
  input: ReleaseClaimInput;
};


/** The root of every change. */
export type MutationReportDiscoveryArgs = {
  input: ReportDiscoveryInput;
};


/** The root of every change. */
export type MutationRequestDisbursementArgs = {
  input: RequestDisbursementInput;
};


/** The root of every change. */
export type MutationRespondToReferralArgs = {
  input: RespondToReferralInput;
};


/** The root of every change. */
export type MutationSetConsentArgs = {
  input: SetConsentInput;
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
export type MutationStartVerificationArgs = {
  input: CaseActionInput;
};


/** The root of every change. */
export type MutationTriageCaseArgs = {
  input: TriageCaseInput;
};


/** The root of every change. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** The root of every change. */
export type MutationUpdateRegionSettingsArgs = {
  input: UpdateRegionSettingsInput;
};


/** The root of every change. */
export type MutationVerifyCaseArgs = {
  input: VerifyCaseInput;
};


/** The root of every change. */
export type MutationVerifyOrganizationArgs = {
  input: VerifyOrganizationInput;
};


/** The root of every change. */
export type MutationWithdrawCaseArgs = {
  input: CaseReasonInput;
};

/** A need to set on a verified case. */
export type NeedInput = {
  /** Amount in fen, more than zero. */
  amount: Scalars['Fen']['input'];
  /** What is needed, in words. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What it is for. */
  kind: NeedKind;
  /** Who is paid; BENEFICIARY by default. */
  payeeKind?: InputMaybe<PayeeKind>;
  /** The hospital or vendor, when paid directly. */
  payeeName?: InputMaybe<Scalars['String']['input']>;
};

/** What a need is for. */
export type NeedKind =
  /** Money to the person. */
  | 'cash'
  /** Goods. */
  | 'in_kind'
  /** A medical bill paid to the hospital. */
  | 'medical_bill'
  /** A service: counselling, care, lodging. */
  | 'service';

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

/** What a need can still pay out. */
export type PayableNeed = {
  __typename?: 'PayableNeed';
  /** The need's global ID. */
  needId: Scalars['ID']['output'];
  /** Confirmed and not yet paid out, requested or held for a card dispute, in fen. */
  payable: Scalars['Fen']['output'];
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

/** Who is paid for a need. */
export type PayeeKind =
  /** The person (to their bank or social-security-card account). */
  | 'beneficiary'
  /** A hospital, paid directly. */
  | 'hospital'
  /** A vendor of goods or services, paid directly. */
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

/** Personal details given at intake; all optional for a person taken in unidentified (R9). */
export type PersonInput = {
  /** Household members. */
  household?: InputMaybe<Scalars['String']['input']>;
  /** 居民身份证 number: 18 characters, or 15 digits for an old card. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

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
  /** A card dispute (chargeback) on the payment, if there was one. */
  disputeStatus?: Maybe<DisputeStatus>;
  /** The amount disputed, in fen; held in the case, not paid out, while the dispute is open. */
  disputedAmount: Scalars['Fen']['output'];
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
  /** Refunded so far, in fen (a card dispute lost counts here too). */
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

/** A published case, redacted: no personal data at all. */
export type PublicCase = {
  __typename?: 'PublicCase';
  /** Category. */
  category?: Maybe<Scalars['String']['output']>;
  /** The county of the case. */
  county: Region;
  /** 急难型 or 支出型. */
  hardshipType?: Maybe<HardshipType>;
  /** The public view's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Needs with amounts and what is still open. */
  needs: Array<PublicNeed>;
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Public reference. */
  reference: Scalars['String']['output'];
  /** Total still open, in fen. */
  remainingAmount: Scalars['Fen']['output'];
  /** Status. */
  status: CaseStatus;
  /** The redacted story. */
  summary: Scalars['String']['output'];
  /** Total needed, in fen. */
  totalAmount: Scalars['Fen']['output'];
  /** Urgency. */
  urgency: Urgency;
};

/** A page of public cases. */
export type PublicCaseConnection = {
  __typename?: 'PublicCaseConnection';
  /** The edges. */
  edges: Array<PublicCaseEdge>;
  /** The cases. */
  nodes: Array<PublicCase>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of public cases. */
export type PublicCaseEdge = {
  __typename?: 'PublicCaseEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: PublicCase;
};

/** Narrows the public list. */
export type PublicCaseFilter = {
  /** Only this category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only cases in this region or under it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this urgency. */
  urgency?: InputMaybe<Urgency>;
};

/** A need of a published case, as the public sees it. */
export type PublicNeed = {
  __typename?: 'PublicNeed';
  /** Amount needed, in fen. */
  amount: Scalars['Fen']['output'];
  /** What is needed, in words. */
  description: Scalars['String']['output'];
  /** The need's opaque global ID; donors pledge to it (`createPledge.needId`). */
  id: Scalars['ID']['output'];
  /** What it is for. */
  kind: NeedKind;
  /** Who is paid. */
  payeeKind: PayeeKind;
  /** Amount still open, in fen. */
  remaining: Scalars['Fen']['output'];
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
  /** The audit trail of a region, newest first. */
  auditEvents: AuditEventConnection;
  /** One case; NOT_FOUND when it does not exist or the caller may not see it. */
  case: Case;
  /** A case's disbursements, oldest first (staff of its region, and organisations handling the case). */
  caseDisbursements: Array<Disbursement>;
  /** A case's escalation history, oldest first. For staff of the case's region. */
  caseEscalations: Array<CaseEscalation>;
  /** A published case's funding figures; open to everyone. */
  caseFunding: CaseFunding;
  /** A case's money story from the ledger; open to everyone for a published case. */
  caseLedger: CaseLedger;
  /** A published case's paid pledges, newest first: amounts, messages and the names of donors who did not ask to be anonymous. */
  casePledges: PublicPledgeConnection;
  /** Cases the caller may see: staff of the region; social workers their own referrals; organisations cases shared with them. */
  cases: CaseConnection;
  /** Claims on a case, newest first. For staff of the case's region and for the claiming organisations (their own claims). */
  claimsForCase: Array<Claim>;
  /** What the signed-in person may do with a case's payouts, and what each need can still pay out (for those who may see its disbursements). */
  disbursementRights: DisbursementRights;
  /** Before verification or fast track: other open cases, same-reason aid this year, and recorded aid of the person. */
  duplicateCheck: DuplicateCheck;
  /** A relief fund's statement for a period, from the ledger. */
  fundStatement: FundStatement;
  /** Referrals sent to the caller's organisations and, for caseworkers, approvers and administrators, those sent back to the desk in their regions; newest first. */
  incomingReferrals: ReferralConnection;
  /** The joint-meeting queue of a county (approvers, admins and auditors covering it). */
  jointMeetingQueue: JointMeetingItemConnection;
  /**
   * An organisation's inbox: cases matched to it and not declined, most urgent first and newest first within an
   * urgency, each with its explanation. For the organisation's members.
   */
  matchedCases: CaseMatchConnection;
  /** The organisations matched to a case, best first, with explanations. For staff of the case's region. */
  matchesForCase: Array<CaseMatch>;
  /** Matching pools, newest first; their terms and balances are public. */
  matchingPools: MatchingPoolConnection;
  /** The caller's alarms and notices, newest first. */
  myAlarms: AlarmConnection;
  /** The signed-in donor's pledges, newest first. */
  myPledges: PledgeConnection;
  /** The status of the caller's own reports. */
  myReports: ReportStatusConnection;
  /** Fetches any object by its global ID, if the caller may see it. */
  node?: Maybe<Node>;
  /** One organisation by ID; an error with code `NOT_FOUND` when it does not exist or the caller may not see it. */
  organization: Organization;
  /** An organisation's claims, newest first, whatever became of the cases (its members, and staff of its home region). */
  organizationClaims: ClaimConnection;
  /** Organisations the caller may see: verified ones for everyone, unverified ones for their members and staff of their region. */
  organizations: OrganizationConnection;
  /** One published case, redacted, for anyone. */
  publicCase: PublicCase;
  /** Published cases, redacted, for anyone. */
  publicCases: PublicCaseConnection;
  /** Published cases open for help, for donors: most urgent first, then newest. Public data only. */
  recommendedCases: CaseSummaryConnection;
  /** One region by its GB/T 2260 code. An unknown code is an error with code `REGION_NOT_FOUND`. */
  region: Region;
  /** The effective settings of a region and where each value comes from. */
  regionSettings: RegionSettings;
  /** The regions directly under `parentCode`, or the provinces when it is omitted. An unknown parent is an error with code `REGION_NOT_FOUND`. */
  regions: Array<Region>;
  /** A relief fund; public for verified funds. */
  reliefFund: ReliefFund;
  /** The signed-in user, or null when the request carries no valid session. */
  viewer?: Maybe<Viewer>;
};


/** The root of every read. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: AuditEventFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryCaseDisbursementsArgs = {
  caseId: Scalars['ID']['input'];
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read. */
export type QueryCaseEscalationsArgs = {
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
export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryClaimsForCaseArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryDisbursementRightsArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryDuplicateCheckArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryFundStatementArgs = {
  from: Scalars['DateTime']['input'];
  fundId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


/** The root of every read. */
export type QueryIncomingReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReferralStatus>;
};


/** The root of every read. */
export type QueryJointMeetingQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode: Scalars['String']['input'];
};


/** The root of every read. */
export type QueryMatchedCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryMatchesForCaseArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryMatchingPoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


/** The root of every read. */
export type QueryMyAlarmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read. */
export type QueryMyPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryMyReportsArgs = {
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
export type QueryOrganizationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/** The root of every read. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryPublicCaseArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryPublicCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PublicCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryRecommendedCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendedCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


/** The root of every read. */
export type QueryRegionSettingsArgs = {
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

/** Narrows the cases recommended to donors. All given conditions must hold. */
export type RecommendedCaseFilter = {
  /** Only cases of this category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only cases in this region or under it (GB/T 2260 code). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only cases of these urgencies. */
  urgency?: InputMaybe<Array<Urgency>>;
};

/** Records aid given (救后录入). */
export type RecordAssistanceInput = {
  /** Amount in fen; zero for services. */
  amount: Scalars['Fen']['input'];
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The day it was given (YYYY-MM-DD); today by default. */
  givenOn?: InputMaybe<Scalars['String']['input']>;
  /** Kind of aid: cash, in_kind, service, medical_bill, referral… */
  kind: Scalars['String']['input'];
  /** The organisation that gave it. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
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

/** The economic verification outcome. */
export type RecordVerificationInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** Notes (encrypted; desk staff only). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The outcome. */
  outcome: VerificationOutcome;
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

/** A referral by a social worker (R7). */
export type ReferCaseInput = {
  /** The category; must be one the region uses. */
  category: Scalars['String']['input'];
  /** The person consented to publishing a redacted story. */
  consentToPublish?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person consented to sharing details with charities. */
  consentToShare?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person. */
  person: PersonInput;
  /** The person consented to be referred (required). */
  personConsented: Scalars['Boolean']['input'];
  /** GB/T 2260 code of the county or township. */
  regionCode: Scalars['String']['input'];
  /** The situation, in words. */
  situation: Scalars['String']['input'];
  /** Urgency; NORMAL by default. */
  urgency?: InputMaybe<Urgency>;
};

/** A hand-over (转办转介) of a case to a government programme, charity or social-work agency, or back to the desk. */
export type Referral = Node & {
  __typename?: 'Referral';
  /** The case, named without personal data. */
  caseRef: CaseRef;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it was declined. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** When an answer is due. */
  dueAt: Scalars['DateTime']['output'];
  /** 0 none; 1 escalated to the backup handler; 2 to the approver; 3 to the county joint meeting. */
  escalationLevel: Scalars['Int']['output'];
  /** The organisation that referred it; null for the case desk. */
  fromOrganization?: Maybe<Organization>;
  /** The referral's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The outcome when completed. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** What is asked of the receiver. */
  request: Scalars['String']['output'];
  /** When it was answered. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Status. */
  status: ReferralStatus;
  /** The receiving organisation; null for the case desk of the case's region. */
  toOrganization?: Maybe<Organization>;
};

/** A page of referrals. */
export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  /** The edges. */
  edges: Array<ReferralEdge>;
  /** The referrals. */
  nodes: Array<Referral>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of referrals. */
export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The referral. */
  node: Referral;
};

/** The result of a change to a referral. */
export type ReferralPayload = {
  __typename?: 'ReferralPayload';
  /** The referral. */
  referral?: Maybe<Referral>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** Where a referral between agencies stands. */
export type ReferralStatus =
  /** Accepted by the receiver. */
  | 'accepted'
  /** Done, with an outcome. */
  | 'completed'
  /** Declined, with a reason. */
  | 'declined'
  /** Sent; waiting for an answer. */
  | 'pending';

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

/** The effective settings of a region, inherited down the tree (public, R16). */
export type RegionSettings = {
  __typename?: 'RegionSettings';
  /** Cap per case as a multiple of the 低保 standard (at least 2). */
  capMultiplier: Scalars['Int']['output'];
  /** The cap per case, in fen. */
  caseCap: Scalars['Fen']['output'];
  /** Categories used and their checklists. */
  categories: Array<CaseCategory>;
  /** Working days from intake to decision. */
  decisionWorkingDays: Scalars['Int']['output'];
  /** Monthly 低保 standard, in fen. */
  dibaoMonthlyStandard: Scalars['Fen']['output'];
  /** Public holidays (YYYY-MM-DD). */
  holidays: Array<Scalars['String']['output']>;
  /** Working days to bring the paperwork after a fast track. */
  paperworkWorkingDays: Scalars['Int']['output'];
  /** Working days to answer a referral. */
  referralResponseWorkingDays: Scalars['Int']['output'];
  /** The region. */
  region: Region;
  /** Where each value comes from. */
  sources: Array<SettingSource>;
  /** Amount a township caseworker may approve alone, in fen. */
  townshipApprovalLimit: Scalars['Fen']['output'];
  /** Working days to triage a report. */
  triageWorkingDays: Scalars['Int']['output'];
};

/** The result of changing settings. */
export type RegionSettingsPayload = {
  __typename?: 'RegionSettingsPayload';
  /** The effective settings now. */
  settings?: Maybe<RegionSettings>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** An application registered at the window (R7). */
export type RegisterApplicationInput = {
  /** The category; must be one the region uses. */
  category: Scalars['String']['input'];
  /** The applicant consented to publishing a redacted story. */
  consentToPublish?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant consented to sharing details with charities. */
  consentToShare?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant. */
  person: PersonInput;
  /** GB/T 2260 code of the county or township. */
  regionCode: Scalars['String']['input'];
  /** The situation, in words. */
  situation: Scalars['String']['input'];
  /** Urgency; NORMAL by default. */
  urgency?: InputMaybe<Urgency>;
};

/** Gives a claim back; its unfulfilled amount opens again and the case is matched again. */
export type ReleaseClaimInput = {
  /** The claim. */
  claimId: Scalars['ID']['input'];
  /** Why, at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of releasing a claim. */
export type ReleaseClaimPayload = {
  __typename?: 'ReleaseClaimPayload';
  /** The released claim. */
  claim?: Maybe<Claim>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

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

/** A discovery report (R7). */
export type ReportDiscoveryInput = {
  /** The category, if known. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** What is known of the person. */
  person?: InputMaybe<PersonInput>;
  /** GB/T 2260 code of the county or township where the person is. */
  regionCode: Scalars['String']['input'];
  /** Kind of reporter: grid_worker, police, traffic_police, city_management, rescue_station, minors_protection, village_committee, cadre, taxi_driver, social_worker, charity_worker, volunteer, hotline, public. */
  reporterKind?: InputMaybe<Scalars['String']['input']>;
  /** What was seen, in words. */
  situation: Scalars['String']['input'];
  /** Urgency; NORMAL by default. */
  urgency?: InputMaybe<Urgency>;
};

/** The result of a discovery report: its status and the documents that will be needed, nothing more. */
export type ReportPayload = {
  __typename?: 'ReportPayload';
  /** The one-time notification of missing documents, when the category is known. */
  notice?: Maybe<IntakeNotice>;
  /** The status of the report (follow it with `myReports` when signed in). */
  report?: Maybe<ReportStatus>;
  /** Problems with the input; nothing was changed when present. */
  userErrors: Array<UserError>;
};

/** The status of a report, as its reporter sees it: nothing more. */
export type ReportStatus = {
  __typename?: 'ReportStatus';
  /** When it was filed. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it was not taken on, if it was not. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** Public reference. */
  reference: Scalars['String']['output'];
  /** Status. */
  status: CaseStatus;
};

/** A page of report statuses. */
export type ReportStatusConnection = {
  __typename?: 'ReportStatusConnection';
  /** The edges. */
  edges: Array<ReportStatusEdge>;
  /** The reports. */
  nodes: Array<ReportStatus>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of report statuses. */
export type ReportStatusEdge = {
  __typename?: 'ReportStatusEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: ReportStatus;
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

/** Accepts or declines a referral. */
export type RespondToReferralInput = {
  /** True to accept, false to decline. */
  accept: Scalars['Boolean']['input'];
  /** Why it is declined (required when declining). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The referral. */
  referralId: Scalars['ID']['input'];
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

/** Grants or revokes a consent of the case's person. */
export type SetConsentInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** True to record the consent, false to revoke it (takes effect at once everywhere). */
  granted: Scalars['Boolean']['input'];
  /** Which consent. */
  kind: ConsentKind;
};

/** A setting a region can override. */
export type SettingKey =
  /** Cap per case as a multiple of the 低保 standard. */
  | 'capMultiplier'
  /** Categories and their document checklists. */
  | 'categories'
  /** Working days from intake to decision. */
  | 'decisionWorkingDays'
  /** Local monthly 低保 standard. */
  | 'dibaoMonthlyStandardMinor'
  /** Public holidays skipped when counting working days. */
  | 'holidays'
  /** Working days to bring the paperwork after a fast track. */
  | 'paperworkWorkingDays'
  /** Working days to answer a referral. */
  | 'referralResponseWorkingDays'
  /** Amount a township caseworker may approve alone. */
  | 'townshipApprovalLimitMinor'
  /** Working days to triage a report. */
  | 'triageWorkingDays';

/** Where an effective setting comes from. */
export type SettingSource = {
  __typename?: 'SettingSource';
  /** The setting. */
  key: SettingKey;
  /** The region that sets it; null for the national default. */
  region?: Maybe<Region>;
};

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
  /** When that refund was sent back along the pledge's payment route; null while it is still on its way (offline money is paid back by staff and counts as sent when booked). */
  refundSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** The part returned to the donor, in fen (all of it, or what a redirection could not place). */
  refunded: Scalars['Fen']['output'];
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
  /** The public reference of the case it went to, once redirected. */
  targetCaseReference?: Maybe<Scalars['String']['output']>;
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

/** Takes a reported case into intake. */
export type TriageCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The category, when known now. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The urgency, when it changes. */
  urgency?: InputMaybe<Urgency>;
};

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

/** Overrides at one region; omitted fields stay as they are. */
export type UpdateRegionSettingsInput = {
  /** Cap multiplier, 2–100. */
  capMultiplier?: InputMaybe<Scalars['Int']['input']>;
  /** Categories and their checklists. */
  categories?: InputMaybe<Array<CategoryInput>>;
  /** Settings to stop overriding here (inherit again). */
  clear?: InputMaybe<Array<SettingKey>>;
  /** Working days from intake to decision, 1–90. */
  decisionWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** Monthly 低保 standard, in fen. */
  dibaoMonthlyStandard?: InputMaybe<Scalars['Fen']['input']>;
  /** Public holidays (YYYY-MM-DD). */
  holidays?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Working days for fast-track paperwork, 1–90. */
  paperworkWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** Working days to answer a referral, 1–90. */
  referralResponseWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** The region. */
  regionCode: Scalars['String']['input'];
  /** Township approval limit, in fen. */
  townshipApprovalLimit?: InputMaybe<Scalars['Fen']['input']>;
  /** Working days to triage a report, 1–90. */
  triageWorkingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** How urgent a case is. */
export type Urgency =
  /** Life or safety at risk now. */
  | 'critical'
  /** Needs help within days. */
  | 'high'
  /** Can wait. */
  | 'low'
  /** Needs help within the normal procedure. */
  | 'normal';

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
  /** The amount in fen the error is about, when there is one (what remains of a need, what a need holds), for clients that word the message themselves. */
  amount?: Maybe<Scalars['Fen']['output']>;
  /** A stable, machine-readable code, e.g. `NAME_REQUIRED`. */
  code: Scalars['String']['output'];
  /** The path of the input field at fault, e.g. `["input", "name"]`; empty when it concerns the whole input. */
  field: Array<Scalars['String']['output']>;
  /** A message for the person, in plain words. */
  message: Scalars['String']['output'];
};

/** Outcome of the household economic verification (核对). */
export type VerificationOutcome =
  /** Eligible for help. */
  | 'eligible'
  /** Not eligible. */
  | 'ineligible'
  /** Documents are still missing. */
  | 'pending_documents'
  /** Emergency: verification waived now, done after (先行救助). */
  | 'waived_emergency';

/** Verifies a case. */
export type VerifyCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The category; must be one the region uses. */
  category: Scalars['String']['input'];
  /** 急难型 or 支出型. */
  hardshipType: HardshipType;
  /** Needs, in total at most the region's cap. */
  needs: Array<NeedInput>;
  /** The redacted story, required when publishing; no names, ID or phone numbers. */
  publicSummary?: InputMaybe<Scalars['String']['input']>;
  /** Publish a redacted story (needs the person's publish consent). */
  publish: Scalars['Boolean']['input'];
  /** An approver's reason to allow repeat aid for the same reason this year. */
  repeatAidOverrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Urgency. */
  urgency: Urgency;
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
    | ( AlarmRecord )
    | ( AuditEventRecord )
    | ( CaseRecord )
    | ( CaseMatchRecord )
    | ( CaseSummaryModel )
    | ( ClaimRecord )
    | ( DisbursementRecord )
    | ( InvitationRecord )
    | ( JointMeetingItemRecord )
    | ( PoolRecord )
    | ( MembershipRecord )
    | ( OrganizationRecord )
    | ( PledgeRecord )
    | ( ReferralRecord )
    | ( RegionRow )
    | ( SurplusRecord )
    | ( UserRecord )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddMemberInput: AddMemberInput;
  Alarm: ResolverTypeWrapper<AlarmRecord>;
  AlarmConnection: ResolverTypeWrapper<Omit<AlarmConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AlarmEdge']>, nodes: Array<ResolversTypes['Alarm']> }>;
  AlarmDetail: ResolverTypeWrapper<AlarmDetail>;
  AlarmEdge: ResolverTypeWrapper<Omit<AlarmEdge, 'node'> & { node: ResolversTypes['Alarm'] }>;
  AlarmPayload: ResolverTypeWrapper<Omit<AlarmPayload, 'alarm'> & { alarm?: Maybe<ResolversTypes['Alarm']> }>;
  AnswerSurplusInput: AnswerSurplusInput;
  AnswerSurplusPayload: ResolverTypeWrapper<Omit<AnswerSurplusPayload, 'surplus'> & { surplus?: Maybe<ResolversTypes['SurplusAllocation']> }>;
  ApproveDisbursementInput: ApproveDisbursementInput;
  ApproveDisbursementPayload: ResolverTypeWrapper<Omit<ApproveDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  AssignJointMeetingItemInput: AssignJointMeetingItemInput;
  AssistanceKind: AssistanceKind;
  AssistancePayload: ResolverTypeWrapper<Omit<AssistancePayload, 'assistanceRecord'> & { assistanceRecord?: Maybe<ResolversTypes['AssistanceRecord']> }>;
  AssistanceRecord: ResolverTypeWrapper<AssistanceRecordRow>;
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEventEdge']>, nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventFilter: AuditEventFilter;
  Beneficiary: ResolverTypeWrapper<BeneficiaryView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelDisbursementInput: CancelDisbursementInput;
  CancelDisbursementPayload: ResolverTypeWrapper<Omit<CancelDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  CancelPledgeInput: CancelPledgeInput;
  CancelPledgePayload: ResolverTypeWrapper<Omit<CancelPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversTypes['Pledge']> }>;
  Case: ResolverTypeWrapper<CaseRecord>;
  CaseAction: CaseAction;
  CaseActionInput: CaseActionInput;
  CaseCategory: ResolverTypeWrapper<CaseCategory>;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseEscalation: ResolverTypeWrapper<CaseEscalationRecord>;
  CaseFilter: CaseFilter;
  CaseFunding: ResolverTypeWrapper<CaseFundingModel>;
  CaseLedger: ResolverTypeWrapper<CaseLedgerModel>;
  CaseMatch: ResolverTypeWrapper<CaseMatchRecord>;
  CaseMatchConnection: ResolverTypeWrapper<Omit<CaseMatchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseMatchEdge']>, nodes: Array<ResolversTypes['CaseMatch']> }>;
  CaseMatchEdge: ResolverTypeWrapper<Omit<CaseMatchEdge, 'node'> & { node: ResolversTypes['CaseMatch'] }>;
  CaseNeed: ResolverTypeWrapper<CaseNeedRecord>;
  CaseNeedSummary: ResolverTypeWrapper<NeedRecord>;
  CasePayload: ResolverTypeWrapper<Omit<CasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  CaseReasonInput: CaseReasonInput;
  CaseRef: ResolverTypeWrapper<CaseRecord>;
  CaseStatus: CaseStatus;
  CaseSummary: ResolverTypeWrapper<CaseSummaryModel>;
  CaseSummaryConnection: ResolverTypeWrapper<Omit<CaseSummaryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseSummaryEdge']>, nodes: Array<ResolversTypes['CaseSummary']> }>;
  CaseSummaryEdge: ResolverTypeWrapper<Omit<CaseSummaryEdge, 'node'> & { node: ResolversTypes['CaseSummary'] }>;
  CaseSurplus: ResolverTypeWrapper<SurplusRecord>;
  CategoryInput: CategoryInput;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimCaseInput: ClaimCaseInput;
  ClaimCasePayload: ResolverTypeWrapper<Omit<ClaimCasePayload, 'case' | 'claim'> & { case?: Maybe<ResolversTypes['CaseSummary']>, claim?: Maybe<ResolversTypes['Claim']> }>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ClaimEdge']>, nodes: Array<ResolversTypes['Claim']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimLine: ResolverTypeWrapper<ClaimLineRecord>;
  ClaimStatus: ClaimStatus;
  CloseCaseWithSurplusInput: CloseCaseWithSurplusInput;
  CloseCaseWithSurplusPayload: ResolverTypeWrapper<Omit<CloseCaseWithSurplusPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversTypes['SurplusAllocation']>> }>;
  CloseMatchingPoolInput: CloseMatchingPoolInput;
  CloseMatchingPoolPayload: ResolverTypeWrapper<Omit<CloseMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversTypes['MatchingPool']> }>;
  CompleteReferralInput: CompleteReferralInput;
  ConfigureReliefFundInput: ConfigureReliefFundInput;
  ConfigureReliefFundPayload: ResolverTypeWrapper<Omit<ConfigureReliefFundPayload, 'fund'> & { fund?: Maybe<ResolversTypes['ReliefFund']> }>;
  ConfirmOfflinePledgeInput: ConfirmOfflinePledgeInput;
  ConfirmOfflinePledgePayload: ResolverTypeWrapper<Omit<ConfirmOfflinePledgePayload, 'pledge'> & { pledge?: Maybe<ResolversTypes['Pledge']> }>;
  Consent: ResolverTypeWrapper<ConsentRecord>;
  ConsentKind: ConsentKind;
  CreateMatchingPoolInput: CreateMatchingPoolInput;
  CreateMatchingPoolPayload: ResolverTypeWrapper<Omit<CreateMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversTypes['MatchingPool']> }>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePledgeInput: CreatePledgeInput;
  CreatePledgePayload: ResolverTypeWrapper<Omit<CreatePledgePayload, 'payment' | 'pledge'> & { payment?: Maybe<ResolversTypes['Payment']>, pledge?: Maybe<ResolversTypes['Pledge']> }>;
  CreateReferralInput: CreateReferralInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineMatchInput: DeclineMatchInput;
  DeclineMatchPayload: ResolverTypeWrapper<Omit<DeclineMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['CaseMatch']> }>;
  Disbursement: ResolverTypeWrapper<DisbursementRecord>;
  DisbursementRights: ResolverTypeWrapper<DisbursementRights>;
  DisbursementStatus: DisbursementStatus;
  DisputeStatus: DisputeStatus;
  DocumentInput: DocumentInput;
  DocumentRequirement: ResolverTypeWrapper<DocumentRequirement>;
  DuplicateCheck: ResolverTypeWrapper<DuplicateReport>;
  EscalationTier: EscalationTier;
  EvidenceFile: ResolverTypeWrapper<EvidenceRecord>;
  FastTrack: ResolverTypeWrapper<FastTrackRecord>;
  FastTrackCaseInput: FastTrackCaseInput;
  FastTrackPayload: ResolverTypeWrapper<Omit<FastTrackPayload, 'case' | 'fastTrack'> & { case?: Maybe<ResolversTypes['Case']>, fastTrack?: Maybe<ResolversTypes['FastTrack']> }>;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FulfilClaimInput: FulfilClaimInput;
  FulfilClaimPayload: ResolverTypeWrapper<Omit<FulfilClaimPayload, 'assistanceRecords' | 'claim'> & { assistanceRecords?: Maybe<Array<ResolversTypes['AssistanceRecord']>>, claim?: Maybe<ResolversTypes['Claim']> }>;
  FundIncome: ResolverTypeWrapper<FundIncome>;
  FundPayments: ResolverTypeWrapper<FundPayments>;
  FundSource: FundSource;
  FundStatement: ResolverTypeWrapper<FundStatementModel>;
  GrantStaffRoleInput: GrantStaffRoleInput;
  GrantStaffRolePayload: ResolverTypeWrapper<Omit<GrantStaffRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  HardshipType: HardshipType;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdentifyBeneficiaryInput: IdentifyBeneficiaryInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntakeChannel: IntakeChannel;
  IntakeNotice: ResolverTypeWrapper<IntakeNoticeModel>;
  IntakePayload: ResolverTypeWrapper<Omit<IntakePayload, 'case' | 'notice' | 'possibleDuplicateOf' | 'report'> & { case?: Maybe<ResolversTypes['Case']>, notice?: Maybe<ResolversTypes['IntakeNotice']>, possibleDuplicateOf?: Maybe<ResolversTypes['CaseRef']>, report?: Maybe<ResolversTypes['ReportStatus']> }>;
  Invitation: ResolverTypeWrapper<InvitationRecord>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  JointMeetingItem: ResolverTypeWrapper<JointMeetingItemRecord>;
  JointMeetingItemConnection: ResolverTypeWrapper<Omit<JointMeetingItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JointMeetingItemEdge']>, nodes: Array<ResolversTypes['JointMeetingItem']> }>;
  JointMeetingItemEdge: ResolverTypeWrapper<Omit<JointMeetingItemEdge, 'node'> & { node: ResolversTypes['JointMeetingItem'] }>;
  JointMeetingItemPayload: ResolverTypeWrapper<Omit<JointMeetingItemPayload, 'item'> & { item?: Maybe<ResolversTypes['JointMeetingItem']> }>;
  MarkAlarmReadInput: MarkAlarmReadInput;
  MarkDisbursedInput: MarkDisbursedInput;
  MarkDisbursedPayload: ResolverTypeWrapper<Omit<MarkDisbursedPayload, 'caseLedger' | 'disbursement'> & { caseLedger?: Maybe<ResolversTypes['CaseLedger']>, disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  MarkDuplicateInput: MarkDuplicateInput;
  MatchExplanation: ResolverTypeWrapper<CaseMatchRecord>;
  MatchFactor: ResolverTypeWrapper<MatchFactor>;
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
  NeedInput: NeedInput;
  NeedKind: NeedKind;
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
  PayableNeed: ResolverTypeWrapper<PayableNeed>;
  PayeeInput: PayeeInput;
  PayeeKind: PayeeKind;
  Payment: ResolverTypeWrapper<PaymentStart>;
  PaymentMethod: PaymentMethod;
  PersonInput: PersonInput;
  Pledge: ResolverTypeWrapper<PledgeRecord>;
  PledgeConnection: ResolverTypeWrapper<Omit<PledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PledgeEdge']>, nodes: Array<ResolversTypes['Pledge']> }>;
  PledgeEdge: ResolverTypeWrapper<Omit<PledgeEdge, 'node'> & { node: ResolversTypes['Pledge'] }>;
  PledgeReleaseReason: PledgeReleaseReason;
  PledgeStatus: PledgeStatus;
  PoolMatch: ResolverTypeWrapper<PoolMatchRecord>;
  PublicCase: ResolverTypeWrapper<CaseRecord>;
  PublicCaseConnection: ResolverTypeWrapper<Omit<PublicCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PublicCaseEdge']>, nodes: Array<ResolversTypes['PublicCase']> }>;
  PublicCaseEdge: ResolverTypeWrapper<Omit<PublicCaseEdge, 'node'> & { node: ResolversTypes['PublicCase'] }>;
  PublicCaseFilter: PublicCaseFilter;
  PublicNeed: ResolverTypeWrapper<CaseNeedRecord>;
  PublicPledge: ResolverTypeWrapper<PledgeRecord>;
  PublicPledgeConnection: ResolverTypeWrapper<Omit<PublicPledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PublicPledgeEdge']>, nodes: Array<ResolversTypes['PublicPledge']> }>;
  PublicPledgeEdge: ResolverTypeWrapper<Omit<PublicPledgeEdge, 'node'> & { node: ResolversTypes['PublicPledge'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRecord>;
  RecommendedCaseFilter: RecommendedCaseFilter;
  RecordAssistanceInput: RecordAssistanceInput;
  RecordFundIncomeInput: RecordFundIncomeInput;
  RecordFundIncomePayload: ResolverTypeWrapper<Omit<RecordFundIncomePayload, 'fund'> & { fund?: Maybe<ResolversTypes['ReliefFund']> }>;
  RecordVerificationInput: RecordVerificationInput;
  ReduceNeedInput: ReduceNeedInput;
  ReduceNeedPayload: ResolverTypeWrapper<Omit<ReduceNeedPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversTypes['SurplusAllocation']>> }>;
  ReferCaseInput: ReferCaseInput;
  Referral: ResolverTypeWrapper<ReferralRecord>;
  ReferralConnection: ResolverTypeWrapper<Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReferralEdge']>, nodes: Array<ResolversTypes['Referral']> }>;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralPayload: ResolverTypeWrapper<Omit<ReferralPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  ReferralStatus: ReferralStatus;
  RefundPledgeInput: RefundPledgeInput;
  RefundPledgePayload: ResolverTypeWrapper<Omit<RefundPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversTypes['Pledge']> }>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionLevel: RegionLevel;
  RegionSettings: ResolverTypeWrapper<EffectiveSettings>;
  RegionSettingsPayload: ResolverTypeWrapper<Omit<RegionSettingsPayload, 'settings'> & { settings?: Maybe<ResolversTypes['RegionSettings']> }>;
  RegisterApplicationInput: RegisterApplicationInput;
  ReleaseClaimInput: ReleaseClaimInput;
  ReleaseClaimPayload: ResolverTypeWrapper<Omit<ReleaseClaimPayload, 'claim'> & { claim?: Maybe<ResolversTypes['Claim']> }>;
  ReliefFund: ResolverTypeWrapper<ReliefFundRecord>;
  ReportDiscoveryInput: ReportDiscoveryInput;
  ReportPayload: ResolverTypeWrapper<Omit<ReportPayload, 'notice' | 'report'> & { notice?: Maybe<ResolversTypes['IntakeNotice']>, report?: Maybe<ResolversTypes['ReportStatus']> }>;
  ReportStatus: ResolverTypeWrapper<CaseRecord>;
  ReportStatusConnection: ResolverTypeWrapper<Omit<ReportStatusConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReportStatusEdge']>, nodes: Array<ResolversTypes['ReportStatus']> }>;
  ReportStatusEdge: ResolverTypeWrapper<Omit<ReportStatusEdge, 'node'> & { node: ResolversTypes['ReportStatus'] }>;
  RequestDisbursementInput: RequestDisbursementInput;
  RequestDisbursementPayload: ResolverTypeWrapper<Omit<RequestDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversTypes['Disbursement']> }>;
  RespondToReferralInput: RespondToReferralInput;
  Role: Role;
  SetConsentInput: SetConsentInput;
  SettingKey: SettingKey;
  SettingSource: ResolverTypeWrapper<Omit<SettingSource, 'region'> & { region?: Maybe<ResolversTypes['Region']> }>;
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
  TriageCaseInput: TriageCaseInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateRegionSettingsInput: UpdateRegionSettingsInput;
  Urgency: Urgency;
  User: ResolverTypeWrapper<UserRecord>;
  UserError: ResolverTypeWrapper<UserError>;
  VerificationOutcome: VerificationOutcome;
  VerifyCaseInput: VerifyCaseInput;
  VerifyOrganizationInput: VerifyOrganizationInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddMemberInput: AddMemberInput;
  Alarm: AlarmRecord;
  AlarmConnection: Omit<AlarmConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AlarmEdge']>, nodes: Array<ResolversParentTypes['Alarm']> };
  AlarmDetail: AlarmDetail;
  AlarmEdge: Omit<AlarmEdge, 'node'> & { node: ResolversParentTypes['Alarm'] };
  AlarmPayload: Omit<AlarmPayload, 'alarm'> & { alarm?: Maybe<ResolversParentTypes['Alarm']> };
  AnswerSurplusInput: AnswerSurplusInput;
  AnswerSurplusPayload: Omit<AnswerSurplusPayload, 'surplus'> & { surplus?: Maybe<ResolversParentTypes['SurplusAllocation']> };
  ApproveDisbursementInput: ApproveDisbursementInput;
  ApproveDisbursementPayload: Omit<ApproveDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  AssignJointMeetingItemInput: AssignJointMeetingItemInput;
  AssistancePayload: Omit<AssistancePayload, 'assistanceRecord'> & { assistanceRecord?: Maybe<ResolversParentTypes['AssistanceRecord']> };
  AssistanceRecord: AssistanceRecordRow;
  AuditEvent: AuditEventRecord;
  AuditEventConnection: Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEventEdge']>, nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventFilter: AuditEventFilter;
  Beneficiary: BeneficiaryView;
  Boolean: Scalars['Boolean']['output'];
  CancelDisbursementInput: CancelDisbursementInput;
  CancelDisbursementPayload: Omit<CancelDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  CancelPledgeInput: CancelPledgeInput;
  CancelPledgePayload: Omit<CancelPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversParentTypes['Pledge']> };
  Case: CaseRecord;
  CaseActionInput: CaseActionInput;
  CaseCategory: CaseCategory;
  CaseConnection: Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseEscalation: CaseEscalationRecord;
  CaseFilter: CaseFilter;
  CaseFunding: CaseFundingModel;
  CaseLedger: CaseLedgerModel;
  CaseMatch: CaseMatchRecord;
  CaseMatchConnection: Omit<CaseMatchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseMatchEdge']>, nodes: Array<ResolversParentTypes['CaseMatch']> };
  CaseMatchEdge: Omit<CaseMatchEdge, 'node'> & { node: ResolversParentTypes['CaseMatch'] };
  CaseNeed: CaseNeedRecord;
  CaseNeedSummary: NeedRecord;
  CasePayload: Omit<CasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  CaseReasonInput: CaseReasonInput;
  CaseRef: CaseRecord;
  CaseSummary: CaseSummaryModel;
  CaseSummaryConnection: Omit<CaseSummaryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseSummaryEdge']>, nodes: Array<ResolversParentTypes['CaseSummary']> };
  CaseSummaryEdge: Omit<CaseSummaryEdge, 'node'> & { node: ResolversParentTypes['CaseSummary'] };
  CaseSurplus: SurplusRecord;
  CategoryInput: CategoryInput;
  Claim: ClaimRecord;
  ClaimCaseInput: ClaimCaseInput;
  ClaimCasePayload: Omit<ClaimCasePayload, 'case' | 'claim'> & { case?: Maybe<ResolversParentTypes['CaseSummary']>, claim?: Maybe<ResolversParentTypes['Claim']> };
  ClaimConnection: Omit<ClaimConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ClaimEdge']>, nodes: Array<ResolversParentTypes['Claim']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimLine: ClaimLineRecord;
  CloseCaseWithSurplusInput: CloseCaseWithSurplusInput;
  CloseCaseWithSurplusPayload: Omit<CloseCaseWithSurplusPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversParentTypes['SurplusAllocation']>> };
  CloseMatchingPoolInput: CloseMatchingPoolInput;
  CloseMatchingPoolPayload: Omit<CloseMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversParentTypes['MatchingPool']> };
  CompleteReferralInput: CompleteReferralInput;
  ConfigureReliefFundInput: ConfigureReliefFundInput;
  ConfigureReliefFundPayload: Omit<ConfigureReliefFundPayload, 'fund'> & { fund?: Maybe<ResolversParentTypes['ReliefFund']> };
  ConfirmOfflinePledgeInput: ConfirmOfflinePledgeInput;
  ConfirmOfflinePledgePayload: Omit<ConfirmOfflinePledgePayload, 'pledge'> & { pledge?: Maybe<ResolversParentTypes['Pledge']> };
  Consent: ConsentRecord;
  CreateMatchingPoolInput: CreateMatchingPoolInput;
  CreateMatchingPoolPayload: Omit<CreateMatchingPoolPayload, 'pool'> & { pool?: Maybe<ResolversParentTypes['MatchingPool']> };
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePledgeInput: CreatePledgeInput;
  CreatePledgePayload: Omit<CreatePledgePayload, 'payment' | 'pledge'> & { payment?: Maybe<ResolversParentTypes['Payment']>, pledge?: Maybe<ResolversParentTypes['Pledge']> };
  CreateReferralInput: CreateReferralInput;
  DateTime: Scalars['DateTime']['output'];
  DeclineMatchInput: DeclineMatchInput;
  DeclineMatchPayload: Omit<DeclineMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['CaseMatch']> };
  Disbursement: DisbursementRecord;
  DisbursementRights: DisbursementRights;
  DocumentInput: DocumentInput;
  DocumentRequirement: DocumentRequirement;
  DuplicateCheck: DuplicateReport;
  EvidenceFile: EvidenceRecord;
  FastTrack: FastTrackRecord;
  FastTrackCaseInput: FastTrackCaseInput;
  FastTrackPayload: Omit<FastTrackPayload, 'case' | 'fastTrack'> & { case?: Maybe<ResolversParentTypes['Case']>, fastTrack?: Maybe<ResolversParentTypes['FastTrack']> };
  Fen: Scalars['Fen']['output'];
  Float: Scalars['Float']['output'];
  FulfilClaimInput: FulfilClaimInput;
  FulfilClaimPayload: Omit<FulfilClaimPayload, 'assistanceRecords' | 'claim'> & { assistanceRecords?: Maybe<Array<ResolversParentTypes['AssistanceRecord']>>, claim?: Maybe<ResolversParentTypes['Claim']> };
  FundIncome: FundIncome;
  FundPayments: FundPayments;
  FundStatement: FundStatementModel;
  GrantStaffRoleInput: GrantStaffRoleInput;
  GrantStaffRolePayload: Omit<GrantStaffRolePayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  ID: Scalars['ID']['output'];
  IdentifyBeneficiaryInput: IdentifyBeneficiaryInput;
  Int: Scalars['Int']['output'];
  IntakeNotice: IntakeNoticeModel;
  IntakePayload: Omit<IntakePayload, 'case' | 'notice' | 'possibleDuplicateOf' | 'report'> & { case?: Maybe<ResolversParentTypes['Case']>, notice?: Maybe<ResolversParentTypes['IntakeNotice']>, possibleDuplicateOf?: Maybe<ResolversParentTypes['CaseRef']>, report?: Maybe<ResolversParentTypes['ReportStatus']> };
  Invitation: InvitationRecord;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  JointMeetingItem: JointMeetingItemRecord;
  JointMeetingItemConnection: Omit<JointMeetingItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JointMeetingItemEdge']>, nodes: Array<ResolversParentTypes['JointMeetingItem']> };
  JointMeetingItemEdge: Omit<JointMeetingItemEdge, 'node'> & { node: ResolversParentTypes['JointMeetingItem'] };
  JointMeetingItemPayload: Omit<JointMeetingItemPayload, 'item'> & { item?: Maybe<ResolversParentTypes['JointMeetingItem']> };
  MarkAlarmReadInput: MarkAlarmReadInput;
  MarkDisbursedInput: MarkDisbursedInput;
  MarkDisbursedPayload: Omit<MarkDisbursedPayload, 'caseLedger' | 'disbursement'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']>, disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  MarkDuplicateInput: MarkDuplicateInput;
  MatchExplanation: CaseMatchRecord;
  MatchFactor: MatchFactor;
  MatchingPool: PoolRecord;
  MatchingPoolConnection: Omit<MatchingPoolConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MatchingPoolEdge']>, nodes: Array<ResolversParentTypes['MatchingPool']> };
  MatchingPoolEdge: Omit<MatchingPoolEdge, 'node'> & { node: ResolversParentTypes['MatchingPool'] };
  Membership: MembershipRecord;
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  MoneyIn: MoneyInModel;
  MoneyInEntry: MoneyInEntryModel;
  MoneyOut: MoneyOutModel;
  Mutation: Record<PropertyKey, never>;
  NeedInput: NeedInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRecord;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  PageInfo: PageInfo;
  PayFromReliefFundInput: PayFromReliefFundInput;
  PayFromReliefFundPayload: Omit<PayFromReliefFundPayload, 'caseLedger'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']> };
  PayableNeed: PayableNeed;
  PayeeInput: PayeeInput;
  Payment: PaymentStart;
  PersonInput: PersonInput;
  Pledge: PledgeRecord;
  PledgeConnection: Omit<PledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PledgeEdge']>, nodes: Array<ResolversParentTypes['Pledge']> };
  PledgeEdge: Omit<PledgeEdge, 'node'> & { node: ResolversParentTypes['Pledge'] };
  PoolMatch: PoolMatchRecord;
  PublicCase: CaseRecord;
  PublicCaseConnection: Omit<PublicCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PublicCaseEdge']>, nodes: Array<ResolversParentTypes['PublicCase']> };
  PublicCaseEdge: Omit<PublicCaseEdge, 'node'> & { node: ResolversParentTypes['PublicCase'] };
  PublicCaseFilter: PublicCaseFilter;
  PublicNeed: CaseNeedRecord;
  PublicPledge: PledgeRecord;
  PublicPledgeConnection: Omit<PublicPledgeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PublicPledgeEdge']>, nodes: Array<ResolversParentTypes['PublicPledge']> };
  PublicPledgeEdge: Omit<PublicPledgeEdge, 'node'> & { node: ResolversParentTypes['PublicPledge'] };
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRecord;
  RecommendedCaseFilter: RecommendedCaseFilter;
  RecordAssistanceInput: RecordAssistanceInput;
  RecordFundIncomeInput: RecordFundIncomeInput;
  RecordFundIncomePayload: Omit<RecordFundIncomePayload, 'fund'> & { fund?: Maybe<ResolversParentTypes['ReliefFund']> };
  RecordVerificationInput: RecordVerificationInput;
  ReduceNeedInput: ReduceNeedInput;
  ReduceNeedPayload: Omit<ReduceNeedPayload, 'caseLedger' | 'surplus'> & { caseLedger?: Maybe<ResolversParentTypes['CaseLedger']>, surplus?: Maybe<Array<ResolversParentTypes['SurplusAllocation']>> };
  ReferCaseInput: ReferCaseInput;
  Referral: ReferralRecord;
  ReferralConnection: Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReferralEdge']>, nodes: Array<ResolversParentTypes['Referral']> };
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  ReferralPayload: Omit<ReferralPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  RefundPledgeInput: RefundPledgeInput;
  RefundPledgePayload: Omit<RefundPledgePayload, 'pledge'> & { pledge?: Maybe<ResolversParentTypes['Pledge']> };
  Region: RegionRow;
  RegionSettings: EffectiveSettings;
  RegionSettingsPayload: Omit<RegionSettingsPayload, 'settings'> & { settings?: Maybe<ResolversParentTypes['RegionSettings']> };
  RegisterApplicationInput: RegisterApplicationInput;
  ReleaseClaimInput: ReleaseClaimInput;
  ReleaseClaimPayload: Omit<ReleaseClaimPayload, 'claim'> & { claim?: Maybe<ResolversParentTypes['Claim']> };
  ReliefFund: ReliefFundRecord;
  ReportDiscoveryInput: ReportDiscoveryInput;
  ReportPayload: Omit<ReportPayload, 'notice' | 'report'> & { notice?: Maybe<ResolversParentTypes['IntakeNotice']>, report?: Maybe<ResolversParentTypes['ReportStatus']> };
  ReportStatus: CaseRecord;
  ReportStatusConnection: Omit<ReportStatusConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReportStatusEdge']>, nodes: Array<ResolversParentTypes['ReportStatus']> };
  ReportStatusEdge: Omit<ReportStatusEdge, 'node'> & { node: ResolversParentTypes['ReportStatus'] };
  RequestDisbursementInput: RequestDisbursementInput;
  RequestDisbursementPayload: Omit<RequestDisbursementPayload, 'disbursement'> & { disbursement?: Maybe<ResolversParentTypes['Disbursement']> };
  RespondToReferralInput: RespondToReferralInput;
  SetConsentInput: SetConsentInput;
  SettingSource: Omit<SettingSource, 'region'> & { region?: Maybe<ResolversParentTypes['Region']> };
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  SignOutInput: SignOutInput;
  SignOutPayload: SignOutPayload;
  SignUpInput: SignUpInput;
  String: Scalars['String']['output'];
  SurplusAllocation: SurplusRecord;
  TriageCaseInput: TriageCaseInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateRegionSettingsInput: UpdateRegionSettingsInput;
  User: UserRecord;
  UserError: UserError;
  VerifyCaseInput: VerifyCaseInput;
  VerifyOrganizationInput: VerifyOrganizationInput;
  Viewer: ViewerModel;
}>;

export type AlarmResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alarm'] = ResolversParentTypes['Alarm']> = ResolversObject<{
  caseRef?: Resolver<Maybe<ResolversTypes['CaseRef']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Array<ResolversTypes['AlarmDetail']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AlarmConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlarmConnection'] = ResolversParentTypes['AlarmConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AlarmEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Alarm']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlarmDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlarmDetail'] = ResolversParentTypes['AlarmDetail']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AlarmEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlarmEdge'] = ResolversParentTypes['AlarmEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alarm'], ParentType, ContextType>;
}>;

export type AlarmPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlarmPayload'] = ResolversParentTypes['AlarmPayload']> = ResolversObject<{
  alarm?: Resolver<Maybe<ResolversTypes['Alarm']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AnswerSurplusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerSurplusPayload'] = ResolversParentTypes['AnswerSurplusPayload']> = ResolversObject<{
  surplus?: Resolver<Maybe<ResolversTypes['SurplusAllocation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ApproveDisbursementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveDisbursementPayload'] = ResolversParentTypes['ApproveDisbursementPayload']> = ResolversObject<{
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AssistanceKindResolvers = { CASH: 'cash', IN_KIND: 'in_kind', MEDICAL_BILL: 'medical_bill', SERVICE: 'service' };

export type AssistancePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistancePayload'] = ResolversParentTypes['AssistancePayload']> = ResolversObject<{
  assistanceRecord?: Resolver<Maybe<ResolversTypes['AssistanceRecord']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AssistanceRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceRecord'] = ResolversParentTypes['AssistanceRecord']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type BeneficiaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Beneficiary'] = ResolversParentTypes['Beneficiary']> = ResolversObject<{
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CancelDisbursementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelDisbursementPayload'] = ResolversParentTypes['CancelDisbursementPayload']> = ResolversObject<{
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CancelPledgePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelPledgePayload'] = ResolversParentTypes['CancelPledgePayload']> = ResolversObject<{
  pledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = ResolversObject<{
  backupHandler?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  beneficiary?: Resolver<Maybe<ResolversTypes['Beneficiary']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['CaseRef']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['EvidenceFile']>, ParentType, ContextType>;
  fastTrack?: Resolver<Maybe<ResolversTypes['FastTrack']>, ParentType, ContextType>;
  handler?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  hardshipType?: Resolver<Maybe<ResolversTypes['HardshipType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intakeChannel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['CaseNeed']>, ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['IntakeNotice'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  possibleDuplicateOf?: Resolver<Maybe<ResolversTypes['CaseRef']>, ParentType, ContextType>;
  publicSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  referrer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  repeatAidOverrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reporterKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  situation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  verificationNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationOutcome?: Resolver<Maybe<ResolversTypes['VerificationOutcome']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerActions?: Resolver<Array<ResolversTypes['CaseAction']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CaseActionResolvers = { FAST_TRACK: 'fast_track', MARK_DUPLICATE: 'mark_duplicate', REJECT: 'reject', START_VERIFICATION: 'start_verification', TRIAGE: 'triage', VERIFY: 'verify', WITHDRAW: 'withdraw' };

export type CaseCategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseCategory'] = ResolversParentTypes['CaseCategory']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['DocumentRequirement']>, ParentType, ContextType>;
  hardshipType?: Resolver<ResolversTypes['HardshipType'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
}>;

export type CaseEscalationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseEscalation'] = ResolversParentTypes['CaseEscalation']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromTier?: Resolver<ResolversTypes['EscalationTier'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newlyMatchedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toTier?: Resolver<ResolversTypes['EscalationTier'], ParentType, ContextType>;
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
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  surplus?: Resolver<Array<ResolversTypes['CaseSurplus']>, ParentType, ContextType>;
  totalIn?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  totalOut?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
}>;

export type CaseMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMatch'] = ResolversParentTypes['CaseMatch']> = ResolversObject<{
  case?: Resolver<ResolversTypes['CaseSummary'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['MatchExplanation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['EscalationTier'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CaseMatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMatchConnection'] = ResolversParentTypes['CaseMatchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaseMatchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CaseMatch']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseMatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMatchEdge'] = ResolversParentTypes['CaseMatchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaseMatch'], ParentType, ContextType>;
}>;

export type CaseNeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseNeed'] = ResolversParentTypes['CaseNeed']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NeedKind'], ParentType, ContextType>;
  payeeKind?: Resolver<ResolversTypes['PayeeKind'], ParentType, ContextType>;
  payeeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
}>;

export type CaseNeedSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseNeedSummary'] = ResolversParentTypes['CaseNeedSummary']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funded?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NeedKind'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
}>;

export type CasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CasePayload'] = ResolversParentTypes['CasePayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CaseRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseRef'] = ResolversParentTypes['CaseRef']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
}>;

export type CaseStatusResolvers = { CLOSED: 'closed', DISBURSING: 'disbursing', DUPLICATE: 'duplicate', ESCALATED: 'escalated', FAST_TRACKED: 'fast_tracked', FUNDED: 'funded', INTAKE: 'intake', IN_PROGRESS: 'in_progress', REJECTED: 'rejected', REPORTED: 'reported', VERIFIED: 'verified', VERIFYING: 'verifying', WITHDRAWN: 'withdrawn' };

export type CaseSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseSummary'] = ResolversParentTypes['CaseSummary']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  escalationTier?: Resolver<Maybe<ResolversTypes['EscalationTier']>, ParentType, ContextType>;
  hardshipType?: Resolver<Maybe<ResolversTypes['HardshipType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['CaseNeedSummary']>, ParentType, ContextType>;
  publicSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  totalRemaining?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CaseSummaryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseSummaryConnection'] = ResolversParentTypes['CaseSummaryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaseSummaryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CaseSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseSummaryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseSummaryEdge'] = ResolversParentTypes['CaseSummaryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaseSummary'], ParentType, ContextType>;
}>;

export type CaseSurplusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseSurplus'] = ResolversParentTypes['CaseSurplus']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['SurplusReason'], ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurplusStatus'], ParentType, ContextType>;
  targetCaseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['CaseSummary'], ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadlineAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fulfilledAmount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ClaimLine']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimCasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimCasePayload'] = ResolversParentTypes['ClaimCasePayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['CaseSummary']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type ClaimLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLine'] = ResolversParentTypes['ClaimLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['CaseNeedSummary'], ParentType, ContextType>;
}>;

export type ClaimStatusResolvers = { ACTIVE: 'active', EXPIRED: 'expired', FULFILLED: 'fulfilled', RELEASED: 'released' };

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

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  takenBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ConsentKindResolvers = { PUBLISH: 'publish', SHARE: 'share' };

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

export type DeclineMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclineMatchPayload'] = ResolversParentTypes['DeclineMatchPayload']> = ResolversObject<{
  match?: Resolver<Maybe<ResolversTypes['CaseMatch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DisbursementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Disbursement'] = ResolversParentTypes['Disbursement']> = ResolversObject<{
  accountLast4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  approvals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type DisbursementRightsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisbursementRights'] = ResolversParentTypes['DisbursementRights']> = ResolversObject<{
  canApprove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canMarkDisbursed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canRequest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['PayableNeed']>, ParentType, ContextType>;
}>;

export type DisbursementStatusResolvers = { APPROVED: 'approved', CANCELLED: 'cancelled', DISBURSED: 'disbursed', REQUESTED: 'requested' };

export type DisputeStatusResolvers = { LOST: 'lost', OPEN: 'open', WON: 'won' };

export type DocumentRequirementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentRequirement'] = ResolversParentTypes['DocumentRequirement']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DuplicateCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCheck'] = ResolversParentTypes['DuplicateCheck']> = ResolversObject<{
  assistance?: Resolver<Array<ResolversTypes['AssistanceRecord']>, ParentType, ContextType>;
  openCases?: Resolver<Array<ResolversTypes['CaseRef']>, ParentType, ContextType>;
  repeatAidThisYear?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sameReasonAssistance?: Resolver<Array<ResolversTypes['AssistanceRecord']>, ParentType, ContextType>;
  sameReasonCases?: Resolver<Array<ResolversTypes['CaseRef']>, ParentType, ContextType>;
}>;

export type EscalationTierResolvers = { ENTERPRISE_POOL: 'enterprise_pool', JOINT_MEETING: 'joint_meeting', LOCAL_CHARITY: 'local_charity', PROVINCE: 'province', RED_CROSS: 'red_cross' };

export type EvidenceFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceFile'] = ResolversParentTypes['EvidenceFile']> = ResolversObject<{
  documentKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FastTrackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FastTrack'] = ResolversParentTypes['FastTrack']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  clearedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  fund?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paperworkDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FastTrackPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FastTrackPayload'] = ResolversParentTypes['FastTrackPayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  fastTrack?: Resolver<Maybe<ResolversTypes['FastTrack']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FulfilClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FulfilClaimPayload'] = ResolversParentTypes['FulfilClaimPayload']> = ResolversObject<{
  assistanceRecords?: Resolver<Maybe<Array<ResolversTypes['AssistanceRecord']>>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

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

export type HardshipTypeResolvers = { EXPENDITURE: 'expenditure', SUDDEN: 'sudden' };

export type IntakeChannelResolvers = { APPLICATION: 'application', DISCOVERY: 'discovery', HOTLINE: 'hotline', PUBLIC_REPORT: 'public_report', REFERRAL: 'referral' };

export type IntakeNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntakeNotice'] = ResolversParentTypes['IntakeNotice']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingDocuments?: Resolver<Array<ResolversTypes['DocumentRequirement']>, ParentType, ContextType>;
}>;

export type IntakePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntakePayload'] = ResolversParentTypes['IntakePayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['IntakeNotice']>, ParentType, ContextType>;
  possibleDuplicateOf?: Resolver<Maybe<ResolversTypes['CaseRef']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ReportStatus']>, ParentType, ContextType>;
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

export type JointMeetingItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeetingItem'] = ResolversParentTypes['JointMeetingItem']> = ResolversObject<{
  assignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  caseRef?: Resolver<ResolversTypes['CaseRef'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JointMeetingItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeetingItemConnection'] = ResolversParentTypes['JointMeetingItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JointMeetingItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['JointMeetingItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JointMeetingItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeetingItemEdge'] = ResolversParentTypes['JointMeetingItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JointMeetingItem'], ParentType, ContextType>;
}>;

export type JointMeetingItemPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeetingItemPayload'] = ResolversParentTypes['JointMeetingItemPayload']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['JointMeetingItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MarkDisbursedPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkDisbursedPayload'] = ResolversParentTypes['MarkDisbursedPayload']> = ResolversObject<{
  caseLedger?: Resolver<Maybe<ResolversTypes['CaseLedger']>, ParentType, ContextType>;
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MatchExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchExplanation'] = ResolversParentTypes['MatchExplanation']> = ResolversObject<{
  closeness?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['MatchFactor']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['EscalationTier'], ParentType, ContextType>;
}>;

export type MatchFactorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchFactor'] = ResolversParentTypes['MatchFactor']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  assignJointMeetingItem?: Resolver<ResolversTypes['JointMeetingItemPayload'], ParentType, ContextType, RequireFields<MutationAssignJointMeetingItemArgs, 'input'>>;
  cancelDisbursement?: Resolver<ResolversTypes['CancelDisbursementPayload'], ParentType, ContextType, RequireFields<MutationCancelDisbursementArgs, 'input'>>;
  cancelPledge?: Resolver<ResolversTypes['CancelPledgePayload'], ParentType, ContextType, RequireFields<MutationCancelPledgeArgs, 'input'>>;
  claimCase?: Resolver<ResolversTypes['ClaimCasePayload'], ParentType, ContextType, RequireFields<MutationClaimCaseArgs, 'input'>>;
  clearPaperwork?: Resolver<ResolversTypes['FastTrackPayload'], ParentType, ContextType, RequireFields<MutationClearPaperworkArgs, 'input'>>;
  closeCaseWithSurplus?: Resolver<ResolversTypes['CloseCaseWithSurplusPayload'], ParentType, ContextType, RequireFields<MutationCloseCaseWithSurplusArgs, 'input'>>;
  closeMatchingPool?: Resolver<ResolversTypes['CloseMatchingPoolPayload'], ParentType, ContextType, RequireFields<MutationCloseMatchingPoolArgs, 'input'>>;
  completeReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationCompleteReferralArgs, 'input'>>;
  configureReliefFund?: Resolver<ResolversTypes['ConfigureReliefFundPayload'], ParentType, ContextType, RequireFields<MutationConfigureReliefFundArgs, 'input'>>;
  confirmOfflinePledge?: Resolver<ResolversTypes['ConfirmOfflinePledgePayload'], ParentType, ContextType, RequireFields<MutationConfirmOfflinePledgeArgs, 'input'>>;
  createMatchingPool?: Resolver<ResolversTypes['CreateMatchingPoolPayload'], ParentType, ContextType, RequireFields<MutationCreateMatchingPoolArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createPledge?: Resolver<ResolversTypes['CreatePledgePayload'], ParentType, ContextType, RequireFields<MutationCreatePledgeArgs, 'input'>>;
  createReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  declineMatch?: Resolver<ResolversTypes['DeclineMatchPayload'], ParentType, ContextType, RequireFields<MutationDeclineMatchArgs, 'input'>>;
  fastTrackCase?: Resolver<ResolversTypes['FastTrackPayload'], ParentType, ContextType, RequireFields<MutationFastTrackCaseArgs, 'input'>>;
  fulfilClaim?: Resolver<ResolversTypes['FulfilClaimPayload'], ParentType, ContextType, RequireFields<MutationFulfilClaimArgs, 'input'>>;
  grantStaffRole?: Resolver<ResolversTypes['GrantStaffRolePayload'], ParentType, ContextType, RequireFields<MutationGrantStaffRoleArgs, 'input'>>;
  identifyBeneficiary?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationIdentifyBeneficiaryArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  markAlarmRead?: Resolver<ResolversTypes['AlarmPayload'], ParentType, ContextType, RequireFields<MutationMarkAlarmReadArgs, 'input'>>;
  markDisbursed?: Resolver<ResolversTypes['MarkDisbursedPayload'], ParentType, ContextType, RequireFields<MutationMarkDisbursedArgs, 'input'>>;
  markDuplicate?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationMarkDuplicateArgs, 'input'>>;
  payFromReliefFund?: Resolver<ResolversTypes['PayFromReliefFundPayload'], ParentType, ContextType, RequireFields<MutationPayFromReliefFundArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordAssistance?: Resolver<ResolversTypes['AssistancePayload'], ParentType, ContextType, RequireFields<MutationRecordAssistanceArgs, 'input'>>;
  recordFundIncome?: Resolver<ResolversTypes['RecordFundIncomePayload'], ParentType, ContextType, RequireFields<MutationRecordFundIncomeArgs, 'input'>>;
  recordVerification?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationRecordVerificationArgs, 'input'>>;
  reduceNeed?: Resolver<ResolversTypes['ReduceNeedPayload'], ParentType, ContextType, RequireFields<MutationReduceNeedArgs, 'input'>>;
  referCase?: Resolver<ResolversTypes['IntakePayload'], ParentType, ContextType, RequireFields<MutationReferCaseArgs, 'input'>>;
  refundPledge?: Resolver<ResolversTypes['RefundPledgePayload'], ParentType, ContextType, RequireFields<MutationRefundPledgeArgs, 'input'>>;
  registerApplication?: Resolver<ResolversTypes['IntakePayload'], ParentType, ContextType, RequireFields<MutationRegisterApplicationArgs, 'input'>>;
  rejectCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationRejectCaseArgs, 'input'>>;
  releaseClaim?: Resolver<ResolversTypes['ReleaseClaimPayload'], ParentType, ContextType, RequireFields<MutationReleaseClaimArgs, 'input'>>;
  reportDiscovery?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationReportDiscoveryArgs, 'input'>>;
  requestDisbursement?: Resolver<ResolversTypes['RequestDisbursementPayload'], ParentType, ContextType, RequireFields<MutationRequestDisbursementArgs, 'input'>>;
  respondToReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationRespondToReferralArgs, 'input'>>;
  setConsent?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationSetConsentArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType, Partial<MutationSignOutArgs>>;
  signUp?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  startVerification?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationStartVerificationArgs, 'input'>>;
  triageCase?: Resolver<ResolversTypes['IntakePayload'], ParentType, ContextType, RequireFields<MutationTriageCaseArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updateRegionSettings?: Resolver<ResolversTypes['RegionSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateRegionSettingsArgs, 'input'>>;
  verifyCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationVerifyCaseArgs, 'input'>>;
  verifyOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationVerifyOrganizationArgs, 'input'>>;
  withdrawCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationWithdrawCaseArgs, 'input'>>;
}>;

export type NeedKindResolvers = { CASH: 'cash', IN_KIND: 'in_kind', MEDICAL_BILL: 'medical_bill', SERVICE: 'service' };

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Alarm' | 'AuditEvent' | 'Case' | 'CaseMatch' | 'CaseSummary' | 'Claim' | 'Disbursement' | 'Invitation' | 'JointMeetingItem' | 'MatchingPool' | 'Membership' | 'Organization' | 'Pledge' | 'Referral' | 'Region' | 'SurplusAllocation' | 'User', ParentType, ContextType>;
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

export type PayableNeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayableNeed'] = ResolversParentTypes['PayableNeed']> = ResolversObject<{
  needId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payable?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
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
  disputeStatus?: Resolver<Maybe<ResolversTypes['DisputeStatus']>, ParentType, ContextType>;
  disputedAmount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
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

export type PublicCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicCase'] = ResolversParentTypes['PublicCase']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  county?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  hardshipType?: Resolver<Maybe<ResolversTypes['HardshipType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['PublicNeed']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remainingAmount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
}>;

export type PublicCaseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicCaseConnection'] = ResolversParentTypes['PublicCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PublicCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PublicCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicCaseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicCaseEdge'] = ResolversParentTypes['PublicCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicCase'], ParentType, ContextType>;
}>;

export type PublicNeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicNeed'] = ResolversParentTypes['PublicNeed']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NeedKind'], ParentType, ContextType>;
  payeeKind?: Resolver<ResolversTypes['PayeeKind'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
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
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'filter'>>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseDisbursements?: Resolver<Array<ResolversTypes['Disbursement']>, ParentType, ContextType, RequireFields<QueryCaseDisbursementsArgs, 'caseId' | 'includeCancelled'>>;
  caseEscalations?: Resolver<Array<ResolversTypes['CaseEscalation']>, ParentType, ContextType, RequireFields<QueryCaseEscalationsArgs, 'caseId'>>;
  caseFunding?: Resolver<ResolversTypes['CaseFunding'], ParentType, ContextType, RequireFields<QueryCaseFundingArgs, 'caseId'>>;
  caseLedger?: Resolver<ResolversTypes['CaseLedger'], ParentType, ContextType, RequireFields<QueryCaseLedgerArgs, 'caseId'>>;
  casePledges?: Resolver<ResolversTypes['PublicPledgeConnection'], ParentType, ContextType, RequireFields<QueryCasePledgesArgs, 'caseId'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, Partial<QueryCasesArgs>>;
  claimsForCase?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimsForCaseArgs, 'caseId'>>;
  disbursementRights?: Resolver<ResolversTypes['DisbursementRights'], ParentType, ContextType, RequireFields<QueryDisbursementRightsArgs, 'caseId'>>;
  duplicateCheck?: Resolver<ResolversTypes['DuplicateCheck'], ParentType, ContextType, RequireFields<QueryDuplicateCheckArgs, 'caseId'>>;
  fundStatement?: Resolver<ResolversTypes['FundStatement'], ParentType, ContextType, RequireFields<QueryFundStatementArgs, 'from' | 'fundId' | 'to'>>;
  incomingReferrals?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, Partial<QueryIncomingReferralsArgs>>;
  jointMeetingQueue?: Resolver<ResolversTypes['JointMeetingItemConnection'], ParentType, ContextType, RequireFields<QueryJointMeetingQueueArgs, 'regionCode'>>;
  matchedCases?: Resolver<ResolversTypes['CaseMatchConnection'], ParentType, ContextType, RequireFields<QueryMatchedCasesArgs, 'organizationId'>>;
  matchesForCase?: Resolver<Array<ResolversTypes['CaseMatch']>, ParentType, ContextType, RequireFields<QueryMatchesForCaseArgs, 'caseId'>>;
  matchingPools?: Resolver<ResolversTypes['MatchingPoolConnection'], ParentType, ContextType, Partial<QueryMatchingPoolsArgs>>;
  myAlarms?: Resolver<ResolversTypes['AlarmConnection'], ParentType, ContextType, Partial<QueryMyAlarmsArgs>>;
  myPledges?: Resolver<ResolversTypes['PledgeConnection'], ParentType, ContextType, Partial<QueryMyPledgesArgs>>;
  myReports?: Resolver<ResolversTypes['ReportStatusConnection'], ParentType, ContextType, Partial<QueryMyReportsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizationClaims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryOrganizationClaimsArgs, 'organizationId'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  publicCase?: Resolver<ResolversTypes['PublicCase'], ParentType, ContextType, RequireFields<QueryPublicCaseArgs, 'id'>>;
  publicCases?: Resolver<ResolversTypes['PublicCaseConnection'], ParentType, ContextType, Partial<QueryPublicCasesArgs>>;
  recommendedCases?: Resolver<ResolversTypes['CaseSummaryConnection'], ParentType, ContextType, Partial<QueryRecommendedCasesArgs>>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regionSettings?: Resolver<ResolversTypes['RegionSettings'], ParentType, ContextType, RequireFields<QueryRegionSettingsArgs, 'code'>>;
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

export type ReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = ResolversObject<{
  caseRef?: Resolver<ResolversTypes['CaseRef'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escalationLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  toOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReferralConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReferralEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferralEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralEdge'] = ResolversParentTypes['ReferralEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
}>;

export type ReferralPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralPayload'] = ResolversParentTypes['ReferralPayload']> = ResolversObject<{
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReferralStatusResolvers = { ACCEPTED: 'accepted', COMPLETED: 'completed', DECLINED: 'declined', PENDING: 'pending' };

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

export type RegionSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionSettings'] = ResolversParentTypes['RegionSettings']> = ResolversObject<{
  capMultiplier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseCap?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['CaseCategory']>, ParentType, ContextType>;
  decisionWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dibaoMonthlyStandard?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  paperworkWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralResponseWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SettingSource']>, ParentType, ContextType>;
  townshipApprovalLimit?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  triageWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionSettingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionSettingsPayload'] = ResolversParentTypes['RegionSettingsPayload']> = ResolversObject<{
  settings?: Resolver<Maybe<ResolversTypes['RegionSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReleaseClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleaseClaimPayload'] = ResolversParentTypes['ReleaseClaimPayload']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReliefFundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReliefFund'] = ResolversParentTypes['ReliefFund']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  perCaseCap?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  regionCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportPayload'] = ResolversParentTypes['ReportPayload']> = ResolversObject<{
  notice?: Resolver<Maybe<ResolversTypes['IntakeNotice']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ReportStatus']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReportStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportStatus'] = ResolversParentTypes['ReportStatus']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
}>;

export type ReportStatusConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportStatusConnection'] = ResolversParentTypes['ReportStatusConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReportStatusEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReportStatus']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportStatusEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportStatusEdge'] = ResolversParentTypes['ReportStatusEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
}>;

export type RequestDisbursementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestDisbursementPayload'] = ResolversParentTypes['RequestDisbursementPayload']> = ResolversObject<{
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RoleResolvers = { ADMIN: 'admin', APPROVER: 'approver', AUDITOR: 'auditor', CASEWORKER: 'caseworker', DONOR: 'donor', ORG_ADMIN: 'org_admin', ORG_MEMBER: 'org_member', REPORTER: 'reporter', SOCIAL_WORKER: 'social_worker' };

export type SettingKeyResolvers = { CAP_MULTIPLIER: 'capMultiplier', CATEGORIES: 'categories', DECISION_WORKING_DAYS: 'decisionWorkingDays', DIBAO_MONTHLY_STANDARD: 'dibaoMonthlyStandardMinor', HOLIDAYS: 'holidays', PAPERWORK_WORKING_DAYS: 'paperworkWorkingDays', REFERRAL_RESPONSE_WORKING_DAYS: 'referralResponseWorkingDays', TOWNSHIP_APPROVAL_LIMIT: 'townshipApprovalLimitMinor', TRIAGE_WORKING_DAYS: 'triageWorkingDays' };

export type SettingSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SettingSource'] = ResolversParentTypes['SettingSource']> = ResolversObject<{
  key?: Resolver<ResolversTypes['SettingKey'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

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
  refundSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurplusStatus'], ParentType, ContextType>;
  suggestedCaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  suggestedCaseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetCaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetCaseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SurplusPreferenceResolvers = { REDIRECT: 'redirect', REFUND: 'refund' };

export type SurplusReasonResolvers = { CASE_CLOSED: 'case_closed', NEED_REDUCED: 'need_reduced' };

export type SurplusStatusResolvers = { PENDING: 'pending', REDIRECTED: 'redirected', REFUNDED: 'refunded' };

export type UrgencyResolvers = { CRITICAL: 'critical', HIGH: 'high', LOW: 'low', NORMAL: 'normal' };

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VerificationOutcomeResolvers = { ELIGIBLE: 'eligible', INELIGIBLE: 'ineligible', PENDING_DOCUMENTS: 'pending_documents', WAIVED_EMERGENCY: 'waived_emergency' };

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Alarm?: AlarmResolvers<ContextType>;
  AlarmConnection?: AlarmConnectionResolvers<ContextType>;
  AlarmDetail?: AlarmDetailResolvers<ContextType>;
  AlarmEdge?: AlarmEdgeResolvers<ContextType>;
  AlarmPayload?: AlarmPayloadResolvers<ContextType>;
  AnswerSurplusPayload?: AnswerSurplusPayloadResolvers<ContextType>;
  ApproveDisbursementPayload?: ApproveDisbursementPayloadResolvers<ContextType>;
  AssistanceKind?: AssistanceKindResolvers;
  AssistancePayload?: AssistancePayloadResolvers<ContextType>;
  AssistanceRecord?: AssistanceRecordResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Beneficiary?: BeneficiaryResolvers<ContextType>;
  CancelDisbursementPayload?: CancelDisbursementPayloadResolvers<ContextType>;
  CancelPledgePayload?: CancelPledgePayloadResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseAction?: CaseActionResolvers;
  CaseCategory?: CaseCategoryResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEscalation?: CaseEscalationResolvers<ContextType>;
  CaseFunding?: CaseFundingResolvers<ContextType>;
  CaseLedger?: CaseLedgerResolvers<ContextType>;
  CaseMatch?: CaseMatchResolvers<ContextType>;
  CaseMatchConnection?: CaseMatchConnectionResolvers<ContextType>;
  CaseMatchEdge?: CaseMatchEdgeResolvers<ContextType>;
  CaseNeed?: CaseNeedResolvers<ContextType>;
  CaseNeedSummary?: CaseNeedSummaryResolvers<ContextType>;
  CasePayload?: CasePayloadResolvers<ContextType>;
  CaseRef?: CaseRefResolvers<ContextType>;
  CaseStatus?: CaseStatusResolvers;
  CaseSummary?: CaseSummaryResolvers<ContextType>;
  CaseSummaryConnection?: CaseSummaryConnectionResolvers<ContextType>;
  CaseSummaryEdge?: CaseSummaryEdgeResolvers<ContextType>;
  CaseSurplus?: CaseSurplusResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimCasePayload?: ClaimCasePayloadResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimLine?: ClaimLineResolvers<ContextType>;
  ClaimStatus?: ClaimStatusResolvers;
  CloseCaseWithSurplusPayload?: CloseCaseWithSurplusPayloadResolvers<ContextType>;
  CloseMatchingPoolPayload?: CloseMatchingPoolPayloadResolvers<ContextType>;
  ConfigureReliefFundPayload?: ConfigureReliefFundPayloadResolvers<ContextType>;
  ConfirmOfflinePledgePayload?: ConfirmOfflinePledgePayloadResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentKind?: ConsentKindResolvers;
  CreateMatchingPoolPayload?: CreateMatchingPoolPayloadResolvers<ContextType>;
  CreatePledgePayload?: CreatePledgePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeclineMatchPayload?: DeclineMatchPayloadResolvers<ContextType>;
  Disbursement?: DisbursementResolvers<ContextType>;
  DisbursementRights?: DisbursementRightsResolvers<ContextType>;
  DisbursementStatus?: DisbursementStatusResolvers;
  DisputeStatus?: DisputeStatusResolvers;
  DocumentRequirement?: DocumentRequirementResolvers<ContextType>;
  DuplicateCheck?: DuplicateCheckResolvers<ContextType>;
  EscalationTier?: EscalationTierResolvers;
  EvidenceFile?: EvidenceFileResolvers<ContextType>;
  FastTrack?: FastTrackResolvers<ContextType>;
  FastTrackPayload?: FastTrackPayloadResolvers<ContextType>;
  Fen?: GraphQLScalarType;
  FulfilClaimPayload?: FulfilClaimPayloadResolvers<ContextType>;
  FundIncome?: FundIncomeResolvers<ContextType>;
  FundPayments?: FundPaymentsResolvers<ContextType>;
  FundSource?: FundSourceResolvers;
  FundStatement?: FundStatementResolvers<ContextType>;
  GrantStaffRolePayload?: GrantStaffRolePayloadResolvers<ContextType>;
  HardshipType?: HardshipTypeResolvers;
  IntakeChannel?: IntakeChannelResolvers;
  IntakeNotice?: IntakeNoticeResolvers<ContextType>;
  IntakePayload?: IntakePayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  JointMeetingItem?: JointMeetingItemResolvers<ContextType>;
  JointMeetingItemConnection?: JointMeetingItemConnectionResolvers<ContextType>;
  JointMeetingItemEdge?: JointMeetingItemEdgeResolvers<ContextType>;
  JointMeetingItemPayload?: JointMeetingItemPayloadResolvers<ContextType>;
  MarkDisbursedPayload?: MarkDisbursedPayloadResolvers<ContextType>;
  MatchExplanation?: MatchExplanationResolvers<ContextType>;
  MatchFactor?: MatchFactorResolvers<ContextType>;
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
  NeedKind?: NeedKindResolvers;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationKind?: OrganizationKindResolvers;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayFromReliefFundPayload?: PayFromReliefFundPayloadResolvers<ContextType>;
  PayableNeed?: PayableNeedResolvers<ContextType>;
  PayeeKind?: PayeeKindResolvers;
  Payment?: PaymentResolvers<ContextType>;
  PaymentMethod?: PaymentMethodResolvers;
  Pledge?: PledgeResolvers<ContextType>;
  PledgeConnection?: PledgeConnectionResolvers<ContextType>;
  PledgeEdge?: PledgeEdgeResolvers<ContextType>;
  PledgeReleaseReason?: PledgeReleaseReasonResolvers;
  PledgeStatus?: PledgeStatusResolvers;
  PoolMatch?: PoolMatchResolvers<ContextType>;
  PublicCase?: PublicCaseResolvers<ContextType>;
  PublicCaseConnection?: PublicCaseConnectionResolvers<ContextType>;
  PublicCaseEdge?: PublicCaseEdgeResolvers<ContextType>;
  PublicNeed?: PublicNeedResolvers<ContextType>;
  PublicPledge?: PublicPledgeResolvers<ContextType>;
  PublicPledgeConnection?: PublicPledgeConnectionResolvers<ContextType>;
  PublicPledgeEdge?: PublicPledgeEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  RecordFundIncomePayload?: RecordFundIncomePayloadResolvers<ContextType>;
  ReduceNeedPayload?: ReduceNeedPayloadResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  ReferralPayload?: ReferralPayloadResolvers<ContextType>;
  ReferralStatus?: ReferralStatusResolvers;
  RefundPledgePayload?: RefundPledgePayloadResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  RegionSettings?: RegionSettingsResolvers<ContextType>;
  RegionSettingsPayload?: RegionSettingsPayloadResolvers<ContextType>;
  ReleaseClaimPayload?: ReleaseClaimPayloadResolvers<ContextType>;
  ReliefFund?: ReliefFundResolvers<ContextType>;
  ReportPayload?: ReportPayloadResolvers<ContextType>;
  ReportStatus?: ReportStatusResolvers<ContextType>;
  ReportStatusConnection?: ReportStatusConnectionResolvers<ContextType>;
  ReportStatusEdge?: ReportStatusEdgeResolvers<ContextType>;
  RequestDisbursementPayload?: RequestDisbursementPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  SettingKey?: SettingKeyResolvers;
  SettingSource?: SettingSourceResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  SurplusAllocation?: SurplusAllocationResolvers<ContextType>;
  SurplusPreference?: SurplusPreferenceResolvers;
  SurplusReason?: SurplusReasonResolvers;
  SurplusStatus?: SurplusStatusResolvers;
  Urgency?: UrgencyResolvers;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VerificationOutcome?: VerificationOutcomeResolvers;
  Viewer?: ViewerResolvers<ContextType>;
}>;

