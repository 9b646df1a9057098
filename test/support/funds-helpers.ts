import { eq } from 'drizzle-orm';
import { fromGlobalId } from '../../server/common/ids';
import { pledges } from '../../server/pledges/pledge.table';
import { expectData, type TestApp } from './app';
import { CREATE_PLEDGE, type CreatePledgeData, pledgeInput } from './pledge-helpers';

export const UE = 'userErrors { field code message amount }';
export const DISBURSEMENT_FIELDS = 'id caseId needId payeeKind payeeName invoiceNumber accountLast4 amount reference status needsSecondApproval approvals paymentReference evidence';
export const CASE_LEDGER_FIELDS = `caseId status totalIn totalOut held moneyIn { kind amount count } incoming { kind amount donorName }
  moneyOut { kind payeeKind payeeName amount reference }`;

export interface UserErrorView {
  field: string[];
  code: string;
  message: string;
  amount?: string | null;
}

/** Pledges through GraphQL and pays in the sandbox; returns the pledge's global ID. */
export async function pledgeAndPay(app: TestApp, token: string, caseGid: string, needGid: string, amount: bigint | number, extra: Record<string, unknown> = {}): Promise<string> {
  const r = expectData(await app.gql<CreatePledgeData>(CREATE_PLEDGE, { input: pledgeInput(caseGid, needGid, amount, extra) }, token)).createPledge;
  if (!r.pledge) throw new Error(`pledge refused: ${JSON.stringify(r.userErrors)}`);
  await payPledge(app, r.pledge.id);
  return r.pledge.id;
}

export async function payPledge(app: TestApp, pledgeGid: string): Promise<void> {
  const [p] = await app.services.db.select().from(pledges).where(eq(pledges.id, fromGlobalId('Pledge', pledgeGid)));
  if (!p) throw new Error('pledge missing');
  await app.services.payments.sandbox.complete(p, 'succeeded');
  await app.services.funding.idle();
}

export const REQUEST_DISBURSEMENT = `mutation($input: RequestDisbursementInput!) { requestDisbursement(input: $input) { disbursement { ${DISBURSEMENT_FIELDS} } ${UE} } }`;
export const APPROVE_DISBURSEMENT = `mutation($input: ApproveDisbursementInput!) { approveDisbursement(input: $input) { disbursement { ${DISBURSEMENT_FIELDS} } ${UE} } }`;
export const MARK_DISBURSED = `mutation($input: MarkDisbursedInput!) { markDisbursed(input: $input) { disbursement { ${DISBURSEMENT_FIELDS} } caseLedger { ${CASE_LEDGER_FIELDS} } ${UE} } }`;
export const CASE_LEDGER = `query($id: ID!) { caseLedger(caseId: $id) { ${CASE_LEDGER_FIELDS} } }`;

export interface DisbursementView {
  id: string;
  status: string;
  amount: string;
  approvals: number;
  needsSecondApproval: boolean;
  accountLast4: string | null;
  payeeName: string | null;
}
export interface CaseLedgerView {
  caseId: string;
  status: string;
  totalIn: string;
  totalOut: string;
  held: string;
  moneyIn: { kind: string; amount: string; count: number }[];
  incoming: { kind: string; amount: string; donorName: string | null }[];
  moneyOut: { kind: string; payeeKind: string | null; payeeName: string | null; amount: string; reference: string | null }[];
}
type Payload<K extends string, T> = Record<K, { userErrors: UserErrorView[] } & T>;

export async function requestDisbursement(app: TestApp, token: string, input: Record<string, unknown>) {
  return expectData(await app.gql<Payload<'requestDisbursement', { disbursement: DisbursementView | null }>>(REQUEST_DISBURSEMENT, { input }, token)).requestDisbursement;
}
export async function approveDisbursement(app: TestApp, token: string, disbursementId: string) {
  return expectData(await app.gql<Payload<'approveDisbursement', { disbursement: DisbursementView | null }>>(APPROVE_DISBURSEMENT, { input: { disbursementId } }, token)).approveDisbursement;
}
export async function markDisbursed(app: TestApp, token: string, disbursementId: string, paymentReference = `BANK-${Date.now()}`) {
  return expectData(await app.gql<Payload<'markDisbursed', { disbursement: DisbursementView | null; caseLedger: CaseLedgerView | null }>>(MARK_DISBURSED, { input: { disbursementId, paymentReference, evidence: 'receipt scan DOC-1' } }, token)).markDisbursed;
}
export async function caseLedger(app: TestApp, caseGid: string, token?: string): Promise<CaseLedgerView> {
  return expectData(await app.gql<{ caseLedger: CaseLedgerView }>(CASE_LEDGER, { id: caseGid }, token)).caseLedger;
}
