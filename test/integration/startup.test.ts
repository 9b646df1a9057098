import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from '../support/processes';

describe('start-up of the embedded default', function () {
  this.timeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiujinan-start-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const signIn = async (url: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signIn(input: { email: "admin@demo.local", password: "demo1234" }) { token viewer { roles } } }' }),
    });
    return ((await res.json()) as { data: { signIn: { token: string | null; viewer: { roles: string[] } | null } } }).data.signIn;
  };

  it('creates the database in DATA_DIR, migrates, seeds demo data once, and keeps it across restarts', async () => {
    const first = await spawnServer({ DATA_DIR: dataDir, DEMO_DATA: 'true' });
    try {
      expect(first.output()).to.include('admin@demo.local');
      expect((await signIn(first.url)).viewer?.roles).to.deep.equal(['ADMIN']);
      const orgs = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organizations(first: 100) { totalCount nodes { kind } } }' }),
      });
      const data = ((await orgs.json()) as { data: { organizations: { totalCount: number; nodes: { kind: string }[] } } }).data.organizations;
      expect(new Set(data.nodes.map((n) => n.kind))).to.have.property('size', 8);
    } finally {
      const code = await first.stop();
      expect(code, first.output().slice(-600)).to.equal(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'pgdata'))).to.equal(true);
    const second = await spawnServer({ DATA_DIR: dataDir, DEMO_DATA: 'true' });
    try {
      expect((await signIn(second.url)).token).to.be.a('string');
      expect(second.output()).to.not.include('demo data seeded');
    } finally {
      await second.stop();
    }
  });

  it('refuses to start on a bad value and names the variable', async () => {
    let message = '';
    try {
      await spawnServer({ PORT: 'not-a-port' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).to.include('exited with 78');
    expect(message).to.include('PORT');
  });

  it('refuses production without DATABASE_URL and PII_KEY', async () => {
    let message = '';
    try {
      await spawnServer({ NODE_ENV: 'production', DEMO_DATA: 'false' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).to.include('DATABASE_URL').and.include('PII_KEY');
  });
});
