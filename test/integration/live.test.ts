import { expect } from 'chai';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, SubscribeAck } from '../../server/live/events';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createOrganization, createUser } from '../support/factories';
import { spawnServer, type ServerProcess } from '../support/processes';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const connect = (url: string, token?: string): Promise<Client> =>
  new Promise((resolve, reject) => {
    const s: Client = io(url, { transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', (err) => reject(err));
  });

const subscribe = (s: Client, room: string) => new Promise<SubscribeAck>((resolve) => s.emit('subscribe', room, resolve));

const nextEvent = <E extends keyof ServerToClientEvents>(s: Client, event: E, timeoutMs = 10_000) =>
  new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    (s as unknown as { once: (e: string, f: (p: Parameters<ServerToClientEvents[E]>[0]) => void) => void }).once(event, (p) => {
      clearTimeout(timer);
      resolve(p);
    });
  });

const VERIFY = 'mutation($id: ID!) { verifyOrganization(input: { id: $id }) { organization { verified } userErrors { code } } }';

describe('live channel (socket.io)', () => {
  let app: TestApp;
  const sockets: Client[] = [];
  before(async () => {
    app = await startTestApp();
  });
  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await app.close();
  });

  it('authenticates the handshake with the same bearer token and refuses a bad one', async () => {
    const u = await createUser(app.services.db);
    sockets.push(await connect(app.url, u.token));
    let refused: Error | undefined;
    try {
      sockets.push(await connect(app.url, 'x'.repeat(43)));
    } catch (err) {
      refused = err as Error;
    }
    expect(refused?.message).to.match(/not valid/);
  });

  it('lets anonymous clients connect but not watch private rooms', async () => {
    const org = await createOrganization(app.services.db);
    const anon = await connect(app.url);
    sockets.push(anon);
    expect(await subscribe(anon, `organization:${org.id}`)).to.deep.include({ ok: false, code: 'NOT_FOUND' });
    expect(await subscribe(anon, 'region:632623')).to.deep.include({ ok: false });
    expect(await subscribe(anon, 'nonsense')).to.deep.include({ ok: false, code: 'INVALID_ROOM' });
  });

  it('delivers an organisation event to its members and region staff after the change commits', async () => {
    const org = await createOrganization(app.services.db, { verified: false, homeRegionCode: '632624' });
    const member = await createUser(app.services.db, [{ role: 'org_member', organizationId: org.id }]);
    const staff = await createUser(app.services.db, [{ role: 'caseworker', region: '632624' }]);
    const approver = await createUser(app.services.db, [{ role: 'approver', region: '632600' }]);
    const m = await connect(app.url, member.token);
    const s = await connect(app.url, staff.token);
    sockets.push(m, s);
    expect(await subscribe(m, `organization:${org.id}`)).to.deep.equal({ ok: true, room: `organization:${org.id}` });
    expect(await subscribe(s, 'region:632624')).to.deep.equal({ ok: true, room: 'region:632624' });
    const gotM = nextEvent(m, 'organization.updated');
    const gotS = nextEvent(s, 'organization.updated');
    expectData(await app.gql(VERIFY, { id: org.gid }, approver.token));
    expect(await gotM).to.deep.include({ organizationId: org.id, verified: true });
    expect(await gotS).to.deep.include({ organizationId: org.id, verified: true });
  });

  it('joins a user room on connect and delivers personal events there', async () => {
    const org = await createOrganization(app.services.db);
    const admin = await createUser(app.services.db, [{ role: 'org_admin', organizationId: org.id }]);
    const target = await createUser(app.services.db);
    const t = await connect(app.url, target.token);
    sockets.push(t);
    const got = nextEvent(t, 'membership.added');
    expectData(await app.gql('mutation($i: AddMemberInput!) { addMember(input: $i) { membership { role } } }', { i: { organizationId: org.gid, email: target.email, role: 'ORG_MEMBER' } }, admin.token));
    expect(await got).to.deep.equal({ organizationId: org.id, role: 'org_member' });
  });
});

describe('live channel across two server processes (PostgreSQL + Redis)', function () {
  this.timeout(120_000);
  let db: TestDatabase | undefined;
  const servers: ServerProcess[] = [];
  const sockets: Client[] = [];

  before(async function () {
    if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
      this.skip();
    }
    const previous = process.env.TEST_DATABASE;
    process.env.TEST_DATABASE = 'postgres';
    try {
      db = await createTestDatabase();
    } finally {
      if (previous === undefined) delete process.env.TEST_DATABASE;
      else process.env.TEST_DATABASE = previous;
    }
    const env = { DATABASE_URL: db.url as string, REDIS_URL: process.env.REDIS_URL as string };
    servers.push(...(await Promise.all([spawnServer(env), spawnServer(env)])));
  });

  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  it('an event emitted in process A reaches a client connected to process B', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const database = (db as TestDatabase).database;
    const org = await createOrganization(database.db, { verified: false, homeRegionCode: '632626' });
    const approver = await createUser(database.db, [{ role: 'approver', region: '632600' }]);
    const watcher = await createUser(database.db, [{ role: 'org_member', organizationId: org.id }]);
    const client = await connect(b.url, watcher.token);
    sockets.push(client);
    expect(await subscribe(client, `organization:${org.id}`)).to.deep.include({ ok: true });
    const got = nextEvent(client, 'organization.updated');
    const res = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${approver.token}` },
      body: JSON.stringify({ query: VERIFY, variables: { id: org.gid } }),
    });
    expect(((await res.json()) as { data: { verifyOrganization: { organization: { verified: boolean } } } }).data.verifyOrganization.organization.verified).to.equal(true);
    expect(await got).to.deep.include({ organizationId: org.id, verified: true });
  });

  it('stops gracefully on SIGTERM', async () => {
    const code = await (servers.pop() as ServerProcess).stop();
    expect(code).to.equal(0);
  });
});
