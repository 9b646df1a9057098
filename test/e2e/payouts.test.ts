/**
 * Browser test for money leaving a case: a donor's receipt (fetched with the session token and
 * opened as a blob in a new tab) and their answer to surplus; and the case page's 拨付 section,
 * where a caseworker requests a hospital payout above the two-approver threshold, two different
 * approvers approve it on their own pages, the caseworker pays it and the ledger shows it, while
 * signed-out people and donors never see the section. The section shows each person only the
 * actions the server lets them take (an auditor reads it without any), what the chosen need can
 * still pay out, and cancelled requests with their reason; a donor's pledges say when a card
 * dispute holds or took back their money. Same harness as donor.test.ts.
 */
import { expect } from 'chai';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { fromGlobalId } from '../../server/common/ids';
import { expectData, type TestApp } from '../support/app';
import { browserSuite } from '../support/browser';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { pledgeAndPay, type UserErrorView } from '../support/funds-helpers';
import { expectLedgerOk } from '../support/pledge-helpers';

const REDUCE_NEED = `mutation($input: ReduceNeedInput!) { reduceNeed(input: $input) { surplus { id amount suggestedCaseId } userErrors { field code message } } }`;
const MY_PLEDGES = `{ myPledges { nodes { id receipt { number } surplus { status decidedBy refunded refundSentAt } } } }`;

interface MyPledgesData {
  myPledges: { nodes: { id: string; receipt: { number: string } | null; surplus: { status: string; decidedBy: string | null; refunded: string; refundSentAt: string | null }[] }[] };
}

describe('receipts, surplus and disbursements in a browser (e2e)', function () {
  this.timeout(120_000);
  const web = browserSuite({ prefix: 'jjn-web-payouts-', env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' }, viewport: { width: 1100, height: 900 } });
  let app: TestApp;
  before(() => {
    app = web.app;
  });
  afterEach(() => expectLedgerOk(app));
  const newPage = () => web.newPage();
  const signIn = (page: Page, email: string) => web.signIn(page, email);
  const payouts = (page: Page) => page.getByRole('region', { name: '拨付', exact: true });
  /** The "can still pay out" figure shown next to the need select. */
  const payable = (section: Locator, amount: string) => section.getByText(`可申请拨付 ${amount}`, { exact: true });

  it('shows the donor the receipt of a paid pledge, opens it in a new tab, and refunds surplus the donor takes back', async () => {
    const db = app.services.db;
    // Madoi: the only other case there is the one suggested for the surplus.
    const kase = await createPublishedCase(db, [100_000n], { regionCode: '632626' });
    const similar = await createPublishedCase(db, [500_000n], { regionCode: '632626' });
    const [donor, approver] = await Promise.all([createUser(db), createUser(db, [{ role: 'approver', region: '632626' }])]);
    const pledgeId = await pledgeAndPay(app, donor.token, kase.gid, kase.needs[0]!.gid, 100_000n);
    const before = expectData(await app.gql<MyPledgesData>(MY_PLEDGES, {}, donor.token)).myPledges.nodes;
    const number = before.find((p) => p.id === pledgeId)?.receipt?.number;
    expect(number).to.match(/^JJN-R-\d{4}-\d{8}$/);

    const page = await newPage();
    await signIn(page, donor.email);
    await page.getByRole('link', { name: '我的捐赠' }).first().click();
    await page.getByRole('heading', { level: 1, name: '我的捐赠' }).waitFor();
    await page.getByText(number!, { exact: true }).waitFor();

    // The HTML receipt: fetched with the session token and shown in a new tab.
    const htmlResponse = page.waitForResponse((r) => r.url().endsWith(`/receipts/${pledgeId}.html`));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: '收据', exact: true }).click()]);
    const html = await htmlResponse;
    expect(html.status()).to.equal(200);
    expect(html.request().headers()['authorization']).to.match(/^Bearer \S+$/);
    await popup.waitForURL(/^blob:/);
    await popup.getByRole('heading', { name: '救急难 捐赠收据' }).waitFor();
    await popup.getByRole('cell', { name: number!, exact: true }).waitFor();
    await popup.getByRole('cell', { name: '¥1,000.00', exact: false }).waitFor();
    await popup.close();

    // The PDF the same way.
    const pdfResponse = page.waitForResponse((r) => r.url().endsWith(`/receipts/${pledgeId}.pdf`));
    const [pdfPopup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
    const pdf = await pdfResponse;
    expect(pdf.status()).to.equal(200);
    expect(pdf.headers()['content-type']).to.contain('application/pdf');
    expect(pdf.request().headers()['authorization']).to.match(/^Bearer \S+$/);
    await pdfPopup.close();

    // Insurance paid ¥400 of the bill: that part of the donor's money becomes surplus.
    const reduced = expectData(
      await app.gql<{ reduceNeed: { surplus: { id: string; amount: string; suggestedCaseId: string | null }[] | null; userErrors: UserErrorView[] } }>(
        REDUCE_NEED,
        { input: { needId: kase.needs[0]!.gid, newAmount: '60000', note: '城乡居民医保报销了部分费用' } },
        approver.token,
      ),
    ).reduceNeed;
    expect(reduced.userErrors).to.deep.equal([]);
    expect(reduced.surplus?.map((s) => [s.amount, s.suggestedCaseId])).to.deep.equal([['40000', similar.gid]]);

    await page.reload();
    const surplus = page.getByTestId('surplus');
    await surplus.getByText('等待您的答复').waitFor();
    await surplus.getByText('其中 ¥400.00 案例已不再需要（需求已减少）').waitFor();
    await surplus.getByText('城乡居民医保报销了部分费用').waitFor();
    await surplus.getByRole('radio', { name: /^转给推荐的个案 JJN-632626-/ }).waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-my-pledges-surplus-pending.png'), fullPage: true });
    // No choice made: said next to the control, nothing sent.
    await surplus.getByRole('button', { name: '提交答复' }).click();
    await surplus.getByRole('alert').filter({ hasText: '请选择退款或转给推荐的个案。' }).waitFor();
    await surplus.getByRole('radio', { name: '退款', exact: true }).check();
    await surplus.getByRole('button', { name: '提交答复' }).click();
    await surplus.getByTestId('surplus-refund').filter({ hasText: '已退回 ¥400.00' }).waitFor();
    await surplus.getByText('已退款', { exact: true }).waitFor();
    // The refund goes back through the sandbox just after the answer; the page looks again until it is sent.
    await surplus.getByTestId('surplus-refund').filter({ hasText: '原路退回' }).waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-my-pledges-surplus.png'), fullPage: true });

    const after = expectData(await app.gql<MyPledgesData>(MY_PLEDGES, {}, donor.token)).myPledges.nodes.find((p) => p.id === pledgeId);
    expect(after?.surplus).to.have.length(1);
    expect(after?.surplus[0]).to.include({ status: 'REFUNDED', decidedBy: 'DONOR', refunded: '40000' });
    expect(after?.surplus[0]?.refundSentAt).to.be.a('string');

    await page.goto('/me/pledges?lang=en');
    await page.getByTestId('surplus-refund').filter({ hasText: '¥400.00 returned' }).waitFor();
    await page.getByRole('button', { name: 'Receipt', exact: true }).waitFor();
  });

  it('a caseworker requests a ¥12,000 hospital payout, two different approvers approve it, it is paid and the ledger shows it; signed-out people and donors see no 拨付 section', async () => {
    const db = app.services.db;
    const kase = await createPublishedCase(db, [1_500_000n]);
    const need = kase.needs[0]!;
    const [donor, worker, approver, admin] = await Promise.all([
      createUser(db),
      createUser(db, [{ role: 'caseworker', region: '632623' }]),
      createUser(db, [{ role: 'approver', region: '632600' }]),
      createUser(db, [{ role: 'admin', region: '632623' }]),
    ]);
    await pledgeAndPay(app, donor.token, kase.gid, need.gid, 1_500_000n);
    const casePath = `/cases/${encodeURIComponent(kase.gid)}`;

    // The caseworker requests it; a first try above what the need holds is refused next to the amount and loses nothing typed.
    const workerPage = await newPage();
    await signIn(workerPage, worker.email);
    await workerPage.goto(casePath);
    const workerSection = payouts(workerPage);
    await workerSection.getByText('尚无拨付申请。').waitFor();
    expect(await workerSection.getByLabel('收款方类型').inputValue()).to.equal('HOSPITAL');
    await workerSection.getByLabel('医院名称').fill('甘德县人民医院');
    await workerSection.getByLabel('医院发票号').fill('INV-2026-0001');
    await workerSection.getByLabel('金额（元）').fill('20000');
    await workerSection.getByLabel('用途说明').fill('住院费用第一期');
    await workerSection.getByRole('button', { name: '提交拨付申请' }).click();
    const amountError = workerSection.locator('.field-invalid .field-error');
    await amountError.waitFor();
    expect(await amountError.textContent()).to.contain('¥15,000.00');
    expect(await workerSection.getByLabel('金额（元）').getAttribute('aria-invalid')).to.equal('true');
    expect(await workerSection.getByLabel('医院名称').inputValue()).to.equal('甘德县人民医院');
    expect(await workerSection.getByLabel('医院发票号').inputValue()).to.equal('INV-2026-0001');
    expect(await workerSection.getByLabel('用途说明').inputValue()).to.equal('住院费用第一期');
    await workerSection.getByLabel('金额（元）').fill('12000');
    await workerSection.getByRole('button', { name: '提交拨付申请' }).click();
    await workerSection.getByRole('status').filter({ hasText: '已申请拨付 ¥12,000.00' }).waitFor();
    const workerItem = workerSection.getByTestId('disbursement');
    await workerItem.getByTestId('disbursement-status').filter({ hasText: '待批准' }).waitFor();
    expect(await workerItem.getByTestId('disbursement-approvals').textContent()).to.contain('0/2');
    await workerItem.getByText('INV-2026-0001').waitFor();

    // The first approver approves once; approving again is refused: a second, different person must.
    const approverPage = await newPage();
    await signIn(approverPage, approver.email);
    await approverPage.goto(casePath);
    const approverItem = payouts(approverPage).getByTestId('disbursement');
    await approverItem.getByRole('button', { name: '批准' }).click();
    await approverItem.getByTestId('disbursement-approvals').filter({ hasText: '1/2' }).waitFor();
    expect(await approverItem.getByTestId('disbursement-status').textContent()).to.equal('待批准');
    await approverItem.getByRole('button', { name: '批准' }).click();
    await approverItem.getByRole('alert').filter({ hasText: '您已经批准过' }).waitFor();

    // The second approver, on another page.
    const adminPage = await newPage();
    await signIn(adminPage, admin.email);
    await adminPage.goto(casePath);
    const adminItem = payouts(adminPage).getByTestId('disbursement');
    await adminItem.getByTestId('disbursement-approvals').filter({ hasText: '1/2' }).waitFor();
    await adminItem.getByRole('button', { name: '批准' }).click();
    await adminItem.getByTestId('disbursement-status').filter({ hasText: '已批准，待付款' }).waitFor();
    expect(await adminItem.getByTestId('disbursement-approvals').textContent()).to.contain('2/2');
    await adminPage.getByTestId('ledger-total-out').filter({ hasText: '¥0.00' }).waitFor();

    // The caseworker pays it: the evidence is required (said next to it), then the ledger shows the money out.
    await workerPage.reload();
    await workerItem.getByTestId('disbursement-status').filter({ hasText: '已批准，待付款' }).waitFor();
    await workerItem.getByLabel('付款流水号').fill('ICBC-778899');
    await workerItem.getByRole('button', { name: '标记已拨付' }).click();
    await workerItem.locator('.field-invalid .field-error').filter({ hasText: '请填写付款凭证。' }).waitFor();
    expect(await workerItem.getByLabel('付款凭证').getAttribute('aria-invalid')).to.equal('true');
    expect(await workerItem.getByLabel('付款流水号').inputValue()).to.equal('ICBC-778899');
    await workerItem.getByLabel('付款凭证').fill('DOC-2026-0001');
    await workerItem.getByRole('button', { name: '标记已拨付' }).click();
    await workerItem.getByTestId('disbursement-status').filter({ hasText: '已拨付' }).waitFor();
    await workerPage.getByTestId('ledger-total-out').filter({ hasText: '¥12,000.00' }).waitFor();
    await workerPage.getByTestId('ledger-held').filter({ hasText: '¥3,000.00' }).waitFor();
    const moneyOut = workerPage.getByRole('table', { name: '支出明细' });
    await moneyOut.getByRole('cell', { name: '甘德县人民医院' }).waitFor();
    await moneyOut.getByRole('cell', { name: '¥12,000.00' }).waitFor();
    await workerPage.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-case-payouts.png'), fullPage: true });
    // The other staff page hears of the payout live.
    await adminPage.getByTestId('ledger-total-out').filter({ hasText: '¥12,000.00' }).waitFor();
    await adminItem.getByTestId('disbursement-status').filter({ hasText: '已拨付' }).waitFor();

    // Signed out: the ledger shows the payout, and there is no 拨付 section.
    const publicPage = await newPage();
    await publicPage.goto(casePath);
    await publicPage.getByTestId('ledger-total-out').filter({ hasText: '¥12,000.00' }).waitFor();
    expect(await publicPage.getByRole('heading', { name: '拨付', exact: true }).count()).to.equal(0);
    expect(await publicPage.getByRole('button', { name: '批准' }).count()).to.equal(0);

    // A donor: the server refuses the disbursements, and the section stays hidden.
    const donorPage = await newPage();
    await signIn(donorPage, donor.email);
    const refused = donorPage.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"CaseDisbursements"'));
    await donorPage.goto(casePath);
    const body = (await (await refused).json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    await donorPage.getByTestId('ledger-total-out').filter({ hasText: '¥12,000.00' }).waitFor();
    await donorPage.waitForTimeout(300);
    expect(await donorPage.getByRole('heading', { name: '拨付', exact: true }).count()).to.equal(0);
    expect(await donorPage.getByRole('button', { name: '提交拨付申请' }).count()).to.equal(0);

    // The section speaks English too.
    await workerPage.goto(`${casePath}?lang=en`);
    const english = workerPage.getByRole('region', { name: 'Disbursements', exact: true });
    await english.getByTestId('disbursement-status').filter({ hasText: 'Paid out' }).waitFor();
    await english.getByRole('button', { name: 'Request the disbursement' }).waitFor();
  });

  it('shows each person only the payout actions they may take, what the need can still pay out after every request and cancellation, and cancelled requests with their reason; an auditor reads it all without a button', async () => {
    const db = app.services.db;
    const kase = await createPublishedCase(db, [1_500_000n]);
    const need = kase.needs[0]!;
    const [donor, worker, approver, auditor] = await Promise.all([
      createUser(db),
      createUser(db, [{ role: 'caseworker', region: '632623' }]),
      createUser(db, [{ role: 'approver', region: '632600' }]),
      createUser(db, [{ role: 'auditor', region: '632623' }]),
    ]);
    // ¥10,000 of the ¥15,000 need is paid: what can be paid out is what came in, not what the need asks.
    await pledgeAndPay(app, donor.token, kase.gid, need.gid, 1_000_000n);
    const casePath = `/cases/${encodeURIComponent(kase.gid)}`;

    // The caseworker requests ¥4,000: what the need can pay out drops by as much, at once.
    const workerPage = await newPage();
    await signIn(workerPage, worker.email);
    await workerPage.goto(casePath);
    const workerSection = payouts(workerPage);
    await payable(workerSection, '¥10,000.00').waitFor();
    await workerSection.getByLabel('医院名称').fill('甘德县人民医院');
    await workerSection.getByLabel('医院发票号').fill('INV-2026-0101');
    await workerSection.getByLabel('金额（元）').fill('4000');
    await workerSection.getByLabel('用途说明').fill('门诊费用');
    await workerSection.getByRole('button', { name: '提交拨付申请' }).click();
    await workerSection.getByRole('status').filter({ hasText: '已申请拨付 ¥4,000.00' }).waitFor();
    await payable(workerSection, '¥6,000.00').waitFor();
    // A caseworker may request and record payments, not approve or cancel: the request has no button for them.
    const workerItem = workerSection.getByTestId('disbursement');
    await workerItem.getByTestId('disbursement-status').filter({ hasText: '待批准' }).waitFor();
    expect(await workerItem.getByRole('button').count()).to.equal(0);
    expect(await workerSection.getByRole('heading', { name: '申请拨付' }).count()).to.equal(1);

    // The approver cancels it with a reason: it moves to the cancelled requests, greyed, with the reason and no button, and the money is payable again.
    const approverPage = await newPage();
    await signIn(approverPage, approver.email);
    await approverPage.goto(casePath);
    const approverSection = payouts(approverPage);
    await payable(approverSection, '¥6,000.00').waitFor();
    const approverItem = approverSection.getByTestId('disbursement');
    await approverItem.getByRole('button', { name: '批准' }).waitFor();
    await approverItem.getByLabel('取消原因').fill('医院发票抬头有误，需重开');
    await approverItem.getByRole('button', { name: '取消' }).click();
    const approverCancelled = approverSection.getByTestId('disbursement-cancelled');
    await approverCancelled.getByTestId('disbursement-cancel-reason').filter({ hasText: '医院发票抬头有误，需重开' }).waitFor();
    expect(await approverCancelled.getByTestId('disbursement-status').textContent()).to.equal('已取消');
    expect(await approverCancelled.getByRole('button').count()).to.equal(0);
    expect(await approverCancelled.getByRole('textbox').count()).to.equal(0);
    await approverSection.getByText('没有进行中的拨付申请。').waitFor();
    await approverSection.getByRole('heading', { name: '已取消的拨付申请' }).waitFor();
    await payable(approverSection, '¥10,000.00').waitFor();

    // The caseworker asks again, ¥3,000 this time; the approver approves it (below the threshold, one approval is enough).
    await workerPage.reload();
    await payable(workerSection, '¥10,000.00').waitFor();
    await workerSection.getByTestId('disbursement-cancelled').getByText('医院发票抬头有误，需重开').waitFor();
    await workerSection.getByLabel('医院名称').fill('甘德县人民医院');
    await workerSection.getByLabel('医院发票号').fill('INV-2026-0102');
    await workerSection.getByLabel('金额（元）').fill('3000');
    await workerSection.getByLabel('用途说明').fill('门诊费用（重开发票）');
    await workerSection.getByRole('button', { name: '提交拨付申请' }).click();
    await payable(workerSection, '¥7,000.00').waitFor();
    await approverPage.reload();
    await approverItem.getByText('INV-2026-0102').waitFor();
    await approverItem.getByRole('button', { name: '批准' }).click();
    await approverItem.getByTestId('disbursement-status').filter({ hasText: '已批准，待付款' }).waitFor();
    // Approved: the approver may still cancel it or record the payment, but no longer approve it.
    await approverItem.getByRole('button', { name: '取消' }).waitFor();
    await approverItem.getByRole('button', { name: '标记已拨付' }).waitFor();
    expect(await approverItem.getByRole('button', { name: '批准' }).count()).to.equal(0);
    await payable(approverSection, '¥7,000.00').waitFor();
    // The caseworker may record the payment but not cancel it.
    await workerPage.reload();
    await workerItem.getByTestId('disbursement-status').filter({ hasText: '已批准，待付款' }).waitFor();
    await workerItem.getByRole('button', { name: '标记已拨付' }).waitFor();
    expect(await workerItem.getByRole('button', { name: '取消' }).count()).to.equal(0);

    // The region's auditor sees both requests, the cancelled one with its reason, and not one action, form or payable figure.
    const auditorPage = await newPage();
    await signIn(auditorPage, auditor.email);
    await auditorPage.goto(casePath);
    const auditorSection = payouts(auditorPage);
    await auditorSection.getByTestId('disbursement').getByTestId('disbursement-status').filter({ hasText: '已批准，待付款' }).waitFor();
    await auditorSection.getByTestId('disbursement-cancelled').getByTestId('disbursement-cancel-reason').filter({ hasText: '医院发票抬头有误，需重开' }).waitFor();
    await auditorSection.getByTestId('payouts-read-only').waitFor();
    expect(await auditorSection.getByTestId('disbursement').count()).to.equal(1);
    expect(await auditorSection.getByTestId('disbursement-cancelled').count()).to.equal(1);
    expect(await auditorSection.getByRole('button').count()).to.equal(0);
    expect(await auditorSection.getByRole('textbox').count()).to.equal(0);
    expect(await auditorSection.getByRole('combobox').count()).to.equal(0);
    expect(await auditorSection.getByRole('heading', { name: '申请拨付' }).count()).to.equal(0);
    expect(await auditorSection.getByText(/^可申请拨付/).count()).to.equal(0);
    await auditorPage.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-case-payouts-auditor.png'), fullPage: true });

    // In English too.
    await auditorPage.goto(`${casePath}?lang=en`);
    const english = auditorPage.getByRole('region', { name: 'Disbursements', exact: true });
    await english.getByRole('heading', { name: 'Cancelled requests' }).waitFor();
    await english.getByTestId('payouts-read-only').filter({ hasText: 'but not request, approve or record them' }).waitFor();
    expect(await english.getByRole('button').count()).to.equal(0);
    await workerPage.goto(`${casePath}?lang=en`);
    await workerPage.getByRole('region', { name: 'Disbursements', exact: true }).getByText('Can be disbursed: ¥7,000.00', { exact: true }).waitFor();
  });

  it('tells the donor in plain words when a card dispute holds or took back their money, and the held money cannot be requested', async () => {
    const db = app.services.db;
    const kase = await createPublishedCase(db, [500_000n]);
    const need = kase.needs[0]!;
    const [donor, worker] = await Promise.all([createUser(db), createUser(db, [{ role: 'caseworker', region: '632623' }])]);
    const first = await pledgeAndPay(app, donor.token, kase.gid, need.gid, 300_000n);
    const second = await pledgeAndPay(app, donor.token, kase.gid, need.gid, 200_000n);
    /** What the card's bank says, as the payment provider would report it. */
    const bank = async (pledgeGid: string, change: { kind: 'disputed'; amount: bigint } | { kind: 'dispute_closed'; won: boolean }) => {
      await app.services.funding.settle(need.id, { pledgeId: fromGlobalId('Pledge', pledgeGid), change, actorUserId: null });
      await app.services.funding.idle();
    };
    const casePath = `/cases/${encodeURIComponent(kase.gid)}`;
    const workerPage = await newPage();
    await signIn(workerPage, worker.email);
    await workerPage.goto(casePath);
    await payable(payouts(workerPage), '¥5,000.00').waitFor();

    // ¥1,000 of the first pledge is disputed, and the whole second one is, and lost.
    await bank(first, { kind: 'disputed', amount: 100_000n });
    await bank(second, { kind: 'disputed', amount: 200_000n });
    await bank(second, { kind: 'dispute_closed', won: false });
    const donorPage = await newPage();
    await signIn(donorPage, donor.email);
    await donorPage.goto('/me/pledges');
    const disputes = donorPage.getByTestId('pledge-dispute');
    await disputes.filter({ hasText: '银行卡争议处理中 ¥1,000.00（款项暂不拨付）' }).waitFor();
    await disputes.filter({ hasText: '争议结果：款项已退回持卡人（¥2,000.00）' }).waitFor();
    expect(await disputes.count()).to.equal(2);
    // The case pays out neither the held ¥1,000 nor the ¥2,000 that went back.
    await workerPage.reload();
    await payable(payouts(workerPage), '¥2,000.00').waitFor();

    // The bank decides the first for the charity: the money stays, and can be paid out again.
    await bank(first, { kind: 'dispute_closed', won: true });
    await donorPage.reload();
    await disputes.filter({ hasText: '争议已结束，款项保留（¥1,000.00）' }).waitFor();
    await workerPage.reload();
    await payable(payouts(workerPage), '¥3,000.00').waitFor();
    await donorPage.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-my-pledges-disputes.png'), fullPage: true });

    await donorPage.goto('/me/pledges?lang=en');
    await disputes.filter({ hasText: 'Dispute closed: the money stays with the case (¥1,000.00)' }).waitFor();
    await disputes.filter({ hasText: 'Dispute decided for the cardholder' }).waitFor();
  });
});
