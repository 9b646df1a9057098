import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import { cases } from '../../server/cases/case.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { claims } from '../../server/claims/claim.table';
import { createOrganization, createUser } from '../support/factories';
import { collect, connectLive, eventually, subscribeLive } from '../support/live-client';
import { expectLedgerOk } from '../support/pledge-helpers';
import { APPROVE_DISBURSEMENT, approveDisbursement, caseLedger, markDisbursed, pledgeAndPay, REQUEST_DISBURSEMENT, requestDisbursement } from '../support/funds-helpers';

describe('disbursement to hospitals and beneficiaries', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());
  afterEach(() => expectLedgerOk(app));

  const status = async (id: string) => (await app.services.db.select({ s: cases.status }).from(cases).where(eq(cases.id, id)))[0]?.s;
  const hospital = (invoiceNumber = 'INV-2026-0001') => ({ kind: 'HOSPITAL', name: '甘德县人民医院', invoiceNumber });

  it('pays a funded case to the hospital in two stages, two approvers above the threshold: funded → disbursing → closed', async () => {
    const kase = await createPublishedCase(app.services.db, [1_500_000n]);
    const need = kase.needs[0]!;
    const [donor, worker, a1, a2] = await Promise.all([
      createUser(app.services.db),
      createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]),
      createUser(app.services.db, [{ role: 'approver', region: '632600' }]),
      createUser(app.services.db, [{ role: 'admin', region: '632623' }]),
    ]);
    // Someone watching the case (signed out: it is published) hears each status move.
    const watcher = await connectLive(app.url);
    expect((await subscribeLive(watcher, `case:${kase.id}`)).ok).to.equal(true);
    const moves = collect(watcher, 'case.status');
    await pledgeAndPay(app, donor.token, kase.gid, need.gid, 1_500_000n);
    expect(await status(kase.id)).to.equal('funded');

    const big = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: hospital(), amount: '1200000', reference: 'bill 1' });
    expect(big.userErrors).to.deep.equal([]);
    expect(big.disbursement).to.include({ status: 'REQUESTED', needsSecondApproval: true, payeeName: '甘德县人民医院' });
    const id = big.disbursement!.id;
    // Not paid before approval.
    expect((await markDisbursed(app, worker.token, id)).userErrors[0]?.code).to.equal('NOT_APPROVED');
    expect((await approveDisbursement(app, a1.token, id)).disbursement).to.include({ status: 'REQUESTED', approvals: 1 });
    const twice = await approveDisbursement(app, a1.token, id);
    expect(twice.userErrors[0]?.code).to.equal('SAME_APPROVER');
    expect((await approveDisbursement(app, a2.token, id)).disbursement).to.include({ status: 'APPROVED', approvals: 2 });
    const paid = await markDisbursed(app, worker.token, id, 'ICBC-778899');
    expect(paid.userErrors).to.deep.equal([]);
    expect(paid.disbursement).to.include({ status: 'DISBURSED' });
    expect(paid.caseLedger).to.include({ status: 'DISBURSING', held: '300000', totalIn: '1500000', totalOut: '1200000' });
    expect(await status(kase.id)).to.equal('disbursing');

    // The rest: below the threshold one approval is enough.
    const small = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: hospital('INV-2026-0002'), amount: '300000', reference: 'bill 2' });
    expect(small.disbursement).to.include({ needsSecondApproval: false });
    expect((await approveDisbursement(app, a1.token, small.disbursement!.id)).disbursement).to.include({ status: 'APPROVED' });
    await markDisbursed(app, worker.token, small.disbursement!.id);
    expect(await status(kase.id)).to.equal('closed');
    await eventually(() => moves.some((m) => m.status === 'CLOSED'), 'case.status CLOSED');
    expect(moves.map((m) => m.status)).to.deep.equal(['IN_PROGRESS', 'FUNDED', 'DISBURSING', 'CLOSED']);
    expect(moves.every((m) => m.caseId === kase.id && m.reference.startsWith('JJN-632623-') && m.published)).to.equal(true);
    watcher.close();

    const ledger = await caseLedger(app, kase.gid);
    expect(ledger).to.include({ held: '0', totalIn: '1500000', totalOut: '1500000', status: 'CLOSED' });
    expect(ledger.moneyOut.map((o) => [o.kind, o.payeeKind, o.payeeName, o.amount])).to.deep.equal([
      ['DISBURSEMENT', 'HOSPITAL', '甘德县人民医院', '1200000'],
      ['DISBURSEMENT', 'HOSPITAL', '甘德县人民医院', '300000'],
    ]);
    expect(ledger.moneyOut[0]!.reference).to.equal('INV-2026-0001 / ICBC-778899');
  });

  it('refuses more than the confirmed holding, the wrong payee kind, and callers who may not act for the case; nothing changes', async () => {
    const kase = await createPublishedCase(app.services.db, [500_000n]);
    const need = kase.needs[0]!;
    const [donor, worker, outsider, stranger] = await Promise.all([
      createUser(app.services.db),
      createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]),
      createUser(app.services.db, [{ role: 'caseworker', region: '630100' }]),
      createUser(app.services.db),
    ]);
    await pledgeAndPay(app, donor.token, kase.gid, need.gid, 200_000n);
    // Reserved but unpaid money is not in the holding.
    const over = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: hospital(), amount: '200001', reference: 'x' });
    expect(over.userErrors[0]).to.include({ code: 'EXCEEDS_HOLDING', amount: '200000' });
    const wrong = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: { kind: 'BENEFICIARY', accountNumber: '6222 0212 3456 7890' }, amount: '1000', reference: 'x' });
    expect(wrong.userErrors[0]).to.include({ code: 'PAYEE_NOT_ALLOWED' });
    const forbidden = await app.gql(`mutation($input: RequestDisbursementInput!) { requestDisbursement(input: $input) { userErrors { code } } }`, { input: { caseId: kase.gid, needId: need.gid, payee: hospital(), amount: '1000', reference: 'x' } }, outsider.token);
    expect(forbidden.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const donorTry = await app.gql(`mutation($input: RequestDisbursementInput!) { requestDisbursement(input: $input) { userErrors { code } } }`, { input: { caseId: kase.gid, needId: need.gid, payee: hospital(), amount: '1000', reference: 'x' } }, stranger.token);
    expect(donorTry.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    // Two requests cannot together exceed the holding.
    const first = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: hospital(), amount: '150000', reference: 'a' });
    expect(first.userErrors).to.deep.equal([]);
    const second = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: hospital(), amount: '60000', reference: 'b' });
    expect(second.userErrors[0]).to.include({ code: 'EXCEEDS_HOLDING' });
    expect((await caseLedger(app, kase.gid)).held).to.equal('200000');
  });

  it('pays a beneficiary to an account keeping only its last four digits', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const { caseNeeds } = await import('../../server/cases/case.table');
    await app.services.db.update(caseNeeds).set({ payeeKind: 'beneficiary', payeeName: null }).where(eq(caseNeeds.id, kase.needs[0]!.id));
    const [donor, worker, approver] = await Promise.all([
      createUser(app.services.db),
      createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]),
      createUser(app.services.db, [{ role: 'approver', region: '632623' }]),
    ]);
    await pledgeAndPay(app, donor.token, kase.gid, kase.needs[0]!.gid, 100_000n, { anonymous: true });
    const r = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: kase.needs[0]!.gid, payee: { kind: 'BENEFICIARY', accountNumber: '6222 0212 3456 7890' }, amount: '100000', reference: 'living costs' });
    expect(r.disbursement).to.include({ accountLast4: '7890', payeeName: null });
    await approveDisbursement(app, approver.token, r.disbursement!.id);
    await markDisbursed(app, worker.token, r.disbursement!.id);
    const ledger = await caseLedger(app, kase.gid);
    expect(ledger.moneyOut[0]).to.include({ payeeKind: 'BENEFICIARY', payeeName: null });
    expect(JSON.stringify(ledger)).to.not.contain('7890');
    expect(ledger.incoming[0]).to.include({ kind: 'PUBLIC', donorName: null });
  });

  it('the administrator of the charity handling the case pays it out beside staff; other organisations may not', async () => {
    const kase = await createPublishedCase(app.services.db, [1_300_000n]);
    const need = kase.needs[0]!;
    const [charity, other] = await Promise.all([createOrganization(app.services.db), createOrganization(app.services.db)]);
    await app.services.db.insert(claims).values({ caseId: kase.id, organizationId: charity.id, amountMinor: 1_300_000n, deadlineAt: new Date(Date.now() + 7 * 24 * 3600_000) });
    const [donor, charityAdmin, charityMember, otherAdmin, approver] = await Promise.all([
      createUser(app.services.db),
      createUser(app.services.db, [{ role: 'org_admin', organizationId: charity.id }]),
      createUser(app.services.db, [{ role: 'org_member', organizationId: charity.id }]),
      createUser(app.services.db, [{ role: 'org_admin', organizationId: other.id }]),
      createUser(app.services.db, [{ role: 'approver', region: '632623' }]),
    ]);
    await pledgeAndPay(app, donor.token, kase.gid, need.gid, 1_300_000n);
    const input = (amount: string, invoice: string) => ({ caseId: kase.gid, needId: need.gid, payee: hospital(invoice), amount, reference: invoice });
    const request = (token: string, amount: string, invoice: string) => requestDisbursement(app, token, input(amount, invoice));
    const refusal = async (query: string, variables: Record<string, unknown>, token: string) => (await app.gql(query, variables, token)).errors?.[0]?.extensions?.code;

    // Another organisation's admin, and a plain member of the charity, may not act for the case.
    expect(await refusal(REQUEST_DISBURSEMENT, { input: input('200000', 'X-1') }, otherAdmin.token)).to.equal('FORBIDDEN');
    expect(await refusal(REQUEST_DISBURSEMENT, { input: input('200000', 'X-2') }, charityMember.token)).to.equal('FORBIDDEN');

    // What each may do, and what the need can pay out, so a page shows only the actions a person can take.
    const RIGHTS = 'query($c: ID!) { disbursementRights(caseId: $c) { canRequest canApprove canMarkDisbursed needs { needId payable } } }';
    type Rights = { disbursementRights: { canRequest: boolean; canApprove: boolean; canMarkDisbursed: boolean; needs: { needId: string; payable: string }[] } };
    expect(expectData(await app.gql<Rights>(RIGHTS, { c: kase.gid }, charityAdmin.token)).disbursementRights).to.deep.equal({ canRequest: true, canApprove: true, canMarkDisbursed: true, needs: [{ needId: need.gid, payable: '1300000' }] });
    expect(expectData(await app.gql<Rights>(RIGHTS, { c: kase.gid }, charityMember.token)).disbursementRights).to.include({ canRequest: false, canApprove: false, canMarkDisbursed: false });
    expect(await refusal(RIGHTS, { c: kase.gid }, otherAdmin.token)).to.equal('NOT_FOUND');

    // A request withdrawn keeps its reason, for those who ask for cancelled ones too.
    const withdrawn = await request(charityAdmin.token, '100000', 'GD-0');
    expect((await app.gql<{ cancelDisbursement: { userErrors: unknown[] } }>('mutation($i: CancelDisbursementInput!) { cancelDisbursement(input: $i) { userErrors { code } } }', { i: { disbursementId: withdrawn.disbursement!.id, reason: 'wrong invoice' } }, charityAdmin.token)).data?.cancelDisbursement.userErrors).to.deep.equal([]);
    const LIST = 'query($c: ID!, $all: Boolean) { caseDisbursements(caseId: $c, includeCancelled: $all) { reference status cancelReason } }';
    expect(expectData(await app.gql<{ caseDisbursements: unknown[] }>(LIST, { c: kase.gid, all: false }, charityAdmin.token)).caseDisbursements).to.deep.equal([]);
    expect(expectData(await app.gql<{ caseDisbursements: unknown[] }>(LIST, { c: kase.gid, all: true }, charityAdmin.token)).caseDisbursements).to.deep.equal([{ reference: 'GD-0', status: 'CANCELLED', cancelReason: 'wrong invoice' }]);

    // Below the threshold the charity's admin requests, approves and pays on their own.
    const small = await request(charityAdmin.token, '200000', 'GD-1');
    expect(expectData(await app.gql<Rights>(RIGHTS, { c: kase.gid }, charityAdmin.token)).disbursementRights.needs[0]!.payable).to.equal('1100000');
    expect(small.userErrors).to.deep.equal([]);
    expect(await refusal(APPROVE_DISBURSEMENT, { input: { disbursementId: small.disbursement!.id } }, otherAdmin.token)).to.equal('FORBIDDEN');
    expect((await approveDisbursement(app, charityAdmin.token, small.disbursement!.id)).disbursement).to.include({ status: 'APPROVED' });
    expect((await markDisbursed(app, charityAdmin.token, small.disbursement!.id, 'CCB-1')).disbursement).to.include({ status: 'DISBURSED' });

    // Above it, a second, different person: the region's approver beside the charity's admin.
    const big = await request(charityAdmin.token, '1100000', 'GD-2');
    expect(big.disbursement).to.include({ needsSecondApproval: true });
    await approveDisbursement(app, charityAdmin.token, big.disbursement!.id);
    expect((await approveDisbursement(app, charityAdmin.token, big.disbursement!.id)).userErrors[0]?.code).to.equal('SAME_APPROVER');
    expect((await approveDisbursement(app, approver.token, big.disbursement!.id)).disbursement).to.include({ status: 'APPROVED', approvals: 2 });
    await markDisbursed(app, charityAdmin.token, big.disbursement!.id, 'CCB-2');
    expect(await status(kase.id)).to.equal('closed');
    expect(await caseLedger(app, kase.gid)).to.include({ held: '0', totalOut: '1300000' });
  });
});
