import { expect } from 'chai';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../server/audit/audit.table';
import { toGlobalId } from '../../server/common/ids';
import { DEFAULT_MATCHING_SETTINGS } from '../../server/matching/matching.settings';
import { caseEscalationState, caseMatches, jointMeetingItems } from '../../server/matching/matching.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createOrganization, createUser } from '../support/factories';
import { collect, connectLive, eventually, type LiveClient, subscribeLive } from '../support/live-client';
import { createCaseWithNeeds } from '../support/matching-factory';

const inboxQuery = (first: number) => `query($org: ID!, $after: String) {
  matchedCases(organizationId: $org, first: ${first}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      tier rank notifiedAt
      case { id reference urgency category status totalRemaining needs { id amount remaining } }
      explanation { score closeness tier factors { factor weight value contribution } }
    }
  }
}`;

interface InboxNode {
  tier: string;
  rank: number;
  case: { id: string; reference: string; urgency: string; totalRemaining: string; needs: { id: string }[] };
  explanation: { score: number; closeness: string; tier: string; factors: { factor: string; weight: number; value: number; contribution: number }[] };
}
interface Inbox {
  matchedCases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: InboxNode[] };
}

const HOUR = 3_600_000;

describe('matching', () => {
  let app: TestApp;
  const sockets: LiveClient[] = [];
  before(async () => {
    // A K large enough that organisations made by other tests of this file never push a test's own out.
    app = await startTestApp({ timedWork: false, matchingSettings: () => ({ ...DEFAULT_MATCHING_SETTINGS, topK: 50 }) });
  });
  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await app.close();
  });

  async function member(orgId: string) {
    return (await createUser(app.services.db, [{ role: 'org_member', organizationId: orgId }])).token;
  }

  /** The Gadê world: a Gadê charity, a 同舟工程 central enterprise pairing Gadê, a Haidong-only charity. */
  async function gadeWorld() {
    const db = app.services.db;
    const gade = await createOrganization(db, { name: '甘德县慈善会', kind: 'charity', homeRegionCode: '632623', serviceRegionCodes: ['632623'], languages: ['zh', 'bo'] });
    const tongzhou = await createOrganization(db, {
      name: '同舟工程 central enterprise',
      kind: 'enterprise',
      homeRegionCode: '110000',
      serviceRegionCodes: ['110000'],
      pairingRegionCodes: ['632623', '632624', '632626'],
    });
    const haidong = await createOrganization(db, { name: '海东市慈善会', kind: 'charity', homeRegionCode: '630200', serviceRegionCodes: ['630200'] });
    return { gade, tongzhou, haidong };
  }

  it('matches a verified Gadê case to the Gadê charity and the 同舟工程 pairing enterprise, with explanations, and tells them live', async () => {
    const { gade, tongzhou, haidong } = await gadeWorld();
    const [gadeToken, tzToken, hdToken] = [await member(gade.id), await member(tongzhou.id), await member(haidong.id)];
    const gadeLive = await connectLive(app.url, gadeToken);
    sockets.push(gadeLive);
    expect(await subscribeLive(gadeLive, `organization:${gade.id}`)).to.deep.include({ ok: true });
    const matched = collect(gadeLive, 'case.matched');

    const c = await createCaseWithNeeds(app.services.db, { regionCode: '632623', urgency: 'high', category: 'medical', needs: [{ amount: 5000_00n, kind: 'medical_bill' }] });
    const rows = await app.services.matching.onCaseVerified(c.id);
    const orgIds = rows.map((r) => r.organizationId);
    expect(orgIds).to.include.members([gade.id, tongzhou.id]);
    expect(orgIds).to.not.include(haidong.id);

    const inbox = expectData(await app.gql<Inbox>(inboxQuery(5), { org: gade.gid }, gadeToken)).matchedCases;
    const entry = inbox.nodes.find((n) => n.case.id === c.gid);
    expect(entry, 'in the Gadê charity inbox').to.not.equal(undefined);
    expect(entry?.tier).to.equal('LOCAL_CHARITY');
    expect(entry?.explanation.closeness).to.equal('county');
    expect(entry?.explanation.factors.map((f) => f.factor)).to.include.members(['region', 'category', 'budget', 'response', 'urgency', 'language']);
    const sum = entry?.explanation.factors.reduce((s, f) => s + f.contribution, 0) ?? 0;
    expect(sum).to.be.closeTo(entry?.explanation.score ?? -1, 1e-9);
    for (const f of entry?.explanation.factors ?? []) expect(f.contribution).to.be.closeTo(f.weight * f.value, 1e-9);

    const tz = expectData(await app.gql<Inbox>(inboxQuery(5), { org: tongzhou.gid }, tzToken)).matchedCases.nodes.find((n) => n.case.id === c.gid);
    expect(tz?.tier).to.equal('ENTERPRISE_POOL');
    expect(tz?.explanation.closeness).to.equal('pairing');
    const hd = expectData(await app.gql<Inbox>(inboxQuery(5), { org: haidong.gid }, hdToken)).matchedCases.nodes.find((n) => n.case.id === c.gid);
    expect(hd).to.equal(undefined);

    await eventually(() => matched.some((e) => e.caseId === c.id && e.organizationId === gade.id), 'case.matched for the Gadê charity');
    const audits = await app.services.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, c.id), eq(auditEvents.action, 'case.match')));
    expect(audits).to.have.length(1);
  });

  it('lists the inbox most urgent first, newest first within an urgency, page by page', async () => {
    const org = await createOrganization(app.services.db, { homeRegionCode: '632624', serviceRegionCodes: ['632624'] });
    const token = await member(org.id);
    const made: { gid: string; urgency: string }[] = [];
    for (const urgency of ['low', 'critical', 'normal', 'critical', 'high'] as const) {
      const c = await createCaseWithNeeds(app.services.db, { regionCode: '632624', urgency });
      await app.services.matching.onCaseVerified(c.id, new Date(Date.now() + made.length * 1000));
      made.push({ gid: c.gid, urgency });
    }
    const seen: InboxNode[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: Inbox['matchedCases'] = expectData(await app.gql<Inbox>(inboxQuery(2), { org: org.gid, after }, token)).matchedCases;
      seen.push(...page.nodes);
      expect(page.totalCount).to.equal(5);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((n) => n.case.urgency)).to.deep.equal(['CRITICAL', 'CRITICAL', 'HIGH', 'NORMAL', 'LOW']);
    // The later critical case is newer, so it comes first.
    expect(seen[0]?.case.id).to.equal(made[3]?.gid);
  });

  it('a declined case is matched again without the organisation', async () => {
    const { gade } = await gadeWorld();
    const token = await member(gade.id);
    const c = await createCaseWithNeeds(app.services.db, { regionCode: '632623' });
    await app.services.matching.onCaseVerified(c.id);
    const DECLINE = 'mutation($input: DeclineMatchInput!) { declineMatch(input: $input) { match { declinedAt declineReason } userErrors { code } } }';
    type D = { declineMatch: { match: { declinedAt: string; declineReason: string } | null; userErrors: { code: string }[] } };
    const res = expectData(await app.gql<D>(DECLINE, { input: { caseId: c.gid, reason: '超出本会救助范围' } }, token)).declineMatch;
    expect(res.match?.declineReason).to.equal('超出本会救助范围');
    const again = expectData(await app.gql<D>(DECLINE, { input: { caseId: c.gid, reason: 'x' } }, token)).declineMatch;
    expect(again.userErrors[0]?.code).to.equal('ALREADY_DECLINED');
    await app.services.matching.rematchCase(c.id);
    const inbox = expectData(await app.gql<Inbox>(inboxQuery(5), { org: gade.gid }, token)).matchedCases.nodes;
    expect(inbox.map((n) => n.case.id)).to.not.include(c.gid);
    const [row] = await app.services.db.select().from(caseMatches).where(and(eq(caseMatches.caseId, c.id), eq(caseMatches.organizationId, gade.id)));
    expect(row?.declinedAt).to.not.equal(null);
    // Staff see the decline with the reason.
    const staff = await createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]);
    const m = expectData(
      await app.gql<{ matchesForCase: { organization: { id: string }; declineReason: string | null }[] }>(
        'query($c: ID!) { matchesForCase(caseId: $c) { organization { id } declineReason } }',
        { c: c.gid },
        staff.token,
      ),
    ).matchesForCase;
    expect(m.find((x) => x.organization.id === gade.gid)?.declineReason).to.equal('超出本会救助范围');
  });

  it('claim expiry releases the amount and matches the case again', async () => {
    const { gade } = await gadeWorld();
    const token = await member(gade.id);
    const c = await createCaseWithNeeds(app.services.db, { regionCode: '632623', needs: [{ amount: 700n }] });
    await app.services.matching.onCaseVerified(c.id);
    const claimed = expectData(
      await app.gql<{ claimCase: { claim: { id: string } | null } }>(
        'mutation($i: ClaimCaseInput!) { claimCase(input: $i) { claim { id } userErrors { code } } }',
        { i: { caseId: c.gid, needIds: [c.needs[0]?.gid], expectedVersion: c.version } },
        token,
      ),
    ).claimCase.claim;
    expect(claimed).to.not.equal(null);
    const later = new Date(Date.now() + 73 * HOUR);
    expect(await app.services.claims.expireStaleClaims(later)).to.be.greaterThanOrEqual(1);
    const rows = await app.services.db.select().from(caseMatches).where(eq(caseMatches.caseId, c.id));
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((r) => r.computedAt.getTime() === later.getTime())).to.equal(true);
    const inbox = expectData(await app.gql<Inbox>(inboxQuery(5), { org: gade.gid }, token)).matchedCases.nodes.find((n) => n.case.id === c.gid);
    expect(inbox?.case.totalRemaining).to.equal('700');
  });

  it('walks an unclaimed critical case tier by tier to the county joint meeting', async () => {
    const db = app.services.db;
    await createOrganization(db, { kind: 'charity', homeRegionCode: '632621', serviceRegionCodes: ['632600'] });
    const redCross = await createOrganization(db, { kind: 'red_cross', homeRegionCode: '630000', serviceRegionCodes: ['630000'] });
    const staff = await createUser(db, [{ role: 'caseworker', region: '632621' }]);
    const staffLive = await connectLive(app.url, staff.token);
    sockets.push(staffLive);
    expect(await subscribeLive(staffLive, 'region:632621')).to.deep.include({ ok: true });
    const escalated = collect(staffLive, 'case.escalated');

    const t0 = new Date(Date.now() + 1000 * HOUR);
    const c = await createCaseWithNeeds(db, { regionCode: '632621', urgency: 'critical' });
    await app.services.matching.onCaseVerified(c.id, t0);
    const at = (h: number) => new Date(t0.getTime() + h * HOUR);
    const escalate = (h: number) => app.services.matching.escalateUnclaimedNeeds(at(h));

    const tierNow = async () => (await db.select().from(caseEscalationState).where(eq(caseEscalationState.caseId, c.id)))[0]?.tier;
    await escalate(23);
    expect(await tierNow()).to.equal('local_charity');
    const steps: string[] = [];
    let h = 0;
    for (const expected of ['red_cross', 'enterprise_pool', 'province', 'joint_meeting']) {
      h += 25;
      await escalate(h);
      expect(await tierNow()).to.equal(expected);
      steps.push(expected.toUpperCase());
      await escalate(h + 1);
      expect(await tierNow()).to.equal(expected);
    }
    await escalate(h + 100);
    const history = expectData(
      await app.gql<{ caseEscalations: { fromTier: string; toTier: string; reason: string; at: string }[] }>(
        'query($c: ID!) { caseEscalations(caseId: $c) { fromTier toTier reason at } }',
        { c: c.gid },
        staff.token,
      ),
    ).caseEscalations;
    expect(history.map((e) => e.toTier)).to.deep.equal(steps);
    expect(history.map((e) => e.fromTier)).to.deep.equal(['LOCAL_CHARITY', 'RED_CROSS', 'ENTERPRISE_POOL', 'PROVINCE']);
    const items = await db.select().from(jointMeetingItems).where(eq(jointMeetingItems.caseId, c.id));
    expect(items).to.have.length(1);
    expect(items[0]?.kind).to.equal('unclaimed_need');
    expect(items[0]?.regionCode).to.equal('632621');
    const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, c.id), eq(auditEvents.action, 'case.escalate')));
    expect(audits).to.have.length(4);
    await eventually(() => escalated.filter((e) => e.caseId === c.id).length === 4, 'four case.escalated events in the region room');
    const matches = await db.select().from(caseMatches).where(eq(caseMatches.caseId, c.id));
    expect(matches.find((m) => m.organizationId === redCross.id)?.tier).to.equal('red_cross');
  });

  it('does not escalate a case whose needs are covered', async () => {
    const { gade } = await gadeWorld();
    const token = await member(gade.id);
    const t0 = new Date(Date.now() + 2000 * HOUR);
    const c = await createCaseWithNeeds(app.services.db, { regionCode: '632623', urgency: 'critical', needs: [{ amount: 100n }] });
    await app.services.matching.onCaseVerified(c.id, t0);
    const res = await app.gql<{ claimCase: { claim: { id: string } | null } }>(
      'mutation($i: ClaimCaseInput!) { claimCase(input: $i) { claim { id } } }',
      { i: { caseId: c.gid, needIds: [c.needs[0]?.gid], expectedVersion: c.version } },
      token,
    );
    expect(expectData(res).claimCase.claim).to.not.equal(null);
    await app.services.matching.escalateUnclaimedNeeds(new Date(t0.getTime() + 30 * HOUR));
    const history = await app.services.matching.escalationsForCase(
      { userId: 'x', sessionId: 'x', memberships: [{ id: 'm', userId: 'x', role: 'admin', regionCode: '630000', organizationId: null, grantedBy: null, createdAt: new Date() }] },
      c.gid,
    );
    expect(history).to.have.length(0);
  });

  it('recommends published open cases to donors by region, category and urgency, with public data only', async () => {
    const db = app.services.db;
    const category = `cat${Date.now()}`;
    const shown = await createCaseWithNeeds(db, { regionCode: '632626', category, urgency: 'critical', published: true, publicSummary: '牧民家中失火' });
    const inProgress = await createCaseWithNeeds(db, { regionCode: '632626', category, urgency: 'high', published: true, status: 'in_progress' });
    await createCaseWithNeeds(db, { regionCode: '632626', category, urgency: 'critical', published: false });
    await createCaseWithNeeds(db, { regionCode: '632626', category, urgency: 'critical', published: true, status: 'closed' });
    await createCaseWithNeeds(db, { regionCode: '630202', category, urgency: 'critical', published: true });
    const donor = await createUser(db, [{ role: 'donor' }]);
    const Q = (first: number) => `query($f: RecommendedCaseFilter, $after: String) { recommendedCases(filter: $f, first: ${first}, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id urgency publicSummary region { code } totalRemaining needs { amount remaining } } } }`;
    type R = { recommendedCases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; urgency: string; publicSummary: string }[] } };
    const golog = expectData(await app.gql<R>(Q(10), { f: { regionCode: '632600', category } }, donor.token)).recommendedCases;
    expect(golog.nodes.map((n) => n.id)).to.deep.equal([shown.gid, inProgress.gid]);
    expect(golog.nodes[0]?.publicSummary).to.equal('牧民家中失火');
    const critical = expectData(await app.gql<R>(Q(10), { f: { category, urgency: ['CRITICAL'] } }, null)).recommendedCases;
    expect(critical.totalCount).to.equal(2);
    const first = expectData(await app.gql<R>(Q(1), { f: { category } }, null)).recommendedCases;
    const second = expectData(await app.gql<R>(Q(5), { f: { category }, after: first.pageInfo.endCursor }, null)).recommendedCases;
    expect([...first.nodes, ...second.nodes].map((n) => n.id)).to.have.length(3);
    // The public type has no personal fields at all.
    const bad = await app.gql(`{ recommendedCases(first: 1) { nodes { beneficiaryId } } }`, {}, null);
    expect(bad.errors?.[0]?.message).to.match(/Cannot query field/);
    void toGlobalId;
  });
});
