import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import { cases } from '../../server/cases/case.table';
import { checkLedger } from '../../server/ledger/check-ledger';
import { fromGlobalId } from '../../server/common/ids';
import { paymentEvents } from '../../server/payments/payment.table';
import { pledges } from '../../server/pledges/pledge.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createOrganization, createUser } from '../support/factories';
import { CREATE_PLEDGE, type CreatePledgeData, expectLedgerOk, newKey, PLEDGE_FIELDS, pledgeInput, watchCase } from '../support/pledge-helpers';

describe('pledges with sandbox payments (GraphQL + socket.io)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());
  afterEach(async () => {
    await expectLedgerOk(app);
  });

  const pledge = async (token: string, input: Record<string, unknown>) => expectData(await app.gql<CreatePledgeData>(CREATE_PLEDGE, { input }, token)).createPledge;
  /** Reports the sandbox payment as the provider would (same event path as a Stripe webhook). */
  const pay = async (pledgeGid: string, outcome: 'succeeded' | 'failed' = 'succeeded') => {
    const [p] = await app.services.db.select().from(pledges).where(eq(pledges.id, fromGlobalId('Pledge', pledgeGid)));
    if (!p) throw new Error('pledge missing');
    return app.services.payments.sandbox.complete(p, outcome);
  };
  const caseStatus = async (id: string) => (await app.services.db.select({ s: cases.status }).from(cases).where(eq(cases.id, id)))[0]?.s;

  it('a donor pledges to a published Gadê case, pays in the sandbox, and a second client sees the total move', async () => {
    const kase = await createPublishedCase(app.services.db, [1_000_000n]);
    const donor = await createUser(app.services.db);
    const watcher = await watchCase(app.url, kase.id); // not signed in
    try {
      expect(watcher.ack.ok).to.equal(true);
      const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 20_000, { message: '扎西德勒', anonymous: false }));
      expect(r.userErrors).to.deep.equal([]);
      expect(r.pledge).to.include({ status: 'RESERVED', amount: '20000', method: 'SANDBOX' });
      expect(r.payment).to.include({ provider: 'SANDBOX', sandbox: true });
      expect(r.pledge!.payment).to.include({ provider: 'SANDBOX', sandbox: true });
      const reserved = await watcher.until((e) => e.reserved === '20000');
      expect(reserved).to.include({ target: '1000000', confirmed: '0', donors: 0 });
      expect(await caseStatus(kase.id)).to.equal('in_progress');

      await pay(r.pledge!.id);
      const paid = await watcher.until((e) => e.confirmed === '20000');
      expect(paid).to.include({ reserved: '0', donors: 1 });
      expect(paid.version).to.be.greaterThan(reserved.version);

      const f = expectData(await app.gql<{ caseFunding: Record<string, unknown> }>('query($id: ID!) { caseFunding(caseId: $id) { caseId target confirmed reserved donors version } }', { id: kase.gid }));
      expect(f.caseFunding).to.deep.equal({ caseId: kase.gid, target: '1000000', confirmed: '20000', reserved: '0', donors: 1, version: paid.version });

      const list = expectData(await app.gql<{ casePledges: { totalCount: number; nodes: { amount: string; message: string; donorName: string }[] } }>(
        'query($id: ID!) { casePledges(caseId: $id) { totalCount nodes { amount message donorName } } }', { id: kase.gid }));
      expect(list.casePledges.totalCount).to.equal(1);
      expect(list.casePledges.nodes[0]).to.include({ amount: '20000', message: '扎西德勒' });
      expect(list.casePledges.nodes[0]!.donorName).to.match(/^Test user/);
    } finally {
      watcher.close();
    }
  });

  it('two donors racing for the last 100 yuan: one is confirmed, the other is told what remains', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const [first, a, b] = await Promise.all([createUser(app.services.db), createUser(app.services.db), createUser(app.services.db)]);
    const big = await pledge(first.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 90_000));
    await pay(big.pledge!.id);
    const [ra, rb] = await Promise.all([
      pledge(a.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 10_000)),
      pledge(b.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 10_000)),
    ]);
    const winner = [ra, rb].find((r) => r.pledge);
    const loser = [ra, rb].find((r) => !r.pledge);
    expect(winner && loser, 'exactly one wins').to.not.equal(undefined);
    expect(loser!.userErrors[0]).to.include({ code: 'NEED_FULLY_PLEDGED' });
    await pay(winner!.pledge!.id);
    const f = await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect(f.confirmed).to.equal(100_000n);
    expect(await caseStatus(kase.id)).to.equal('funded');
  });

  it('refuses a pledge above what remains with the amount left, and takes what remains when asked', async () => {
    const kase = await createPublishedCase(app.services.db, [50_000n]);
    const donor = await createUser(app.services.db);
    await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 40_000));
    const over = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 15_000));
    expect(over.pledge).to.equal(null);
    // The amount left comes as a field of its own too, for clients that word the message themselves.
    expect(over.userErrors[0]).to.include({ code: 'EXCEEDS_REMAINING', amount: '10000' });
    expect(over.userErrors[0]!.message).to.contain('¥100.00').and.contain('10000 fen');
    expect(over.userErrors[0]!.field).to.deep.equal(['input', 'amount']);
    const partial = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 15_000, { acceptPartial: true }));
    expect(partial.pledge).to.include({ amount: '10000', requestedAmount: '15000', status: 'RESERVED' });
  });

  it('returns the same pledge for the same idempotency key and refuses the key for a different amount', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const donor = await createUser(app.services.db);
    const input = pledgeInput(kase.gid, kase.needs[0]!.gid, 3_000);
    const results = await Promise.all([1, 2, 3, 4].map(() => pledge(donor.token, input)));
    const ids = new Set(results.map((r) => r.pledge?.id));
    expect(ids.size).to.equal(1);
    const other = await pledge(donor.token, { ...input, amount: '4000' });
    expect(other.userErrors[0]).to.include({ code: 'IDEMPOTENCY_KEY_REUSED' });
    // Once the case is in progress, a retry alone in its batch is answered the same way.
    const retry = await pledge(donor.token, input);
    expect(retry.pledge?.id).to.equal(results[0]!.pledge?.id);
    const [again, otherAgain] = await Promise.all([pledge(donor.token, input), pledge(donor.token, { ...input, amount: '4000' })]);
    expect(again.pledge?.id).to.equal(results[0]!.pledge?.id);
    expect(otherAgain.userErrors[0]).to.include({ code: 'IDEMPOTENCY_KEY_REUSED' });
    const f = await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect(f.reserved).to.equal(3_000n);
  });

  it('refuses bad amounts and cases that do not take pledges, changing nothing', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const hidden = await createPublishedCase(app.services.db, [100_000n], { published: false });
    const closed = await createPublishedCase(app.services.db, [100_000n], { status: 'closed' });
    const donor = await createUser(app.services.db);
    const need = kase.needs[0]!.gid;
    expect((await pledge(donor.token, pledgeInput(kase.gid, need, 0))).userErrors[0]?.code).to.equal('AMOUNT_NOT_POSITIVE');
    expect((await pledge(donor.token, pledgeInput(kase.gid, need, -5))).userErrors[0]?.code).to.equal('AMOUNT_NOT_POSITIVE');
    expect((await pledge(donor.token, pledgeInput(kase.gid, need, 10_000_001))).userErrors[0]?.code).to.equal('AMOUNT_ABOVE_CAP');
    const fraction = await app.gql(CREATE_PLEDGE, { input: pledgeInput(kase.gid, need, '12.5') }, donor.token);
    expect(fraction.errors?.[0]?.extensions?.code).to.equal('BAD_USER_INPUT');
    const notFound = await app.gql(CREATE_PLEDGE, { input: pledgeInput(hidden.gid, hidden.needs[0]!.gid, 100) }, donor.token);
    expect(notFound.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    expect((await pledge(donor.token, pledgeInput(closed.gid, closed.needs[0]!.gid, 100))).userErrors[0]?.code).to.equal('CASE_NOT_OPEN');
    const unknown = await app.gql(CREATE_PLEDGE, { input: pledgeInput(kase.gid.slice(0, -4) + 'AAAA', need, 100) }, donor.token);
    expect(unknown.errors?.[0]?.extensions?.code ?? unknown.data).to.not.equal(undefined);
    const mismatched = await app.gql(CREATE_PLEDGE, { input: pledgeInput(kase.gid, hidden.needs[0]!.gid, 100) }, donor.token);
    expect(mismatched.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    const anon = await app.gql(CREATE_PLEDGE, { input: pledgeInput(kase.gid, need, 100) });
    expect(anon.errors?.[0]?.extensions?.code).to.equal('UNAUTHENTICATED');
    expect(await app.services.db.select().from(pledges).where(eq(pledges.donorUserId, donor.id))).to.have.length(0);
    const ws = await watchCase(app.url, hidden.id);
    expect(ws.ack.ok).to.equal(false);
    ws.close();
  });

  it('cancels, fails and expires reservations, releasing them with a reason', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const donor = await createUser(app.services.db);
    const other = await createUser(app.services.db);
    const need = kase.needs[0]!.gid;
    const c = await pledge(donor.token, pledgeInput(kase.gid, need, 1_000));
    const CANCEL = `mutation($id: ID!) { cancelPledge(input: { pledgeId: $id }) { pledge { status releaseReason } userErrors { code } } }`;
    const stranger = await app.gql(CANCEL, { id: c.pledge!.id }, other.token);
    expect(stranger.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    const cancelled = expectData(await app.gql<{ cancelPledge: { pledge: { status: string; releaseReason: string } } }>(CANCEL, { id: c.pledge!.id }, donor.token));
    expect(cancelled.cancelPledge.pledge).to.deep.equal({ status: 'RELEASED', releaseReason: 'CANCELLED' });

    const f = await pledge(donor.token, pledgeInput(kase.gid, need, 2_000));
    await pay(f.pledge!.id, 'failed');
    const e = await pledge(donor.token, pledgeInput(kase.gid, need, 3_000));
    expect(await app.services.payments.expireDue(new Date(Date.now() + 31 * 60_000))).to.be.greaterThan(0);
    const paid = await pledge(donor.token, pledgeInput(kase.gid, need, 4_000));
    await pay(paid.pledge!.id);
    const again = expectData(await app.gql<{ cancelPledge: { userErrors: { code: string }[] } }>(CANCEL, { id: paid.pledge!.id }, donor.token));
    expect(again.cancelPledge.userErrors[0]?.code).to.equal('PLEDGE_NOT_CANCELLABLE');

    const mine = expectData(await app.gql<{ myPledges: { totalCount: number; nodes: { id: string; status: string; releaseReason: string | null }[] } }>(
      `{ myPledges(first: 10) { totalCount nodes { id status releaseReason } } }`, {}, donor.token));
    expect(mine.myPledges.totalCount).to.equal(4);
    const byId = new Map(mine.myPledges.nodes.map((n) => [n.id, n]));
    expect(byId.get(f.pledge!.id)).to.include({ status: 'RELEASED', releaseReason: 'PAYMENT_FAILED' });
    expect(byId.get(e.pledge!.id)).to.include({ status: 'RELEASED', releaseReason: 'EXPIRED' });
    expect(byId.get(paid.pledge!.id)).to.include({ status: 'CONFIRMED' });
    const fund = await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect({ reserved: fund.reserved, confirmed: fund.confirmed }).to.deep.equal({ reserved: 0n, confirmed: 4_000n });

    // A payment that arrives after expiry is still taken when there is room.
    const late = await pledge(donor.token, pledgeInput(kase.gid, need, 5_000));
    await app.services.payments.expireDue(new Date(Date.now() + 31 * 60_000));
    await pay(late.pledge!.id);
    const [row] = await app.services.db.select().from(pledges).where(eq(pledges.id, fromGlobalId('Pledge', late.pledge!.id)));
    expect(row?.status).to.equal('confirmed');
  });

  it('counts a case\'s donors once each as their pledges are paid and refunded; the ledger check notices a count that disagrees', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const [a, b] = await Promise.all([createUser(app.services.db), createUser(app.services.db)]);
    const need = kase.needs[0]!.gid;
    const [p1, p2, p3] = await Promise.all([pledge(a.token, pledgeInput(kase.gid, need, 1_000)), pledge(a.token, pledgeInput(kase.gid, need, 2_000)), pledge(b.token, pledgeInput(kase.gid, need, 3_000))]);
    await Promise.all([p1, p2, p3].map((p) => pay(p.pledge!.id)));
    const donors = async () => (await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid)).donors;
    expect(await donors()).to.equal(2);
    const refund = async (gid: string) => {
      const [p] = await app.services.db.select().from(pledges).where(eq(pledges.id, fromGlobalId('Pledge', gid)));
      await app.services.payments.sandbox.complete(p!, 'refunded');
    };
    await refund(p1.pledge!.id);
    expect(await donors()).to.equal(2); // a still has a paid pledge
    await refund(p3.pledge!.id);
    expect(await donors()).to.equal(1);
    await app.services.database.executeSql('UPDATE cases SET donor_count = donor_count + 1 WHERE id = $1', [kase.id]);
    try {
      const problems = await checkLedger(app.services.database.executeSql);
      expect(problems.some((p) => p.includes(`case ${kase.id} counts 2 donors but has 1`))).to.equal(true);
    } finally {
      await app.services.database.executeSql('UPDATE cases SET donor_count = donor_count - 1 WHERE id = $1', [kase.id]);
    }
  });

  it('many concurrent pledges on one need never over-commit it, and paying them all funds the case exactly', async () => {
    const kase = await createPublishedCase(app.services.db, [50_000n]);
    const donors = await Promise.all(Array.from({ length: 8 }, () => createUser(app.services.db)));
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) => pledge(donors[i % donors.length]!.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 1_000 + (i % 7) * 500, { acceptPartial: i % 5 === 0 }))),
    );
    const ok = results.filter((r) => r.pledge);
    const refused = results.filter((r) => !r.pledge);
    const total = ok.reduce((s, r) => s + BigInt(r.pledge!.amount), 0n);
    expect(total).to.equal(50_000n);
    expect(refused.every((r) => ['EXCEEDS_REMAINING', 'NEED_FULLY_PLEDGED'].includes(r.userErrors[0]!.code))).to.equal(true);
    await Promise.all(ok.map((r) => pay(r.pledge!.id)));
    await Promise.all(ok.map((r) => pay(r.pledge!.id))); // the provider repeats itself: nothing changes
    const f = await app.services.pledges.funding({ userId: null, sessionId: null, memberships: [] }, kase.gid);
    expect(f.confirmed).to.equal(50_000n);
    expect(await caseStatus(kase.id)).to.equal('funded');
  });

  it('offline pledges wait for staff to confirm them with the bank reference', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const donor = await createUser(app.services.db);
    const auditor = await createUser(app.services.db, [{ role: 'auditor', region: '632600' }]);
    const outsider = await createUser(app.services.db, [{ role: 'auditor', region: '630100' }]);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 8_800, { method: 'OFFLINE' }));
    expect(r.pledge).to.include({ status: 'RESERVED', method: 'OFFLINE' });
    expect(r.payment).to.include({ provider: 'OFFLINE', sandbox: false });
    expect(r.payment!.reference).to.match(/^JJN-P-/);
    const CONFIRM = `mutation($input: ConfirmOfflinePledgeInput!) { confirmOfflinePledge(input: $input) { pledge { status } userErrors { code } } }`;
    const byDonor = await app.gql(CONFIRM, { input: { pledgeId: r.pledge!.id, bankReference: 'ICBC-2026-1' } }, donor.token);
    expect(byDonor.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const byOutsider = await app.gql(CONFIRM, { input: { pledgeId: r.pledge!.id, bankReference: 'ICBC-2026-1' } }, outsider.token);
    expect(byOutsider.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const ok = expectData(await app.gql<{ confirmOfflinePledge: { pledge: { status: string } } }>(CONFIRM, { input: { pledgeId: r.pledge!.id, bankReference: 'ICBC-2026-1' } }, auditor.token));
    expect(ok.confirmOfflinePledge.pledge.status).to.equal('CONFIRMED');
    const twice = expectData(await app.gql<{ confirmOfflinePledge: { userErrors: { code: string }[] } }>(CONFIRM, { input: { pledgeId: r.pledge!.id, bankReference: 'ICBC-2026-1' } }, auditor.token));
    expect(twice.confirmOfflinePledge.userErrors[0]?.code).to.equal('ALREADY_CONFIRMED');
  });

  it('refunds a paid pledge back through its provider and reopens a funded case', async () => {
    const kase = await createPublishedCase(app.services.db, [10_000n]);
    const donor = await createUser(app.services.db);
    const admin = await createUser(app.services.db, [{ role: 'admin', region: '632623' }]);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 10_000));
    await pay(r.pledge!.id);
    expect(await caseStatus(kase.id)).to.equal('funded');
    const REFUND = `mutation($input: RefundPledgeInput!) { refundPledge(input: $input) { pledge { status refunded } userErrors { code } } }`;
    const byDonor = await app.gql(REFUND, { input: { pledgeId: r.pledge!.id, reason: 'changed mind' } }, donor.token);
    expect(byDonor.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const done = expectData(await app.gql<{ refundPledge: { pledge: { status: string; refunded: string } } }>(REFUND, { input: { pledgeId: r.pledge!.id, reason: 'Duplicate payment by the family' } }, admin.token));
    expect(done.refundPledge.pledge).to.deep.equal({ status: 'REFUNDED', refunded: '10000' });
    expect(await caseStatus(kase.id)).to.equal('in_progress');
  });

  it('organisation members pledge on behalf of their enterprise; anonymous donors stay unnamed', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const org = await createOrganization(app.services.db, { kind: 'enterprise', name: `青海同舟企业 ${newKey().slice(2, 8)}` });
    const member = await createUser(app.services.db, [{ role: 'org_member', organizationId: org.id }]);
    const outsider = await createUser(app.services.db);
    const asOrg = await pledge(member.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 50_000, { organizationId: org.gid }));
    expect(asOrg.userErrors).to.deep.equal([]);
    const refused = await app.gql(CREATE_PLEDGE, { input: pledgeInput(kase.gid, kase.needs[0]!.gid, 100, { organizationId: org.gid }) }, outsider.token);
    expect(refused.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const hidden = await pledge(outsider.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 1_000, { anonymous: true, message: '加油' }));
    await pay(asOrg.pledge!.id);
    await pay(hidden.pledge!.id);
    const list = expectData(await app.gql<{ casePledges: { nodes: { amount: string; donorName: string | null; message: string | null }[] } }>(
      'query($id: ID!) { casePledges(caseId: $id) { nodes { amount donorName message } } }', { id: kase.gid }));
    const names = new Map(list.casePledges.nodes.map((n) => [n.amount, n]));
    expect(names.get('50000')?.donorName).to.equal(org.name);
    expect(names.get('1000')).to.deep.equal({ amount: '1000', donorName: null, message: '加油' });
    const p = expectData(await app.gql<{ myPledges: { nodes: { organization: { name: string } | null }[] } }>(`{ myPledges { nodes { organization { name } ${PLEDGE_FIELDS} } } }`, {}, member.token));
    expect(p.myPledges.nodes[0]?.organization?.name).to.equal(org.name);
  });
  it('a sandbox payment reported twice at once confirms once; its event is stored once, processed, and the repeat is answered as one', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const donor = await createUser(app.services.db);
    const r = await pledge(donor.token, pledgeInput(kase.gid, kase.needs[0]!.gid, 30_000));
    const [first, second] = await Promise.all([pay(r.pledge!.id), pay(r.pledge!.id)]);
    expect([first, second].map((x) => (x as { outcome: string }).outcome).sort()).to.deep.equal(['confirmed', 'duplicate']);
    expect((await pay(r.pledge!.id)) as { duplicate: boolean }).to.include({ duplicate: true });
    const [p] = await app.services.db.select().from(pledges).where(eq(pledges.id, fromGlobalId('Pledge', r.pledge!.id)));
    const events = await app.services.db.select().from(paymentEvents).where(eq(paymentEvents.paymentRef, p!.paymentRef!));
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ provider: 'sandbox', type: 'payment_intent.succeeded', outcome: 'confirmed' });
    expect(events[0]!.processedAt).to.be.an.instanceOf(Date);
    expect(p!.status).to.equal('confirmed');
  });
});
