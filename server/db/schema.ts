/** Every table, for Drizzle's typed queries and drizzle-kit's migrations. */
export * from '../regions/region.table';
export * from '../accounts/account.table';
export * from '../organizations/organization.table';
export * from '../audit/audit.table';
export * from '../cases/case.table';
export * from '../cases/casedesk.table';
export * from '../beneficiaries/beneficiary.table';
export * from '../referrals/referral.table';
export * from '../scheduler/job.table';
export * from '../settings/settings.table';
export * from '../pledges/pledge.table';
export * from '../payments/payment.table';
export * from '../ledger/ledger.table';
