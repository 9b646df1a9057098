import crypto from 'node:crypto';
import { expect } from 'chai';
import { type Database, openDatabase } from '../../server/db/database';
import { FundingEngine } from '../../server/funding/funding-engine';
import { checkLedger } from '../../server/ledger/check-ledger';
import { LiveHub } from '../../server/live/live-hub';
import { createPublishedCase } from '../support/case-factory';
import { createServerTestDatabase, type ServerTestDatabase } from '../support/database';
import { createUser } from '../support/factories';

/**
 * Two funding engines, each with its own connection pool, as two server processes have, racing
 * on one need of a case in progress: new pledges (one-statement reservations, and the locked way
 * once the room runs short), confirmations and cancellations (payment reports that take the need's
 * lock only for their final update). The need is never over-committed and its figures agree with
 * its pledges; every request gets an answer, a refusal saying what remains, never a fault.
 */
describe('funding engine: two engines racing on one need (PostgreSQL)', function () {
  this.timeout(120_000);
  const base = process.env.DATABASE_URL;
  let server: ServerTestDatabase | undefined;
  const databases: Database[] = [];

  before(async function () {
    if (!base) this.skip();
    server = await createServerTestDatabase(base as string, 6, 'test_race');
    databases.push(server.database, await openDatabase({ url: server.url, poolSize: 6 }));
  });

  after(async () => {
    await databases[1]?.close();
    await server?.drop();
  });

  it('never over-commits the need, and the books agree with the pledges, round after round', async () => {
    const [a, b] = databases as [Database, Database];
    const engines = [new FundingEngine(a.db, new LiveHub(), { separateConnections: true }), new FundingEngine(b.db, new LiveHub(), { separateConnections: true })] as const;
    const faults: string[] = [];
    for (let round = 0; round < 6; round++) {
      const kase = await createPublishedCase(a.db, [300_000n], { status: 'in_progress' });
      const needId = kase.needs[0]!.id;
      const donors = await Promise.all(Array.from({ length: 16 }, () => createUser(a.db)));
      await Promise.all(
        Array.from({ length: 160 }, async (_, i) => {
          const engine = engines[i % 2]!;
          const other = engines[(i + 1) % 2]!;
          try {
            const r = await engine.reserve({
              caseId: kase.id,
              needId,
              donorUserId: donors[i % donors.length]!.id,
              organizationId: null,
              amount: BigInt(1_000 + (i % 9) * 1_000),
              acceptPartial: i % 4 === 0,
              method: 'sandbox',
              anonymous: false,
              message: null,
              idempotencyKey: `race-${crypto.randomUUID()}`,
              paymentRef: `sbx_pi_${crypto.randomUUID().replace(/-/g, '')}`,
              expiresAt: new Date(Date.now() + 60_000),
              requestId: null,
            });
            // The payment report may reach the other process; some donors cancel first.
            if (i % 7 === 0) await other.settle(needId, { pledgeId: r.pledge.id, change: { kind: 'release', reason: 'cancelled', strict: false }, actorUserId: null });
            await other.settle(needId, { pledgeId: r.pledge.id, change: { kind: 'succeeded' }, actorUserId: null });
          } catch (err) {
            const code = (err as { code?: string }).code;
            if (code !== 'EXCEEDS_REMAINING' && code !== 'NEED_FULLY_PLEDGED') faults.push(`${code ?? ''} ${(err as Error).message}`);
          }
        }),
      );
      await Promise.all(engines.map((e) => e.idle()));
      const { rows } = await a.executeSql('SELECT amount_minor::text AS amount, reserved_minor::text AS reserved, confirmed_minor::text AS confirmed FROM case_needs WHERE id = $1', [needId]);
      const need = rows[0] as { amount: string; reserved: string; confirmed: string };
      expect(BigInt(need.reserved) + BigInt(need.confirmed) <= BigInt(need.amount), JSON.stringify(need)).to.equal(true);
      expect(need.reserved).to.equal('0');
    }
    expect(faults).to.deep.equal([]);
    expect(await checkLedger(a.executeSql)).to.deep.equal([]);
  });
});
