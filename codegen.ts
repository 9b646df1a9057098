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
          PaymentMethod: lower(['SANDBOX', 'STRIPE', 'OFFLINE']),
          PledgeStatus: lower(['RESERVED', 'CONFIRMED', 'RELEASED', 'REFUNDED']),
          PledgeReleaseReason: lower(['CANCELLED', 'PAYMENT_FAILED', 'PAYMENT_CANCELED', 'EXPIRED', 'SETUP_FAILED', 'LATE_PAYMENT_REFUNDED']),
          PayeeKind: lower(['BENEFICIARY', 'HOSPITAL', 'VENDOR']),
          DisbursementStatus: lower(['REQUESTED', 'APPROVED', 'DISBURSED', 'CANCELLED']),
          MoneyInKind: lower(['PUBLIC', 'ENTERPRISE_MATCH', 'ENTERPRISE', 'CHARITY', 'RELIEF_FUND', 'REDIRECTED']),
          MoneyOutKind: lower(['DISBURSEMENT', 'RELIEF_PAYMENT', 'REFUND', 'SURPLUS']),
          MatchingPoolStatus: lower(['OPEN', 'CLOSED']),
          FundSource: lower(['LOTTERY', 'GOVERNMENT', 'CHARITY', 'ENTERPRISE', 'PUBLIC']),
          SurplusPreference: lower(['REFUND', 'REDIRECT']),
          SurplusStatus: lower(['PENDING', 'REFUNDED', 'REDIRECTED']),
          SurplusReason: lower(['NEED_REDUCED', 'CASE_CLOSED']),
        },
        mappers: {
          Region: '../../regions/region.data#RegionRow',
          User: '../../accounts/account.model#UserRecord',
          Membership: '../../accounts/account.model#MembershipRecord',
          Viewer: '../../accounts/account.model#ViewerModel',
          Organization: '../../organizations/organization.model#OrganizationRecord',
          Invitation: '../../accounts/account.model#InvitationRecord',
          Pledge: '../../pledges/pledge.model#PledgeRecord',
          PublicPledge: '../../pledges/pledge.model#PledgeRecord',
          CaseFunding: '../../pledges/pledge.model#CaseFundingModel',
          Payment: '../../payments/provider#PaymentStart',
          Disbursement: '../../disbursements/disbursement.service#DisbursementRecord',
          CaseLedger: '../../disbursements/case-ledger#CaseLedgerModel',
          MoneyIn: '../../disbursements/case-ledger#MoneyInModel',
          MoneyInEntry: '../../disbursements/case-ledger#MoneyInEntryModel',
          MoneyOut: '../../disbursements/case-ledger#MoneyOutModel',
          MatchingPool: '../../pools/pool.service#PoolRecord',
          PoolMatch: '../../pools/pool.service#PoolMatchRecord',
          Receipt: '../../receipts/receipt.service#ReceiptRecord',
          ReliefFund: '../../funds/fund.service#ReliefFundRecord',
          FundStatement: '../../funds/fund.service#FundStatementModel',
          SurplusAllocation: '../../surplus/surplus.service#SurplusRecord',
          CaseSurplus: '../../surplus/surplus.service#SurplusRecord',
        },
      },
    },
  },
};
export default config;
