/**
 * Benchmark: a hot case receiving pledges from many concurrent clients over GraphQL, with
 * sandbox payments, on the PostgreSQL server. Beside it, in the same run, a bare Apollo +
 * Express server answering `{ hello }`; prints the ratio of the two.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/bench/pledge.ts
 *   (BENCH_SECONDS=12 BENCH_ROUNDS=6 BENCH_CONCURRENCY=64; BENCH_PROFILE_DIR=dir writes the service's CPU profile there)
 * The two are measured in turns, BENCH_SECONDS each in all. Beside throughput it prints the CPU the
 * server, PostgreSQL (when it runs on this machine) and the load generator used per request (from /proc).
 */
import crypto from 'node:crypto';
import { openDatabase } from '../../server/db/database';
import { checkLedger } from '../../server/ledger/check-ledger';
import { loadRegionsIfEmpty } from '../../server/regions/region.repository';
import { createPublishedCase } from '../../test/support/case-factory';
import { createUser } from '../../test/support/factories';
import { fmt, freePort, freshDatabase, groupCpuMs, LoadTally, postgresCpuMs, postJson, runLoad, startChild } from './bench-support';

const base = process.env.DATABASE_URL;
if (!base) {
  process.stderr.write('Set DATABASE_URL to a PostgreSQL server (a fresh database is created on it and dropped after).\n');
  process.exit(2);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
/** Turns each load is measured in (see below), warm-up of each, and the uncounted lead-in of each pledge turn, in seconds. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const WARMUP = 5;
const LEAD_IN = 1;
const clientCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

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

  const helloBody = JSON.stringify({ query: '{ hello }' });
  const sayHello = async () => !!(await post(hello.url, helloBody)).data;
  const mutation = `mutation($input: CreatePledgeInput!) { createPledge(input: $input) { pledge { id amount status } userErrors { code message } } }`;
  const pledgeBody = (amount: number) =>
    JSON.stringify({ query: mutation, variables: { input: { caseId: kase.gid, needId: kase.needs[0]!.gid, amount: String(amount), method: 'SANDBOX', idempotencyKey: `b-${crypto.randomUUID()}` } } });
  const send = async (w: number, i: number) => {
    const r = await post(app.url, pledgeBody(100 + ((w * 31 + i) % 900)), donors[w]!.token);
    return !!(r.data?.createPledge as { pledge: unknown } | undefined)?.pledge;
  };
  const reservedLeft = async () => Number((await database.executeSql("SELECT count(*)::int AS n FROM pledges WHERE status = 'reserved'")).rows[0]?.n);
  /** Waits until every sandbox payment so far has landed (nothing reserved is left). */
  const settle = async () => {
    for (let i = 0; i < 100 && (await reservedLeft()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
  };

  // Both warm up until their speed is steady (the JIT has compiled the hot paths).
  await runLoad(CONCURRENCY, WARMUP, sayHello);
  await runLoad(CONCURRENCY, WARMUP, send);
  await settle();

  // The baseline and the pledges are measured in turns (ABBA), so that a change in the machine's speed
  // during the run falls on both alike. Each pledge turn starts after a lead-in that is not counted,
  // so that the sandbox payments confirming meanwhile run at the same rate as new pledges come in;
  // the payments still landing when it ends are let finish before the next hello turn.
  const meters = (pid: number | undefined) => [() => groupCpuMs(pid), postgresCpuMs, clientCpuMs];
  const baseline = new LoadTally(meters(hello.child.pid));
  const pledging = new LoadTally(meters(app.child.pid));
  const turn = SECONDS / ROUNDS;
  const pledgeTurn = async () => {
    await runLoad(CONCURRENCY, LEAD_IN, send);
    await pledging.run(CONCURRENCY, turn, send);
    await settle();
  };
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) {
      await baseline.run(CONCURRENCY, turn, sayHello);
      await pledgeTurn();
    } else {
      await pledgeTurn();
      await baseline.run(CONCURRENCY, turn, sayHello);
    }
  }
  // For context: the same service answering a signed-in request that does no work of its own (session lookup only).
  const viewerBody = JSON.stringify({ query: '{ viewer { user { id } } }' });
  const viewer = new LoadTally(meters(app.child.pid));
  await viewer.run(CONCURRENCY, Math.max(3, SECONDS / 4), async (w) => !!(await post(app.url, viewerBody, donors[w]!.token)).data);
  // And createPledge refused by its own checks before any database work (an amount above the cap): the
  // cost of the GraphQL stack, the session and the resolver alone, which no database design can go below.
  const refusedBody = pledgeBody(1_000_000_000);
  const refused = new LoadTally(meters(app.child.pid));
  await refused.run(CONCURRENCY, Math.max(3, SECONDS / 4), async (w) => {
    const r = await post(app.url, refusedBody, donors[w]!.token);
    return (r.data?.createPledge as { userErrors: { code: string }[] } | undefined)?.userErrors[0]?.code === 'AMOUNT_ABOVE_CAP';
  });

  // Let the sandbox confirmations land, then check the books.
  await settle();
  const { rows } = await database.executeSql(
    "SELECT amount_minor::text AS amount, reserved_minor::text AS reserved, confirmed_minor::text AS confirmed, (SELECT count(*) FROM pledges WHERE status = 'confirmed')::int AS paid FROM case_needs WHERE id = $1",
    [kase.needs[0]!.id],
  );
  const need = rows[0] as { amount: string; reserved: string; confirmed: string; paid: number };
  const problems = await checkLedger(database.executeSql);
  const overFunded = BigInt(need.reserved) + BigInt(need.confirmed) > BigInt(need.amount);

  const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '   -  ' : fmt(n, 3));
  const line = (name: string, r: ReturnType<LoadTally['result']>) => {
    const [server, postgres, client] = r.cpuMsPerRequest;
    return `${name.padEnd(38)} ${fmt(r.perSecond, 0).padStart(6)} req/s  p50 ${fmt(r.p50).padStart(5)} ms  p99 ${fmt(r.p99).padStart(5)} ms  CPU ms/req: server ${ms(server)} postgres ${ms(postgres)} client ${ms(client)}  (${r.requests} requests, ${r.errors} not ok)`;
  };
  const [b, p] = [baseline.result(), pledging.result()];
  const helloRates = baseline.rates();
  const turnRatios = pledging.rates().map((x, i) => x / (helloRates[i] ?? NaN));
  process.stdout.write(
    [
      `pledge benchmark: ${CONCURRENCY} concurrent clients, PostgreSQL, sandbox payments; ${ROUNDS} turns of ${fmt(turn)} s each for hello and pledges, in ABBA order`,
      line('bare Apollo + Express { hello }', b),
      line('createPledge on one hot need', p),
      line('(context) signed-in { viewer } only', viewer.result()),
      line('(context) createPledge refused, no DB', refused.result()),
      `ratio pledges/s ÷ hello req/s:     ${fmt(p.perSecond / b.perSecond, 2)}  (target ≥ 0.6)`,
      `(context) ratio in each turn: ${turnRatios.map((x) => fmt(x, 2)).join(' ')}; hello req/s in each turn: ${helloRates.map((x) => fmt(x, 0)).join(' ')}`,
      `(context) server CPU per request, hello ÷ createPledge: ${fmt((b.cpuMsPerRequest[0] ?? NaN) / (p.cpuMsPerRequest[0] ?? NaN), 2)} (what the ratio would be if both one-process servers were limited by their own CPU alone)`,
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
