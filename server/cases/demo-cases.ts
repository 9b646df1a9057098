import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../access/actor';
import { memberships, users } from '../accounts/account.table';
import { toGlobalId } from '../common/ids';
import { organizations } from '../organizations/organization.table';
import { idCheckCharacter } from '../privacy/id-number';
import type { Services } from '../services';

const id = (first17: string) => first17 + idCheckCharacter(first17);
const REQ = { ip: '127.0.0.1', userAgent: 'demo-seed', requestId: 'demo-seed' };

async function actorFor(services: Services, email: string): Promise<Actor> {
  const [u] = await services.db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`demo user ${email} missing`);
  const ms = await services.db.select().from(memberships).where(inArray(memberships.userId, [u.id]));
  return { userId: u.id, sessionId: null, memberships: ms };
}

/** A few demo cases in Gadê in several states: referred, published, reported, fast-tracked. */
export async function seedDemoCases(services: Services): Promise<void> {
  const social = await actorFor(services, 'social_worker@demo.local');
  const caseworker = await actorFor(services, 'caseworker@demo.local');
  const c = services.cases;

  // 1. A social worker's referral, waiting at intake for its documents.
  await c.referCase(social, {
    regionCode: '632623', category: 'illness', urgency: 'high', personConsented: true, consentToShare: true,
    situation: '牧民家庭，户主突发脑出血住院，家中无其他劳动力。',
    person: { name: '才让多杰', idNumber: id('63262319780312051'), phone: '13909751234', household: '妻子、两个孩子' },
  }, REQ);

  // 2. An application at the window, verified and published.
  const app = await c.registerApplication(caseworker, {
    regionCode: '632623', category: 'accident', urgency: 'high', consentToPublish: true, consentToShare: true,
    situation: '交通事故致户主重伤，医疗费用远超家庭承受能力。',
    person: { name: '拉毛措', idNumber: id('63262319850707062'), phone: '13897451111' },
  }, REQ);
  const handler = app.case.handlerUserId === caseworker.userId ? caseworker : await actorFor(services, 'caseworker2@demo.local');
  await c.startVerification(handler, { caseId: gid(app.case.id) }, REQ);
  await c.recordVerification(handler, { caseId: gid(app.case.id), outcome: 'eligible', notes: '核对无车辆、无存款。' }, REQ);
  await c.verify(handler, {
    caseId: gid(app.case.id), category: 'accident', hardshipType: 'sudden', urgency: 'high', publish: true,
    publicSummary: '甘德县一户牧民家庭，户主遭遇交通事故重伤，急需手术费用。',
    needs: [{ kind: 'medical_bill', description: '手术及住院押金', amount: 500_000n, payeeKind: 'hospital', payeeName: '果洛州人民医院' }, { kind: 'cash', description: '康复期基本生活', amount: 120_000n }],
  }, REQ);

  // 3. An anonymous public report, waiting for triage.
  await c.reportDiscovery({ userId: null, sessionId: null, memberships: [] }, { regionCode: '632623', reporterKind: 'taxi_driver', category: 'vagrancy', situation: '县城汽车站附近有一名老人露宿多日，衣着单薄。' }, REQ);

  // 4. A fire: relief decided at once from the county reserve fund, paperwork owed.
  const fire = await c.registerApplication(caseworker, {
    regionCode: '632623', category: 'fire', urgency: 'critical',
    situation: '冬季取暖引发火灾，房屋和生活用品烧毁。',
    person: { name: '索南', idNumber: id('63262319700101031') },
  }, REQ);
  const [fund] = await services.db.select().from(organizations).where(eq(organizations.name, '甘德县救急难储备金'));
  const fireHandler = fire.case.handlerUserId === caseworker.userId ? caseworker : await actorFor(services, 'caseworker2@demo.local');
  if (fund) await c.fastTrack(fireHandler, { caseId: gid(fire.case.id), amount: 200_000n, fundOrganizationId: toGlobalId('Organization', fund.id) }, REQ);

  // 5. A published case in Darlag, and the 同舟工程 enterprise's 1:1 matching pool for Gadê, Darlag and Madoi:
  //    every public pledge to it is doubled from the pool.
  const darlag = await actorFor(services, 'caseworker.darlag@demo.local');
  const illness = await c.registerApplication(darlag, {
    regionCode: '632624', category: 'illness', urgency: 'critical', consentToPublish: true, consentToShare: true,
    situation: '牧民家庭的孩子确诊白血病，需在西宁住院化疗。',
    person: { name: '尼玛', idNumber: id('63262420120214002') },
  }, REQ);
  await c.startVerification(darlag, { caseId: gid(illness.case.id) }, REQ);
  await c.recordVerification(darlag, { caseId: gid(illness.case.id), outcome: 'eligible', notes: '医疗救助已报销部分，剩余自付部分困难。' }, REQ);
  await c.verify(darlag, {
    caseId: gid(illness.case.id), category: 'illness', hardshipType: 'expenditure', urgency: 'critical', publish: true,
    publicSummary: '达日县一名儿童确诊白血病，医疗救助报销后仍需自付化疗费用。',
    needs: [{ kind: 'medical_bill', description: '化疗费用（直接支付医院）', amount: 600_000n, payeeKind: 'hospital', payeeName: '青海省人民医院' }],
  }, REQ);
  const [tongzhou] = await services.db.select().from(organizations).where(eq(organizations.name, '同舟工程中央企业帮扶组'));
  if (tongzhou) {
    await services.pools.create(await actorFor(services, 'admin@demo.local'), {
      organizationId: toGlobalId('Organization', tongzhou.id), name: '同舟工程 1:1 配捐', ratioNumerator: 1, ratioDenominator: 1,
      cap: 10_000_000n, regionCodes: ['632623', '632624', '632626'], endsAt: new Date(Date.now() + 365 * 86_400_000),
    }, REQ);
  }
}

const gid = (localId: string) => toGlobalId('Case', localId);
