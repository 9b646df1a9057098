/**
 * Benchmark: a hot case receiving pledges from many concurrent clients over GraphQL, with
 * sandbox payments, on the PostgreSQL server. Beside it, in the same run, a bare Apollo +
 * Express server answering `{ hello }`; prints the ratio of the two.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/bench/pledge.ts
 *   (BENCH_SECONDS=10 BENCH_CONCURRENCY=64; BENCH_PROFILE_DIR=dir writes the service's CPU profile there)
 * Beside throughput it prints the CPU each server used per request (from /proc), which on a
 * shared machine varies less than throughput does.
 */
import crypto from 'node:crypto';
import { openDatabase } from '../../server/db/database';
import { checkLedger } from '../../server/ledger/check-ledger';
import { loadRegionsIfEmpty } from '../../server/regions/region.repository';
import { createPublishedCase } from '../../test/support/case-factory';
import { createUser } from '../../test/support/factories';
import { fmt, freePort, freshDatabase, postJson, runLoad, runLoadWithCpu, startChild } from './bench-support';

const base = process.env.DATABASE_URL;
if (!base) {
  process.stderr.write('Set DATABASE_URL to a PostgreSQL server (a fresh database is created on it and dropped after).\n');
  process.exit(2);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);

const post = async (url: string, body: string, token?: string) => (await postJson(`${url}/graphql`, body, token)) as { data?: Record<string, unknown>; errors?: unknown[] };

const db = await freshDatabase(base);
const database = await openDatabase({ url: db.url, poolSize: 4 });
await database.migrate();
await loadRegionsIfEmpty(database.db);
// Both servers run in production mode (graphql-js then skips its development checks).
const hello = await startChild('scripts/bench/hello-server.ts', { NODE_ENV: 'production' }, await freePort());
const app = await startChild(
  'server/main.ts',
  // As deployed: production mode, with a key for personal data.
  { NODE_ENV: 'production', PII_KEY: crypto.randomBytes(32).toString('hex'), DATABASE_URL: db.url, DEMO_DATA: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', SANDBOX_CONFIRM_MS: process.env.BENCH_SANDBOX_MS ?? '500', HOST: '127.0.0.1' },
  await freePort(),
);
try {
  const NEED = 1_000_000_000n;
  const kase = await createPublishedCase(database.db, [NEED]);
  const donors = await Promise.all(Array.from({ length: CONCURRENCY }, () => createUser(database.db)));

  // Warm both up, then measure the baseline and the pledges one after the other.
  const helloBody = JSON.stringify({ query: '{ hello }' });
  await runLoad(CONCURRENCY, 2, async () => !!(await post(hello.url, helloBody)).data);
  const baseline = await runLoadWithCpu(hello.child.pid, CONCURRENCY, SECONDS, async () => !!(await post(hello.url, helloBody)).data);

  const mutation = `mutation($input: CreatePledgeInput!) { createPledge(input: $input) { pledge { id amount status } userErrors { code message } } }`;
  const pledgeBody = (amount: number) =>
    JSON.stringify({ query: mutation, variables: { input: { caseId: kase.gid, needId: kase.needs[0]!.gid, amount: String(amount), method: 'SANDBOX', idempotencyKey: `b-${crypto.randomUUID()}` } } });
  const send = async (w: number, i: number) => {
    const r = await post(app.url, pledgeBody(100 + ((w * 31 + i) % 900)), donors[w]!.token);
    return !!(r.data?.createPledge as { pledge: unknown } | undefined)?.pledge;
  };
  await runLoad(CONCURRENCY, 2, send);
  const pledges = await runLoadWithCpu(app.child.pid, CONCURRENCY, SECONDS, send);
  // For context: the same service answering a signed-in request that does no work of its own (session lookup only).
  const viewerBody = JSON.stringify({ query: '{ viewer { user { id } } }' });
  const viewer = await runLoadWithCpu(app.child.pid, CONCURRENCY, Math.max(3, SECONDS / 2), async (w) => !!(await post(app.url, viewerBody, donors[w]!.token)).data);
  // And createPledge refused by its own checks before any database work (an amount above the cap): the
  // cost of the GraphQL stack, the session and the resolver alone, which no database design can go below.
  const refusedBody = pledgeBody(1_000_000_000);
  const refused = await runLoadWithCpu(app.child.pid, CONCURRENCY, Math.max(3, SECONDS / 2), async (w) => {
    const r = await post(app.url, refusedBody, donors[w]!.token);
    return (r.data?.createPledge as { userErrors: { code: string }[] } | undefined)?.userErrors[0]?.code === 'AMOUNT_ABOVE_CAP';
  });

  // Let the sandbox confirmations land, then check the books.
  for (let i = 0; i < 100; i++) {
    const { rows } = await database.executeSql("SELECT count(*)::int AS n FROM pledges WHERE status = 'reserved'");
    if (rows[0]?.n === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const { rows } = await database.executeSql(
    "SELECT amount_minor::text AS amount, reserved_minor::text AS reserved, confirmed_minor::text AS confirmed, (SELECT count(*) FROM pledges WHERE status = 'confirmed')::int AS paid FROM case_needs WHERE id = $1",
    [kase.needs[0]!.id],
  );
  const need = rows[0] as { amount: string; reserved: string; confirmed: string; paid: number };
  const problems = await checkLedger(database.executeSql);
  const overFunded = BigInt(need.reserved) + BigInt(need.confirmed) > BigInt(need.amount);

  const line = (name: string, r: typeof baseline) =>
    `${name.padEnd(34)} ${fmt(r.perSecond, 0).padStart(7)} req/s   p50 ${fmt(r.p50).padStart(6)} ms   p99 ${fmt(r.p99).padStart(6)} ms   server CPU ${fmt(r.cpuMsPerRequest, 3)} ms/req   (${r.requests} requests, ${r.errors} not ok)`;
  process.stdout.write(
    [
      `pledge benchmark: ${CONCURRENCY} concurrent clients, ${SECONDS} s each, PostgreSQL, sandbox payments`,
      line('bare Apollo + Express { hello }', baseline),
      line('createPledge on one hot need', pledges),
      line('(context) signed-in { viewer } only', viewer),
      line('(context) createPledge refused, no DB', refused),
      `ratio pledges/s ÷ hello req/s:     ${fmt(pledges.perSecond / baseline.perSecond, 2)}  (target ≥ 0.6)`,
      `(context) server CPU per request, hello ÷ createPledge: ${fmt(baseline.cpuMsPerRequest / pledges.cpuMsPerRequest, 2)} (what the ratio would be if both one-process servers were limited by their own CPU alone)`,
      `need: amount ${need.amount}, reserved ${need.reserved}, confirmed ${need.confirmed} fen; ${need.paid} pledges paid`,
      `over-funded: ${overFunded ? 'YES' : 'no'}; ledger check: ${problems.length === 0 ? 'passes' : `${problems.length} problems\n  ${problems.slice(0, 5).join('\n  ')}`}`,
      '',
    ].join('\n'),
  );
} finally {
  await app.stop();
  await hello.stop();
  await database.close();
  await db.drop();
}
