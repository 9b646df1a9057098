import { expect } from 'chai';
import { and, eq } from 'drizzle-orm';
import { fromGlobalId } from '../../server/common/ids';
import { ledgerTransfers } from '../../server/ledger/ledger.table';
import { paymentEvents } from '../../server/payments/payment.table';
import { pledges } from '../../server/pledges/pledge.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { CREATE_PLEDGE, type CreatePledgeData, expectLedgerOk, pledgeInput, watchCase } from '../support/pledge-helpers';
import { StripeDouble } from '../support/stripe-double';
import { approveDisbursement, markDisbursed, requestDisbursement } from '../support/funds-helpers';
import { auditEvents } from '../../server/audit/audit.table';
import { cases } from '../../server/cases/case.table';

describe('pledges paid through Stripe (SDK against a Stripe-API double, signed webhooks)', () => {
  let app: TestApp;
  const stripe = new StripeDouble();
  before(async () => {
    const base = await stripe.start();
    app = await startTestApp({
      env: { STRIPE_SECRET_KEY: 'sk_test_double', STRIPE_WEBHOOK_SECRET: stripe.webhookSecret, STRIPE_API_BASE: base, PAYMENT_SWEEP_SECONDS: '0' },
    });
  });
  after(async () => {
    await app.close();
    await stripe.stop();
  });
  afterEach(async () => {
    await expectLedgerOk(app);
  });

  const pledge = async (token: string, input: Record<string, unknown>) => expectData(await app.gql<CreatePledgeData>(CREATE_PLEDGE, { input }, token)).createPledge;
  const row = async (gid: string) => (await app.services.db.select().from(pledges).where(eq(pledges.id, fromGlobalId('Pledge', gid))))[0]!;

  it('creates one PaymentIntent per pledge and returns its client secret, also for a repeated key', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const input = pledgeInput(kase.gid, kase.needs[0]!.gid, 12_300, { method: 'STRIPE' });
    const r = await pledge(donor.token, input);
    expect(r.userErrors).to.deep.equal([]);
    expect(r.payment).to.include({ provider: 'STRIPE', sandbox: false });
    const piId = r.payment!.reference!;
    const pi = stripe.paymentIntents.get(piId)!;
    expect(pi).to.include({ amount: 12_300, currency: 'cny' });
    expect(pi.payment_method_types).to.deep.equal(['card', 'alipay', 'wechat_pay']);
    expect(pi.metadata.pledgeId).to.equal(fromGlobalId('Pledge', r.pledge!.id));
    expect(r.payment!.clientSecret).to.equal(pi.client_secret);
    const create = stripe.requests.find((q) => q.path === '/v1/payment_intents' && q.body.metadata && (q.body.metadata as Record<string, string>).pledgeId === pi.metadata.pledgeId);
    expect(create?.idempotencyKey).to.equal(`pledge:${donor.id}:${input.idempotencyKey}`);
    const again = await pledge(donor.token, input);
    expect(again.pledge!.id).to.equal(r.pledge!.id);
    expect(again.payment!.clientSecret).to.equal(pi.client_secret);
    expect([...stripe.paymentIntents.values()].filter((p) => p.metadata.pledgeId === pi.metadata.pledgeId)).to.have.length(1);
    // The pledge's own view never shows the secret.
    expect(r.pledge!.payment.clientSecret).to.equal(null);
  });

  it('a Stripe-signed payment_intent.succeeded sent twice confirms once, and watchers see it', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const watcher = await watchCase(app.url, kase.id);
    try {
      const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 50_000, { method: 'STRIPE' }));
      const event = stripe.succeed(r.payment!.reference!);
      const first = await stripe.deliver(app.url, event);
      const second = await stripe.deliver(app.url, event);
      expect(first).to.deep.include({ status: 200 });
      expect(first.body).to.include({ duplicate: false, outcome: 'confirmed' });
      expect(second.body).to.include({ duplicate: true });
      const seen = await watcher.until((e) => e.confirmed === '50000');
      expect(seen).to.include({ reserved: '0', donors: 1 });
      const p = await row(r.pledge!.id);
      expect(p.status).to.equal('confirmed');
      const entries = await app.services.db.select().from(ledgerTransfers).where(and(eq(ledgerTransfers.pledgeId, p.id), eq(ledgerTransfers.kind, 'pledge_confirmed')));
      expect(entries).to.have.length(1);
      // Stored once, in the transaction that confirmed it, with its outcome; a third copy racing a fourth changes nothing.
      const [third, fourth] = await Promise.all([stripe.deliver(app.url, event), stripe.deliver(app.url, event)]);
      expect([third.body, fourth.body]).to.deep.equal([{ received: true, duplicate: true, outcome: 'duplicate' }, { received: true, duplicate: true, outcome: 'duplicate' }]);
      const stored = await app.services.db.select().from(paymentEvents).where(eq(paymentEvents.eventId, event.id));
      expect(stored).to.have.length(1);
      expect(stored[0]).to.include({ provider: 'stripe', type: 'payment_intent.succeeded', outcome: 'confirmed' });
      expect(stored[0]!.processedAt).to.be.an.instanceOf(Date);
    } finally {
      watcher.close();
    }
  });

  it('accepts a webhook that arrives before the PaymentIntent id was stored, by the pledge id in its metadata', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 2_500, { method: 'STRIPE' }));
    const id = fromGlobalId('Pledge', r.pledge!.id);
    await app.services.db.update(pledges).set({ paymentRef: null }).where(eq(pledges.id, id));
    const res = await stripe.deliver(app.url, stripe.succeed(r.payment!.reference!));
    expect(res.body).to.include({ outcome: 'confirmed' });
    expect(await row(r.pledge!.id)).to.include({ status: 'confirmed', paymentRef: r.payment!.reference });
  });

  it('refuses a bad signature, an unknown PaymentIntent, and changes nothing', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 1_000, { method: 'STRIPE' }));
    const event = stripe.succeed(r.payment!.reference!);
    const bad = await stripe.deliver(app.url, event, 'whsec_wrong');
    expect(bad.status).to.equal(400);
    const raw = await fetch(`${app.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
    expect(raw.status).to.equal(400);
    const tampered = { ...event, data: { object: { ...(event.data.object as object), amount_received: 1 } } };
    const header = stripe.signer.webhooks.generateTestHeaderString({ payload: JSON.stringify(event), secret: stripe.webhookSecret });
    const t = await fetch(`${app.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body: JSON.stringify(tampered) });
    expect(t.status).to.equal(400);
    const other = await createPublishedCase(app.services.db, [1_000n]);
    void other;
    const unknownPi = JSON.parse(JSON.stringify(event)) as typeof event;
    (unknownPi.data.object as { id: string; metadata: Record<string, string> }).id = 'pi_unknown_to_us';
    (unknownPi.data.object as { id: string; metadata: Record<string, string> }).metadata = {};
    unknownPi.id = 'evt_unknown_pi';
    const unknown = await stripe.deliver(app.url, unknownPi);
    expect(unknown.status).to.equal(404);
    expect((await row(r.pledge!.id)).status).to.equal('reserved');
    const stored = await app.services.db.select().from(paymentEvents).where(eq(paymentEvents.eventId, 'evt_unknown_pi'));
    expect(stored).to.have.length(0);
  });

  it('handles events in any order: a refund before the success, a failure after it', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 7_000, { method: 'STRIPE' }));
    const pi = r.payment!.reference!;
    const succeeded = stripe.succeed(pi);
    const failed = stripe.fail(pi);
    const refunded = stripe.chargeRefunded(pi, 2_000);
    expect((await stripe.deliver(app.url, refunded)).status).to.equal(200);
    expect((await stripe.deliver(app.url, succeeded)).body).to.include({ outcome: 'already_confirmed' });
    expect((await stripe.deliver(app.url, failed)).body).to.include({ outcome: 'already_settled' });
    const p = await row(r.pledge!.id);
    expect(p).to.include({ status: 'confirmed', refundedMinor: 2_000n });
    const full = stripe.chargeRefunded(pi, 7_000);
    await stripe.deliver(app.url, full);
    await stripe.deliver(app.url, stripe.chargeRefunded(pi, 7_000));
    expect(await row(r.pledge!.id)).to.include({ status: 'refunded', refundedMinor: 7_000n });
    const dispute = await stripe.deliver(app.url, stripe.disputeCreated(pi));
    expect(dispute.body).to.include({ outcome: 'disputed' });
    expect((await row(r.pledge!.id)).disputedAt).to.be.instanceOf(Date);
  });

  it('releases on payment_intent.payment_failed and canceled', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const a = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 1_000, { method: 'STRIPE' }));
    const b = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 1_000, { method: 'STRIPE' }));
    await stripe.deliver(app.url, stripe.fail(a.payment!.reference!));
    await stripe.deliver(app.url, stripe.canceled(b.payment!.reference!));
    expect(await row(a.pledge!.id)).to.include({ status: 'released', releaseReason: 'payment_failed' });
    expect(await row(b.pledge!.id)).to.include({ status: 'released', releaseReason: 'payment_canceled' });
  });

  it('refundPledge refunds through Stripe; the charge.refunded webhook completes it', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const approver = await createUser(app.services.db, [{ role: 'approver', region: '630000' }]);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 9_900, { method: 'STRIPE' }));
    const pi = r.payment!.reference!;
    await stripe.deliver(app.url, stripe.succeed(pi));
    const res = expectData(await app.gql<{ refundPledge: { pledge: { status: string }; userErrors: unknown[] } }>(
      `mutation($input: RefundPledgeInput!) { refundPledge(input: $input) { pledge { status } userErrors { code } } }`,
      { input: { pledgeId: r.pledge!.id, reason: 'The hospital waived the bill' } }, approver.token));
    expect(res.refundPledge.userErrors).to.deep.equal([]);
    expect(stripe.refunds.map((x) => x.payment_intent)).to.include(pi);
    await stripe.deliver(app.url, stripe.chargeRefunded(pi));
    expect((await row(r.pledge!.id)).status).to.equal('refunded');
  });

  it('a provider outage while starting payment holds nothing', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    stripe.failCreates = true;
    try {
      const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 4_000, { method: 'STRIPE' }));
      expect(r.userErrors[0]?.code).to.equal('PAYMENT_UNAVAILABLE');
    } finally {
      stripe.failCreates = false;
    }
    const f = await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect(f.reserved).to.equal(0n);
  });

  it('after a crash, reconcile confirms payments whose webhook was lost and replays stored, unprocessed events', async () => {
    const kase = await createPublishedCase(app.services.db, [200_000n]);
    const donor = await createUser(app.services.db);
    const lost = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 3_000, { method: 'STRIPE' }));
    stripe.succeed(lost.payment!.reference!); // paid at Stripe, webhook never arrives
    const stored = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 4_000, { method: 'STRIPE' }));
    const ev = stripe.succeed(stored.payment!.reference!);
    // Stored, then the process died before applying it.
    await app.services.db.insert(paymentEvents).values({ provider: 'stripe', eventId: ev.id, type: ev.type, paymentRef: stored.payment!.reference!, payload: JSON.parse(JSON.stringify(ev)) as object });
    const result = await app.services.payments.reconcile(0);
    expect(result.replayed).to.be.greaterThan(0);
    expect((await row(lost.pledge!.id)).status).to.equal('confirmed');
    expect((await row(stored.pledge!.id)).status).to.equal('confirmed');
    const [e] = await app.services.db.select().from(paymentEvents).where(eq(paymentEvents.eventId, ev.id));
    expect(e?.processedAt).to.be.instanceOf(Date);
  });

  it('an expired Stripe pledge is cancelled at Stripe; a late payment is refunded when the need has filled', async () => {
    const kase = await createPublishedCase(app.services.db, [10_000n]);
    const [a, b] = await Promise.all([createUser(app.services.db), createUser(app.services.db)]);
    const slow = await pledge(a.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 10_000, { method: 'STRIPE' }));
    const pi = slow.payment!.reference!;
    // The donor pays at Stripe just as the reservation expires.
    const late = stripe.succeed(pi);
    await app.services.payments.expireDue(new Date(Date.now() + 31 * 60_000));
    expect(await row(slow.pledge!.id)).to.include({ status: 'released', releaseReason: 'expired' });
    const fast = await pledge(b.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 10_000, { method: 'STRIPE' }));
    await stripe.deliver(app.url, stripe.succeed(fast.payment!.reference!));
    const res = await stripe.deliver(app.url, late);
    expect(res.body).to.include({ outcome: 'late_payment_needs_refund' });
    expect(stripe.refunds.map((x) => x.payment_intent)).to.include(pi);
    await stripe.deliver(app.url, stripe.chargeRefunded(pi));
    expect(await row(slow.pledge!.id)).to.include({ status: 'released', releaseReason: 'late_payment_refunded' });
    const f = await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect(f.confirmed).to.equal(10_000n);
  });

  it('surplus a donor takes back is refunded through Stripe for that part only, once, and its webhook takes nothing twice', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const [donor, approver] = await Promise.all([createUser(app.services.db), createUser(app.services.db, [{ role: 'approver', region: '632623' }])]);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 100_000, { method: 'STRIPE' }));
    const piId = r.payment!.reference!;
    await stripe.deliver(app.url, stripe.succeed(piId));
    // Medical insurance paid 30,000 of the bill: the need shrinks and that part of the gift is surplus.
    const reduced = expectData(
      await app.gql<{ reduceNeed: { surplus: { id: string; amount: string }[]; userErrors: unknown[] } }>(
        'mutation($input: ReduceNeedInput!) { reduceNeed(input: $input) { surplus { id amount } userErrors { code } } }',
        { input: { needId: kase.needs[0]!.gid, newAmount: '70000', note: 'medical insurance paid part' } },
        approver.token,
      ),
    ).reduceNeed;
    expect(reduced.userErrors).to.deep.equal([]);
    const allocation = reduced.surplus[0]!;
    expect(allocation.amount).to.equal('30000');

    // Stripe is down when the donor answers: the refund is booked and waits to be sent.
    stripe.failRefunds = true;
    const ANSWER = 'mutation($input: AnswerSurplusInput!) { answerSurplus(input: $input) { surplus { status refunded refundSentAt } userErrors { code } } }';
    const answered = expectData(await app.gql<{ answerSurplus: { surplus: { status: string; refunded: string; refundSentAt: string | null } } }>(ANSWER, { input: { allocationId: allocation.id, choice: 'REFUND' } }, donor.token)).answerSurplus;
    expect(answered.surplus).to.deep.equal({ status: 'REFUNDED', refunded: '30000', refundSentAt: null });
    expect(stripe.refunds.filter((x) => x.payment_intent === piId)).to.have.length(0);

    // Back up: the sweep sends it, once, for 30,000 only, keyed so a retry cannot send it twice.
    stripe.failRefunds = false;
    expect(await app.services.surplus.sendUnsentRefunds(0)).to.equal(1);
    expect(await app.services.surplus.sendUnsentRefunds(0)).to.equal(0);
    const sent = stripe.refunds.filter((x) => x.payment_intent === piId);
    expect(sent.map((x) => x.amount)).to.deep.equal([30_000]);
    expect(stripe.requests.filter((q) => q.path === '/v1/refunds' && q.body.payment_intent === piId).every((q) => q.idempotencyKey === `surplus-refund:${fromGlobalId('SurplusAllocation', allocation.id)}`)).to.equal(true);
    const mine = expectData(await app.gql<{ myPledges: { nodes: { surplus: { refunded: string; refundSentAt: string | null }[] }[] } }>('{ myPledges { nodes { surplus { refunded refundSentAt } } } }', {}, donor.token)).myPledges.nodes;
    expect(mine[0]!.surplus[0]!.refundSentAt).to.be.a('string');

    // Stripe's charge.refunded reports 30,000 refunded in all: already taken out of the case as surplus.
    const hook = await stripe.deliver(app.url, stripe.chargeRefunded(piId));
    expect(hook.body).to.include({ outcome: 'refund_recorded' });
    const p = await row(r.pledge!.id);
    expect(p).to.include({ status: 'confirmed', refundedMinor: 0n });
    const f = await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect(f).to.include({ confirmed: 70_000n, target: 70_000n });
  });

  it('holds disputed money in the case; a dispute lost takes it back out through the ledger, once; one won gives it back', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const need = kase.needs[0]!;
    const [a, b, worker] = await Promise.all([createUser(app.services.db), createUser(app.services.db), createUser(app.services.db, [{ role: 'caseworker', region: '632623' }])]);
    const pay = async (token: string, amount: number) => {
      const r = await pledge(token, pledgeInput(kase.gid, need.gid, amount, { method: 'STRIPE' }));
      await stripe.deliver(app.url, stripe.succeed(r.payment!.reference!));
      return { id: r.pledge!.id, pi: r.payment!.reference! };
    };
    const pa = await pay(a.token, 60_000);
    const pb = await pay(b.token, 40_000);
    const funding = async () => app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect((await funding()).confirmed).to.equal(100_000n);

    // The cardholder of A disputes the charge: those 60,000 are held, not paid out.
    expect((await stripe.deliver(app.url, stripe.disputeCreated(pa.pi))).body).to.include({ outcome: 'disputed' });
    expect(await row(pa.id)).to.include({ disputeStatus: 'open', disputedMinor: 60_000n, status: 'confirmed' });
    const request = (amount: string) => requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: { kind: 'HOSPITAL', name: '甘德县人民医院', invoiceNumber: 'D-1' }, amount, reference: 'bill' });
    expect((await request('50000')).userErrors[0]).to.include({ code: 'EXCEEDS_HOLDING', amount: '40000' });
    expect((await request('40000')).userErrors).to.deep.equal([]);

    // The bank decides for the cardholder: the money leaves the case as a refund, once however often Stripe says so.
    const lost = stripe.disputeClosed(pa.pi, 'lost');
    expect((await stripe.deliver(app.url, lost)).body).to.include({ outcome: 'dispute_lost' });
    expect((await stripe.deliver(app.url, lost)).body).to.include({ duplicate: true });
    expect((await stripe.deliver(app.url, stripe.disputeClosed(pa.pi, 'lost'))).body).to.include({ outcome: 'dispute_lost' });
    expect(await row(pa.id)).to.include({ disputeStatus: 'lost', status: 'refunded', refundedMinor: 60_000n });
    const chargebacks = await app.services.db.select().from(ledgerTransfers).where(and(eq(ledgerTransfers.pledgeId, fromGlobalId('Pledge', pa.id)), eq(ledgerTransfers.kind, 'refund')));
    expect(chargebacks.map((t) => [t.amountMinor, (t.refs as { chargeback?: boolean }).chargeback])).to.deep.equal([[60_000n, true]]);
    expect(await funding()).to.include({ confirmed: 40_000n });
    const [status] = await app.services.db.select({ s: cases.status }).from(cases).where(eq(cases.id, kase.id));
    expect(status?.s).to.equal('in_progress');

    // B's dispute is decided for the charity: nothing moves, the hold ends.
    await stripe.deliver(app.url, stripe.disputeCreated(pb.pi));
    expect((await stripe.deliver(app.url, stripe.disputeClosed(pb.pi, 'won'))).body).to.include({ outcome: 'dispute_won' });
    expect(await row(pb.id)).to.include({ disputeStatus: 'won', status: 'confirmed', refundedMinor: 0n });
    expect((await funding()).confirmed).to.equal(40_000n);
    const mine = expectData(await app.gql<{ myPledges: { nodes: { disputeStatus: string | null; disputedAmount: string }[] } }>('{ myPledges { nodes { disputeStatus disputedAmount } } }', {}, b.token)).myPledges.nodes;
    expect(mine).to.deep.equal([{ disputeStatus: 'WON', disputedAmount: '40000' }]);
  });

  it('a dispute lost after the money was paid out takes from the case only what it still holds, and tells the auditors the rest', async () => {
    const kase = await createPublishedCase(app.services.db, [50_000n]);
    const need = kase.needs[0]!;
    const [donor, worker, approver] = await Promise.all([createUser(app.services.db), createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]), createUser(app.services.db, [{ role: 'approver', region: '632623' }])]);
    const r = await pledge(donor.token, pledgeInput(kase.gid, need.gid, 50_000, { method: 'STRIPE' }));
    await stripe.deliver(app.url, stripe.succeed(r.payment!.reference!));
    const d = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: need.gid, payee: { kind: 'HOSPITAL', name: '甘德县人民医院', invoiceNumber: 'D-2' }, amount: '50000', reference: 'bill' });
    await approveDisbursement(app, approver.token, d.disbursement!.id);
    await markDisbursed(app, worker.token, d.disbursement!.id);
    await stripe.deliver(app.url, stripe.disputeCreated(r.payment!.reference!));
    expect((await stripe.deliver(app.url, stripe.disputeClosed(r.payment!.reference!, 'lost'))).body).to.include({ outcome: 'dispute_lost' });
    expect(await row(r.pledge!.id)).to.include({ disputeStatus: 'lost', refundedMinor: 0n, status: 'confirmed' });
    const uncovered = await app.services.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, fromGlobalId('Pledge', r.pledge!.id)), eq(auditEvents.action, 'pledge.chargeback.uncovered')));
    expect(uncovered.map((e) => e.after)).to.deep.equal([{ lost: '50000', takenFromCase: '0', alreadyPaidOut: '50000' }]);
  });
});
