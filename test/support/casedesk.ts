import crypto from 'node:crypto';
import type { Db } from '../../server/db/database';
import { idCheckCharacter } from '../../server/privacy/id-number';
import { createUser, type FactoryUser } from './factories';
import type { TestApp } from './app';

/** A valid 居民身份证 number for an address code, with a random birth date and sequence. */
export function makeIdNumber(address = '632623', birth?: string): string {
  const b = birth ?? `19${String(50 + crypto.randomInt(50)).padStart(2, '0')}${String(1 + crypto.randomInt(12)).padStart(2, '0')}${String(1 + crypto.randomInt(28)).padStart(2, '0')}`;
  const first17 = `${address}${b}${String(crypto.randomInt(1000)).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

export interface DeskStaff {
  socialWorker: FactoryUser;
  caseworker: FactoryUser;
  caseworker2: FactoryUser;
  approver: FactoryUser;
}

/** Gadê (632623) staff: a social worker, two caseworkers (A/B post) and a Golog approver. */
export async function createDeskStaff(db: Db, county = '632623'): Promise<DeskStaff> {
  return {
    socialWorker: await createUser(db, [{ role: 'social_worker', region: county }]),
    caseworker: await createUser(db, [{ role: 'caseworker', region: county }]),
    caseworker2: await createUser(db, [{ role: 'caseworker', region: county }]),
    approver: await createUser(db, [{ role: 'approver', region: `${county.slice(0, 4)}00` }]),
  };
}

export const CASE_FIELDS = `id reference status category urgency published handler { id } backupHandler { id } notice { missingDocuments { code } }`;

export const REFER = `mutation($input: ReferCaseInput!) { referCase(input: $input) {
  case { ${CASE_FIELDS} } notice { category message missingDocuments { code label } } possibleDuplicateOf { id reference }
  userErrors { field code message } } }`;

export const REGISTER = `mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) {
  case { ${CASE_FIELDS} } notice { missingDocuments { code } } possibleDuplicateOf { id reference } userErrors { field code message } } }`;

export const REPORT = `mutation($input: ReportDiscoveryInput!) { reportDiscovery(input: $input) {
  report { reference status } notice { missingDocuments { code } } userErrors { field code message } } }`;

export function referInput(overrides: Record<string, unknown> = {}, person: Record<string, unknown> = {}) {
  return {
    regionCode: '632623',
    category: 'illness',
    situation: 'Sudden illness of the main earner; hospital bills beyond the family.',
    personConsented: true,
    consentToPublish: true,
    consentToShare: true,
    person: { name: `扎西${crypto.randomInt(1000)}`, idNumber: makeIdNumber(), phone: '13800138000', household: 'spouse, two children', ...person },
    ...overrides,
  };
}

type Gql = TestApp['gql'];

/** Takes a referred case through verification to VERIFIED (published when consented). */
export async function verifyThrough(gql: Gql, token: string, caseId: string, opts: { publish?: boolean; amount?: string; extra?: Record<string, unknown> } = {}) {
  const ok = (r: { data?: Record<string, { userErrors?: unknown[] }> | null; errors?: unknown }) => {
    const first = r.data ? Object.values(r.data)[0] : undefined;
    if (r.errors || (first?.userErrors && first.userErrors.length > 0)) throw new Error(JSON.stringify(r.errors ?? first?.userErrors));
  };
  const started = await gql<{ startVerification: { userErrors: { code: string }[] } }>(`mutation($i: CaseActionInput!) { startVerification(input: $i) { userErrors { code message } } }`, { i: { caseId } }, token);
  // Already verifying (a second attempt) is fine here.
  if (started.data?.startVerification.userErrors[0]?.code !== 'ILLEGAL_TRANSITION') ok(started);
  ok(await gql(`mutation($i: RecordVerificationInput!) { recordVerification(input: $i) { userErrors { code message } } }`, { i: { caseId, outcome: 'ELIGIBLE', notes: 'Bank balance 1,200 yuan; no vehicle.' } }, token));
  const publish = opts.publish ?? true;
  const res = await gql<{ verifyCase: { case: { status: string; published: boolean } | null; userErrors: { code: string }[] } }>(
    `mutation($i: VerifyCaseInput!) { verifyCase(input: $i) { case { status published } userErrors { code message field } } }`,
    {
      i: {
        caseId,
        category: 'illness',
        hardshipType: 'SUDDEN',
        urgency: 'HIGH',
        needs: [{ kind: 'MEDICAL_BILL', description: 'Surgery deposit', amount: opts.amount ?? '300000', payeeKind: 'HOSPITAL', payeeName: '果洛州人民医院' }],
        publish,
        publicSummary: publish ? 'A herder family in Gadê: the father needs urgent surgery; the hospital deposit is beyond their means.' : null,
        ...opts.extra,
      },
    },
    token,
  );
  return res;
}
