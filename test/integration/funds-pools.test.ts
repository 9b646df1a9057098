import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import { fromGlobalId } from '../../server/common/ids';
import { matchingPools } from '../../server/pools/pool.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { caseLedger, pledgeAndPay, type UserErrorView } from '../support/funds-helpers';
import { expectLedgerOk, watchCase } from '../support/pledge-helpers';
import { CREATE_POOL, createEnterprisePool, watchPool } from '../support/pool-helpers';

describe('enterprise matching pools', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());
  afterEach(() => expectLedgerOk(app));

  it('a 1:1 pool for the 同舟工程 counties doubles a pledge to a Darlag case, live, and not one to Xining', async () => {
    const { pool } = await createEnterprisePool(app, { cap: '5000000' });
    const darlag = await createPublishedCase(app.services.db, [1_000_000n], { regionCode: '632624' });
    const xining = await createPublishedCase(app.services.db, [1_000_000n], { regionCode: '630100' });
    const donor = await createUser(app.services.db);
    const caseWatch = await watchCase(app.url, darlag.id);
    const poolWatch = await watchPool(app.url, fromGlobalId('MatchingPool', pool.id));
    try {
      expect(poolWatch.ack.ok).to.equal(true);
      const pledgeId = await pledgeAndPay(app, donor.token, darlag.gid, darlag.needs[0]!.gid, 30_000n);
      const funding = await caseWatch.until((e) => e.confirmed === '60000');
      expect(funding.donors).to.equal(2);
      expect(await poolWatch.until((e) => e.matched === '30000')).to.include({ remaining: '4970000' });
      const mine = expectData(await app.gql<{ myPledges: { nodes: { id: string; match: { amount: string; pool: { id: string } } | null; receipt: { number: string } | null }[] } }>(
        '{ myPledges { nodes { id match { amount pool { id } } receipt { number } } } }', {}, donor.token));
      const p = mine.myPledges.nodes.find((n) => n.id === pledgeId)!;
      expect(p.match).to.deep.equal({ amount: '30000', pool: { id: pool.id } });
      expect(p.receipt!.number).to.match(/^JJN-R-\d{4}-\d{8}$/);

      await pledgeAndPay(app, donor.token, xining.gid, xining.needs[0]!.gid, 30_000n);
      expect((await caseLedger(app, xining.gid)).totalIn).to.equal('30000');
      const ledger = await caseLedger(app, darlag.gid);
      expect(ledger.moneyIn.map((m) => [m.kind, m.amount])).to.have.deep.members([['PUBLIC', '30000'], ['ENTERPRISE_MATCH', '30000']]);
    } finally {
      caseWatch.close();
      poolWatch.close();
    }
  });

  it('matches only what the need can still take', async () => {
    await createEnterprisePool(app, { cap: '5000000' });
    const kase = await createPublishedCase(app.services.db, [50_000n], { regionCode: '632626' });
    const donor = await createUser(app.services.db);
    await pledgeAndPay(app, donor.token, kase.gid, kase.needs[0]!.gid, 40_000n);
    const ledger = await caseLedger(app, kase.gid);
    expect(ledger.held).to.equal('50000');
    expect(ledger.moneyIn.find((m) => m.kind === 'ENTERPRISE_MATCH')?.amount).to.equal('10000');
  });

  it('never matches past its cap when many pledges confirm at once', async () => {
    // Maqên (632621): no other test's pool covers it.
    const { pool } = await createEnterprisePool(app, { cap: '50000', ratioNumerator: 2, regionCodes: ['632621'] });
    const kases = await Promise.all(Array.from({ length: 12 }, () => createPublishedCase(app.services.db, [100_000n], { regionCode: '632621' })));
    const donors = await Promise.all(kases.map(() => createUser(app.services.db)));
    await Promise.all(kases.map((k, i) => pledgeAndPay(app, donors[i]!.token, k.gid, k.needs[0]!.gid, 3_000n)));
    await app.services.funding.idle();
    const [row] = await app.services.db.select().from(matchingPools).where(eq(matchingPools.id, fromGlobalId('MatchingPool', pool.id)));
    // 12 pledges × 3,000 × 2 = 72,000 wanted; the cap is 50,000.
    expect(row!.matchedMinor).to.equal(50_000n);
    const totals = await Promise.all(kases.map(async (k) => BigInt((await caseLedger(app, k.gid)).totalIn)));
    expect(totals.reduce((a, b) => a + b, 0n)).to.equal(36_000n + 50_000n);
  });

  it('refuses a ratio or cap of zero or below, and closes a pool so it matches no more', async () => {
    const { pool, enterprise, admin } = await createEnterprisePool(app, { cap: '100000' });
    const base = { organizationId: enterprise.gid, name: 'x', ratioNumerator: 1, cap: '1000', endsAt: new Date(Date.now() + 86_400_000).toISOString() };
    const bad = async (input: Record<string, unknown>) => expectData(await app.gql<{ createMatchingPool: { userErrors: UserErrorView[] } }>(CREATE_POOL, { input: { ...base, ...input } }, admin.token)).createMatchingPool.userErrors[0]?.code;
    expect(await bad({ ratioNumerator: 0 })).to.equal('RATIO_NOT_POSITIVE');
    expect(await bad({ ratioNumerator: -1 })).to.equal('RATIO_NOT_POSITIVE');
    expect(await bad({ ratioDenominator: 0 })).to.equal('RATIO_NOT_POSITIVE');
    expect(await bad({ cap: '0' })).to.equal('CAP_NOT_POSITIVE');
    // A category no region uses would never match a case: refused, naming it.
    const unknown = expectData(await app.gql<{ createMatchingPool: { userErrors: UserErrorView[] } }>(CREATE_POOL, { input: { ...base, categories: ['illness', 'ilness'] } }, admin.token)).createMatchingPool.userErrors;
    expect(unknown.map((e) => [e.code, e.field.join('.')])).to.deep.equal([['UNKNOWN_CATEGORY', 'input.categories']]);
    expect(unknown[0]?.message).to.include('ilness');
    const pools = expectData(await app.gql<{ matchingPools: { nodes: { id: string }[] } }>('query($o: ID) { matchingPools(organizationId: $o) { nodes { id } } }', { o: enterprise.gid })).matchingPools.nodes;
    expect(pools.map((p) => p.id)).to.deep.equal([pool.id]);
    const stranger = await createUser(app.services.db);
    const forbidden = await app.gql(CREATE_POOL, { input: base }, stranger.token);
    expect(forbidden.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');

    const closed = expectData(await app.gql<{ closeMatchingPool: { pool: { status: string; remaining: string } } }>(
      'mutation($input: CloseMatchingPoolInput!) { closeMatchingPool(input: $input) { pool { status remaining } userErrors { code } } }', { input: { poolId: pool.id } }, admin.token));
    expect(closed.closeMatchingPool.pool).to.deep.equal({ status: 'CLOSED', remaining: '0' });
    const list = expectData(await app.gql<{ matchingPools: { nodes: { id: string }[] } }>('query($o: ID) { matchingPools(organizationId: $o, openOnly: true) { nodes { id } } }', { o: enterprise.gid }));
    expect(list.matchingPools.nodes).to.deep.equal([]);
  });
});
