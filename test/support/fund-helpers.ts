import { expectData, type TestApp } from './app';
import { createOrganization, createUser } from './factories';
import type { UserErrorView } from './funds-helpers';

export const FUND_STATEMENT = `query($f: ID!, $from: DateTime!, $to: DateTime!) { fundStatement(fundId: $f, from: $from, to: $to) {
  opening income { source amount } totalIncome payments { category regionCode amount count } totalPayments closing } }`;

export interface FundStatementView {
  opening: string;
  income: { source: string; amount: string }[];
  totalIncome: string;
  payments: { category: string | null; regionCode: string; amount: string; count: number }[];
  totalPayments: string;
  closing: string;
}

/** A relief fund for Golog with its administrator, configured and given income. */
export async function createReliefFund(app: TestApp, opts: { perCaseCap?: string; income?: [string, string][]; regionCodes?: string[] } = {}) {
  const org = await createOrganization(app.services.db, { kind: 'relief_fund', homeRegionCode: '632600', name: `果洛州救急难帮扶基金 ${Math.random().toString(36).slice(2, 6)}` });
  const admin = await createUser(app.services.db, [{ role: 'org_admin', organizationId: org.id }]);
  const conf = expectData(await app.gql<{ configureReliefFund: { userErrors: UserErrorView[] } }>(
    'mutation($input: ConfigureReliefFundInput!) { configureReliefFund(input: $input) { fund { perCaseCap } userErrors { field code message } } }',
    { input: { fundId: org.gid, regionCodes: opts.regionCodes ?? ['632600'], perCaseCap: opts.perCaseCap ?? '2000000' } }, admin.token)).configureReliefFund;
  if (conf.userErrors.length) throw new Error(JSON.stringify(conf.userErrors));
  for (const [source, amount] of opts.income ?? [['LOTTERY', '5000000'], ['GOVERNMENT', '3000000']]) {
    await recordIncome(app, admin.token, org.gid, source, amount);
  }
  return { org, admin };
}

export async function recordIncome(app: TestApp, token: string, fundId: string, source: string, amount: string) {
  const r = expectData(await app.gql<{ recordFundIncome: { fund: { balance: string } | null; userErrors: UserErrorView[] } }>(
    'mutation($input: RecordFundIncomeInput!) { recordFundIncome(input: $input) { fund { balance } userErrors { field code message } } }',
    { input: { fundId, source, amount, reference: `ALLOC-${source}-${amount}` } }, token)).recordFundIncome;
  if (r.userErrors.length) throw new Error(JSON.stringify(r.userErrors));
  return r.fund!;
}

export async function payFromFund(app: TestApp, token: string, input: Record<string, unknown>) {
  return expectData(await app.gql<{ payFromReliefFund: { caseLedger: { held: string; totalIn: string; totalOut: string } | null; userErrors: UserErrorView[] } }>(
    'mutation($input: PayFromReliefFundInput!) { payFromReliefFund(input: $input) { caseLedger { held totalIn totalOut } userErrors { field code message } } }', { input }, token)).payFromReliefFund;
}

export async function fundStatement(app: TestApp, fundId: string, from: Date, to: Date): Promise<FundStatementView> {
  return expectData(await app.gql<{ fundStatement: FundStatementView }>(FUND_STATEMENT, { f: fundId, from: from.toISOString(), to: to.toISOString() })).fundStatement;
}
