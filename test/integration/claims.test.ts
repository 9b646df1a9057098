import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../../server/audit/audit.table';
import { cases } from '../../server/cases/case.table';
import { assistanceRecords, claims } from '../../server/claims/claim.table';
import { fromGlobalId } from '../../server/common/ids';
import { startTestApp, expectData, type TestApp } from '../support/app';
import { createOrganization, createUser } from '../support/factories';
import { createCaseWithNeeds, matchCaseTo, needRow, touchCase } from '../support/matching-factory';

const CLAIM = `mutation($input: ClaimCaseInput!) {
  claimCase(input: $input) {
    claim { id status amount lines { amount need { id remaining } } deadlineAt }
    case { status totalRemaining needs { id claimed remaining } }
    userErrors { field code message amount }
  }
}`;

interface ClaimResult {
  claimCase: {
    claim: { id: string; status: string; amount: string; lines: { amount: string; need: { id: string; remaining: string } }[] } | null;
    case: { status: string; totalRemaining: string; needs: { id: string; claimed: string; remaining: string }[] } | null;
    userErrors: { field: string[]; code: string; message: string; amount: string | null }[];
  };
}

describe('claims', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  async function orgWithMember(region = '632623') {
    const org = await createOrganization(app.services.db, { homeRegionCode: region });
    const member = await createUser(app.services.db, [{ role: 'org_member', organizationId: org.id }]);
    return { org, token: member.token };
  }

  const claim = (token: string, input: Record<string, unknown>) => app.gql<ClaimResult>(CLAIM, { input }, token);

  it('spreads the amount over the listed needs in order and puts a verified case in progress', async () => {
    const c = await createCaseWithNeeds(app.services.db, { needs: [{ amount: 300n }, { amount: 500n }] });
    const a = await orgWithMember();
    await matchCaseTo(app.services.db, c.id, a.org.id);
    const res = expectData(await claim(a.token, { caseId: c.gid, needIds: [c.needs[0]?.gid, c.needs[1]?.gid], amount: '450', expectedVersion: c.version, note: '我们负责' }));
    expect(res.claimCase.userErrors).to.deep.equal([]);
    expect(res.claimCase.claim?.status).to.equal('ACTIVE');
    expect(res.claimCase.claim?.lines.map((l) => l.amount)).to.deep.equal(['300', '150']);
    expect(res.claimCase.case?.status).to.equal('IN_PROGRESS');
    expect(res.claimCase.case?.totalRemaining).to.equal('350');
    expect((await needRow(app.services.db, c.needs[1]?.id as string)).claimedMinor).to.equal(150n);
    const audits = await app.services.db.select().from(auditEvents).where(eq(auditEvents.entityId, c.id));
    expect(audits.map((e) => e.action)).to.include('case.transition');
  });

  it('two organisations claiming the last part at the same moment: exactly one wins, the other is told what remains', async () => {
    const c = await createCaseWithNeeds(app.services.db, { needs: [{ amount: 1000n }] });
    const [a, b, first] = [await orgWithMember(), await orgWithMember(), await orgWithMember()];
    for (const o of [a, b, first]) await matchCaseTo(app.services.db, c.id, o.org.id);
    expectData(await claim(first.token, { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: '600', expectedVersion: c.version }));
    const results = await Promise.all([a, b].map((o) => claim(o.token, { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: '400', expectedVersion: c.version })));
    const payloads = results.map((r) => expectData(r).claimCase);
    const winners = payloads.filter((p) => p.claim);
    const losers = payloads.filter((p) => p.userErrors.length > 0);
    expect(winners).to.have.length(1);
    expect(losers).to.have.length(1);
    expect(losers[0]?.userErrors[0]?.code).to.equal('AMOUNT_EXCEEDS_REMAINING');
    expect(losers[0]?.userErrors[0]?.message).to.contain('Only 0 fen');
    expect(losers[0]?.userErrors[0]?.amount).to.equal('0');
    const need = await needRow(app.services.db, c.needs[0]?.id as string);
    expect(need.claimedMinor).to.equal(1000n);
    const rows = await app.services.db.select().from(claims).where(eq(claims.caseId, c.id));
    expect(rows).to.have.length(2);
  });

  it('lists an organisation\'s claims, newest first, whatever became of the case; only for its members and staff', async () => {
    const a = await orgWithMember();
    const outsider = await orgWithMember();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await createCaseWithNeeds(app.services.db, { needs: [{ amount: 1000n }] });
      await matchCaseTo(app.services.db, c.id, a.org.id);
      made.push(expectData(await claim(a.token, { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: '100', expectedVersion: c.version })).claimCase.claim!.id);
    }
    // One case closes: its claim still shows in the organisation's list.
    const first = await app.services.db.select({ caseId: claims.caseId }).from(claims).where(eq(claims.id, fromGlobalId('Claim', made[0]!)));
    await app.services.db.update(cases).set({ status: 'closed' }).where(eq(cases.id, first[0]!.caseId));
    const LIST = 'query($o: ID!, $s: ClaimStatus, $first: Int, $after: String) { organizationClaims(organizationId: $o, status: $s, first: $first, after: $after) { nodes { id status amount } pageInfo { hasNextPage endCursor } totalCount } }';
    type List = { organizationClaims: { nodes: { id: string; status: string; amount: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } };
    const page1 = expectData(await app.gql<List>(LIST, { o: a.org.gid, first: 2 }, a.token)).organizationClaims;
    expect(page1.totalCount).to.equal(3);
    expect(page1.nodes.map((n) => n.id)).to.deep.equal([made[2], made[1]]);
    const page2 = expectData(await app.gql<List>(LIST, { o: a.org.gid, first: 2, after: page1.pageInfo.endCursor }, a.token)).organizationClaims;
    expect(page2.nodes.map((n) => n.id)).to.deep.equal([made[0]]);
    expect(expectData(await app.gql<List>(LIST, { o: a.org.gid, s: 'RELEASED' }, a.token)).organizationClaims.totalCount).to.equal(0);
    expect((await app.gql(LIST, { o: a.org.gid }, outsider.token)).errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
  });

  it('a loop of concurrent claims never over-commits a need', async () => {
    const orgs = [await orgWithMember(), await orgWithMember(), await orgWithMember(), await orgWithMember()];
    for (let round = 0; round < 5; round++) {
      const amount = BigInt(1000 + round * 137);
      const c = await createCaseWithNeeds(app.services.db, { needs: [{ amount }] });
      for (const o of orgs) await matchCaseTo(app.services.db, c.id, o.org.id);
      const asks = orgs.map((_, i) => (amount / 3n + BigInt(i * 17)).toString());
      const results = await Promise.all(orgs.map((o, i) => claim(o.token, { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: asks[i], expectedVersion: c.version })));
      const payloads = results.map((r) => expectData(r).claimCase);
      const won = payloads.filter((p) => p.claim).reduce((s, p) => s + BigInt(p.claim?.amount ?? '0'), 0n);
      for (const p of payloads.filter((x) => !x.claim)) expect(p.userErrors[0]?.code).to.equal('AMOUNT_EXCEEDS_REMAINING');
      const need = await needRow(app.services.db, c.needs[0]?.id as string);
      expect(need.claimedMinor).to.equal(won);
      expect(need.claimedMinor <= amount).to.equal(true);
      expect(payloads.filter((p) => p.claim).length).to.be.greaterThanOrEqual(1);
      // Each refusal was right: what remains now is less than what the refused organisation asked for.
      payloads.forEach((p, i) => {
        if (!p.claim) expect(amount - won < BigInt(asks[i] as string)).to.equal(true);
      });
    }
  });

  it('refuses bad claims with typed userErrors and changes nothing', async () => {
    const c = await createCaseWithNeeds(app.services.db, { needs: [{ amount: 500n }] });
    const a = await orgWithMember();
    const other = await orgWithMember();
    await matchCaseTo(app.services.db, c.id, a.org.id);
    await matchCaseTo(app.services.db, c.id, other.org.id);
    const base = { caseId: c.gid, needIds: [c.needs[0]?.gid], expectedVersion: c.version };
    const code = async (token: string, input: Record<string, unknown>) => expectData(await claim(token, input)).claimCase.userErrors[0];

    const over = await code(a.token, { ...base, amount: '501' });
    expect(over?.code).to.equal('AMOUNT_EXCEEDS_REMAINING');
    expect(over?.message).to.contain('Only 500 fen');
    expect((await code(a.token, { ...base, amount: '100', organizationId: other.org.gid }))?.code).to.equal('NOT_A_MEMBER');
    expect((await code(a.token, { ...base, amount: '0' }))?.code).to.equal('AMOUNT_NOT_POSITIVE');

    const newVersion = await touchCase(app.services.db, c.id);
    const stale = await code(a.token, { ...base, amount: '100' });
    expect(stale?.code).to.equal('STALE_VERSION');
    expect(stale?.field).to.deep.equal(['input', 'expectedVersion']);

    const closedVersion = await touchCase(app.services.db, c.id, { status: 'closed' });
    expect(newVersion).to.be.lessThan(closedVersion);
    expect((await code(a.token, { ...base, amount: '100', expectedVersion: closedVersion }))?.code).to.equal('CASE_NOT_CLAIMABLE');

    const unverified = await createCaseWithNeeds(app.services.db, { status: 'verifying' });
    await matchCaseTo(app.services.db, unverified.id, a.org.id);
    expect((await code(a.token, { caseId: unverified.gid, needIds: [unverified.needs[0]?.gid], expectedVersion: unverified.version }))?.code).to.equal('CASE_NOT_CLAIMABLE');

    const foreign = await createCaseWithNeeds(app.services.db);
    expect((await code(a.token, { ...base, needIds: [foreign.needs[0]?.gid], expectedVersion: closedVersion - 1 }))?.code).to.be.oneOf(['NEED_NOT_FOUND', 'CASE_NOT_CLAIMABLE', 'STALE_VERSION']);

    expect((await needRow(app.services.db, c.needs[0]?.id as string)).claimedMinor).to.equal(0n);
    expect(await app.services.db.select().from(claims).where(eq(claims.caseId, c.id))).to.have.length(0);
  });

  it('a case not matched to the organisation is not found', async () => {
    const c = await createCaseWithNeeds(app.services.db);
    const a = await orgWithMember();
    const res = await claim(a.token, { caseId: c.gid, needIds: [c.needs[0]?.gid], expectedVersion: c.version });
    expect(res.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
  });

  it('release gives the amount back; fulfil records the aid given', async () => {
    const c = await createCaseWithNeeds(app.services.db, { needs: [{ amount: 800n }, { amount: 200n }] });
    const a = await orgWithMember();
    await matchCaseTo(app.services.db, c.id, a.org.id);
    const one = expectData(await claim(a.token, { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: '300', expectedVersion: c.version })).claimCase.claim;
    const viaNode = await app.gql<{ node: { status: string } | null }>('query($id: ID!) { node(id: $id) { ... on Claim { status amount } } }', { id: one?.id }, a.token);
    expect(expectData(viaNode).node?.status).to.equal('ACTIVE');
    const stranger = await createUser(app.services.db, [{ role: 'donor' }]);
    const hidden = await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: one?.id }, stranger.token);
    expect(hidden.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    const released = expectData(
      await app.gql<{ releaseClaim: { claim: { status: string; closeReason: string } } }>(
        'mutation($id: ID!) { releaseClaim(input: { claimId: $id, reason: "资金不足" }) { claim { status closeReason } userErrors { code } } }',
        { id: one?.id },
        a.token,
      ),
    );
    expect(released.releaseClaim.claim.status).to.equal('RELEASED');
    expect((await needRow(app.services.db, c.needs[0]?.id as string)).claimedMinor).to.equal(0n);
    const again = await app.gql<{ releaseClaim: { userErrors: { code: string }[] } }>('mutation($id: ID!) { releaseClaim(input: { claimId: $id }) { userErrors { code } } }', { id: one?.id }, a.token);
    expect(expectData(again).releaseClaim.userErrors[0]?.code).to.equal('CLAIM_NOT_ACTIVE');

    const two = expectData(await claim(a.token, { caseId: c.gid, needIds: [c.needs[0]?.gid, c.needs[1]?.gid], expectedVersion: c.version })).claimCase.claim;
    expect(two?.amount).to.equal('1000');
    const FULFIL = 'mutation($input: FulfilClaimInput!) { fulfilClaim(input: $input) { claim { status fulfilledAmount } assistanceRecords { kind amount } userErrors { code message } } }';
    type F = { fulfilClaim: { claim: { status: string; fulfilledAmount: string } | null; assistanceRecords: { amount: string }[] | null; userErrors: { code: string }[] } };
    const part = expectData(await app.gql<F>(FULFIL, { input: { claimId: two?.id, kind: 'CASH', amount: '500' } }, a.token)).fulfilClaim;
    expect(part.claim).to.deep.equal({ status: 'ACTIVE', fulfilledAmount: '500' });
    const tooMuch = expectData(await app.gql<F>(FULFIL, { input: { claimId: two?.id, kind: 'CASH', amount: '501' } }, a.token)).fulfilClaim;
    expect(tooMuch.userErrors[0]?.code).to.equal('AMOUNT_EXCEEDS_CLAIM');
    const rest = expectData(await app.gql<F>(FULFIL, { input: { claimId: two?.id, kind: 'MEDICAL_BILL' } }, a.token)).fulfilClaim;
    expect(rest.claim?.status).to.equal('FULFILLED');
    expect(rest.assistanceRecords?.map((r) => r.amount)).to.deep.equal(['300', '200']);
    const records = await app.services.db.select().from(assistanceRecords).where(eq(assistanceRecords.caseId, c.id));
    expect(records.reduce((s, r) => s + r.amountMinor, 0n)).to.equal(1000n);
    expect(records.every((r) => r.organizationId === a.org.id && r.category === 'medical')).to.equal(true);
  });

  it('a claim with no progress by its deadline expires and its amount is released', async () => {
    const c = await createCaseWithNeeds(app.services.db, { needs: [{ amount: 900n }] });
    const a = await orgWithMember();
    await matchCaseTo(app.services.db, c.id, a.org.id);
    const t0 = new Date();
    const made = expectData(await claim(a.token, { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: '900', expectedVersion: c.version })).claimCase.claim;
    expect(made).to.not.equal(null);
    expect(await app.services.claims.expireStaleClaims(new Date(t0.getTime() + 71 * 3600_000))).to.equal(0);
    expect(await app.services.claims.expireStaleClaims(new Date(t0.getTime() + 73 * 3600_000))).to.be.greaterThanOrEqual(1);
    const [row] = await app.services.db.select().from(claims).where(eq(claims.caseId, c.id));
    expect(row?.status).to.equal('expired');
    expect((await needRow(app.services.db, c.needs[0]?.id as string)).claimedMinor).to.equal(0n);
    const [caseRow] = await app.services.db.select().from(cases).where(eq(cases.id, c.id));
    expect(caseRow?.status).to.equal('in_progress');
  });
});
