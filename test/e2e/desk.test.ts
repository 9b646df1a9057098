/**
 * Browser test for the case desk: a Gadê social worker reports a person on 上报求助 (a first try
 * without a description is refused next to that field and loses nothing typed), gets the case
 * reference and the one-time list of documents, and sees it under 我的上报; a Gadê caseworker,
 * already on 受理台, sees the report arrive live, opens it, triages it, starts and records the
 * verification while a Golog (prefecture) approver's desk follows the status live; the approver
 * verifies it with a need on another page, and the caseworker's page shows the new status live. A donor has no desk in the navigation and is refused on /desk.
 * Same harness as payouts.test.ts.
 */
import { expect } from 'chai';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectData, type TestApp } from '../support/app';
import { browserSuite } from '../support/browser';
import { makeIdNumber } from '../support/casedesk';
import { createUser } from '../support/factories';

describe('case desk in a browser (e2e)', function () {
  this.timeout(180_000);
  const web = browserSuite({ prefix: 'jjn-web-desk-', env: { SCHEDULER_POLL_MS: '0' }, viewport: { width: 1100, height: 900 } });
  let app: TestApp;
  before(() => {
    app = web.app;
  });
  const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
  const status = (page: Page) => page.getByTestId('case-status');

  it('a social worker reports a case; a caseworker sees it arrive live, triages and verifies; an approver decides it; a donor gets no desk', async () => {
    const db = app.services.db;
    const [worker, caseworker, approver, donor] = await Promise.all([
      createUser(db, [{ role: 'social_worker', region: '632623' }]),
      createUser(db, [{ role: 'caseworker', region: '632623' }]),
      createUser(db, [{ role: 'approver', region: '632600' }]),
      createUser(db),
    ]);

    // The caseworker is on the desk before the report comes in.
    const desk = await web.newPage();
    await web.signIn(desk, caseworker.email);
    await nav(desk).getByRole('link', { name: '受理台', exact: true }).click();
    await desk.getByRole('heading', { level: 1, name: '受理台' }).waitFor();
    await desk.locator('[data-testid="desk-live"][data-status="live"]').waitFor();

    // The social worker reports: region, category, urgency, the person; no description at first.
    const reporter = await web.newPage();
    await web.signIn(reporter, worker.email);
    await nav(reporter).getByRole('link', { name: '上报求助', exact: true }).click();
    await reporter.getByRole('heading', { level: 1, name: '上报求助' }).waitFor();
    const form = reporter.getByRole('form', { name: '上报信息' });
    await form.getByLabel('省级').selectOption('630000');
    await form.getByLabel('地级（市、州）').selectOption('632600');
    await form.getByLabel('县级（县、区）').selectOption('632623');
    await form.getByLabel('求助类别').selectOption('illness');
    await form.getByLabel('紧急程度').selectOption('HIGH');
    expect(await form.getByLabel('您的身份').inputValue()).to.equal('social_worker');
    const idNumber = makeIdNumber('632623', '19680312');
    await form.getByLabel('姓名').fill('才让东智');
    await form.getByLabel('居民身份证号').fill(idNumber);
    await form.getByLabel('联系电话').fill('13912345678');
    await form.getByLabel('家庭成员').fill('妻子、两个孩子');
    await form.getByRole('button', { name: '提交上报' }).click();
    const situationError = form.locator('.field-invalid .field-error');
    await situationError.filter({ hasText: '请写明发生了什么。' }).waitFor();
    expect(await form.getByLabel('发生了什么').getAttribute('aria-invalid')).to.equal('true');
    expect(await form.getByLabel('姓名').inputValue()).to.equal('才让东智');
    expect(await form.getByLabel('居民身份证号').inputValue()).to.equal(idNumber);
    expect(await form.getByLabel('求助类别').inputValue()).to.equal('illness');
    expect(await form.getByLabel('县级（县、区）').inputValue()).to.equal('632623');
    expect(await reporter.getByTestId('report-done').count()).to.equal(0);

    await form.getByLabel('发生了什么').fill('牧民才让东智突发脑溢血，已送县医院，家里拿不出手术押金。');
    await form.getByRole('button', { name: '提交上报' }).click();
    const referenceText = reporter.getByTestId('report-reference');
    await referenceText.waitFor();
    const reference = (await referenceText.textContent()) ?? '';
    expect(reference).to.match(/^JJN-632623-\d{4}-\d{6}$/);
    const documents = await reporter.getByTestId('report-missing-documents').getByRole('listitem').allTextContents();
    expect(documents.length).to.be.greaterThan(0);
    // Named in the page's language (the server's labels carry both languages).
    expect(documents).to.include('居民身份证');
    expect(documents.every((d) => !/[A-Za-z]/.test(d)), documents.join(' | ')).to.equal(true);
    // The person's details leave the form once reported; the report is listed under 我的上报.
    expect(await form.getByLabel('姓名').inputValue()).to.equal('');
    await reporter.getByTestId('my-reports').getByRole('row', { name: new RegExp(`${reference} 待分诊`) }).waitFor();
    await reporter.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-report.png'), fullPage: true });

    // The desk hears of it without reloading.
    const card = desk.locator(`[data-testid="desk-case"][data-reference="${reference}"]`);
    await card.waitFor();
    expect(await card.getByTestId('desk-case-status').textContent()).to.equal('待分诊');
    await desk.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-desk.png'), fullPage: true });
    await card.getByRole('link', { name: reference }).click();
    await desk.getByRole('heading', { level: 1, name: `案例 ${reference}` }).waitFor();
    await status(desk).filter({ hasText: '待分诊' }).waitFor();
    await desk.getByText('牧民才让东智突发脑溢血', { exact: false }).waitFor();
    await desk.getByText(idNumber, { exact: true }).waitFor();

    // The approver (Golog prefecture) has their desk open too: it watches only its own region's room,
    // which hears of the cases of every county under it.
    const decider = await web.newPage();
    await web.signIn(decider, approver.email);
    await nav(decider).getByRole('link', { name: '受理台', exact: true }).click();
    await decider.locator('[data-testid="desk-live"][data-status="live"]').waitFor();
    const deciderCard = decider.locator(`[data-testid="desk-case"][data-reference="${reference}"]`);
    await deciderCard.getByTestId('desk-case-status').filter({ hasText: '待分诊' }).waitFor();

    // 分诊 → 受理中, 开始核查 → 核查中, 记录核查 (符合条件).
    const triage = desk.getByTestId('action-triage');
    expect(await triage.getByLabel('紧急程度').inputValue()).to.equal('HIGH');
    await triage.getByRole('button', { name: '分诊受理' }).click();
    await status(desk).filter({ hasText: '受理中' }).waitFor();
    // The prefecture's desk shows the new status without reloading.
    await deciderCard.getByTestId('desk-case-status').filter({ hasText: '受理中' }).waitFor();
    await desk.getByTestId('desk-action-done').filter({ hasText: '受理中' }).waitFor();
    await desk.getByTestId('action-start-verification').getByRole('button', { name: '开始核查' }).click();
    await status(desk).filter({ hasText: '核查中' }).waitFor();
    const record = desk.getByTestId('action-record-verification');
    await record.getByLabel('家庭经济状况核对结果').selectOption('ELIGIBLE');
    await record.getByLabel('核查记录').fill('入户核查：家庭存款不足一千元，无车辆。');
    await record.getByRole('button', { name: '记录核查结果' }).click();
    await desk.getByTestId('case-outcome').filter({ hasText: '符合条件' }).waitFor();
    expect(await status(desk).textContent()).to.equal('核查中');

    // The approver finds it on their desk and verifies it with a hospital need.
    await deciderCard.getByTestId('desk-case-status').filter({ hasText: '核查中' }).waitFor();
    await deciderCard.getByRole('link', { name: reference }).click();
    await status(decider).filter({ hasText: '核查中' }).waitFor();
    const verify = decider.getByTestId('action-verify');
    // The case's category is preselected once the county's category list has loaded.
    await verify.getByLabel('类别').locator('option:checked[value="illness"]').waitFor({ state: 'attached' });
    const need = verify.getByTestId('need-row');
    await need.getByLabel('类型').selectOption('MEDICAL_BILL');
    expect(await need.getByLabel('收款方').inputValue()).to.equal('HOSPITAL');
    await need.getByLabel('说明').fill('手术押金');
    await need.getByLabel('金额（元）').fill('3000');
    // No hospital named: refused next to that field, nothing typed is lost.
    await verify.getByRole('button', { name: '认定', exact: true }).click();
    await need.locator('.field-invalid .field-error').filter({ hasText: '请填写直接收款的医院或供应商名称。' }).waitFor();
    expect(await need.getByLabel('金额（元）').inputValue()).to.equal('3000');
    await need.getByLabel('医院或供应商名称').fill('甘德县人民医院');
    await verify.getByRole('button', { name: '认定', exact: true }).click();
    await status(decider).filter({ hasText: '已认定' }).waitFor();
    await decider.getByTestId('case-needs').getByRole('row', { name: /手术押金 医院 · 甘德县人民医院 ¥3,000.00/ }).waitFor();
    await decider.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-desk-case.png'), fullPage: true });

    // The caseworker's page shows the decision without reloading.
    await status(desk).filter({ hasText: '已认定' }).waitFor();
    const seen = expectData(await app.gql<{ myReports: { nodes: { reference: string; status: string }[] } }>('{ myReports { nodes { reference status } } }', {}, worker.token));
    expect(seen.myReports.nodes).to.deep.include({ reference, status: 'VERIFIED' });

    // In English too.
    await desk.goto(`/desk?lang=en`);
    await desk.getByRole('heading', { level: 1, name: 'Case desk' }).waitFor();

    // A donor: no desk in the navigation, refused on /desk.
    const outsider = await web.newPage();
    await web.signIn(outsider, donor.email);
    await nav(outsider).getByRole('link', { name: '上报求助', exact: true }).waitFor();
    expect(await nav(outsider).getByRole('link', { name: '受理台', exact: true }).count()).to.equal(0);
    await outsider.goto('/desk');
    await outsider.getByText('您没有权限执行此操作。').waitFor();
    expect(await outsider.getByTestId('desk-case').count()).to.equal(0);
  });
});
