/**
 * How every API enum maps to the value the service stores. One table: codegen reads it to type
 * the resolvers, and the schema uses it as the enums' run-time resolvers.
 */
const lower = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v.toLowerCase()]));

export const ENUM_VALUES: Record<string, Record<string, string>> = {
  Role: lower(['REPORTER', 'SOCIAL_WORKER', 'CASEWORKER', 'APPROVER', 'AUDITOR', 'ADMIN', 'ORG_MEMBER', 'ORG_ADMIN', 'DONOR']),
  RegionLevel: lower(['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP']),
  OrganizationKind: lower(['CHARITY', 'RED_CROSS', 'ENTERPRISE', 'GOVERNMENT', 'RELIEF_FUND', 'SOCIAL_WORK_AGENCY', 'INSURER', 'MASS_ORG']),
  CaseAction: lower(['TRIAGE', 'START_VERIFICATION', 'VERIFY', 'REJECT', 'MARK_DUPLICATE', 'WITHDRAW', 'FAST_TRACK']),
  CaseStatus: lower(['REPORTED', 'INTAKE', 'FAST_TRACKED', 'VERIFYING', 'VERIFIED', 'IN_PROGRESS', 'FUNDED', 'DISBURSING', 'CLOSED', 'REJECTED', 'DUPLICATE', 'WITHDRAWN', 'ESCALATED']),
  Urgency: lower(['CRITICAL', 'HIGH', 'NORMAL', 'LOW']),
  HardshipType: lower(['SUDDEN', 'EXPENDITURE']),
  IntakeChannel: lower(['DISCOVERY', 'PUBLIC_REPORT', 'REFERRAL', 'APPLICATION', 'HOTLINE']),
  NeedKind: lower(['CASH', 'IN_KIND', 'SERVICE', 'MEDICAL_BILL']),
  PayeeKind: lower(['BENEFICIARY', 'HOSPITAL', 'VENDOR']),
  VerificationOutcome: lower(['ELIGIBLE', 'INELIGIBLE', 'PENDING_DOCUMENTS', 'WAIVED_EMERGENCY']),
  ConsentKind: lower(['PUBLISH', 'SHARE']),
  ReferralStatus: lower(['PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED']),
  SettingKey: {
    TRIAGE_WORKING_DAYS: 'triageWorkingDays',
    DECISION_WORKING_DAYS: 'decisionWorkingDays',
    PAPERWORK_WORKING_DAYS: 'paperworkWorkingDays',
    REFERRAL_RESPONSE_WORKING_DAYS: 'referralResponseWorkingDays',
    TOWNSHIP_APPROVAL_LIMIT: 'townshipApprovalLimitMinor',
    DIBAO_MONTHLY_STANDARD: 'dibaoMonthlyStandardMinor',
    CAP_MULTIPLIER: 'capMultiplier',
    HOLIDAYS: 'holidays',
    CATEGORIES: 'categories',
  },
  PaymentMethod: lower(['SANDBOX', 'STRIPE', 'OFFLINE']),
  PledgeStatus: lower(['RESERVED', 'CONFIRMED', 'RELEASED', 'REFUNDED']),
  DisputeStatus: lower(['OPEN', 'WON', 'LOST']),
  PledgeReleaseReason: lower(['CANCELLED', 'PAYMENT_FAILED', 'PAYMENT_CANCELED', 'EXPIRED', 'SETUP_FAILED', 'LATE_PAYMENT_REFUNDED']),
  DisbursementStatus: lower(['REQUESTED', 'APPROVED', 'DISBURSED', 'CANCELLED']),
  MoneyInKind: lower(['PUBLIC', 'ENTERPRISE_MATCH', 'ENTERPRISE', 'CHARITY', 'RELIEF_FUND', 'REDIRECTED']),
  MoneyOutKind: lower(['DISBURSEMENT', 'RELIEF_PAYMENT', 'REFUND', 'SURPLUS']),
  MatchingPoolStatus: lower(['OPEN', 'CLOSED']),
  FundSource: lower(['LOTTERY', 'GOVERNMENT', 'CHARITY', 'ENTERPRISE', 'PUBLIC']),
  SurplusPreference: lower(['REFUND', 'REDIRECT']),
  SurplusStatus: lower(['PENDING', 'REFUNDED', 'REDIRECTED']),
  SurplusReason: lower(['NEED_REDUCED', 'CASE_CLOSED']),
  EscalationTier: lower(['LOCAL_CHARITY', 'RED_CROSS', 'ENTERPRISE_POOL', 'PROVINCE', 'JOINT_MEETING']),
  ClaimStatus: lower(['ACTIVE', 'FULFILLED', 'RELEASED', 'EXPIRED']),
  AssistanceKind: lower(['CASH', 'IN_KIND', 'SERVICE', 'MEDICAL_BILL']),
};

/** Stored value → API name, per enum (the inverse of ENUM_VALUES). */
const API_NAMES = new Map(Object.entries(ENUM_VALUES).map(([type, values]) => [type, new Map(Object.entries(values).map(([api, stored]) => [stored, api]))]));

/**
 * The API's name of a stored enum value, for payloads that leave the service outside GraphQL (live
 * events, alarm details): the same spelling the schema gives (`IN_PROGRESS`, `RED_CROSS`).
 */
export function apiName(type: string, stored: string): string {
  const name = API_NAMES.get(type)?.get(stored);
  if (name === undefined) throw new Error(`no ${type} value is stored as "${stored}"`);
  return name;
}
