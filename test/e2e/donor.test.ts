/**
 * Browser test for donors: a published case, a pledge through the sandbox, the confirmed
 * total arriving live on a second (signed-out) page, and a pledge above what remains refused
 * next to the amount field. Same harness as web.test.ts (Debian's Chromium via playwright-core).
 */
import { expect } from 'chai';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser';
import type { TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';


describe('donor pages in a browser (e2e)', function () {
  this.timeout(60_000);
  const web = browserSuite({ prefix: 'jjn-web-donor-', env: { SANDBOX_CONFIRM_MS: '0' }, viewport: { width: 1024, height: 900 } });
  let app: TestApp;
  before(() => {
    app = web.app;
  });
  const newPage = () => web.newPage();
  const signIn = (page: Page, email: string, password?: string) => web.signIn(page, email, password);

  it('lists the case, pledges ¥100 through the sandbox, updates a watching page live and refuses more than remains', async () => {
    const kase = await createPublishedCase(app.services.db, [50_000n, 20_000n]);
    const donor = await createUser(app.services.db);

    const donorPage = await newPage();
    await signIn(donorPage, donor.email);
    await donorPage.goto('/cases');
    const link = donorPage.getByRole('link', { name: /^JJN-632623-/ }).first();
    await link.waitFor();
    await donorPage.goto(`/cases/${encodeURIComponent(kase.gid)}`);
    await donorPage.getByRole('heading', { level: 2, name: '认捐' }).waitFor();

    const watcher = await newPage();
    await watcher.goto(`/cases/${encodeURIComponent(kase.gid)}`);
    await watcher.getByRole('link', { name: '登录后即可认捐' }).waitFor();
    await watcher.getByTestId('funding-confirmed').filter({ hasText: '¥0.00' }).waitFor();
    await watcher.getByTestId('funding-target').filter({ hasText: '¥700.00' }).waitFor();
    await watcher.getByText('已连接').waitFor();

    await donorPage.getByText('沙盒支付', { exact: false }).first().waitFor();
    await donorPage.getByLabel('金额（元）').fill('100');
    await donorPage.getByLabel('留言（可选）').fill('Get well soon');
    await donorPage.getByRole('button', { name: '确认认捐' }).click();
    await donorPage.getByText('已认捐 ¥100.00，状态：已到账', { exact: false }).waitFor();

    // The signed-out page sees the confirmed total change without reloading.
    await watcher.getByTestId('funding-confirmed').filter({ hasText: '¥100.00' }).waitFor();
    await watcher.getByText('Get well soon').waitFor();
    await watcher.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-case-watcher.png'), fullPage: true });
    await watcher.goto(`/cases/${encodeURIComponent(kase.gid)}?lang=en`);
    await watcher.getByRole('link', { name: 'Sign in to pledge' }).waitFor();
    await watcher.getByTestId('funding-confirmed').filter({ hasText: '¥100.00' }).waitFor();

    // ¥400 remains on the first need: ¥1,000 is refused next to the amount.
    await donorPage.getByLabel('金额（元）').fill('1000');
    await donorPage.getByRole('button', { name: '确认认捐' }).click();
    const fieldError = donorPage.locator('.field-invalid .field-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).to.contain('尚缺 ¥400.00');
    expect(await donorPage.getByLabel('金额（元）').getAttribute('aria-invalid')).to.equal('true');
    await donorPage.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-case-pledge-error.png'), fullPage: true });

    await donorPage.goto('/me/pledges');
    await donorPage.getByRole('cell', { name: '¥100.00' }).waitFor();
    await donorPage.getByRole('link', { name: /^JJN-632623-/ }).waitFor();
    await donorPage.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-my-pledges.png'), fullPage: true });
  });
});
