/** Every table, for Drizzle's typed queries and drizzle-kit's migrations. */
export * from '../regions/region.table';
export * from '../accounts/account.table';
export * from '../organizations/organization.table';
export * from '../audit/audit.table';
export * from '../cases/case.table';
export * from '../pledges/pledge.table';
export * from '../payments/payment.table';
export * from '../ledger/ledger.table';
export * from '../disbursements/disbursement.table';
export * from '../pools/pool.table';
export * from '../funds/fund.table';
export * from '../receipts/receipt.table';
export * from '../surplus/surplus.table';
