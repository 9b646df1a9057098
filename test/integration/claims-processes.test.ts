import { expect } from 'chai';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createOrganization, createUser } from '../support/factories';
import { createCaseWithNeeds, matchCaseTo, needRow } from '../support/matching-factory';
import { spawnServer, type ServerProcess } from '../support/processes';

const CLAIM = 'mutation($i: ClaimCaseInput!) { claimCase(input: $i) { claim { id amount } userErrors { code message } } }';

interface Payload {
  claim: { id: string; amount: string } | null;
  userErrors: { code: string; message: string }[];
}

async function gql(url: string, variables: Record<string, unknown>, token: string): Promise<Payload> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: CLAIM, variables }),
  });
  const body = (await res.json()) as { data?: { claimCase: Payload }; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.claimCase;
}

describe('claims across two server processes (PostgreSQL)', function () {
  this.timeout(120_000);
  let db: TestDatabase | undefined;
  const servers: ServerProcess[] = [];

  before(async function () {
    if (!process.env.DATABASE_URL) this.skip();
    const previous = process.env.TEST_DATABASE;
    process.env.TEST_DATABASE = 'postgres';
    try {
      db = await createTestDatabase();
    } finally {
      if (previous === undefined) delete process.env.TEST_DATABASE;
      else process.env.TEST_DATABASE = previous;
    }
    const env = { DATABASE_URL: db.url as string };
    servers.push(...(await Promise.all([spawnServer(env), spawnServer(env)])));
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  it('two organisations claiming the last part through different processes: one claim, the other told what remains', async () => {
    const database = (db as TestDatabase).database.db;
    const [a, b] = servers as [ServerProcess, ServerProcess];
    for (let round = 0; round < 5; round++) {
      const c = await createCaseWithNeeds(database, { needs: [{ amount: 5000n }] });
      const orgs = [await createOrganization(database), await createOrganization(database)];
      const tokens = [];
      for (const o of orgs) {
        await matchCaseTo(database, c.id, o.id);
        tokens.push((await createUser(database, [{ role: 'org_member', organizationId: o.id }])).token);
      }
      const input = { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: '4000', expectedVersion: c.version };
      const results = await Promise.all([gql(a.url, { i: input }, tokens[0] as string), gql(b.url, { i: input }, tokens[1] as string)]);
      expect(results.filter((r) => r.claim)).to.have.length(1);
      const loser = results.find((r) => !r.claim);
      expect(loser?.userErrors[0]?.code).to.equal('AMOUNT_EXCEEDS_REMAINING');
      expect(loser?.userErrors[0]?.message).to.contain('Only 1000 fen');
      expect((await needRow(database, c.needs[0]?.id as string)).claimedMinor).to.equal(4000n);
    }
  });
});
