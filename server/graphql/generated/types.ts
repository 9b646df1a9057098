/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionRow } from '../../regions/region.data';
import type { UserRecord, MembershipRecord, ViewerModel, InvitationRecord } from '../../accounts/account.model';
import type { OrganizationRecord } from '../../organizations/organization.model';
import type { CaseSummaryModel, NeedRecord, CaseMatchRecord, CaseEscalationRecord } from '../../matching/matching.model';
import type { ClaimRecord, ClaimLineRecord, AssistanceRecordRow } from '../../claims/claim.model';
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

/** Aid given to a case, recorded after the aid (救后录入). */
export type AssistanceRecord = {
  __typename?: 'AssistanceRecord';
  /** Its value, in fen. */
  amount: Scalars['Fen']['output'];
  /** When it was given. */
  givenAt: Scalars['DateTime']['output'];
  /** The record's opaque global ID. */
  id: Scalars['ID']['output'];
  /** What kind of aid. */
  kind: AssistanceKind;
  /** The hardship it answered (the case's category). */
  reason?: Maybe<Scalars['String']['output']>;
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

/** Where a case stands in its lifecycle. */
export type CaseStatus =
  /** Closed. */
  | 'closed'
  /** Money is being paid out. */
  | 'disbursing'
  /** A duplicate of another case. */
  | 'duplicate'
  /** Sent to the county joint meeting. */
  | 'escalated'
  /** Helped first on the fast track; paperwork follows. */
  | 'fast_tracked'
  /** Every need is covered. */
  | 'funded'
  /** Being taken in. */
  | 'intake'
  /** Claimed or partly funded. */
  | 'in_progress'
  /** Rejected at verification. */
  | 'rejected'
  /** Reported, not yet taken in. */
  | 'reported'
  /** Verified and published to matching. */
  | 'verified'
  /** Being verified. */
  | 'verifying'
  /** Withdrawn by the person. */
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

/** The national case types (民发〔2018〕23号). */
export type HardshipType =
  /** 支出型: necessary spending beyond what the household can bear. */
  | 'expenditure'
  /** 急难型: a sudden emergency or accident. */
  | 'sudden';

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

/** The root of every change. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation with its token. */
  acceptInvitation: MembershipPayload;
  /** Adds an existing user to an organisation. Its ORG_ADMINs and admins of its home region may do this. */
  addMember: MembershipPayload;
  /** An organisation commits to all or part of some needs of a case it was matched to. */
  claimCase: ClaimCasePayload;
  /** Registers an organisation. The caller becomes its first ORG_ADMIN; it stays unverified until staff verify it. */
  createOrganization: OrganizationPayload;
  /** An organisation declines a matched case with a reason; the case is matched again without it. */
  declineMatch: DeclineMatchPayload;
  /** Records aid the organisation gave against its claim. */
  fulfilClaim: FulfilClaimPayload;
  /** Grants a staff role in a region. Only an admin whose region covers that region may do this. */
  grantStaffRole: GrantStaffRolePayload;
  /** Invites a person by email to an organisation. Its ORG_ADMINs and admins of its home region may do this. */
  inviteMember: InviteMemberPayload;
  /** Does nothing; returns true. Lets a client check that it may send mutations. */
  ping: Scalars['Boolean']['output'];
  /** Gives a claim back (the organisation, or caseworkers and admins of the case's region). */
  releaseClaim: ReleaseClaimPayload;
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
export type MutationClaimCaseArgs = {
  input: ClaimCaseInput;
};


/** The root of every change. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** The root of every change. */
export type MutationDeclineMatchArgs = {
  input: DeclineMatchInput;
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
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** The root of every change. */
export type MutationReleaseClaimArgs = {
  input: ReleaseClaimInput;
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

/** What a need asks for. */
export type NeedKind =
  /** Money to the person. */
  | 'cash'
  /** Goods. */
  | 'in_kind'
  /** A medical bill, usually paid to the hospital. */
  | 'medical_bill'
  /** Work such as care or counselling. */
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

/** The root of every read. */
export type Query = {
  __typename?: 'Query';
  /** A case's escalation history, oldest first. For staff of the case's region. */
  caseEscalations: Array<CaseEscalation>;
  /** Claims on a case, newest first. For staff of the case's region and for the claiming organisations (their own claims). */
  claimsForCase: Array<Claim>;
  /**
   * An organisation's inbox: cases matched to it and not declined, most urgent first and newest first within an
   * urgency, each with its explanation. For the organisation's members.
   */
  matchedCases: CaseMatchConnection;
  /** The organisations matched to a case, best first, with explanations. For staff of the case's region. */
  matchesForCase: Array<CaseMatch>;
  /** Fetches any object by its global ID, if the caller may see it. */
  node?: Maybe<Node>;
  /** One organisation by ID; an error with code `NOT_FOUND` when it does not exist or the caller may not see it. */
  organization: Organization;
  /** Organisations the caller may see: verified ones for everyone, unverified ones for their members and staff of their region. */
  organizations: OrganizationConnection;
  /** Published cases open for help, for donors: most urgent first, then newest. Public data only. */
  recommendedCases: CaseSummaryConnection;
  /** One region by its GB/T 2260 code. An unknown code is an error with code `REGION_NOT_FOUND`. */
  region: Region;
  /** The regions directly under `parentCode`, or the provinces when it is omitted. An unknown parent is an error with code `REGION_NOT_FOUND`. */
  regions: Array<Region>;
  /** The signed-in user, or null when the request carries no valid session. */
  viewer?: Maybe<Viewer>;
};


/** The root of every read. */
export type QueryCaseEscalationsArgs = {
  caseId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryClaimsForCaseArgs = {
  caseId: Scalars['ID']['input'];
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
export type QueryRegionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
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

/** How urgent a case is, as set at verification. */
export type Urgency =
  /** Life or basic living is at immediate risk; unclaimed needs escalate after 24 hours by default. */
  | 'critical'
  /** Serious; unclaimed needs escalate after 72 hours by default. */
  | 'high'
  /** Can wait; unclaimed needs escalate after 14 days by default. */
  | 'low'
  /** Ordinary; unclaimed needs escalate after 7 days by default. */
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
    | ( CaseMatchRecord )
    | ( CaseSummaryModel )
    | ( ClaimRecord )
    | ( InvitationRecord )
    | ( MembershipRecord )
    | ( OrganizationRecord )
    | ( RegionRow )
    | ( UserRecord )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddMemberInput: AddMemberInput;
  AssistanceKind: AssistanceKind;
  AssistanceRecord: ResolverTypeWrapper<AssistanceRecordRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CaseEscalation: ResolverTypeWrapper<CaseEscalationRecord>;
  CaseMatch: ResolverTypeWrapper<CaseMatchRecord>;
  CaseMatchConnection: ResolverTypeWrapper<Omit<CaseMatchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseMatchEdge']>, nodes: Array<ResolversTypes['CaseMatch']> }>;
  CaseMatchEdge: ResolverTypeWrapper<Omit<CaseMatchEdge, 'node'> & { node: ResolversTypes['CaseMatch'] }>;
  CaseNeedSummary: ResolverTypeWrapper<NeedRecord>;
  CaseStatus: CaseStatus;
  CaseSummary: ResolverTypeWrapper<CaseSummaryModel>;
  CaseSummaryConnection: ResolverTypeWrapper<Omit<CaseSummaryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseSummaryEdge']>, nodes: Array<ResolversTypes['CaseSummary']> }>;
  CaseSummaryEdge: ResolverTypeWrapper<Omit<CaseSummaryEdge, 'node'> & { node: ResolversTypes['CaseSummary'] }>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimCaseInput: ClaimCaseInput;
  ClaimCasePayload: ResolverTypeWrapper<Omit<ClaimCasePayload, 'case' | 'claim'> & { case?: Maybe<ResolversTypes['CaseSummary']>, claim?: Maybe<ResolversTypes['Claim']> }>;
  ClaimLine: ResolverTypeWrapper<ClaimLineRecord>;
  ClaimStatus: ClaimStatus;
  CreateOrganizationInput: CreateOrganizationInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineMatchInput: DeclineMatchInput;
  DeclineMatchPayload: ResolverTypeWrapper<Omit<DeclineMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['CaseMatch']> }>;
  EscalationTier: EscalationTier;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FulfilClaimInput: FulfilClaimInput;
  FulfilClaimPayload: ResolverTypeWrapper<Omit<FulfilClaimPayload, 'assistanceRecords' | 'claim'> & { assistanceRecords?: Maybe<Array<ResolversTypes['AssistanceRecord']>>, claim?: Maybe<ResolversTypes['Claim']> }>;
  GrantStaffRoleInput: GrantStaffRoleInput;
  GrantStaffRolePayload: ResolverTypeWrapper<Omit<GrantStaffRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  HardshipType: HardshipType;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationRecord>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  MatchExplanation: ResolverTypeWrapper<CaseMatchRecord>;
  MatchFactor: ResolverTypeWrapper<MatchFactor>;
  Membership: ResolverTypeWrapper<MembershipRecord>;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeedKind: NeedKind;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationRecord>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendedCaseFilter: RecommendedCaseFilter;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionLevel: RegionLevel;
  ReleaseClaimInput: ReleaseClaimInput;
  ReleaseClaimPayload: ResolverTypeWrapper<Omit<ReleaseClaimPayload, 'claim'> & { claim?: Maybe<ResolversTypes['Claim']> }>;
  Role: Role;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  SignOutInput: SignOutInput;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  SignUpInput: SignUpInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  Urgency: Urgency;
  User: ResolverTypeWrapper<UserRecord>;
  UserError: ResolverTypeWrapper<UserError>;
  VerifyOrganizationInput: VerifyOrganizationInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddMemberInput: AddMemberInput;
  AssistanceRecord: AssistanceRecordRow;
  Boolean: Scalars['Boolean']['output'];
  CaseEscalation: CaseEscalationRecord;
  CaseMatch: CaseMatchRecord;
  CaseMatchConnection: Omit<CaseMatchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseMatchEdge']>, nodes: Array<ResolversParentTypes['CaseMatch']> };
  CaseMatchEdge: Omit<CaseMatchEdge, 'node'> & { node: ResolversParentTypes['CaseMatch'] };
  CaseNeedSummary: NeedRecord;
  CaseSummary: CaseSummaryModel;
  CaseSummaryConnection: Omit<CaseSummaryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseSummaryEdge']>, nodes: Array<ResolversParentTypes['CaseSummary']> };
  CaseSummaryEdge: Omit<CaseSummaryEdge, 'node'> & { node: ResolversParentTypes['CaseSummary'] };
  Claim: ClaimRecord;
  ClaimCaseInput: ClaimCaseInput;
  ClaimCasePayload: Omit<ClaimCasePayload, 'case' | 'claim'> & { case?: Maybe<ResolversParentTypes['CaseSummary']>, claim?: Maybe<ResolversParentTypes['Claim']> };
  ClaimLine: ClaimLineRecord;
  CreateOrganizationInput: CreateOrganizationInput;
  DateTime: Scalars['DateTime']['output'];
  DeclineMatchInput: DeclineMatchInput;
  DeclineMatchPayload: Omit<DeclineMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['CaseMatch']> };
  Fen: Scalars['Fen']['output'];
  Float: Scalars['Float']['output'];
  FulfilClaimInput: FulfilClaimInput;
  FulfilClaimPayload: Omit<FulfilClaimPayload, 'assistanceRecords' | 'claim'> & { assistanceRecords?: Maybe<Array<ResolversParentTypes['AssistanceRecord']>>, claim?: Maybe<ResolversParentTypes['Claim']> };
  GrantStaffRoleInput: GrantStaffRoleInput;
  GrantStaffRolePayload: Omit<GrantStaffRolePayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: InvitationRecord;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  MatchExplanation: CaseMatchRecord;
  MatchFactor: MatchFactor;
  Membership: MembershipRecord;
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRecord;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecommendedCaseFilter: RecommendedCaseFilter;
  Region: RegionRow;
  ReleaseClaimInput: ReleaseClaimInput;
  ReleaseClaimPayload: Omit<ReleaseClaimPayload, 'claim'> & { claim?: Maybe<ResolversParentTypes['Claim']> };
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  SignOutInput: SignOutInput;
  SignOutPayload: SignOutPayload;
  SignUpInput: SignUpInput;
  String: Scalars['String']['output'];
  UpdateOrganizationInput: UpdateOrganizationInput;
  User: UserRecord;
  UserError: UserError;
  VerifyOrganizationInput: VerifyOrganizationInput;
  Viewer: ViewerModel;
}>;

export type AssistanceKindResolvers = { CASH: 'cash', IN_KIND: 'in_kind', MEDICAL_BILL: 'medical_bill', SERVICE: 'service' };

export type AssistanceRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceRecord'] = ResolversParentTypes['AssistanceRecord']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CaseEscalationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseEscalation'] = ResolversParentTypes['CaseEscalation']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromTier?: Resolver<ResolversTypes['EscalationTier'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newlyMatchedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toTier?: Resolver<ResolversTypes['EscalationTier'], ParentType, ContextType>;
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

export type CaseNeedSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseNeedSummary'] = ResolversParentTypes['CaseNeedSummary']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funded?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NeedKind'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
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

export type ClaimLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLine'] = ResolversParentTypes['ClaimLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['CaseNeedSummary'], ParentType, ContextType>;
}>;

export type ClaimStatusResolvers = { ACTIVE: 'active', EXPIRED: 'expired', FULFILLED: 'fulfilled', RELEASED: 'released' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclineMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclineMatchPayload'] = ResolversParentTypes['DeclineMatchPayload']> = ResolversObject<{
  match?: Resolver<Maybe<ResolversTypes['CaseMatch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EscalationTierResolvers = { ENTERPRISE_POOL: 'enterprise_pool', JOINT_MEETING: 'joint_meeting', LOCAL_CHARITY: 'local_charity', PROVINCE: 'province', RED_CROSS: 'red_cross' };

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FulfilClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FulfilClaimPayload'] = ResolversParentTypes['FulfilClaimPayload']> = ResolversObject<{
  assistanceRecords?: Resolver<Maybe<Array<ResolversTypes['AssistanceRecord']>>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type GrantStaffRolePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantStaffRolePayload'] = ResolversParentTypes['GrantStaffRolePayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type HardshipTypeResolvers = { EXPENDITURE: 'expenditure', SUDDEN: 'sudden' };

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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  addMember?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'input'>>;
  claimCase?: Resolver<ResolversTypes['ClaimCasePayload'], ParentType, ContextType, RequireFields<MutationClaimCaseArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  declineMatch?: Resolver<ResolversTypes['DeclineMatchPayload'], ParentType, ContextType, RequireFields<MutationDeclineMatchArgs, 'input'>>;
  fulfilClaim?: Resolver<ResolversTypes['FulfilClaimPayload'], ParentType, ContextType, RequireFields<MutationFulfilClaimArgs, 'input'>>;
  grantStaffRole?: Resolver<ResolversTypes['GrantStaffRolePayload'], ParentType, ContextType, RequireFields<MutationGrantStaffRoleArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  releaseClaim?: Resolver<ResolversTypes['ReleaseClaimPayload'], ParentType, ContextType, RequireFields<MutationReleaseClaimArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType, Partial<MutationSignOutArgs>>;
  signUp?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  verifyOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationVerifyOrganizationArgs, 'input'>>;
}>;

export type NeedKindResolvers = { CASH: 'cash', IN_KIND: 'in_kind', MEDICAL_BILL: 'medical_bill', SERVICE: 'service' };

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CaseMatch' | 'CaseSummary' | 'Claim' | 'Invitation' | 'Membership' | 'Organization' | 'Region' | 'User', ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  caseEscalations?: Resolver<Array<ResolversTypes['CaseEscalation']>, ParentType, ContextType, RequireFields<QueryCaseEscalationsArgs, 'caseId'>>;
  claimsForCase?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimsForCaseArgs, 'caseId'>>;
  matchedCases?: Resolver<ResolversTypes['CaseMatchConnection'], ParentType, ContextType, RequireFields<QueryMatchedCasesArgs, 'organizationId'>>;
  matchesForCase?: Resolver<Array<ResolversTypes['CaseMatch']>, ParentType, ContextType, RequireFields<QueryMatchesForCaseArgs, 'caseId'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  recommendedCases?: Resolver<ResolversTypes['CaseSummaryConnection'], ParentType, ContextType, Partial<QueryRecommendedCasesArgs>>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
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

export type ReleaseClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleaseClaimPayload'] = ResolversParentTypes['ReleaseClaimPayload']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
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
  AssistanceKind?: AssistanceKindResolvers;
  AssistanceRecord?: AssistanceRecordResolvers<ContextType>;
  CaseEscalation?: CaseEscalationResolvers<ContextType>;
  CaseMatch?: CaseMatchResolvers<ContextType>;
  CaseMatchConnection?: CaseMatchConnectionResolvers<ContextType>;
  CaseMatchEdge?: CaseMatchEdgeResolvers<ContextType>;
  CaseNeedSummary?: CaseNeedSummaryResolvers<ContextType>;
  CaseStatus?: CaseStatusResolvers;
  CaseSummary?: CaseSummaryResolvers<ContextType>;
  CaseSummaryConnection?: CaseSummaryConnectionResolvers<ContextType>;
  CaseSummaryEdge?: CaseSummaryEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimCasePayload?: ClaimCasePayloadResolvers<ContextType>;
  ClaimLine?: ClaimLineResolvers<ContextType>;
  ClaimStatus?: ClaimStatusResolvers;
  DateTime?: GraphQLScalarType;
  DeclineMatchPayload?: DeclineMatchPayloadResolvers<ContextType>;
  EscalationTier?: EscalationTierResolvers;
  Fen?: GraphQLScalarType;
  FulfilClaimPayload?: FulfilClaimPayloadResolvers<ContextType>;
  GrantStaffRolePayload?: GrantStaffRolePayloadResolvers<ContextType>;
  HardshipType?: HardshipTypeResolvers;
  Invitation?: InvitationResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  MatchExplanation?: MatchExplanationResolvers<ContextType>;
  MatchFactor?: MatchFactorResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeedKind?: NeedKindResolvers;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationKind?: OrganizationKindResolvers;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionLevel?: RegionLevelResolvers;
  ReleaseClaimPayload?: ReleaseClaimPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  Urgency?: UrgencyResolvers;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

