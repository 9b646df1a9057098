import type { CodegenConfig } from '@graphql-codegen/cli';

const lower = (values: string[]) => Object.fromEntries(values.map((v) => [v, v.toLowerCase()]));

const config: CodegenConfig = {
  // Object-valued enumValues produce `Enum: null` in ResolversTypes (graphql-code-generator#10204); point them back at the enum type.
  hooks: { afterOneFileWrite: ["sed -i -E 's/^  ([A-Za-z]+): null;$/  \\1: \\1;/'"] },
  schema: 'schema/*.graphql',
  generates: {
    'server/graphql/generated/types.ts': {
      plugins: [{ add: { content: '/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */' } }, 'typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context#Context',
        useTypeImports: true,
        avoidOptionals: { field: false, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        scalars: {
          ID: 'string',
          Fen: { input: 'bigint', output: 'bigint | string' },
          DateTime: { input: 'Date', output: 'Date | string' },
        },
        enumValues: {
          Role: lower(['REPORTER', 'SOCIAL_WORKER', 'CASEWORKER', 'APPROVER', 'AUDITOR', 'ADMIN', 'ORG_MEMBER', 'ORG_ADMIN', 'DONOR']),
          RegionLevel: lower(['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP']),
          OrganizationKind: lower(['CHARITY', 'RED_CROSS', 'ENTERPRISE', 'GOVERNMENT', 'RELIEF_FUND', 'SOCIAL_WORK_AGENCY', 'INSURER', 'MASS_ORG']),
          Urgency: lower(['CRITICAL', 'HIGH', 'NORMAL', 'LOW']),
          CaseStatus: lower(['REPORTED', 'INTAKE', 'FAST_TRACKED', 'VERIFYING', 'VERIFIED', 'IN_PROGRESS', 'FUNDED', 'DISBURSING', 'CLOSED', 'REJECTED', 'DUPLICATE', 'WITHDRAWN', 'ESCALATED']),
          HardshipType: lower(['SUDDEN', 'EXPENDITURE']),
          NeedKind: lower(['CASH', 'IN_KIND', 'SERVICE', 'MEDICAL_BILL']),
          EscalationTier: lower(['LOCAL_CHARITY', 'RED_CROSS', 'ENTERPRISE_POOL', 'PROVINCE', 'JOINT_MEETING']),
          ClaimStatus: lower(['ACTIVE', 'FULFILLED', 'RELEASED', 'EXPIRED']),
          AssistanceKind: lower(['CASH', 'IN_KIND', 'SERVICE', 'MEDICAL_BILL']),
        },
        mappers: {
          Region: '../../regions/region.data#RegionRow',
          User: '../../accounts/account.model#UserRecord',
          Membership: '../../accounts/account.model#MembershipRecord',
          Viewer: '../../accounts/account.model#ViewerModel',
          Organization: '../../organizations/organization.model#OrganizationRecord',
          Invitation: '../../accounts/account.model#InvitationRecord',
          CaseSummary: '../../matching/matching.model#CaseSummaryModel',
          CaseNeedSummary: '../../matching/matching.model#NeedRecord',
          CaseMatch: '../../matching/matching.model#CaseMatchRecord',
          MatchExplanation: '../../matching/matching.model#CaseMatchRecord',
          CaseEscalation: '../../matching/matching.model#CaseEscalationRecord',
          Claim: '../../claims/claim.model#ClaimRecord',
          ClaimLine: '../../claims/claim.model#ClaimLineRecord',
          AssistanceRecord: '../../claims/claim.model#AssistanceRecordRow',
        },
      },
    },
  },
};
export default config;
