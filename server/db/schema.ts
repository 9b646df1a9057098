/** Every table, for Drizzle's typed queries and drizzle-kit's migrations. */
export * from '../regions/region.table';
export * from '../accounts/account.table';
export * from '../organizations/organization.table';
export * from '../audit/audit.table';
export * from '../cases/case.table';
export * from '../claims/claim.table';
export * from '../matching/matching.table';
