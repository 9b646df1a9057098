/**
 * Browser test for the staff's alarms and referrals between agencies.
 *
 * Alarms: a Gadê caseworker has the desk open; a social worker refers a case (the caseworker becomes its
 * handler: an alarm), then the case's decision deadline passes (`scheduler.runDueJobs`, as the case story
 * does: a second alarm). Both arrive live, unread first, with the unread count in the alarms heading;
 * marking one read clears it from the count.
 *
 * Referrals: a Darlag charity member has 转介 open; the desk refers a case to the charity through the API and
 * it appears live; declining without a reason is refused next to the reason field; accepting shows the new
 * status (and the desk's case page follows it live); completing asks for the outcome. The caseworker refers
 * the case to another organisation with the form on the case page.
 */
import { expect } from 'chai';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectData, type TestApp } from '../support/app';
import { browserSuite } from '../support/browser';
import { REFER, referInput } from '../support/casedesk';
import { createOrganization, createUser } from '../support/factories';

interface Referred {
  referCase: { case: { id: string; reference: string; status: string; handler: { id: string } | null }; userErrors: unknown[] };
}

describe('alarms and referrals in a browser (e2e)', function () {
  this.timeout(180_000);
  const web = browserSuite({ prefix: 'jjn-web-alarms-', env: { SCHEDULER_POLL_MS: '0' }, viewport: { width: 1100, height: 900 } });
  let app: TestApp;
  before(() => {
    app = web.app;
  });
  const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
  const unreadOf = async (token: string) => expectData(await app.gql<{ myAlarms: { totalCount: number } }>('{ myAlarms(unreadOnly: true) { totalCount } }', {}, token)).myAlarms.totalCount;

  it('alarms arrive live on the desk with the unread count; marking one read clears it', async () => {
    const db = app.services.db;
    const [worker, caseworker] = await Promise.all([createUser(db, [{ role: 'social_worker', region: '632623' }]), createUser(db, [{ role: 'caseworker', region: '632623' }])]);

    const desk = await web.newPage();
    await web.signIn(desk, caseworker.email);
    await nav(desk).getByRole('link', { name: '受理台', exact: true }).click();
    const alarms = desk.getByTestId('alarms');
    await desk.locator('[data-testid="alarms"][data-live="live"]').waitFor();
    await alarms.getByText('没有提醒。').waitFor();
    expect(await desk.getByTestId('alarms-unread').textContent()).to.equal('0 条未读');

    // A referral makes the caseworker the handler: the first alarm.
    const referred = expectData(await app.gql<Referred>(REFER, { input: referInput({ regionCode: '632623' }) }, worker.token)).referCase;
    expect(referred.userErrors).to.deep.equal([]);
    expect(referred.case.handler?.id).to.equal(caseworker.gid);
    const { reference, id: caseId } = referred.case;
    const assigned = alarms.locator('[data-testid="alarm"][data-kind="case.assigned"]');
    await assigned.waitFor();
    await assigned.getByText('新分派的案例').waitFor();
    // Worded in the page's language from the alarm's facts (the API's title is English).
    expect(referred.case.status).to.equal('INTAKE');
    expect(await assigned.getByTestId('alarm-text').textContent()).to.equal(`新案例 ${reference}，状态：受理中。`);
    await desk.locator('[data-testid="alarms-unread"][data-count="1"]').waitFor();

    // The decision deadline passes: the scheduler raises an overdue alarm, which arrives live.
    const { case: kase } = expectData(await app.gql<{ case: { dueAt: string } }>('query($id: ID!) { case(id: $id) { dueAt } }', { id: caseId }, caseworker.token));
    await app.services.scheduler.runDueJobs(new Date(new Date(kase.dueAt).getTime() + 1000));
    const overdue = alarms.locator('[data-testid="alarm"][data-kind="case.overdue"]');
    await overdue.waitFor();
    await overdue.getByText('案例已超期').waitFor();
    expect(await overdue.getByTestId('alarm-text').textContent()).to.equal(`案例 ${reference} 已超过审批时限。`);
    await overdue.getByRole('link', { name: reference }).waitFor();
    await desk.locator('[data-testid="alarms-unread"][data-count="2"]').waitFor();
    expect(await desk.getByTestId('alarms-unread').textContent()).to.equal('2 条未读');
    expect(await unreadOf(caseworker.token)).to.equal(2);
    // Newest first among the unread.
    expect(await alarms.getByTestId('alarm').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).to.deep.equal(['case.overdue', 'case.assigned']);
    await desk.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-alarms.png'), fullPage: true });

    // 标为已读: the count drops and the alarm moves below the unread one.
    await overdue.getByRole('button', { name: '标为已读' }).click();
    await desk.locator('[data-testid="alarms-unread"][data-count="1"]').waitFor();
    await alarms.locator('[data-testid="alarm"][data-kind="case.overdue"][data-read="true"]').waitFor();
    expect(await overdue.getByRole('button', { name: '标为已读' }).count()).to.equal(0);
    expect(await alarms.getByTestId('alarm').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).to.deep.equal(['case.assigned', 'case.overdue']);
    expect(await unreadOf(caseworker.token)).to.equal(1);

    // The case reference leads to the desk's case page.
    await overdue.getByRole('link', { name: reference }).click();
    await desk.getByRole('heading', { level: 1, name: `案例 ${reference}` }).waitFor();

    // In English too.
    await desk.goto('/desk?lang=en');
    await desk.getByRole('heading', { level: 2, name: /Alarms\s+1 unread/ }).waitFor();
    const assignedEn = desk.locator('[data-testid="alarm"][data-kind="case.assigned"]');
    expect(await assignedEn.getByTestId('alarm-text').textContent()).to.equal(`New case ${reference}, status: Intake.`);
    expect(await desk.locator('[data-testid="alarm"][data-kind="case.overdue"]').getByTestId('alarm-text').textContent()).to.equal(`Case ${reference} is past its decision deadline.`);
  });

  it('a referral reaches the receiving organisation live, is accepted and completed there; the desk refers from the case page', async () => {
    const db = app.services.db;
    const charity = await createOrganization(db, { name: '达日县慈善协会', kind: 'charity', homeRegionCode: '632624' });
    const agency = await createOrganization(db, { name: '达日县社工服务中心', kind: 'social_work_agency', homeRegionCode: '632624' });
    const [worker, caseworker, member] = await Promise.all([
      createUser(db, [{ role: 'social_worker', region: '632624' }]),
      createUser(db, [{ role: 'caseworker', region: '632624' }]),
      createUser(db, [{ role: 'org_member', organizationId: charity.id }]),
    ]);
    const referred = expectData(await app.gql<Referred>(REFER, { input: referInput({ regionCode: '632624' }) }, worker.token)).referCase;
    expect(referred.userErrors).to.deep.equal([]);
    const { reference, id: caseId } = referred.case;

    // The charity member has 转介 open before the referral is sent.
    const inbox = await web.newPage();
    await web.signIn(inbox, member.email);
    await nav(inbox).getByRole('link', { name: '转介', exact: true }).click();
    await inbox.getByRole('heading', { level: 1, name: '转办转介' }).waitFor();
    await inbox.locator('[data-testid="referrals-live"][data-status="live"]').waitFor();
    await inbox.getByText('没有符合条件的转介。').waitFor();

    // The caseworker has the case page open.
    const desk = await web.newPage();
    await web.signIn(desk, caseworker.email);
    await desk.goto(`/desk/cases/${encodeURIComponent(caseId)}`);
    await desk.getByRole('heading', { level: 1, name: `案例 ${reference}` }).waitFor();
    await desk.getByTestId('case-referrals').getByText('本案例还没有转介。').waitFor();
    await desk.locator('[data-testid="case-referrals"][data-live="live"]').waitFor();

    // The desk refers the case to the charity through the API.
    const created = expectData(
      await app.gql<{ createReferral: { referral: { id: string } | null; userErrors: unknown[] } }>(
        'mutation($i: CreateReferralInput!) { createReferral(input: $i) { referral { id } userErrors { code message } } }',
        { i: { caseId, toOrganizationId: charity.gid, request: '请为孩子们安排心理疏导。' } },
        caseworker.token,
      ),
    ).createReferral;
    expect(created.userErrors).to.deep.equal([]);

    const card = inbox.locator(`[data-testid="referral"][data-reference="${reference}"]`);
    await card.waitFor();
    await card.getByTestId('referral-status').filter({ hasText: '待答复' }).waitFor();
    await card.getByText('请为孩子们安排心理疏导。').waitFor();
    await card.getByText('受理台', { exact: true }).waitFor();
    await card.getByRole('link', { name: reference }).waitFor();
    const deskCard = desk.getByTestId('case-referrals').getByTestId('referral');
    await deskCard.getByTestId('referral-status').filter({ hasText: '待答复' }).waitFor();
    // The desk may not answer a referral it sent to an organisation.
    expect(await deskCard.getByRole('button', { name: '接受' }).count()).to.equal(0);

    // Declining needs a reason: refused next to the field.
    const decline = card.getByTestId('referral-decline');
    await decline.getByRole('button', { name: '婉拒' }).click();
    await decline.locator('.field-invalid .field-error').filter({ hasText: '请填写原因。' }).waitFor();
    expect(await decline.getByLabel('婉拒理由').getAttribute('aria-invalid')).to.equal('true');
    await card.getByTestId('referral-status').filter({ hasText: '待答复' }).waitFor();

    // Accepting: the new status here, and live on the desk's case page.
    await card.getByTestId('referral-accept').getByRole('button', { name: '接受' }).click();
    await card.getByTestId('referral-status').filter({ hasText: '已接受' }).waitFor();
    await deskCard.getByTestId('referral-status').filter({ hasText: '已接受' }).waitFor();
    const stored = expectData(await app.gql<{ incomingReferrals: { nodes: { status: string }[] } }>('{ incomingReferrals { nodes { status } } }', {}, member.token));
    expect(stored.incomingReferrals.nodes).to.deep.equal([{ status: 'ACCEPTED' }]);
    await inbox.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-referrals.png'), fullPage: true });

    // Completing asks what was done.
    const complete = card.getByTestId('referral-complete');
    await complete.getByRole('button', { name: '办结' }).click();
    await complete.locator('.field-invalid .field-error').filter({ hasText: '请写明办理结果。' }).waitFor();
    await complete.getByLabel('办理结果').fill('已安排六次心理辅导。');
    await complete.getByRole('button', { name: '办结' }).click();
    await card.getByTestId('referral-status').filter({ hasText: '已办结' }).waitFor();
    await card.getByText('已安排六次心理辅导。').waitFor();
    await deskCard.getByTestId('referral-status').filter({ hasText: '已办结' }).waitFor();

    // The caseworker refers the case onward with the form on the case page; a first try without the request is refused there.
    const form = desk.getByTestId('referral-create');
    await form.getByLabel('转给').selectOption({ label: '达日县社工服务中心 · 社会工作服务机构' });
    await form.getByRole('button', { name: '转介', exact: true }).click();
    await form.locator('.field-invalid .field-error').filter({ hasText: '请写明请求事项。' }).waitFor();
    expect(await form.getByLabel('转给').inputValue()).to.equal(agency.gid);
    await form.getByLabel('请求事项').fill('请入户评估家庭照护需要。');
    await form.getByRole('button', { name: '转介', exact: true }).click();
    await form.getByTestId('referral-created').waitFor();
    await desk.getByTestId('case-referrals').locator('[data-testid="referral"][data-status="PENDING"]').getByText('请入户评估家庭照护需要。').waitFor();
    await desk.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-case-referrals.png'), fullPage: true });

    // In English too.
    await inbox.goto('/desk/referrals?lang=en');
    await inbox.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
    await card.getByTestId('referral-status').filter({ hasText: 'Completed' }).waitFor();
  });
});
