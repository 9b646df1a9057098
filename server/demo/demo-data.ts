import { count } from 'drizzle-orm';
import { memberships, users, type Role } from '../accounts/account.table';
import { hashPassword } from '../auth/password';
import { inTransaction } from '../db/transaction';
import { setUpReliefFund } from '../funds/fund.service';
import { organizations, type OrganizationKind } from '../organizations/organization.table';
import type { Services } from '../services';
import { seedDemoCases } from '../cases/demo-cases';

export const DEMO_PASSWORD = 'demo1234';

/** One demo account per role, `<role>@demo.local`. */
export const DEMO_ROLES: Role[] = ['admin', 'auditor', 'approver', 'caseworker', 'social_worker', 'reporter', 'org_admin', 'org_member', 'donor'];

/** Where each staff demo account works (GB/T 2260). */
const STAFF_REGION: Partial<Record<Role, string>> = {
  admin: '630000', // Qinghai
  auditor: '630000',
  approver: '632600', // Golog prefecture
  caseworker: '632623', // Gadê county
  social_worker: '632623',
  reporter: '632623',
};

interface DemoOrg {
  key: string;
  name: string;
  kind: OrganizationKind;
  home: string;
  serves: string[];
  focus?: string[];
  capacity: number;
  budgetYuan: number;
  sla: number;
  pairing?: string[];
  languages?: string[];
  description: string;
}

/** Real Qinghai regions; organisations are illustrative. */
export const DEMO_ORGANIZATIONS: DemoOrg[] = [
  { key: 'gade-charity', name: '甘德县慈善协会', kind: 'charity', home: '632623', serves: ['632623'], focus: ['illness', 'accident', 'fire'], capacity: 20, budgetYuan: 200_000, sla: 24, languages: ['zh', 'bo'], description: '甘德县本地慈善组织，承接县内救急难个案。' },
  { key: 'golog-charity', name: '果洛州慈善总会', kind: 'charity', home: '632600', serves: ['632600'], capacity: 50, budgetYuan: 800_000, sla: 48, languages: ['zh', 'bo'], description: '果洛州慈善总会，覆盖全州六县。' },
  { key: 'qinghai-charity', name: '青海省慈善总会', kind: 'charity', home: '630100', serves: ['630000'], capacity: 200, budgetYuan: 5_000_000, sla: 72, description: '全省性慈善组织，与福利彩票救急难项目1:1配套。' },
  { key: 'haidong-charity', name: '海东市慈善协会', kind: 'charity', home: '630200', serves: ['630200'], focus: ['illness', 'education_expense'], capacity: 30, budgetYuan: 600_000, sla: 48, description: '海东市慈善协会。' },
  { key: 'qinghai-redcross', name: '青海省红十字会', kind: 'red_cross', home: '630100', serves: ['630000'], focus: ['illness', 'disaster', 'accident'], capacity: 100, budgetYuan: 3_000_000, sla: 48, description: '省红十字会，大病与灾害救助。' },
  { key: 'golog-redcross', name: '果洛州红十字会', kind: 'red_cross', home: '632600', serves: ['632600'], capacity: 30, budgetYuan: 500_000, sla: 48, languages: ['zh', 'bo'], description: '果洛州红十字会。' },
  { key: 'tongzhou-enterprise', name: '同舟工程中央企业帮扶组', kind: 'enterprise', home: '630100', serves: ['632623', '632624', '632626'], pairing: ['632623', '632624', '632626'], capacity: 100, budgetYuan: 10_000_000, sla: 72, description: '中央企业"同舟工程"结对帮扶甘德、达日、玛多三县，解决个案困难。' },
  { key: 'haidong-enterprise', name: '海东市爱心企业联合会', kind: 'enterprise', home: '630200', serves: ['630200'], capacity: 40, budgetYuan: 1_000_000, sla: 72, description: '海东本地企业联合捐助。' },
  { key: 'golog-medical', name: '果洛州医疗救助', kind: 'government', home: '632600', serves: ['632600'], focus: ['illness'], capacity: 500, budgetYuan: 20_000_000, sla: 72, description: '医疗救助，跨区域直接结算医院费用。' },
  { key: 'haidong-temporary', name: '海东市临时救助', kind: 'government', home: '630200', serves: ['630200'], capacity: 500, budgetYuan: 8_000_000, sla: 72, description: '临时救助，急难型先行救助。' },
  { key: 'qinghai-fund', name: '青海省救急难帮扶基金', kind: 'relief_fund', home: '630100', serves: ['630000'], capacity: 300, budgetYuan: 12_000_000, sla: 24, description: '省级救急难帮扶基金：福彩公益金、财政注资、社会捐赠。' },
  { key: 'gade-fund', name: '甘德县救急难储备金', kind: 'relief_fund', home: '632623', serves: ['632623'], capacity: 50, budgetYuan: 50_000, sla: 24, languages: ['zh', 'bo'], description: '乡镇（县）救急难储备金，每年不少于5万元。' },
  { key: 'xining-social-work', name: '西宁市社会工作服务中心', kind: 'social_work_agency', home: '630100', serves: ['630100', '632600'], focus: ['illness', 'domestic_violence'], capacity: 60, budgetYuan: 0, sla: 72, description: '心理疏导、照护和转介服务。' },
  { key: 'insurer', name: '青海普惠医疗补充保险（示例）', kind: 'insurer', home: '630100', serves: ['630000'], focus: ['illness', 'accident'], capacity: 1000, budgetYuan: 0, sla: 168, description: '商业保险补充。' },
  { key: 'golog-womens', name: '果洛州妇女联合会', kind: 'mass_org', home: '632600', serves: ['632600'], focus: ['domestic_violence', 'other'], capacity: 20, budgetYuan: 100_000, sla: 48, languages: ['zh', 'bo'], description: '妇联：妇女儿童权益与帮扶。' },
  { key: 'haidong-union', name: '海东市总工会', kind: 'mass_org', home: '630200', serves: ['630200'], focus: ['other', 'illness'], capacity: 30, budgetYuan: 300_000, sla: 72, description: '工会：困难职工帮扶。' },
];

/** Seeds demo accounts and organisations once, on an empty database. Returns whether it did. */
export async function seedDemoData(services: Services): Promise<boolean> {
  const db = services.db;
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await inTransaction(db, async (tx) => {
    const orgIds = new Map<string, string>();
    for (const o of DEMO_ORGANIZATIONS) {
      const [org] = await tx
        .insert(organizations)
        .values({
          name: o.name,
          kind: o.kind,
          description: o.description,
          homeRegionCode: o.home,
          serviceRegionCodes: o.serves,
          focusCategories: o.focus ?? [],
          openCaseCapacity: o.capacity,
          budgetMinor: BigInt(o.budgetYuan) * 100n,
          responseSlaHours: o.sla,
          pairingRegionCodes: o.pairing ?? [],
          languages: o.languages ?? ['zh'],
          verified: true,
          verifiedAt: new Date(),
        })
        .returning({ id: organizations.id });
      if (org) orgIds.set(o.key, org.id);
    }
    // The relief funds hold money (R12: welfare-lottery subsidy, government injection), recorded as ledger income.
    const provincial = orgIds.get('qinghai-fund');
    if (provincial) {
      await setUpReliefFund(tx, {
        organizationId: provincial,
        regionCodes: ['630000'],
        perCaseCap: 2_000_000n,
        income: [
          { source: 'lottery', amount: 800_000_000n, reference: '青民函〔2026〕福彩公益金' },
          { source: 'government', amount: 400_000_000n, reference: '省财政注资 2026' },
        ],
      });
    }
    const county = orgIds.get('gade-fund');
    if (county) {
      await setUpReliefFund(tx, { organizationId: county, regionCodes: ['632623'], perCaseCap: 300_000n, income: [{ source: 'government', amount: 5_000_000n, reference: '甘德县本级财政 2026' }] });
    }
    const names: Record<Role, string> = {
      admin: '省民政厅管理员', auditor: '省民政厅审计', approver: '果洛州民政局审批', caseworker: '甘德县民政窗口', social_worker: '甘德县社工',
      reporter: '甘德县网格员', org_admin: '甘德县慈善协会管理员', org_member: '甘德县慈善协会工作人员', donor: '爱心捐赠人',
    };
    for (const role of DEMO_ROLES) {
      const [u] = await tx.insert(users).values({ email: `${role}@demo.local`, name: names[role], passwordHash }).returning({ id: users.id });
      if (!u) continue;
      const region = STAFF_REGION[role];
      if (region) await tx.insert(memberships).values({ userId: u.id, role, regionCode: region });
      else if (role === 'org_admin' || role === 'org_member') await tx.insert(memberships).values({ userId: u.id, role, organizationId: orgIds.get('gade-charity') ?? null });
      else await tx.insert(memberships).values({ userId: u.id, role });
    }
    // A second caseworker in Gadê, so every case gets a handler and a backup (A/B post).
    const [backup] = await tx.insert(users).values({ email: 'caseworker2@demo.local', name: '甘德县民政窗口（B岗）', passwordHash }).returning({ id: users.id });
    if (backup) await tx.insert(memberships).values({ userId: backup.id, role: 'caseworker', regionCode: '632623' });
    // A caseworker in Darlag (达日县), one of the 同舟工程 counties.
    const [darlag] = await tx.insert(users).values({ email: 'caseworker.darlag@demo.local', name: '达日县民政窗口', passwordHash }).returning({ id: users.id });
    if (darlag) await tx.insert(memberships).values({ userId: darlag.id, role: 'caseworker', regionCode: '632624' });
  });
  await seedDemoCases(services);
  return true;
}
