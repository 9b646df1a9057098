/**
 * Operations of the case desk and of discovery reports: reporting a case,
 * the reporter's own reports, the desk's list of cases and one case with its actions.
 * Everything here is in schema/cases.graphql (and regionSettings / organizations for the choices).
 */
import { op, type Operation, type UserError } from './client';
import type { PageInfo, Urgency } from './donor';
import type { PayeeKind } from './payouts';

export type CaseStatus =
  | 'REPORTED'
  | 'INTAKE'
  | 'FAST_TRACKED'
  | 'VERIFYING'
  | 'VERIFIED'
  | 'IN_PROGRESS'
  | 'FUNDED'
  | 'DISBURSING'
  | 'CLOSED'
  | 'REJECTED'
  | 'DUPLICATE'
  | 'WITHDRAWN'
  | 'ESCALATED';
export const CASE_STATUSES: readonly CaseStatus[] = ['REPORTED', 'INTAKE', 'FAST_TRACKED', 'VERIFYING', 'VERIFIED', 'IN_PROGRESS', 'FUNDED', 'DISBURSING', 'CLOSED', 'REJECTED', 'DUPLICATE', 'WITHDRAWN', 'ESCALATED'];
export const isCaseStatus = (v: string): v is CaseStatus => (CASE_STATUSES as readonly string[]).includes(v);

export const URGENCIES: readonly Urgency[] = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'];
export const isUrgency = (v: string): v is Urgency => (URGENCIES as readonly string[]).includes(v);

export type HardshipType = 'SUDDEN' | 'EXPENDITURE';
export const HARDSHIP_TYPES: readonly HardshipType[] = ['SUDDEN', 'EXPENDITURE'];
export const isHardshipType = (v: string): v is HardshipType => (HARDSHIP_TYPES as readonly string[]).includes(v);

export type NeedKind = 'CASH' | 'IN_KIND' | 'SERVICE' | 'MEDICAL_BILL';
export const NEED_KINDS: readonly NeedKind[] = ['CASH', 'IN_KIND', 'SERVICE', 'MEDICAL_BILL'];
export const isNeedKind = (v: string): v is NeedKind => (NEED_KINDS as readonly string[]).includes(v);

export type VerificationOutcome = 'ELIGIBLE' | 'INELIGIBLE' | 'PENDING_DOCUMENTS' | 'WAIVED_EMERGENCY';
export const VERIFICATION_OUTCOMES: readonly VerificationOutcome[] = ['ELIGIBLE', 'INELIGIBLE', 'PENDING_DOCUMENTS', 'WAIVED_EMERGENCY'];
export const isVerificationOutcome = (v: string): v is VerificationOutcome => (VERIFICATION_OUTCOMES as readonly string[]).includes(v);

/** The kinds of reporter `reportDiscovery` accepts (ReportDiscoveryInput.reporterKind). */
export const REPORTER_KINDS = [
  'grid_worker',
  'police',
  'traffic_police',
  'city_management',
  'rescue_station',
  'minors_protection',
  'village_committee',
  'cadre',
  'taxi_driver',
  'social_worker',
  'charity_worker',
  'volunteer',
  'hotline',
  'public',
] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];
export const isReporterKind = (v: string): v is ReporterKind => (REPORTER_KINDS as readonly string[]).includes(v);

const USER_ERRORS = 'userErrors { field code message amount }';

// ---------------------------------------------------------------- reporting

export interface DocumentRequirement {
  code: string;
  label: string;
}
export interface IntakeNotice {
  category: string | null;
  missingDocuments: DocumentRequirement[];
  message: string;
}
export interface ReportStatus {
  reference: string;
  status: CaseStatus;
  decisionReason: string | null;
  createdAt: string;
}
const REPORT_STATUS_FIELDS = 'reference status decisionReason createdAt';
const NOTICE_FIELDS = 'category missingDocuments { code label } message';

export interface PersonInput {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  household?: string | null;
  notes?: string | null;
}
export interface ReportDiscoveryInput {
  regionCode: string;
  reporterKind?: ReporterKind | null;
  situation: string;
  category?: string | null;
  urgency?: Urgency | null;
  person?: PersonInput | null;
}
export const ReportDiscoveryMutation = op<{ reportDiscovery: { report: ReportStatus | null; notice: IntakeNotice | null; userErrors: UserError[] } }, { input: ReportDiscoveryInput }>(
  'ReportDiscovery',
  `mutation ReportDiscovery($input: ReportDiscoveryInput!) { reportDiscovery(input: $input) { report { ${REPORT_STATUS_FIELDS} } notice { ${NOTICE_FIELDS} } ${USER_ERRORS} } }`,
);

export const MyReportsQuery = op<{ myReports: { nodes: ReportStatus[]; pageInfo: PageInfo; totalCount: number } }, { first?: number; after?: string | null }>(
  'MyReports',
  `query MyReports($first: Int, $after: String) { myReports(first: $first, after: $after) { nodes { ${REPORT_STATUS_FIELDS} } pageInfo { hasNextPage endCursor } totalCount } }`,
);

export interface CaseCategory {
  code: string;
  label: string;
  hardshipType: HardshipType;
}
export const RegionCaseCategoriesQuery = op<{ regionSettings: { categories: CaseCategory[]; caseCap: string; townshipApprovalLimit: string } }, { code: string }>(
  'RegionCaseCategories',
  'query RegionCaseCategories($code: String!) { regionSettings(code: $code) { categories { code label hardshipType } caseCap townshipApprovalLimit } }',
);

// ---------------------------------------------------------------- the desk list

export interface CaseSummary {
  id: string;
  reference: string;
  status: CaseStatus;
  category: string | null;
  urgency: Urgency;
  region: { code: string; name: string };
  dueAt: string | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}
const CASE_SUMMARY_FIELDS = 'id reference status category urgency region { code name } dueAt overdue createdAt updatedAt';

export interface CaseFilter {
  status?: CaseStatus[] | null;
  regionCode?: string | null;
  urgency?: Urgency | null;
  overdue?: boolean | null;
}
export const DeskCasesQuery = op<{ cases: { nodes: CaseSummary[]; pageInfo: PageInfo; totalCount: number } }, { filter?: CaseFilter; first?: number; after?: string | null }>(
  'DeskCases',
  `query DeskCases($filter: CaseFilter, $first: Int, $after: String) { cases(filter: $filter, first: $first, after: $after) {
    nodes { ${CASE_SUMMARY_FIELDS} } pageInfo { hasNextPage endCursor } totalCount } }`,
);

// ---------------------------------------------------------------- one case

interface UserRef {
  id: string;
  name: string;
}
export interface CaseRef {
  id: string;
  reference: string;
  status: CaseStatus;
}
export interface DeskCase extends CaseSummary {
  hardshipType: HardshipType | null;
  intakeChannel: string;
  reporterKind: string | null;
  situation: string | null;
  beneficiary: {
    identified: boolean;
    name: string | null;
    idNumber: string | null;
    phone: string | null;
    household: string | null;
    notes: string | null;
    consents: { kind: 'PUBLISH' | 'SHARE'; active: boolean; grantedAt: string }[];
  } | null;
  handler: UserRef | null;
  backupHandler: UserRef | null;
  referrer: UserRef | null;
  verificationOutcome: VerificationOutcome | null;
  verificationNotes: string | null;
  decisionReason: string | null;
  publicSummary: string | null;
  published: boolean;
  duplicateOf: CaseRef | null;
  possibleDuplicateOf: CaseRef | null;
  needs: { id: string; kind: NeedKind; description: string; payeeKind: PayeeKind; payeeName: string | null; amount: string; remaining: string }[];
  notice: IntakeNotice;
  evidence: { id: string; documentKind: string; fileName: string; uploadedAt: string }[];
  fastTrack: { amount: string; fund: { id: string; name: string }; decidedAt: string; paperworkDueAt: string; clearedAt: string | null; overdue: boolean } | null;
  repeatAidOverrideReason: string | null;
  version: number;
  /** The status moves the signed-in person may make now, as the server decides them. */
  viewerActions: CaseAction[];
}
const CASE_FIELDS = `${CASE_SUMMARY_FIELDS} hardshipType intakeChannel reporterKind situation
  beneficiary { identified name idNumber phone household notes consents { kind active grantedAt } }
  handler { id name } backupHandler { id name } referrer { id name }
  verificationOutcome verificationNotes decisionReason publicSummary published
  duplicateOf { id reference status } possibleDuplicateOf { id reference status }
  needs { id kind description payeeKind payeeName amount remaining }
  notice { ${NOTICE_FIELDS} }
  evidence { id documentKind fileName uploadedAt }
  fastTrack { amount fund { id name } decidedAt paperworkDueAt clearedAt overdue }
  repeatAidOverrideReason version viewerActions`;

export const DeskCaseQuery = op<{ case: DeskCase }, { id: string }>('DeskCase', `query DeskCase($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`);

export interface DuplicateCheck {
  openCases: CaseRef[];
  sameReasonCases: CaseRef[];
  sameReasonAssistance: { id: string; kind: string; amount: string; givenOn: string }[];
  repeatAidThisYear: boolean;
}
export const DuplicateCheckQuery = op<{ duplicateCheck: DuplicateCheck }, { caseId: string }>(
  'DuplicateCheck',
  'query DuplicateCheck($caseId: ID!) { duplicateCheck(caseId: $caseId) { openCases { id reference status } sameReasonCases { id reference status } sameReasonAssistance { id kind amount givenOn } repeatAidThisYear } }',
);

export const ReliefFundsQuery = op<{ organizations: { nodes: { id: string; name: string }[] } }, { regionCode: string }>(
  'ReliefFunds',
  'query ReliefFunds($regionCode: String) { organizations(filter: { kinds: [RELIEF_FUND], servesRegionCode: $regionCode, verified: true }, first: 50) { nodes { id name } } }',
);

// ---------------------------------------------------------------- actions

/** What every action answers: the case as it is now (reloaded anyway) and the userErrors. */
export interface ActionPayload {
  userErrors: UserError[];
}
function action<K extends string, V>(field: K, name: string, inputType: string): Operation<Record<K, ActionPayload>, { input: V }> {
  return op<Record<K, ActionPayload>, { input: V }>(name, `mutation ${name}($input: ${inputType}!) { ${field}(input: $input) { ${USER_ERRORS} } }`);
}

export interface TriageInput {
  caseId: string;
  category?: string | null;
  urgency?: Urgency | null;
}
export interface RecordVerificationInput {
  caseId: string;
  outcome: VerificationOutcome;
  notes?: string | null;
}
export interface NeedInput {
  kind: NeedKind;
  description?: string | null;
  amount: string;
  payeeKind?: PayeeKind | null;
  payeeName?: string | null;
}
export interface VerifyCaseInput {
  caseId: string;
  category: string;
  hardshipType: HardshipType;
  urgency: Urgency;
  needs: NeedInput[];
  publish: boolean;
  publicSummary?: string | null;
  repeatAidOverrideReason?: string | null;
}
export interface FastTrackInput {
  caseId: string;
  amount: string;
  fundOrganizationId: string;
  repeatAidOverrideReason?: string | null;
}

export const TriageCaseMutation = action<'triageCase', TriageInput>('triageCase', 'TriageCase', 'TriageCaseInput');
export const StartVerificationMutation = action<'startVerification', { caseId: string }>('startVerification', 'StartVerification', 'CaseActionInput');
export const RecordVerificationMutation = action<'recordVerification', RecordVerificationInput>('recordVerification', 'RecordVerification', 'RecordVerificationInput');
export const VerifyCaseMutation = action<'verifyCase', VerifyCaseInput>('verifyCase', 'VerifyCase', 'VerifyCaseInput');
export const RejectCaseMutation = action<'rejectCase', { caseId: string; reason: string }>('rejectCase', 'RejectCase', 'CaseReasonInput');
export const FastTrackCaseMutation = action<'fastTrackCase', FastTrackInput>('fastTrackCase', 'FastTrackCase', 'FastTrackCaseInput');

export type CaseAction = 'TRIAGE' | 'START_VERIFICATION' | 'VERIFY' | 'REJECT' | 'MARK_DUPLICATE' | 'WITHDRAW' | 'FAST_TRACK';
export type DeskAction = 'triage' | 'startVerification' | 'recordVerification' | 'verify' | 'fastTrack' | 'reject';

/** The desk's forms for the moves the server says the person may make (recording the check goes with verifying). */
export function deskActions(allowed: readonly CaseAction[]): DeskAction[] {
  const out: DeskAction[] = [];
  if (allowed.includes('TRIAGE')) out.push('triage');
  if (allowed.includes('START_VERIFICATION')) out.push('startVerification');
  if (allowed.includes('VERIFY')) out.push('recordVerification', 'verify');
  if (allowed.includes('FAST_TRACK')) out.push('fastTrack');
  if (allowed.includes('REJECT')) out.push('reject');
  return out;
}
