/**
 * Browser test for the money organisations add: the 配捐 page, where an enterprise's administrator
 * sets up a 1:1 matching pool for Darlag (a cap of 0 is refused next to its field first, losing
 * nothing typed), a signed-out page watches its remaining balance fall live when a donor's pledge
 * to a Darlag case is matched, and the administrator closes it; and a relief fund's statement page,
 * linked from its organisation page, whose figures are those `fundStatement` gives, while a fund
 * the person may not see gets a plain message. Same harness as payouts.test.ts.
 */
import { expect } from 'chai';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { formatFen } from '../../web/src/format/money';
import { expectData, type TestApp } from '../support/app';
import { browserSuite } from '../support/browser';
import { createPublishedCase } from '../support/case-factory';
import { createOrganization, createReliefFund, createUser } from '../support/factories';
import { fundStatement, payFromFund, recordIncome, type FundStatementView } from '../support/fund-helpers';
import { pledgeAndPay } from '../support/funds-helpers';
import { expectLedgerOk } from '../support/pledge-helpers';

const DAY_MS = 24 * 3600_000;
/** A calendar day in Beijing, `days` from today, as date inputs take it. */
const beijingDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);
/** The instant a Beijing calendar day starts. */
const beijingStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

const POOLS = `query($o: ID) { matchingPools(organizationId: $o) { nodes { id name ratioNumerator ratioDenominator cap matched remaining regionCodes status } } }`;
interface PoolsData {
  matchingPools: { nodes: { id: string; name: string; ratioNumerator: number; ratioDenominator: number; cap: string; matched: string; remaining: string; regionCodes: string[]; status: string }[] };
}

const money = (fen: string) => formatFen(fen) ?? fen;

describe('matching pools and relief funds in a browser (e2e)', function () {
  this.timeout(120_000);
  const web = browserSuite({ prefix: 'jjn-web-funds-', env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' }, viewport: { width: 1100, height: 900 } });
  let app: TestApp;
  before(() => {
    app = web.app;
  });
  afterEach(() => expectLedgerOk(app));
  const newPage = () => web.newPage();
  const signIn = (page: Page, email: string) => web.signIn(page, email);
  const poolCard = (page: Page, name: string) => page.getByTestId('pool').filter({ hasText: name });
  const figure = (scope: Page | Locator, testId: string, text: string) => scope.getByTestId(testId).filter({ hasText: text }).waitFor();

  it('an enterprise admin sets up a 1:1 pool for Darlag after a cap of 0 is refused, a signed-out page sees it fall live when a pledge is matched, and the admin closes it', async () => {
    const db = app.services.db;
    const enterprise = await createOrganization(db, { kind: 'enterprise', homeRegionCode: '630100', name: `同舟企业 ${Date.now()}` });
    const admin = await createUser(db, [{ role: 'org_admin', organizationId: enterprise.id }]);
    const poolName = `达日县配捐 ${Date.now()}`;
    const lastDay = beijingDay(30);

    const adminPage = await newPage();
    await signIn(adminPage, admin.email);
    // In the navigation between the cases and my pledges.
    const nav = adminPage.getByRole('navigation', { name: '主导航' });
    const labels = await nav.getByRole('link').allTextContents();
    expect(labels.indexOf('配捐')).to.equal(labels.indexOf('求助案例') + 1);
    expect(labels.indexOf('我的捐赠')).to.equal(labels.indexOf('配捐') + 1);
    await nav.getByRole('link', { name: '配捐', exact: true }).click();
    await adminPage.getByRole('heading', { level: 1, name: '配捐' }).waitFor();
    await adminPage.getByText('目前没有正在配捐的项目。').waitFor();

    const form = adminPage.getByRole('region', { name: '设立配捐' });
    expect(await form.getByLabel('出资单位').inputValue()).to.equal(enterprise.gid);
    await form.getByLabel('配捐名称').fill(poolName);
    expect(await form.getByLabel('配捐', { exact: true }).inputValue()).to.equal('1');
    expect(await form.getByLabel('捐赠', { exact: true }).inputValue()).to.equal('1');
    await form.getByLabel('配捐上限（元）').fill('0');
    const regions = form.getByRole('group', { name: '配捐地区' });
    await regions.getByLabel('省级').selectOption('630000');
    await regions.getByLabel('地级（市、州）').selectOption('632600');
    await regions.getByLabel('县级（县、区）').selectOption('632624');
    await form.getByRole('button', { name: '添加地区' }).click();
    const chosen = form.getByRole('list', { name: '配捐地区' });
    await chosen.getByText('达日县').waitFor();
    await form.getByLabel('截止日期').fill(lastDay);

    // A cap of 0: refused by the server, said next to the cap, and nothing typed is lost.
    await form.getByRole('button', { name: '设立配捐' }).click();
    const capError = form.locator('.field-invalid .field-error');
    await capError.waitFor();
    expect(await capError.textContent()).to.equal('上限必须大于零。');
    expect(await form.getByLabel('配捐上限（元）').getAttribute('aria-invalid')).to.equal('true');
    expect(await form.getByLabel('配捐名称').getAttribute('aria-invalid')).to.equal(null);
    expect(await form.getByLabel('配捐名称').inputValue()).to.equal(poolName);
    expect(await form.getByLabel('截止日期').inputValue()).to.equal(lastDay);
    await chosen.getByText('达日县').waitFor();
    expect(expectData(await app.gql<PoolsData>(POOLS, { o: enterprise.gid })).matchingPools.nodes).to.deep.equal([]);
    await adminPage.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-pools-cap-error.png'), fullPage: true });

    await form.getByLabel('配捐上限（元）').fill('10000');
    await form.getByRole('button', { name: '设立配捐' }).click();
    await form.getByRole('status').filter({ hasText: `已设立“${poolName}”，上限 ¥10,000.00` }).waitFor();
    expect(await form.getByLabel('配捐名称').inputValue()).to.equal('');
    const [made] = expectData(await app.gql<PoolsData>(POOLS, { o: enterprise.gid })).matchingPools.nodes;
    expect(made).to.deep.include({ name: poolName, ratioNumerator: 1, ratioDenominator: 1, cap: '1000000', matched: '0', remaining: '1000000', regionCodes: ['632624'], status: 'OPEN' });

    const adminCard = poolCard(adminPage, poolName);
    await figure(adminCard, 'pool-ratio', '1:1');
    await figure(adminCard, 'pool-cap', '¥10,000.00');
    await figure(adminCard, 'pool-regions', '达日县');
    await adminCard.getByRole('link', { name: enterprise.name }).waitFor();

    // A signed-out page lists it, with no form and no 关闭, and watches its balance.
    const watcher = await newPage();
    await watcher.goto('/pools');
    const card = poolCard(watcher, poolName);
    await figure(card, 'pool-remaining', '¥10,000.00');
    await figure(card, 'pool-status', '配捐中');
    await figure(card, 'pool-regions', '达日县');
    await card.getByTestId('pool-live').filter({ hasText: '已连接' }).waitFor();
    expect(await watcher.getByRole('region', { name: '设立配捐' }).count()).to.equal(0);
    expect(await card.getByRole('button', { name: '关闭' }).count()).to.equal(0);

    // A donor's ¥300 to a Darlag case is confirmed and matched 1:1.
    const kase = await createPublishedCase(db, [1_000_000n], { regionCode: '632624' });
    const donor = await createUser(db);
    await pledgeAndPay(app, donor.token, kase.gid, kase.needs[0]!.gid, 30_000n);
    await figure(card, 'pool-remaining', '¥9,700.00');
    await figure(card, 'pool-matched', '¥300.00');
    const [matched] = expectData(await app.gql<PoolsData>(POOLS, { o: enterprise.gid })).matchingPools.nodes;
    expect(matched).to.deep.include({ matched: '30000', remaining: '970000' });
    await figure(adminCard, 'pool-remaining', '¥9,700.00');
    await watcher.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-pools-live.png'), fullPage: true });

    // The admin closes it, after confirming.
    await adminCard.getByRole('button', { name: '关闭', exact: true }).click();
    const confirm = adminCard.getByRole('alertdialog');
    await confirm.getByText(`确定关闭“${poolName}”吗？`, { exact: false }).waitFor();
    await confirm.getByText('¥9,700.00', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: '确认关闭' }).click();
    const closedCard = adminPage.getByRole('region', { name: '已结束的配捐' }).getByTestId('pool').filter({ hasText: poolName });
    await figure(closedCard, 'pool-status', '已关闭');
    await figure(closedCard, 'pool-remaining', '¥0.00');
    expect(await closedCard.getByRole('button', { name: '关闭' }).count()).to.equal(0);
    const [closed] = expectData(await app.gql<PoolsData>(POOLS, { o: enterprise.gid })).matchingPools.nodes;
    expect(closed).to.deep.include({ status: 'CLOSED', matched: '30000', remaining: '0' });

    // The signed-out page sees it close without reloading.
    await figure(watcher.getByRole('region', { name: '已结束的配捐' }).getByTestId('pool').filter({ hasText: poolName }), 'pool-status', '已关闭');
    await watcher.getByText('目前没有正在配捐的项目。').waitFor();

    await watcher.goto('/pools?lang=en');
    await watcher.getByRole('heading', { level: 1, name: 'Matching pools' }).waitFor();
    await figure(poolCard(watcher, poolName), 'pool-status', 'Closed');
  });

  it("a relief fund's statement page shows the opening balance, the income recorded and the closing balance that fundStatement gives; a fund the person may not see gets a plain message", async () => {
    const db = app.services.db;
    const fund = await createReliefFund(db, { homeRegionCode: '632600', regionCodes: ['632600'], perCaseCap: 500_000n, balance: 12_345_600n });
    const fundAdmin = await createUser(db, [{ role: 'org_admin', organizationId: fund.id }]);
    await recordIncome(app, fundAdmin.token, fund.gid, 'LOTTERY', '500000');
    // A fast-track payment in Gadê, so the statement has a payment by category and region.
    const kase = await createPublishedCase(db, [1_000_000n], { regionCode: '632623' });
    const approver = await createUser(db, [{ role: 'approver', region: '632600' }]);
    const paid = await payFromFund(app, approver.token, { fundId: fund.gid, caseId: kase.gid, amount: '200000', payeeKind: 'HOSPITAL', decisionReference: 'FT-E2E-001' });
    expect(paid.userErrors).to.deep.equal([]);

    const year = Number(beijingDay().slice(0, 4));
    const expected: FundStatementView = await fundStatement(app, fund.gid, beijingStart(`${year}-01-01`), beijingStart(`${year + 1}-01-01`));
    expect(expected).to.deep.include({ opening: '0', totalIncome: '12845600', totalPayments: '200000', closing: '12645600' });

    // Signed out: the organisation page links to the statement, which defaults to this calendar year.
    const page = await newPage();
    await page.goto(`/organizations/${encodeURIComponent(fund.gid)}`);
    await page.getByRole('link', { name: '查看基金账目' }).click();
    await page.waitForURL(`**/funds/${encodeURIComponent(fund.gid)}`);
    await page.getByRole('heading', { level: 1, name: fund.name }).waitFor();
    await figure(page, 'fund-balance', money(expected.closing));
    await figure(page, 'fund-cap', '¥5,000.00');
    await figure(page, 'fund-regions', '果洛藏族自治州');
    expect(await page.getByLabel('起始日期').inputValue()).to.equal(`${year}-01-01`);
    expect(await page.getByLabel('截止日期').inputValue()).to.equal(`${year}-12-31`);

    await figure(page, 'statement-opening', money(expected.opening));
    await figure(page, 'statement-income', money(expected.totalIncome));
    await figure(page, 'statement-payments', money(expected.totalPayments));
    await figure(page, 'statement-closing', money(expected.closing));
    const income = page.getByTestId('statement-income-table');
    for (const i of expected.income) {
      const name = { GOVERNMENT: '政府投入', LOTTERY: '福利彩票公益金' }[i.source] ?? i.source;
      await income.getByRole('row', { name: `${name} ${money(i.amount)}` }).waitFor();
    }
    expect(expected.income.map((i) => [i.source, i.amount])).to.have.deep.members([['GOVERNMENT', '12345600'], ['LOTTERY', '500000']]);
    const payments = page.getByTestId('statement-payments-table');
    await payments.getByRole('row', { name: '医疗 甘德县 1 ¥2,000.00' }).waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-fund-statement.png'), fullPage: true });

    // A period that starts after everything: what was held at its start is what it ends with.
    const from = beijingDay(1);
    const to = beijingDay(8);
    const later = await fundStatement(app, fund.gid, beijingStart(from), new Date(beijingStart(to).getTime() + DAY_MS));
    expect(later).to.deep.include({ opening: expected.closing, totalIncome: '0', totalPayments: '0', closing: expected.closing });
    await page.getByLabel('起始日期').fill(from);
    await page.getByLabel('截止日期').fill(to);
    await page.getByRole('button', { name: '查看', exact: true }).click();
    await figure(page, 'statement-opening', money(later.opening));
    await figure(page, 'statement-income', '¥0.00');
    await figure(page, 'statement-closing', money(later.closing));
    await page.getByText('本期没有收入。').waitFor();

    // An end before the start is said next to the end date.
    await page.getByLabel('截止日期').fill(beijingDay(0));
    await page.getByRole('button', { name: '查看', exact: true }).click();
    await page.getByText('截止日期不能早于起始日期。').waitFor();
    expect(await page.getByLabel('截止日期').getAttribute('aria-invalid')).to.equal('true');

    await page.goto(`/funds/${encodeURIComponent(fund.gid)}?lang=en`);
    await page.getByText('Opening balance', { exact: true }).waitFor();
    await figure(page, 'statement-closing', money(expected.closing));

    // An unverified fund is not public: a plain message, and the API says the same.
    const hidden = await createOrganization(db, { kind: 'relief_fund', verified: false, name: `未核实基金 ${Date.now()}` });
    const refused = await app.gql('query($f: ID!) { reliefFund(fundId: $f) { balance } }', { f: hidden.gid });
    expect(refused.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    const stranger = await newPage();
    await stranger.goto(`/funds/${encodeURIComponent(hidden.gid)}`);
    await stranger.getByTestId('fund-hidden').filter({ hasText: '没有找到这个基金，或者您无权查看它的账目。' }).waitFor();
    expect(await stranger.getByTestId('statement').count()).to.equal(0);
  });
});
