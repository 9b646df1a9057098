import { expect } from 'chai';
import { inTransaction } from '../../server/db/transaction';
import { payFastTrack } from '../../server/funds/fund.service';
import { startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { caseLedger } from '../support/funds-helpers';
import { expectLedgerOk } from '../support/pledge-helpers';
import { createReliefFund, fundStatement, payFromFund, recordIncome } from '../support/fund-helpers';

describe('relief funds: income, fast-track payments, statements', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());
  afterEach(() => expectLedgerOk(app));

  it('records income by source, pays fast-track decisions within scope, cap and balance, and its statement adds up', async () => {
    const start = new Date(Date.now() - 1000);
    const { org, admin } = await createReliefFund(app, { perCaseCap: '300000', income: [['LOTTERY', '400000'], ['GOVERNMENT', '200000']] });
    const gade = await createPublishedCase(app.services.db, [1_000_000n], { regionCode: '632623' });
    const madoi = await createPublishedCase(app.services.db, [1_000_000n], { regionCode: '632626' });
    const xining = await createPublishedCase(app.services.db, [1_000_000n], { regionCode: '630100' });
    const approver = await createUser(app.services.db, [{ role: 'approver', region: '632600' }]);
    const xApprover = await createUser(app.services.db, [{ role: 'approver', region: '630100' }]);

    const paid = await payFromFund(app, approver.token, { fundId: org.gid, caseId: gade.gid, amount: '200000', payeeKind: 'HOSPITAL', decisionReference: 'FT-2026-001' });
    expect(paid.userErrors).to.deep.equal([]);
    expect(paid.caseLedger).to.include({ totalIn: '200000', totalOut: '200000', held: '0' });
    // By the case desk, inside its own transaction.
    await inTransaction(app.services.db, (tx) => payFastTrack(tx, { caseId: madoi.id, fundOrganizationId: org.id, amount: 150_000n, payeeKind: 'beneficiary', decisionId: 'FT-2026-002' }));

    const cap = await payFromFund(app, approver.token, { fundId: org.gid, caseId: gade.gid, amount: '100001', payeeKind: 'HOSPITAL', decisionReference: 'FT-2026-003' });
    expect(cap.userErrors[0]).to.include({ code: 'ABOVE_CASE_CAP' });
    const scope = await payFromFund(app, xApprover.token, { fundId: org.gid, caseId: xining.gid, amount: '1000', payeeKind: 'HOSPITAL', decisionReference: 'FT-X' });
    expect(scope.userErrors[0]).to.include({ code: 'OUT_OF_FUND_SCOPE' });
    const more = await createPublishedCase(app.services.db, [1_000_000n], { regionCode: '632624' });
    const broke = await payFromFund(app, approver.token, { fundId: org.gid, caseId: more.gid, amount: '300000', payeeKind: 'HOSPITAL', decisionReference: 'FT-2026-004' });
    expect(broke.userErrors[0]).to.include({ code: 'FUND_INSUFFICIENT' });

    const ledger = await caseLedger(app, gade.gid);
    expect(ledger.moneyIn).to.deep.equal([{ kind: 'RELIEF_FUND', amount: '200000', count: 1 }]);
    expect(ledger.moneyOut[0]).to.include({ kind: 'RELIEF_PAYMENT', payeeKind: 'HOSPITAL', reference: 'FT-2026-001' });

    const mid = new Date();
    await recordIncome(app, admin.token, org.gid, 'PUBLIC', '50000');
    const end = new Date(Date.now() + 1000);
    const all = await fundStatement(app, org.gid, start, end);
    expect(all).to.deep.include({ opening: '0', totalIncome: '650000', totalPayments: '350000', closing: '300000' });
    expect(all.income).to.deep.equal([{ source: 'GOVERNMENT', amount: '200000' }, { source: 'LOTTERY', amount: '400000' }, { source: 'PUBLIC', amount: '50000' }]);
    expect(all.payments).to.deep.equal([
      { category: 'medical', regionCode: '632623', amount: '200000', count: 1 },
      { category: 'medical', regionCode: '632626', amount: '150000', count: 1 },
    ]);
    const later = await fundStatement(app, org.gid, mid, end);
    expect(later).to.deep.include({ opening: '250000', totalIncome: '50000', totalPayments: '0', closing: '300000' });
  });

  it('refuses income and payments from people who may not manage the fund', async () => {
    const { org } = await createReliefFund(app);
    const stranger = await createUser(app.services.db);
    const r = await app.gql('mutation($input: RecordFundIncomeInput!) { recordFundIncome(input: $input) { userErrors { code } } }', { input: { fundId: org.gid, source: 'LOTTERY', amount: '100', reference: 'x' } }, stranger.token);
    expect(r.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const p = await app.gql('mutation($input: PayFromReliefFundInput!) { payFromReliefFund(input: $input) { userErrors { code } } }', { input: { fundId: org.gid, caseId: kase.gid, amount: '100', payeeKind: 'HOSPITAL', decisionReference: 'x' } }, stranger.token);
    expect(p.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
  });
});
