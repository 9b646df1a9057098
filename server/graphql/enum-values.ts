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
