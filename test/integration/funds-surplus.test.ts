import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import { cases } from '../../server/cases/case.table';
import { paymentEvents } from '../../server/payments/payment.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createOrganization, createUser } from '../support/factories';
import { collect, connectLive, eventually, subscribeLive } from '../support/live-client';
import { approveDisbursement, caseLedger, markDisbursed, pledgeAndPay, requestDisbursement, type UserErrorView } from '../support/funds-helpers';
import { CREATE_PLEDGE, type CreatePledgeData, expectLedgerOk, pledgeInput } from '../support/pledge-helpers';

const REDUCE = `mutation($input: ReduceNeedInput!) { reduceNeed(input: $input) { surplus { id amount } userErrors { field code message } } }`;
const CLOSE = `mutation($input: CloseCaseWithSurplusInput!) { closeCaseWithSurplus(input: $input) {
  surplus { id amount status suggestedCaseId } caseLedger { status held totalIn totalOut } userErrors { field code message } } }`;

describe('surplus: reduced needs and cases closed with money left', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());
  afterEach(() => expectLedgerOk(app));

  it('a case closed with money left returns it as surplus; unanswered, each donor\'s default applies', async () => {
    // Madoi, a category no other test uses, so the suggestion is predictable.
    const kase = await createPublishedCase(app.services.db, [400_000n], { regionCode: '632626' });
    const similar = await createPublishedCase(app.services.db, [1_000_000n], { regionCode: '632626' });
    await app.services.db.update(cases).set({ category: 'fire' }).where(eq(cases.id, kase.id));
    await app.services.db.update(cases).set({ category: 'fire' }).where(eq(cases.id, similar.id));
    const [a, b, worker, approver] = await Promise.all([
      createUser(app.services.db),
      createUser(app.services.db),
      createUser(app.services.db, [{ role: 'caseworker', region: '632626' }]),
      createUser(app.services.db, [{ role: 'approver', region: '632626' }]),
    ]);
    const aPledge = await pledgeAndPay(app, a.token, kase.gid, kase.needs[0]!.gid, 200_000n, { surplusPreference: 'REFUND' });
    await pledgeAndPay(app, b.token, kase.gid, kase.needs[0]!.gid, 200_000n, { surplusPreference: 'REDIRECT' });
    const d = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: kase.needs[0]!.gid, payee: { kind: 'HOSPITAL', name: '玛多县人民医院', invoiceNumber: 'MD-1' }, amount: '150000', reference: 'first bill' });
    await approveDisbursement(app, approver.token, d.disbursement!.id);
    await markDisbursed(app, worker.token, d.disbursement!.id);

    // The patient was transferred; the rest is not needed here.
    const closed = expectData(await app.gql<{ closeCaseWithSurplus: { surplus: { id: string; amount: string; status: string; suggestedCaseId: string }[]; caseLedger: Record<string, string>; userErrors: UserErrorView[] } }>(
      CLOSE, { input: { caseId: kase.gid, note: 'transferred to Xining; costs covered there' } }, approver.token)).closeCaseWithSurplus;
    expect(closed.userErrors).to.deep.equal([]);
    expect(closed.caseLedger).to.include({ status: 'CLOSED', held: '0', totalIn: '400000', totalOut: '400000' });
    // Newest money first: B's 200,000 then 50,000 of A's.
    expect(closed.surplus.map((s) => [s.amount, s.status, s.suggestedCaseId])).to.deep.equal([
      ['200000', 'PENDING', similar.gid],
      ['50000', 'PENDING', similar.gid],
    ]);
    await expectLedgerOk(app);
    // A full refund would take the surplus part twice: refused.
    const refund = expectData(await app.gql<{ refundPledge: { userErrors: UserErrorView[] } }>('mutation($input: RefundPledgeInput!) { refundPledge(input: $input) { userErrors { field code message } } }', { input: { pledgeId: aPledge, reason: 'asked' } }, approver.token)).refundPledge;
    expect(refund.userErrors[0]).to.include({ code: 'HAS_SURPLUS' });
    expect(await app.services.surplus.applyDefaults(new Date(Date.now() + 15 * 24 * 3600_000))).to.be.at.least(2);
    const ledger = await caseLedger(app, similar.gid);
    expect(ledger.moneyIn).to.deep.equal([{ kind: 'REDIRECTED', amount: '200000', count: 1 }]);
    const aView = expectData(
      await app.gql<{ myPledges: { nodes: { status: string; surplus: { status: string; decidedBy: string; refunded: string; refundSentAt: string | null }[] }[] } }>(
        '{ myPledges { nodes { status surplus { status decidedBy refunded refundSentAt } } } }',
        {},
        a.token,
      ),
    ).myPledges.nodes;
    // A's 50,000 went back through the sandbox, as a card payment would through Stripe; the rest of the gift stays paid.
    expect(aView[0]!.status).to.equal('CONFIRMED');
    expect(aView[0]!.surplus).to.have.length(1);
    expect(aView[0]!.surplus[0]).to.include({ status: 'REFUNDED', decidedBy: 'DEFAULT', refunded: '50000' });
    expect(aView[0]!.surplus[0]!.refundSentAt).to.be.a('string');
    const events = await app.services.db.select().from(paymentEvents).where(eq(paymentEvents.type, 'charge.refunded'));
    expect(events.filter((e) => e.eventId.endsWith(':refunded:50000')).map((e) => e.outcome)).to.deep.equal(['refund_recorded']);
    const bView = expectData(await app.gql<{ myPledges: { nodes: { caseId: string; surplus: { status: string }[] }[] } }>('{ myPledges { nodes { caseId surplus { status } } } }', {}, b.token)).myPledges.nodes;
    // B now also has the redirected pledge on the similar case.
    expect(bView.map((p) => p.caseId).sort()).to.deep.equal([kase.gid, similar.gid].sort());
  });

  it('an organisation that gave hears of its pledge when the surplus is returned, as it does when the pledge is paid', async () => {
    const kase = await createPublishedCase(app.services.db, [300_000n]);
    const org = await createOrganization(app.services.db, { kind: 'enterprise', homeRegionCode: '632623' });
    const [member, colleague, approver] = await Promise.all([
      createUser(app.services.db, [{ role: 'org_member', organizationId: org.id }]),
      createUser(app.services.db, [{ role: 'org_admin', organizationId: org.id }]),
      createUser(app.services.db, [{ role: 'approver', region: '632623' }]),
    ]);
    const watcher = await connectLive(app.url, colleague.token);
    try {
      expect((await subscribeLive(watcher, `organization:${org.id}`)).ok).to.equal(true);
      const updates = collect(watcher, 'pledge.updated');
      const pledgeId = await pledgeAndPay(app, member.token, kase.gid, kase.needs[0]!.gid, 200_000n, { organizationId: org.gid, surplusPreference: 'REFUND' });
      const localId = Buffer.from(pledgeId, 'base64url').toString('utf8').split(':')[1];
      await eventually(() => updates.some((u) => u.pledgeId === localId && u.status === 'CONFIRMED'), 'the paid pledge in the organisation room');
      const before = updates.length;
      const reduced = expectData(await app.gql<{ reduceNeed: { surplus: { id: string }[]; userErrors: UserErrorView[] } }>(REDUCE, { input: { needId: kase.needs[0]!.gid, newAmount: '150000', note: 'insurance paid part' } }, approver.token)).reduceNeed;
      expect(reduced.userErrors).to.deep.equal([]);
      expect(await app.services.surplus.applyDefaults(new Date(Date.now() + 15 * 24 * 3600_000))).to.be.at.least(1);
      await eventually(() => updates.slice(before).some((u) => u.pledgeId === localId && u.status === 'CONFIRMED'), 'the refunded surplus in the organisation room');
    } finally {
      watcher.close();
    }
  });

  it('refuses to reduce a need below what is paid out, to zero, or while unpaid pledges hold part of it; nothing changes', async () => {
    const kase = await createPublishedCase(app.services.db, [300_000n]);
    const [donor, other, approver, worker] = await Promise.all([
      createUser(app.services.db),
      createUser(app.services.db),
      createUser(app.services.db, [{ role: 'approver', region: '632623' }]),
      createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]),
    ]);
    await pledgeAndPay(app, donor.token, kase.gid, kase.needs[0]!.gid, 100_000n);
    const held = expectData(await app.gql<CreatePledgeData>(CREATE_PLEDGE, { input: pledgeInput(kase.gid, kase.needs[0]!.gid, 100_000) }, other.token)).createPledge;
    expect(held.pledge).to.include({ status: 'RESERVED' });
    const reduce = async (newAmount: string, token = approver.token) => expectData(await app.gql<{ reduceNeed: { userErrors: UserErrorView[] } }>(REDUCE, { input: { needId: kase.needs[0]!.gid, newAmount, note: 'insurance paid' } }, token)).reduceNeed.userErrors[0]?.code;
    expect(await reduce('0')).to.equal('INVALID_NEW_AMOUNT');
    expect(await reduce('300000')).to.equal('INVALID_NEW_AMOUNT');
    expect(await reduce('150000')).to.equal('NEED_HAS_RESERVATIONS');
    const forbidden = await app.gql(REDUCE, { input: { needId: kase.needs[0]!.gid, newAmount: '250000', note: 'x' } }, worker.token);
    expect(forbidden.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    expect(await reduce('250000')).to.equal(undefined);
    expect((await caseLedger(app, kase.gid)).held).to.equal('100000');
  });
});
