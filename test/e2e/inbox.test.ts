/**
 * Browser test for an organisation's case inbox: a verified Gadê case is matched to a verified Gadê charity,
 * whose administrator opens the inbox from the navigation and sees the case with its needs, what remains and
 * why it was matched; a second case matched while the page is open appears live. Claiming more than remains
 * is refused next to the amount (nothing claimed), a valid claim then shows in 我们的认领, and recording the
 * aid fulfils it (more than the claim holds is refused with what is still to give); a claim of all that remains is given back
 * (放弃认领) and the case opens again. Declining the second case takes it out of the inbox. Once the case is closed it leaves
 * the inbox, but after a reload its claims still show in 我们的认领, which can be narrowed to one state. A member of another organisation
 * gets a plain message, and the API refuses them too. Same harness as funds.test.ts.
 */
import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { cases } from '../../server/cases/case.table';
import { assistanceRecords, claims } from '../../server/claims/claim.table';
import { expectData, type TestApp } from '../support/app';
import { browserSuite } from '../support/browser';
import { createOrganization, createUser } from '../support/factories';
import { createCaseWithNeeds } from '../support/matching-factory';

const INBOX = `query($org: ID!) { matchedCases(organizationId: $org) { nodes { case { id reference } } } }`;
interface InboxData {
  matchedCases: { nodes: { case: { id: string; reference: string } }[] };
}
const CLAIMS = `query($c: ID!) { claimsForCase(caseId: $c) { status amount fulfilledAmount lines { amount } } }`;
interface ClaimsData {
  claimsForCase: { status: string; amount: string; fulfilledAmount: string; lines: { amount: string }[] }[];
}

describe('an organisation’s case inbox in a browser (e2e)', function () {
  this.timeout(180_000);
  const web = browserSuite({ prefix: 'jjn-web-inbox-', viewport: { width: 1100, height: 900 } });
  let app: TestApp;
  before(() => {
    app = web.app;
  });
  const caseCard = (page: Page, reference: string) => page.getByTestId('inbox-case').filter({ hasText: reference });
  const claimCard = (page: Page, reference: string) => page.getByTestId('inbox-claim').filter({ hasText: reference });
  const text = (scope: Locator, testId: string, value: string) => scope.getByTestId(testId).filter({ hasText: value }).first().waitFor();

  it('a charity admin sees a matched case, a second one arrives live, claims within what remains after an over-claim is refused, records the aid and declines the second case; another organisation’s member cannot open the inbox', async () => {
    const db = app.services.db;
    const charity = await createOrganization(db, { name: `甘德县慈善会 ${Date.now()}`, kind: 'charity', homeRegionCode: '632623', serviceRegionCodes: ['632623'] });
    const admin = await createUser(db, [{ role: 'org_admin', organizationId: charity.id }]);
    const first = await createCaseWithNeeds(db, {
      regionCode: '632623',
      urgency: 'high',
      category: 'medical',
      needs: [
        { amount: 500_000n, kind: 'medical_bill', description: '住院费用' },
        { amount: 200_000n, kind: 'cash', description: '生活补助' },
      ],
    });
    expect((await app.services.matching.onCaseVerified(first.id)).map((m) => m.organizationId)).to.include(charity.id);
    const firstRef = expectData(await app.gql<InboxData>(INBOX, { org: charity.gid }, admin.token)).matchedCases.nodes[0]?.case.reference ?? '';
    expect(firstRef).to.match(/^JJN-632623-/);

    // From the navigation (after 行政区划, before 求助案例) straight to the charity's inbox.
    const page = await web.newPage();
    await web.signIn(page, admin.email);
    const nav = page.getByRole('navigation', { name: '主导航' });
    const labels = await nav.getByRole('link').allTextContents();
    expect(labels.indexOf('待认领个案')).to.be.greaterThan(labels.indexOf('行政区划'));
    expect(labels.indexOf('求助案例')).to.equal(labels.indexOf('待认领个案') + 1);
    await nav.getByRole('link', { name: '待认领个案', exact: true }).click();
    await page.waitForURL(`**/organizations/${encodeURIComponent(charity.gid)}/inbox`);
    await page.getByRole('heading', { level: 1, name: `${charity.name} · 待认领个案` }).waitFor();

    const card1 = caseCard(page, firstRef);
    await card1.getByText('紧急', { exact: true }).waitFor();
    await card1.getByText('甘德县', { exact: false }).first().waitFor();
    await card1.getByText('医疗', { exact: false }).first().waitFor();
    await card1.getByRole('row', { name: '住院费用 医疗费用 ¥5,000.00 ¥0.00 ¥5,000.00' }).waitFor();
    await card1.getByRole('row', { name: '生活补助 现金 ¥2,000.00 ¥0.00 ¥2,000.00' }).waitFor();
    await text(card1, 'case-remaining', '尚余 ¥7,000.00（共需 ¥7,000.00）');
    await text(card1, 'match-explanation', '匹配度');
    await text(card1, 'match-factor', '地区：符合度');
    await page.getByTestId('inbox-live').and(page.locator('[data-status="live"]')).waitFor();

    // A second case is matched while the page is open: it appears without reloading.
    const second = await createCaseWithNeeds(db, { regionCode: '632623', urgency: 'normal', category: 'medical', needs: [{ amount: 100_000n, description: '取暖煤炭' }] });
    expect((await app.services.matching.onCaseVerified(second.id)).map((m) => m.organizationId)).to.include(charity.id);
    const secondRef = expectData(await app.gql<InboxData>(INBOX, { org: charity.gid }, admin.token)).matchedCases.nodes.find((n) => n.case.id === second.gid)?.case.reference ?? '';
    const card2 = caseCard(page, secondRef);
    await card2.getByRole('row', { name: '取暖煤炭 现金 ¥1,000.00 ¥0.00 ¥1,000.00' }).waitFor();
    await page.getByTestId('inbox-count').filter({ hasText: '共 2 个个案' }).waitFor();

    // Claiming ¥6,000 of the hospital bill alone (¥5,000 remains) is refused next to the amount; nothing is claimed.
    await card1.getByRole('button', { name: '认领', exact: true }).click();
    const form = card1.getByRole('form', { name: `认领个案 ${firstRef}` });
    await form.getByLabel('生活补助（尚余 ¥2,000.00）').uncheck();
    await form.getByText('所选需求尚余 ¥5,000.00', { exact: false }).waitFor();
    await form.getByLabel('认领金额（元）').fill('6000');
    await form.getByLabel('备注').fill('本会负责住院费用');
    await form.getByRole('button', { name: '确认认领' }).click();
    const amountError = form.locator('.field-invalid .field-error');
    await amountError.waitFor();
    expect(await amountError.textContent()).to.contain('超过了所选需求尚未认领的金额：最多还可认领 ¥5,000.00');
    expect(await form.getByLabel('认领金额（元）').getAttribute('aria-invalid')).to.equal('true');
    expect(await form.getByLabel('备注').inputValue()).to.equal('本会负责住院费用');
    expect(await db.select().from(claims).where(eq(claims.caseId, first.id))).to.deep.equal([]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-inbox-over-claim.png'), fullPage: true });

    // ¥3,000 is within what remains: claimed, shown in 我们的认领, and the case shows what remains now.
    await form.getByLabel('认领金额（元）').fill('3000');
    await form.getByRole('button', { name: '确认认领' }).click();
    await page.getByTestId('inbox-notice').filter({ hasText: `已认领个案 ${firstRef} 的 ¥3,000.00` }).waitFor();
    const ours = page.getByRole('region', { name: '我们的认领' });
    const claim = claimCard(page, firstRef);
    await text(claim, 'claim-status', '进行中');
    await text(claim, 'claim-amount', '¥3,000.00');
    await text(claim, 'claim-rest', '¥3,000.00');
    await claim.getByTestId('claim-deadline').waitFor();
    await claim.getByText('住院费用（医疗费用）：¥3,000.00').waitFor();
    expect(await ours.getByTestId('inbox-claim').count()).to.equal(1);
    await card1.getByRole('row', { name: '住院费用 医疗费用 ¥5,000.00 ¥3,000.00 ¥2,000.00' }).waitFor();
    await text(card1, 'case-remaining', '尚余 ¥4,000.00');
    const [made] = expectData(await app.gql<ClaimsData>(CLAIMS, { c: first.gid }, admin.token)).claimsForCase;
    expect(made).to.deep.include({ status: 'ACTIVE', amount: '300000', fulfilledAmount: '0' });

    // Recording more aid than the claim holds is refused with what is still to give; then the rest of the claim
    // (amount left empty) fulfils it.
    await claim.getByRole('button', { name: '记录已提供的救助' }).click();
    const aid = claim.getByRole('form', { name: `记录个案 ${firstRef} 已提供的救助` });
    expect(await aid.getByLabel('救助方式').inputValue()).to.equal('MEDICAL_BILL');
    await aid.getByLabel('价值（元）').fill('4000');
    await aid.getByRole('button', { name: '记录救助' }).click();
    await aid.locator('.field-invalid .field-error').filter({ hasText: '超过了这项认领尚待提供的金额：最多 ¥3,000.00' }).waitFor();
    expect(await db.select().from(assistanceRecords).where(eq(assistanceRecords.caseId, first.id))).to.deep.equal([]);
    await aid.getByLabel('价值（元）').fill('');
    await aid.getByLabel('说明').fill('已直接支付给医院');
    await aid.getByRole('button', { name: '记录救助' }).click();
    await text(claim, 'claim-status', '已完成');
    await text(claim, 'claim-fulfilled', '¥3,000.00');
    expect(await claim.getByRole('button', { name: '记录已提供的救助' }).count()).to.equal(0);
    const [fulfilled] = expectData(await app.gql<ClaimsData>(CLAIMS, { c: first.gid }, admin.token)).claimsForCase;
    expect(fulfilled).to.deep.include({ status: 'FULFILLED', fulfilledAmount: '300000' });
    const records = await db.select().from(assistanceRecords).where(eq(assistanceRecords.caseId, first.id));
    expect(records.map((r) => [r.kind, r.amountMinor])).to.deep.equal([['medical_bill', 300_000n]]);

    // Claiming everything that remains (amount left empty), then giving it back with a reason: it opens again.
    await card1.getByRole('button', { name: '认领', exact: true }).click();
    await card1.getByRole('form', { name: `认领个案 ${firstRef}` }).getByRole('button', { name: '确认认领' }).click();
    await page.getByTestId('inbox-notice').filter({ hasText: `已认领个案 ${firstRef} 的 ¥4,000.00` }).waitFor();
    await text(card1, 'case-remaining', '尚余 ¥0.00');
    const whole = page.getByTestId('inbox-claim').and(page.locator('[data-status="ACTIVE"]'));
    await text(whole, 'claim-amount', '¥4,000.00');
    await whole.getByRole('button', { name: '放弃认领' }).click();
    const release = whole.getByRole('form', { name: `放弃对个案 ${firstRef} 的认领` });
    await release.getByText('尚未提供的 ¥4,000.00 将重新开放给其他组织', { exact: false }).waitFor();
    await release.getByLabel('放弃原因（选填）').fill('物资调配出现困难');
    await release.getByRole('button', { name: '确认放弃' }).click();
    const released = page.getByTestId('inbox-claim').and(page.locator('[data-status="RELEASED"]'));
    await text(released, 'claim-status', '已放弃');
    await text(released, 'claim-close-reason', '物资调配出现困难');
    await text(card1, 'case-remaining', '尚余 ¥4,000.00');
    expect(await page.getByRole('region', { name: '我们的认领' }).getByTestId('inbox-claim').count()).to.equal(2);

    // Declining the second case: a reason is needed (said next to it), then the case leaves the inbox.
    await card2.getByRole('button', { name: '婉拒', exact: true }).click();
    const decline = card2.getByRole('form', { name: `婉拒个案 ${secondRef}` });
    await decline.getByRole('button', { name: '确认婉拒' }).click();
    await decline.locator('.field-invalid .field-error').filter({ hasText: '请填写原因。' }).waitFor();
    await decline.getByLabel('婉拒原因').fill('本月预算已用完');
    await decline.getByRole('button', { name: '确认婉拒' }).click();
    await page.getByTestId('inbox-notice').filter({ hasText: `已婉拒个案 ${secondRef}。` }).waitFor();
    await card2.waitFor({ state: 'detached' });
    await page.getByTestId('inbox-count').filter({ hasText: '共 1 个个案' }).waitFor();
    const left = expectData(await app.gql<InboxData>(INBOX, { org: charity.gid }, admin.token)).matchedCases.nodes.map((n) => n.case.reference);
    expect(left).to.deep.equal([firstRef]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-inbox.png'), fullPage: true });

    // In English, and linked from the organisation page for its members.
    await page.goto(`/organizations/${encodeURIComponent(charity.gid)}?lang=en`);
    await page.getByTestId('inbox-link').click();
    await page.getByRole('heading', { level: 1, name: `${charity.name} · case inbox` }).waitFor();
    await text(claimCard(page, firstRef), 'claim-status', 'Fulfilled');
    await text(caseCard(page, firstRef), 'case-remaining', '¥4,000.00 remains of ¥7,000.00');

    // The case is closed and leaves the inbox; after a reload its claims are still listed under 我们的认领,
    // newest first, and can be narrowed to one state.
    await db.update(cases).set({ status: 'closed' }).where(eq(cases.id, first.id));
    await page.goto(`/organizations/${encodeURIComponent(charity.gid)}/inbox?lang=zh-CN`);
    await page.getByTestId('inbox-count').filter({ hasText: '共 0 个个案' }).waitFor();
    expect(await caseCard(page, firstRef).count()).to.equal(0);
    const kept = page.getByRole('region', { name: '我们的认领' });
    await kept.getByTestId('inbox-claims-count').filter({ hasText: '共 2 项认领' }).waitFor();
    expect(await kept.getByTestId('inbox-claim').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-status')))).to.deep.equal(['RELEASED', 'FULFILLED']);
    await text(claimCard(page, firstRef).and(page.locator('[data-status="FULFILLED"]')), 'claim-fulfilled', '¥3,000.00');
    await kept.getByLabel('认领状态').selectOption('FULFILLED');
    await kept.getByTestId('inbox-claims-count').filter({ hasText: '共 1 项认领' }).waitFor();
    await kept.locator('[data-testid="inbox-claim"][data-status="RELEASED"]').waitFor({ state: 'detached' });
    expect(await kept.getByTestId('inbox-claim').count()).to.equal(1);
    await kept.getByLabel('认领状态').selectOption('EXPIRED');
    await kept.getByText('没有处于这一状态的认领。').waitFor();

    // A member of another organisation: a plain message, no cases, and the API refuses them as well.
    const other = await createOrganization(db, { name: `海东市慈善会 ${Date.now()}`, homeRegionCode: '630200', serviceRegionCodes: ['630200'] });
    const outsider = await createUser(db, [{ role: 'org_member', organizationId: other.id }]);
    const stranger = await web.newPage();
    await web.signIn(stranger, outsider.email);
    await stranger.goto(`/organizations/${encodeURIComponent(charity.gid)}/inbox`);
    await stranger.getByTestId('inbox-refused').filter({ hasText: '只有该组织的成员可以查看它的待认领个案和认领。' }).waitFor();
    expect(await stranger.getByTestId('inbox-case').count()).to.equal(0);
    expect(await stranger.getByText(firstRef).count()).to.equal(0);
    const refused = await app.gql(INBOX, { org: charity.gid }, outsider.token);
    expect(refused.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    // Their own navigation entry goes to their own organisation's inbox.
    await stranger.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '待认领个案', exact: true }).click();
    await stranger.waitForURL(`**/organizations/${encodeURIComponent(other.gid)}/inbox`);
    await stranger.getByText('目前没有待认领的个案。', { exact: false }).waitFor();
  });
});
