import { expect } from 'chai';
import { io } from 'socket.io-client';
import type { CaseLedgerEvent } from '../../server/live/events';
import { fromGlobalId } from '../../server/common/ids';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { createReliefFund, fundStatement, payFromFund } from '../support/fund-helpers';
import { approveDisbursement, caseLedger, markDisbursed, requestDisbursement } from '../support/funds-helpers';
import { CREATE_PLEDGE, type CreatePledgeData, expectLedgerOk, type LiveClient, pledgeInput, watchCase } from '../support/pledge-helpers';
import { createEnterprisePool, TONGZHOU_COUNTIES, watchPool } from '../support/pool-helpers';

describe('done: a 1:1 同舟工程 pool doubles a pledge to a Darlag case live; paid to the hospital with two approvals; the books add up', () => {
  let app: TestApp;
  before(async () => {
    // Sandbox payments confirm by themselves, as for a real donor.
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '50', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());

  it('runs the whole story through GraphQL and the live channel', async () => {
    const start = new Date(Date.now() - 1000);
    const { pool } = await createEnterprisePool(app, { ratioNumerator: 1, ratioDenominator: 1, cap: '2000000', regionCodes: TONGZHOU_COUNTIES });
    expect(pool).to.include({ status: 'OPEN', remaining: '2000000' });
    const { org: fund } = await createReliefFund(app, { perCaseCap: '200000', income: [['LOTTERY', '1000000'], ['GOVERNMENT', '500000']] });
    // The case desk's intake is on another branch; the case comes from the factory: a Darlag hospital bill of ¥12,000.
    const kase = await createPublishedCase(app.services.db, [1_200_000n], { regionCode: '632624' });
    const [donor, worker, approver1, approver2] = await Promise.all([
      createUser(app.services.db, [{ role: 'donor' }], 'Lhamo'),
      createUser(app.services.db, [{ role: 'caseworker', region: '632624' }]),
      createUser(app.services.db, [{ role: 'approver', region: '632600' }]),
      createUser(app.services.db, [{ role: 'approver', region: '632624' }]),
    ]);
    const caseWatch = await watchCase(app.url, kase.id);
    const poolWatch = await watchPool(app.url, fromGlobalId('MatchingPool', pool.id));
    const ledgerSocket: LiveClient = io(app.url, { path: '/socket.io', transports: ['websocket'], forceNew: true });
    const closedEvent = new Promise<CaseLedgerEvent>((resolve) => ledgerSocket.on('case.ledger', (e) => e.status === 'CLOSED' && resolve(e)));
    await new Promise((resolve) => ledgerSocket.emit('subscribe', `case:${kase.id}`, resolve));
    try {
      // ¥6,000 from the donor; the pool doubles it to ¥12,000, live.
      const created = expectData(await app.gql<CreatePledgeData>(CREATE_PLEDGE, { input: pledgeInput(kase.gid, kase.needs[0]!.gid, 600_000, { message: '扎西德勒' }) }, donor.token)).createPledge;
      expect(created.userErrors).to.deep.equal([]);
      const funded = await caseWatch.until((e) => e.confirmed === '1200000');
      expect(funded).to.include({ target: '1200000', reserved: '0', donors: 2 });
      expect(await poolWatch.until((e) => e.matched === '600000')).to.include({ remaining: '1400000', status: 'OPEN' });
      const mine = expectData(await app.gql<{ myPledges: { nodes: { status: string; match: { amount: string } | null; receipt: { number: string; pdfPath: string } | null }[] } }>(
        '{ myPledges { nodes { status match { amount } receipt { number pdfPath } } } }', {}, donor.token)).myPledges.nodes;
      expect(mine[0]).to.deep.include({ status: 'CONFIRMED', match: { amount: '600000' } });
      const pdf = await fetch(`${app.url}${mine[0]!.receipt!.pdfPath}`, { headers: { authorization: `Bearer ${donor.token}` } });
      expect(pdf.status).to.equal(200);

      // A fast-track payment of ¥1,000 from the relief fund to the hospital.
      const ft = await payFromFund(app, approver1.token, { fundId: fund.gid, caseId: kase.gid, amount: '100000', payeeKind: 'HOSPITAL', decisionReference: 'FT-632624-2026-07' });
      expect(ft.userErrors).to.deep.equal([]);

      // Paid out to the hospital: above ¥10,000, so two different approvers.
      const req = await requestDisbursement(app, worker.token, { caseId: kase.gid, needId: kase.needs[0]!.gid, payee: { kind: 'HOSPITAL', name: '达日县人民医院', invoiceNumber: 'DR-2026-0815' }, amount: '1200000', reference: '住院费用' });
      expect(req.disbursement).to.include({ status: 'REQUESTED', needsSecondApproval: true });
      const id = req.disbursement!.id;
      expect((await approveDisbursement(app, approver1.token, id)).disbursement).to.include({ status: 'REQUESTED', approvals: 1 });
      expect((await approveDisbursement(app, approver1.token, id)).userErrors[0]).to.include({ code: 'SAME_APPROVER' });
      expect((await approveDisbursement(app, approver2.token, id)).disbursement).to.include({ status: 'APPROVED', approvals: 2 });
      const paid = await markDisbursed(app, worker.token, id, 'ABC-20260815-001');
      expect(paid.userErrors).to.deep.equal([]);
      expect(paid.caseLedger).to.include({ status: 'CLOSED', held: '0' });
      expect(await closedEvent).to.include({ status: 'CLOSED', held: '0', disbursed: '1200000' });

      // The case ledger adds up, from the ledger.
      const ledger = await caseLedger(app, kase.gid);
      const sum = (xs: { amount: string }[]) => xs.reduce((s, x) => s + BigInt(x.amount), 0n);
      expect(ledger.moneyIn.map((m) => [m.kind, m.amount])).to.have.deep.members([['PUBLIC', '600000'], ['ENTERPRISE_MATCH', '600000'], ['RELIEF_FUND', '100000']]);
      expect(sum(ledger.moneyIn).toString()).to.equal(ledger.totalIn);
      expect(sum(ledger.moneyOut).toString()).to.equal(ledger.totalOut);
      expect(ledger).to.include({ totalIn: '1300000', totalOut: '1300000', held: '0' });
      expect(BigInt(ledger.totalIn) - BigInt(ledger.totalOut)).to.equal(BigInt(ledger.held));
      expect(ledger.moneyOut.map((o) => [o.kind, o.payeeKind, o.amount])).to.have.deep.members([['RELIEF_PAYMENT', 'HOSPITAL', '100000'], ['DISBURSEMENT', 'HOSPITAL', '1200000']]);

      // The fund statement adds up and agrees with the fund's balance.
      const st = await fundStatement(app, fund.gid, start, new Date(Date.now() + 1000));
      expect(st).to.deep.include({ opening: '0', totalIncome: '1500000', totalPayments: '100000', closing: '1400000' });
      expect(st.payments).to.deep.equal([{ category: 'medical', regionCode: '632624', amount: '100000', count: 1 }]);
      expect(BigInt(st.opening) + BigInt(st.totalIncome) - BigInt(st.totalPayments)).to.equal(BigInt(st.closing));
      const bal = expectData(await app.gql<{ reliefFund: { balance: string } }>('query($f: ID!) { reliefFund(fundId: $f) { balance } }', { f: fund.gid })).reliefFund;
      expect(bal.balance).to.equal(st.closing);
      // The donor sees where the pledge went; the pool is a Node.
      const went = expectData(await app.gql<{ myPledges: { nodes: { caseLedger: { moneyOut: { kind: string; payeeName: string | null }[]; held: string } }[] } }>(
        '{ myPledges { nodes { caseLedger { held moneyOut { kind payeeName } } } } }', {}, donor.token)).myPledges.nodes[0]!;
      expect(went.caseLedger.held).to.equal('0');
      expect(went.caseLedger.moneyOut).to.deep.include({ kind: 'DISBURSEMENT', payeeName: '达日县人民医院' });
      const node = expectData(await app.gql<{ node: { matched: string } }>('query($id: ID!) { node(id: $id) { ... on MatchingPool { matched } } }', { id: pool.id })).node;
      expect(node.matched).to.equal('600000');
      await expectLedgerOk(app);
    } finally {
      caseWatch.close();
      poolWatch.close();
      ledgerSocket.close();
    }
  });
});
