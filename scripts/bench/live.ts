/**
 * Benchmark: 1,000 socket.io clients watching one case while pledges land; prints p50/p99
 * from commit to receipt, beside a bare socket.io server broadcasting to 1,000 clients in
 * the same run.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/bench/live.ts
 *   (BENCH_CLIENTS=1000 BENCH_EVENTS=100; without DATABASE_URL the embedded database is used)
 */
import crypto from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { openDatabase, type Database } from '../../server/db/database';
import { checkLedger } from '../../server/ledger/check-ledger';
import { loadRegionsIfEmpty } from '../../server/regions/region.repository';
import { createPublishedCase } from '../../test/support/case-factory';
import { createUser } from '../../test/support/factories';
import { fmt, freePort, freshDatabase, percentile, postJson, startChild } from './bench-support';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100);
const EVERY_MS = 25;

async function connectAll(url: string, room: string, onEvent: (e: { at: string; version: number }) => void): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < CLIENTS; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, CLIENTS - i) }, async () => {
        const s = io(url, { path: '/socket.io', transports: ['websocket'], forceNew: true, reconnection: false });
        s.on('case.funding', onEvent);
        await new Promise<void>((resolve, reject) => {
          s.once('connect', () => resolve());
          s.once('connect_error', reject);
        });
        const ack = await new Promise<{ ok: boolean }>((resolve) => s.emit('subscribe', room, resolve));
        if (!ack.ok) throw new Error(`could not watch ${room}`);
        sockets.push(s);
      }),
    );
  }
  return sockets;
}

function summary(name: string, lat: number[], expected: number) {
  lat.sort((a, b) => a - b);
  return `${name.padEnd(40)} p50 ${fmt(percentile(lat, 50)).padStart(6)} ms   p99 ${fmt(percentile(lat, 99)).padStart(6)} ms   (${lat.length} of ${expected} deliveries)`;
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

// 1. The bare broadcast.
const bare = await startChild('scripts/bench/bare-socket-server.ts', {}, await freePort());
const bareLat: number[] = [];
const bareSockets = await connectAll(bare.url, 'case:bench', (e) => bareLat.push(Date.now() - Date.parse(e.at)));
await fetch(`${bare.url}/broadcast?n=${EVENTS}&every=${EVERY_MS}`);
await settle(EVENTS * EVERY_MS + 2000);
for (const s of bareSockets) s.close();
await bare.stop();

// 2. The service: pledges land on a case that 1,000 clients watch.
const dbUrl = process.env.DATABASE_URL;
const fresh = dbUrl ? await freshDatabase(dbUrl) : undefined;
const dataDir = `/tmp/jjn-live-bench-${crypto.randomBytes(4).toString('hex')}`;
let database: Database | undefined = fresh ? await openDatabase({ url: fresh.url, poolSize: 4 }) : await openDatabase({ dataDir: `${dataDir}/pgdata` });
await database.migrate();
await loadRegionsIfEmpty(database.db);
const kase = await createPublishedCase(database.db, [10_000_000n]);
const donors = await Promise.all(Array.from({ length: 20 }, () => createUser(database!.db)));
if (!fresh) {
  // The embedded database allows one process: hand it to the server.
  await database.close();
  database = undefined;
}
const app = await startChild(
  'server/main.ts',
  { NODE_ENV: 'test', DEMO_DATA: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', SANDBOX_CONFIRM_MS: '100', HOST: '127.0.0.1', ...(fresh ? { DATABASE_URL: fresh.url } : { DATA_DIR: dataDir }) },
  await freePort(),
);
const appLat: number[] = [];
const appSockets = await connectAll(app.url, `case:${kase.id}`, (e) => appLat.push(Date.now() - Date.parse(e.at)));
const mutation = `mutation($input: CreatePledgeInput!) { createPledge(input: $input) { pledge { id } userErrors { code } } }`;
let sent = 0;
for (let i = 0; i < EVENTS / 2; i++) {
  // Each pledge makes two commits the watchers see: the reservation and the sandbox payment.
  void postJson(`${app.url}/graphql`, JSON.stringify({ query: mutation, variables: { input: { caseId: kase.gid, needId: kase.needs[0]!.gid, amount: String(1000 + i), method: 'SANDBOX', idempotencyKey: `l-${crypto.randomUUID()}` } } }), donors[i % donors.length]!.token);
  sent++;
  await settle(EVERY_MS * 2);
}
await settle(3000);
const commits = appLat.length / CLIENTS;
for (const s of appSockets) s.close();
let ledger = 'not checked';
if (database) ledger = (await checkLedger(database.executeSql)).length === 0 ? 'passes' : 'FAILS';
await app.stop();
if (!database) {
  database = await openDatabase({ dataDir: `${dataDir}/pgdata` });
  ledger = (await checkLedger(database.executeSql)).length === 0 ? 'passes' : 'FAILS';
}
await database.close();
await fresh?.drop();

const bareP99 = percentile([...bareLat].sort((a, b) => a - b), 99);
const appP99 = percentile([...appLat].sort((a, b) => a - b), 99);
process.stdout.write(
  [
    `live benchmark: ${CLIENTS} socket.io clients watching one room (${fresh ? 'PostgreSQL' : 'embedded database'})`,
    summary('bare socket.io broadcast', bareLat, EVENTS * CLIENTS),
    summary(`case.funding, commit → receipt (${sent} pledges)`, appLat, Math.round(commits) * CLIENTS),
    `ratio of p99s: ${fmt(appP99 / bareP99, 2)}  (target ≤ 2); ledger check: ${ledger}`,
    '',
  ].join('\n'),
);
process.exit(0);
