import { expect } from 'chai';
import { eq, inArray } from 'drizzle-orm';
import { fromGlobalId } from '../../server/common/ids';
import { caseNeeds, cases } from '../../server/cases/case.table';
import { inTransaction } from '../../server/db/transaction';
import { payFastTrack } from '../../server/funds/fund.service';
import { pledges } from '../../server/pledges/pledge.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { createReliefFund } from '../support/fund-helpers';
import { approveDisbursement, caseLedger, markDisbursed, pledgeAndPay, requestDisbursement, type UserErrorView } from '../support/funds-helpers';
import { expectLedgerOk } from '../support/pledge-helpers';
import { createEnterprisePool } from '../support/pool-helpers';
import { expectSnapshot } from '../support/snapshot';

const REDUCE_NEED = `mutation($input: ReduceNeedInput!) { reduceNeed(input: $input) {
  surplus { id amount status suggestedCaseId } caseLedger { held totalIn totalOut } userErrors { field code message } } }`;
const ANSWER = `mutation($input: AnswerSurplusInput!) { answerSurplus(input: $input) { surplus { id status targetCaseId decidedBy } userErrors { field code message } } }`;

describe('ledger story: public pledges, an enterprise match and a relief fund, paid out, with surplus redirected', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());

  it('books every step, checks after each, and matches the reviewed ledger', async () => {
    const db = app.services.db;
    // A Darlag case: a hospital bill and money for the family; a similar Darlag case to take surplus.
    const kase = await createPublishedCase(db, [1_000_000n, 100_000n], { regionCode: '632624' });
    await db.update(caseNeeds).set({ payeeKind: 'beneficiary', payeeName: null, kind: 'cash' }).where(eq(caseNeeds.id, kase.needs[1]!.id));
    const other = await createPublishedCase(db, [5_000_000n], { regionCode: '632624' });
    const { pool, admin: enterpriseAdmin } = await createEnterprisePool(app, { cap: '400000' });
    const { org: fund } = await createReliefFund(app, { perCaseCap: '100000', income: [['LOTTERY', '300000'], ['GOVERNMENT', '100000']] });
    const [a, b, c, worker, approver1, approver2] = await Promise.all([
      createUser(db, [{ role: 'donor' }], 'Donor A'),
      createUser(db, [{ role: 'donor' }], 'Donor B'),
      createUser(db, [{ role: 'donor' }], 'Donor C'),
      createUser(db, [{ role: 'caseworker', region: '632624' }]),
      createUser(db, [{ role: 'approver', region: '632600' }]),
      createUser(db, [{ role: 'admin', region: '632624' }]),
    ]);
    const hospitalNeed = kase.needs[0]!;
    const familyNeed = kase.needs[1]!;

    // Public pledges; the pool matches 1:1 up to its cap of 400,000.
    await pledgeAndPay(app, a.token, kase.gid, hospitalNeed.gid, 300_000n, { surplusPreference: 'REDIRECT' });
    await expectLedgerOk(app);
    await pledgeAndPay(app, b.token, kase.gid, hospitalNeed.gid, 300_000n, { anonymous: true, surplusPreference: 'REFUND' });
    await expectLedgerOk(app);
    await pledgeAndPay(app, c.token, kase.gid, familyNeed.gid, 100_000n);
    await expectLedgerOk(app);
    // The relief fund's fast-track payment to the family, decided at the case desk.
    await inTransaction(db, (tx) => payFastTrack(tx, { caseId: kase.id, fundOrganizationId: fund.id, amount: 80_000n, payeeKind: 'beneficiary', decisionId: 'FT-632624-0001' }));
    await expectLedgerOk(app);
    let ledger = await caseLedger(app, kase.gid);
    expect(ledger.moneyIn.map((m) => [m.kind, m.amount])).to.have.deep.members([['PUBLIC', '700000'], ['ENTERPRISE_MATCH', '400000'], ['RELIEF_FUND', '80000']]);
    expect(ledger.held).to.equal('1100000');

    // Medical assistance paid 200,000 of the hospital bill: the newest money on that need becomes surplus.
    const reduced = expectData(await app.gql<{ reduceNeed: { surplus: { id: string; amount: string; status: string; suggestedCaseId: string | null }[]; userErrors: UserErrorView[] } }>(
      REDUCE_NEED, { input: { needId: hospitalNeed.gid, newAmount: '800000', note: '医疗救助 paid 2,000 yuan' } }, approver1.token)).reduceNeed;
    expect(reduced.userErrors).to.deep.equal([]);
    await expectLedgerOk(app);
    // Newest money first: B's pledge and its match were confirmed together; the match counts as newer.
    expect(reduced.surplus.map((x) => [x.amount, x.status, x.suggestedCaseId])).to.deep.equal([
      ['100000', 'PENDING', other.gid],
      ['100000', 'PENDING', other.gid],
    ]);
    const [matchSurplus, bSurplus] = reduced.surplus;
    // A redirection to a case that is not published is refused, and nothing changes.
    const hidden = await createPublishedCase(db, [100_000n], { regionCode: '632624', published: false });
    const refused = expectData(await app.gql<{ answerSurplus: { userErrors: UserErrorView[] } }>(ANSWER, { input: { allocationId: matchSurplus!.id, choice: 'REDIRECT', targetCaseId: hidden.gid } }, enterpriseAdmin.token)).answerSurplus;
    expect(refused.userErrors[0]).to.include({ code: 'TARGET_NOT_PUBLISHED' });
    const notYours = await app.gql(ANSWER, { input: { allocationId: matchSurplus!.id, choice: 'REFUND' } }, a.token);
    expect(notYours.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    // The enterprise redirects its part to the suggested similar case.
    const answered = expectData(await app.gql<{ answerSurplus: { surplus: { status: string; targetCaseId: string; decidedBy: string }; userErrors: UserErrorView[] } }>(ANSWER, { input: { allocationId: matchSurplus!.id, choice: 'REDIRECT' } }, enterpriseAdmin.token)).answerSurplus;
    expect(answered.userErrors).to.deep.equal([]);
    expect(answered.surplus).to.include({ status: 'REDIRECTED', targetCaseId: other.gid, decidedBy: 'DONOR' });
    await expectLedgerOk(app);
    // B does not answer; after the answer period B's default (refund) applies.
    expect(await app.services.surplus.applyDefaults(new Date())).to.equal(0);
    expect(await app.services.surplus.applyDefaults(new Date(Date.now() + 15 * 24 * 3600_000))).to.be.at.least(1);
    const mine = expectData(await app.gql<{ myPledges: { nodes: { surplusPreference: string; surplus: { id: string; status: string; decidedBy: string }[] }[] } }>(
      '{ myPledges { nodes { surplusPreference surplus { id status decidedBy } } } }', {}, b.token)).myPledges.nodes;
    expect(mine[0]).to.deep.equal({ surplusPreference: 'REFUND', surplus: [{ id: bSurplus!.id, status: 'REFUNDED', decidedBy: 'DEFAULT' }] });
    await expectLedgerOk(app);

    // Paid out: the hospital in two stages, the family once (each below ¥10,000, so one approval each).
    const pay = async (needGid: string, payee: Record<string, unknown>, amount: string, approvers: string[]) => {
      const r = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: needGid, payee, amount, reference: `story ${amount}` });
      expect(r.userErrors).to.deep.equal([]);
      for (const t of approvers) expect((await approveDisbursement(app, t, r.disbursement!.id)).userErrors).to.deep.equal([]);
      const m = await markDisbursed(app, worker.token, r.disbursement!.id, `BANK-${amount}`);
      expect(m.userErrors).to.deep.equal([]);
      await expectLedgerOk(app);
    };
    await pay(hospitalNeed.gid, { kind: 'HOSPITAL', name: '达日县人民医院', invoiceNumber: 'INV-A' }, '500000', [approver1.token]);
    await pay(hospitalNeed.gid, { kind: 'HOSPITAL', name: '达日县人民医院', invoiceNumber: 'INV-B' }, '300000', [approver2.token]);
    await pay(familyNeed.gid, { kind: 'BENEFICIARY', accountNumber: '6217 0000 1111 2345' }, '100000', [approver1.token]);
    const [closed] = await db.select({ status: cases.status }).from(cases).where(eq(cases.id, kase.id));
    expect(closed!.status).to.equal('closed');

    ledger = await caseLedger(app, kase.gid);
    expect(ledger).to.include({ held: '0', totalIn: '1180000', totalOut: '1180000' });
    expect(ledger.incoming.filter((i) => i.kind === 'PUBLIC').map((i) => i.donorName)).to.have.members(['Donor A', null, 'Donor C']);
    expect(ledger.moneyOut.filter((o) => o.kind === 'SURPLUS').map((o) => o.amount)).to.deep.equal(['100000', '100000']);
    const publicView = expectData(await app.gql<{ caseLedger: { surplus: { amount: string; status: string; targetCaseReference: string | null }[] } }>('query($id: ID!) { caseLedger(caseId: $id) { surplus { amount status targetCaseReference } } }', { id: kase.gid })).caseLedger;
    expect(publicView.surplus.map((x) => x.status).sort()).to.deep.equal(['REDIRECTED', 'REFUNDED']);
    expect(JSON.stringify(ledger)).to.not.contain('2345');

    // The whole ledger, with ids and times normalised, against the reviewed snapshot.
    const names = new Map<string, string>([
      [kase.id, 'CASE'],
      [other.id, 'OTHER_CASE'],
      [fromGlobalId('MatchingPool', pool.id), 'POOL'],
      [fund.id, 'FUND'],
      [a.id, 'DONOR_A'],
      [b.id, 'DONOR_B'],
      [c.id, 'DONOR_C'],
      [enterpriseAdmin.id, 'ENTERPRISE_ADMIN'],
      [hospitalNeed.id, 'HOSPITAL_NEED'],
      [familyNeed.id, 'FAMILY_NEED'],
      [other.needs[0]!.id, 'OTHER_NEED'],
    ]);
    const ps = await db.select().from(pledges).where(inArray(pledges.caseId, [kase.id, other.id]));
    for (const p of ps) names.set(p.id, `PLEDGE(${names.get(p.donorUserId)}→${names.get(p.needId)},${p.amountMinor})`);
    const label = (s: string) => s.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => names.get(id) ?? 'UNKNOWN');
    const { rows } = await app.services.database.executeSql(`
      SELECT t.kind, t.amount_minor::text AS amount, d.account AS debit, c.account AS credit, t.case_id::text AS case_id, t.need_id::text AS need_id, t.pledge_id::text AS pledge_id
        FROM ledger_transfers t
        JOIN ledger_entries d ON d.transfer_id = t.id AND d.amount_minor > 0
        JOIN ledger_entries c ON c.transfer_id = t.id AND c.amount_minor < 0
       WHERE t.case_id IN ($1, $2) OR c.account = $3 OR d.account = $3`, [kase.id, other.id, `relief_fund:${fund.id}`]);
    const story = rows
      .map((r) => ({ kind: String(r.kind), amount: String(r.amount), debit: label(String(r.debit)), credit: label(String(r.credit)), need: r.need_id ? label(String(r.need_id)) : null, pledge: r.pledge_id ? label(String(r.pledge_id)) : null }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    const balances: Record<string, string> = {};
    for (const t of story) {
      balances[t.debit] = String(BigInt(balances[t.debit] ?? '0') + BigInt(t.amount));
      balances[t.credit] = String(BigInt(balances[t.credit] ?? '0') - BigInt(t.amount));
    }
    expect(JSON.stringify(story)).to.not.contain('UNKNOWN');
    expectSnapshot('ledger-story', { transfers: story, balances: Object.fromEntries(Object.entries(balances).sort()) });
    await expectLedgerOk(app);
  });
});
