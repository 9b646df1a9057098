/**
 * Operations of the staff's alarms (`myAlarms`, `markAlarmRead`, schema/cases.graphql) and of referrals
 * between agencies (schema/referrals.graphql): the referrals sent to the caller's organisations,
 * answering and completing them, and referring a case onward.
 */
import { op, type UserError } from './client';
import type { CaseStatus } from './desk';
import type { PageInfo } from './donor';

const USER_ERRORS = 'userErrors { field code message amount }';

// ---------------------------------------------------------------- alarms

export interface Alarm {
  id: string;
  kind: string;
  /** In English; `details` are its facts by name, for wording it here. */
  title: string;
  details: { name: string; value: string }[];
  caseRef: { id: string; reference: string } | null;
  createdAt: string;
  readAt: string | null;
}
const ALARM_FIELDS = 'id kind title details { name value } caseRef { id reference } createdAt readAt';

/** The newest alarms and, separately, how many are unread in all. */
export const MyAlarmsQuery = op<{ all: { nodes: Alarm[]; totalCount: number }; unread: { totalCount: number } }, { first: number }>(
  'MyAlarms',
  `query MyAlarms($first: Int) { all: myAlarms(first: $first) { nodes { ${ALARM_FIELDS} } totalCount } unread: myAlarms(unreadOnly: true, first: 1) { totalCount } }`,
);

export const MarkAlarmReadMutation = op<{ markAlarmRead: { alarm: Alarm | null; userErrors: UserError[] } }, { input: { id: string } }>(
  'MarkAlarmRead',
  `mutation MarkAlarmRead($input: MarkAlarmReadInput!) { markAlarmRead(input: $input) { alarm { ${ALARM_FIELDS} } ${USER_ERRORS} } }`,
);

// ---------------------------------------------------------------- referrals

export type ReferralStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED';
export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED'];
export const isReferralStatus = (v: string): v is ReferralStatus => (REFERRAL_STATUSES as readonly string[]).includes(v);

export interface Referral {
  id: string;
  caseRef: { id: string; reference: string; status: CaseStatus };
  fromOrganization: { id: string; name: string } | null;
  toOrganization: { id: string; name: string } | null;
  status: ReferralStatus;
  request: string;
  dueAt: string;
  escalationLevel: number;
  declineReason: string | null;
  outcome: string | null;
  respondedAt: string | null;
  createdAt: string;
}
export const REFERRAL_FIELDS =
  'id caseRef { id reference status } fromOrganization { id name } toOrganization { id name } status request dueAt escalationLevel declineReason outcome respondedAt createdAt';

export const IncomingReferralsQuery = op<{ incomingReferrals: { nodes: Referral[]; pageInfo: PageInfo; totalCount: number } }, { status?: ReferralStatus | null; first: number; after?: string | null }>(
  'IncomingReferrals',
  `query IncomingReferrals($status: ReferralStatus, $first: Int, $after: String) { incomingReferrals(status: $status, first: $first, after: $after) {
    nodes { ${REFERRAL_FIELDS} } pageInfo { hasNextPage endCursor } totalCount } }`,
);

/** The referrals of one case (what the desk sees of it, including those sent back to the desk). */
export const CaseReferralsQuery = op<{ case: { id: string; referrals: Referral[] } }, { id: string }>(
  'CaseReferrals',
  `query CaseReferrals($id: ID!) { case(id: $id) { id referrals { ${REFERRAL_FIELDS} } } }`,
);

export interface ReferralPayload {
  referral: Referral | null;
  userErrors: UserError[];
}

export interface CreateReferralInput {
  caseId: string;
  toOrganizationId?: string | null;
  request: string;
  dueWorkingDays?: number | null;
}
export const CreateReferralMutation = op<{ createReferral: ReferralPayload }, { input: CreateReferralInput }>(
  'CreateReferral',
  `mutation CreateReferral($input: CreateReferralInput!) { createReferral(input: $input) { referral { ${REFERRAL_FIELDS} } ${USER_ERRORS} } }`,
);

export const RespondToReferralMutation = op<{ respondToReferral: ReferralPayload }, { input: { referralId: string; accept: boolean; reason?: string | null } }>(
  'RespondToReferral',
  `mutation RespondToReferral($input: RespondToReferralInput!) { respondToReferral(input: $input) { referral { ${REFERRAL_FIELDS} } ${USER_ERRORS} } }`,
);

export const CompleteReferralMutation = op<{ completeReferral: ReferralPayload }, { input: { referralId: string; outcome: string } }>(
  'CompleteReferral',
  `mutation CompleteReferral($input: CompleteReferralInput!) { completeReferral(input: $input) { referral { ${REFERRAL_FIELDS} } ${USER_ERRORS} } }`,
);

/** Verified organisations serving the case's region: whom the desk may refer a case to. */
export const ReferralTargetsQuery = op<{ organizations: { nodes: { id: string; name: string; kind: string }[] } }, { regionCode: string }>(
  'ReferralTargets',
  'query ReferralTargets($regionCode: String) { organizations(filter: { servesRegionCode: $regionCode, verified: true }, first: 100) { nodes { id name kind } } }',
);
