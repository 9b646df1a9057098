import { expect } from 'chai';
import { and, eq } from 'drizzle-orm';
import { startApp, type RunningApp } from '../../server/app';
import { alarms } from '../../server/cases/casedesk.table';
import { openDatabase, type Database } from '../../server/db/database';
import { scheduledJobs } from '../../server/scheduler/job.table';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database';
import { createReliefFund, createUser } from '../support/factories';
import { toGlobalId } from '../../server/common/ids';
import { testConfig } from '../support/app';
import { makeIdNumber } from '../support/casedesk';

const REQ = { ip: '127.0.0.1', userAgent: 'test', requestId: 'test' };

describe('deadline scheduler (durable, once across processes)', () => {
  let testDb: TestDatabase;
  const apps: RunningApp[] = [];
  const extraDbs: Database[] = [];
  before(async () => {
    testDb = await createTestDatabase();
  });
  after(async () => {
    for (const a of apps) await a.stop();
    for (const d of extraDbs) await d.close();
    await testDb.drop();
  });

  const start = async (database: Database) => {
    const app = await startApp(testConfig({ SCHEDULER_POLL_MS: '0' }), { database });
    apps.push(app);
    return app;
  };

  /** A second "process": its own connection pool on the same PostgreSQL database (PGlite has only one connection). */
  const secondDatabase = async (): Promise<Database> => {
    if (testDatabaseKind() === 'pglite' || !testDb.url) return testDb.database;
    const d = await openDatabase({ url: testDb.url, poolSize: 5 });
    extraDbs.push(d);
    return d;
  };

  it('fires a deadline after a restart, once, even with two processes polling together', async () => {
    const db = testDb.database.db;
    const caseworker = await createUser(db, [{ role: 'caseworker', region: '632623' }]);
    const approver = await createUser(db, [{ role: 'approver', region: '632600' }]);
    const first = await start(testDb.database);
    const actor = (await first.services.accounts.authenticate(caseworker.token))?.actor;
    if (!actor) throw new Error('no actor');
    const intake = await first.services.cases.registerApplication(actor, { regionCode: '632623', category: 'illness', situation: 'x', person: { idNumber: makeIdNumber() } }, REQ);
    const [job] = await db.select().from(scheduledJobs).where(eq(scheduledJobs.jobKey, `case.decision:${intake.case.id}`));
    expect(job?.doneAt).to.equal(null);
    const dueAt = job?.runAt as Date;

    // Nothing fires before the deadline; then the first process stops (a restart).
    expect(await first.services.scheduler.runDueJobs(new Date(dueAt.getTime() - 1000))).to.equal(0);
    await first.stop();
    apps.splice(apps.indexOf(first), 1);

    // Two processes come up on the same database and poll at the same moment.
    const a = await start(testDb.database);
    const b = await start(await secondDatabase());
    const later = new Date(dueAt.getTime() + 1000);
    const [ranA, ranB] = await Promise.all([a.services.scheduler.runDueJobs(later), b.services.scheduler.runDueJobs(later)]);
    expect(ranA + ranB).to.equal(1);

    const raised = await db.select().from(alarms).where(and(eq(alarms.caseId, intake.case.id), eq(alarms.kind, 'case.overdue')));
    expect(raised.map((r) => r.userId).sort()).to.include.members([caseworker.id, approver.id]);
    expect(raised.filter((r) => r.userId === approver.id)).to.have.length(1);
    // Done for good: polling again runs nothing.
    expect(await a.services.scheduler.runDueJobs(new Date(later.getTime() + 86_400_000))).to.equal(0);
  });

  it('alarms the handler, the backup and the approver about an untriaged report and overdue fast-track paperwork', async () => {
    const db = testDb.database.db;
    const county = '632626'; // Madoi: its own staff, so nothing else interferes
    const cw1 = await createUser(db, [{ role: 'caseworker', region: county }]);
    const cw2 = await createUser(db, [{ role: 'caseworker', region: county }]);
    const approver = await createUser(db, [{ role: 'approver', region: county }]);
    const app = await start(testDb.database);
    const anon = { userId: null, sessionId: null, memberships: [] };
    const report = await app.services.cases.reportDiscovery(anon, { regionCode: county, situation: 'A child alone at the market.', reporterKind: 'public' }, REQ);
    const due = report.case.dueAt as Date;
    expect(await app.services.scheduler.runDueJobs(new Date(due.getTime() - 1000))).to.equal(0);
    await app.services.scheduler.runDueJobs(new Date(due.getTime() + 1000));
    const untriaged = await db.select().from(alarms).where(and(eq(alarms.caseId, report.case.id), eq(alarms.kind, 'report.untriaged')));
    expect(untriaged.map((a) => a.userId).sort()).to.deep.equal([cw1.id, cw2.id, approver.id].sort());

    const actor = (await app.services.accounts.authenticate(cw1.token))?.actor;
    if (!actor) throw new Error('no actor');
    const fund = await createReliefFund(db, { homeRegionCode: county });
    const c = await app.services.cases.registerApplication(actor, { regionCode: county, category: 'fire', situation: 'x', person: { idNumber: makeIdNumber(county) } }, REQ);
    const gid = toGlobalId('Case', c.case.id);
    const ft = await app.services.cases.fastTrack(actor, { caseId: gid, amount: 100_000n, fundOrganizationId: fund.gid }, REQ);
    await app.services.scheduler.runDueJobs(new Date(ft.fastTrack.paperworkDueAt.getTime() + 1000));
    const paperwork = await db.select().from(alarms).where(and(eq(alarms.caseId, c.case.id), eq(alarms.kind, 'paperwork.overdue')));
    expect(paperwork.map((a) => a.userId).sort()).to.deep.equal([cw1.id, cw2.id, approver.id].sort());
  });

  it('stops with the app: stop() ends polling', async () => {
    const app = await startApp(testConfig({ SCHEDULER_POLL_MS: '50' }), { database: testDb.database });
    await app.stop();
    expect(await app.services.scheduler.runDueJobs(new Date(Date.now() + 365 * 86_400_000))).to.equal(0);
  });
});
