import { expect } from 'chai';
import { asc, eq } from 'drizzle-orm';
import { DEFAULT_MATCHING_SETTINGS } from '../../server/matching/matching.settings';
import { caseEscalations, caseMatches } from '../../server/matching/matching.table';
import { startTestApp, type TestApp } from '../support/app';
import { createOrganization, createUser } from '../support/factories';
import { collect, connectLive, eventually, type LiveClient, subscribeLive } from '../support/live-client';
import { createCaseWithNeeds } from '../support/matching-factory';

const HOUR = 3_600_000;

describe('escalation cascade widens beyond the first K', () => {
  let app: TestApp;
  const sockets: LiveClient[] = [];
  before(async () => {
    app = await startTestApp({ timedWork: false, matchingSettings: () => ({ ...DEFAULT_MATCHING_SETTINGS, topK: 1 }) });
  });
  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await app.close();
  });

  it('brings in and tells each tier’s organisations as the case widens', async () => {
    const db = app.services.db;
    const local = await createOrganization(db, { kind: 'charity', homeRegionCode: '632622', serviceRegionCodes: ['632622'] });
    const redCross = await createOrganization(db, { kind: 'red_cross', homeRegionCode: '630000', serviceRegionCodes: ['630000'] });
    const enterprise = await createOrganization(db, { kind: 'enterprise', homeRegionCode: '110000', serviceRegionCodes: ['110000'], pairingRegionCodes: ['632622'] });
    const rcMember = await createUser(db, [{ role: 'org_member', organizationId: redCross.id }]);
    const rcLive = await connectLive(app.url, rcMember.token);
    sockets.push(rcLive);
    expect(await subscribeLive(rcLive, `organization:${redCross.id}`)).to.deep.include({ ok: true });
    const escalated = collect(rcLive, 'case.escalated');
    const matched = collect(rcLive, 'case.matched');

    const t0 = new Date();
    const c = await createCaseWithNeeds(db, { regionCode: '632622', urgency: 'high' });
    const first = await app.services.matching.onCaseVerified(c.id, t0);
    expect(first.map((m) => m.organizationId)).to.deep.equal([local.id]);

    await app.services.matching.escalateUnclaimedNeeds(new Date(t0.getTime() + 73 * HOUR));
    let rows = await db.select().from(caseMatches).where(eq(caseMatches.caseId, c.id));
    expect(rows.find((m) => m.organizationId === redCross.id)?.tier).to.equal('red_cross');
    expect(rows.map((m) => m.organizationId)).to.not.include(enterprise.id);
    await eventually(() => escalated.some((e) => e.caseId === c.id && e.toTier === 'RED_CROSS' && e.newlyMatched === 1), 'case.escalated to the Red Cross');
    await eventually(() => matched.some((e) => e.caseId === c.id), 'case.matched to the Red Cross');

    await app.services.matching.escalateUnclaimedNeeds(new Date(t0.getTime() + 146 * HOUR));
    rows = await db.select().from(caseMatches).where(eq(caseMatches.caseId, c.id));
    expect(rows.find((m) => m.organizationId === enterprise.id)?.tier).to.equal('enterprise_pool');
    const steps = await db.select().from(caseEscalations).where(eq(caseEscalations.caseId, c.id)).orderBy(asc(caseEscalations.at));
    expect(steps.map((s) => [s.toTier, s.organizationIds])).to.deep.equal([
      ['red_cross', [redCross.id]],
      ['enterprise_pool', [enterprise.id]],
    ]);
  });
});
