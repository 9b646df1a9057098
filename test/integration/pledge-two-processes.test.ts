import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/database';
import { checkLedger } from '../../server/ledger/check-ledger';
import { pledges } from '../../server/pledges/pledge.table';
import { createServerTestDatabase, type ServerTestDatabase } from '../support/database';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { CREATE_PLEDGE, type CreatePledgeData, pledgeInput, watchCase } from '../support/pledge-helpers';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('pledges across two server processes (PostgreSQL + Redis)', function () {
  this.timeout(Number(process.env.TWO_PROC_TIMEOUT ?? 180_000));
  const base = process.env.DATABASE_URL;
  let server: ServerTestDatabase | undefined;
  let url = '';
  let database: Database | undefined;
  const children: ChildProcess[] = [];

  before(async function () {
    if (!base) this.skip();
    server = await createServerTestDatabase(base as string, 5, 'test_twoproc');
    database = server.database;
    url = server.url;
  });

  after(async () => {
    // Each server runs in its own process group (tsx starts node as a child): stop the group.
    for (const child of children) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await Promise.all(children.map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))));
    await server?.drop();
  });

  async function startProcess(): Promise<string> {
    const port = await freePort();
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['server/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        SANDBOX_CONFIRM_MS: '200',
        PAYMENT_SWEEP_SECONDS: '5',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    children.push(child);
    const appUrl = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`server process exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${appUrl}/healthz`)).ok) return appUrl;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('server process did not start');
  }

  it('many concurrent pledges split between the processes end exactly at the need, and both processes\' watchers see it', async () => {
    const db = (database as Database).db;
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const target = 300_000n;
    const kase = await createPublishedCase(db, [target]);
    const donors = await Promise.all(Array.from({ length: 12 }, () => createUser(db)));
    const watchers = await Promise.all([watchCase(a, kase.id), watchCase(b, kase.id)]);
    try {
      expect(watchers.every((w) => w.ack.ok)).to.equal(true);
      const funding = async () =>
        (await gql<{ caseFunding: { confirmed: string; target: string } }>(a, 'query($id: ID!) { caseFunding(caseId: $id) { confirmed target } }', { id: kase.gid })).caseFunding;
      let refusals = 0;
      const client = async (i: number) => {
        const donor = donors[i % donors.length]!;
        const appUrl = i % 2 === 0 ? a : b;
        for (let round = 0; round < 200; round++) {
          const amount = 1_000 + ((i * 7919 + round * 104_729) % 9_000);
          const r = (await gql<CreatePledgeData>(appUrl, CREATE_PLEDGE, { input: pledgeInput(kase.gid, kase.needs[0]!.gid, amount, { acceptPartial: true }) }, donor.token)).createPledge;
          if (r.pledge) {
            if ((i + round) % 5 === 0) {
              // Some donors change their mind before the payment lands.
              await gql(appUrl, 'mutation($id: ID!) { cancelPledge(input: { pledgeId: $id }) { userErrors { code } } }', { id: r.pledge.id }, donor.token);
            }
            continue;
          }
          refusals++;
          expect(r.userErrors[0]?.code).to.be.oneOf(['NEED_FULLY_PLEDGED', 'EXCEEDS_REMAINING']);
          const f = await funding();
          if (process.env.TWO_PROC_DEBUG) process.stderr.write(`client ${i} round ${round}: ${JSON.stringify(f)}\n`);
          if (f.confirmed === f.target) return;
          await new Promise((res) => setTimeout(res, 50));
        }
      };
      await Promise.all(Array.from({ length: 40 }, (_, i) => client(i)));
      const final = await funding();
      expect(final.confirmed).to.equal(target.toString());
      expect(refusals).to.be.greaterThan(0);

      const seen = await Promise.all(watchers.map((w) => w.until((e) => e.confirmed === target.toString() && e.reserved === '0', 20_000)));
      for (const e of seen) expect(e).to.include({ confirmed: '300000', target: '300000', reserved: '0' });

      const rows = await db.select().from(pledges).where(eq(pledges.caseId, kase.id));
      expect(rows.length).to.be.greaterThan(40);
      for (const p of rows) {
        expect(p.status === 'confirmed' || (p.status === 'released' && p.releaseReason !== null), `${p.id} ${p.status}`).to.equal(true);
      }
      expect(rows.filter((p) => p.status === 'confirmed').reduce((s, p) => s + p.amountMinor, 0n)).to.equal(target);
      expect(rows.some((p) => p.status === 'released')).to.equal(true);
      expect(await checkLedger((database as Database).executeSql)).to.deep.equal([]);
    } finally {
      for (const w of watchers) w.close();
    }
  });

  it('signing out in one process stops the token in the other at once, though both had it cached', async () => {
    const db = (database as Database).db;
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const donor = await createUser(db);
    const viewer = async (appUrl: string) => {
      const res = await fetch(`${appUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${donor.token}` }, body: JSON.stringify({ query: '{ viewer { user { id } } }' }) });
      return (await res.json()) as { data?: { viewer: unknown }; errors?: { extensions?: { reason?: string } }[] };
    };
    expect((await viewer(a)).data?.viewer).to.not.equal(null);
    expect((await viewer(b)).data?.viewer).to.not.equal(null);
    await gql(a, 'mutation { signOut { signedOut } }', {}, donor.token);
    expect((await viewer(a)).errors?.[0]?.extensions?.reason).to.equal('SESSION_REVOKED');
    // The other process hears of it through Redis, well within its 30-second cache.
    const started = Date.now();
    let reason: string | undefined;
    while (Date.now() - started < 5_000) {
      reason = (await viewer(b)).errors?.[0]?.extensions?.reason;
      if (reason) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(reason).to.equal('SESSION_REVOKED');
  });

  it('the same idempotency key sent to both processes at once gives one pledge, answered to both', async () => {
    const db = (database as Database).db;
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const kase = await createPublishedCase(db, [10_000_000n]);
    const donor = await createUser(db);
    for (let round = 0; round < 10; round++) {
      const input = pledgeInput(kase.gid, kase.needs[0]!.gid, 1_000 + round);
      const answers = await Promise.all([a, b].map(async (appUrl) => (await gql<CreatePledgeData>(appUrl, CREATE_PLEDGE, { input }, donor.token)).createPledge));
      for (const r of answers) expect(r.userErrors).to.deep.equal([]);
      expect(answers[0]?.pledge?.id).to.be.a('string').and.equal(answers[1]?.pledge?.id);
    }
    const rows = await db.select().from(pledges).where(eq(pledges.caseId, kase.id));
    expect(rows).to.have.length(10);
  });
});
