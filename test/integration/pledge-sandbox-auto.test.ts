import { expect } from 'chai';
import { startTestApp, type TestApp, expectData } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { CREATE_PLEDGE, type CreatePledgeData, expectLedgerOk, pledgeInput, watchCase } from '../support/pledge-helpers';

describe('sandbox payments confirming by themselves', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '0', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());

  it('confirms through the same event path without anyone driving it; the donor is told it is a sandbox payment', async () => {
    const kase = await createPublishedCase(app.services.db, [30_000n]);
    const donor = await createUser(app.services.db);
    const watcher = await watchCase(app.url, kase.id, donor.token);
    const updates: { sandbox: boolean; status: string }[] = [];
    watcher.socket.on('pledge.updated', (e) => updates.push(e));
    try {
      const r = expectData(await app.gql<CreatePledgeData>(CREATE_PLEDGE, { input: pledgeInput(kase.gid, kase.needs[0]!.gid, 30_000) }, donor.token)).createPledge;
      expect(r.payment).to.include({ provider: 'SANDBOX', sandbox: true });
      expect(r.payment!.instructions).to.match(/sandbox/i);
      const done = await watcher.until((e) => e.confirmed === '30000');
      expect(done).to.include({ reserved: '0', donors: 1, target: '30000' });
      await new Promise((res) => setTimeout(res, 100));
      expect(updates.some((u) => u.status === 'CONFIRMED' && u.sandbox)).to.equal(true);
      await expectLedgerOk(app);
    } finally {
      watcher.close();
    }
  });
});
