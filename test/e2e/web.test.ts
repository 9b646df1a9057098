/**
 * Browser tests: the built web app, served by the real service on a fresh database,
 * driven in Debian's Chromium through playwright-core (never a downloaded browser).
 * Skipped when /usr/bin/chromium is missing, unless REQUIRE_BROWSER is set.
 */
import { expect } from 'chai';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser';
import type { TestApp } from '../support/app';
import { createOrganization, createUser } from '../support/factories';


describe('web app in a browser (e2e)', function () {
  this.timeout(120_000);
  const web = browserSuite({ prefix: 'jjn-web-', viewport: { width: 414, height: 896 } });
  let app: TestApp;
  before(() => {
    app = web.app;
  });
  const newPage = () => web.newPage();
  const signIn = (page: Page, email: string, password?: string) => web.signIn(page, email, password);

  it('shows Simplified Chinese by default, switches to English and remembers it', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '救急难：急难有人帮' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).to.equal('zh-CN');
    await page.getByRole('link', { name: '如何求助' }).first().click();
    await page.getByRole('heading', { name: '通常需要的材料' }).waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'jjn-e2e-help-zh.png'), fullPage: false });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'How to apply for emergency and hardship relief' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).to.equal('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Documents usually needed' }).waitFor();
    await page.goto('/?lang=zh-CN');
    await page.getByRole('heading', { level: 1, name: '救急难：急难有人帮' }).waitFor();
    await page.goto('/help?lang=en');
    await page.getByText('call the 12345 government service hotline', { exact: false }).first().waitFor();
  });

  it('signs in through the form, shows the account and signs out', async () => {
    const user = await createUser(app.services.db, [{ role: 'caseworker', region: '632623' }], 'Browser Caseworker');
    const page = await newPage();
    await page.goto('/sign-in');
    await page.getByLabel('电子邮箱').fill(user.email);
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('邮箱或密码错误。').waitFor();

    await signIn(page, user.email);
    await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
    await page.getByRole('cell', { name: '民政窗口经办人' }).waitFor();
    await page.getByRole('link', { name: /甘德县/ }).waitFor();
    // A phone-sized window: the navigation sits behind the menu button.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('banner').getByRole('link', { name: '登录' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('jjn.token'))).to.equal(null);
  });

  it('signs a person out with a notice when the server says the session has ended', async () => {
    const user = await createUser(app.services.db, [{ role: 'donor' }]);
    const page = await newPage();
    await page.goto('/');
    await page.evaluate((token) => localStorage.setItem('jjn.token', token), user.token);
    await page.goto('/me');
    await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
    await app.gql('mutation { signOut(input: {}) { signedOut } }', {}, user.token);
    await page.reload();
    await page.getByText('您已在其他地方退出登录，请重新登录。').waitFor();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('jjn.token'))).to.equal(null);
  });

  it('lists the Golog counties in the regions browser', async () => {
    const page = await newPage();
    await page.goto('/regions');
    await page.getByRole('link', { name: '青海省' }).click();
    await page.getByRole('link', { name: '果洛藏族自治州' }).click();
    await page.waitForURL('**/regions?parent=632600');
    const list = page.getByRole('list', { name: '下辖地区' });
    await list.getByRole('link', { name: '玛多县' }).waitFor();
    const names = await list.getByRole('link').allTextContents();
    expect(names).to.deep.equal(['玛沁县', '班玛县', '甘德县', '达日县', '久治县', '玛多县']);
    await page.getByRole('navigation', { name: '当前位置' }).getByText('果洛藏族自治州').waitFor();
  });

  it('lists and filters organisations, with budgets in yuan', async () => {
    const tag = `Filter${Date.now()}`;
    await createOrganization(app.services.db, { name: `${tag} fund`, kind: 'relief_fund', budgetMinor: 123_456_789n });
    await createOrganization(app.services.db, { name: `${tag} charity`, kind: 'charity' });
    const page = await newPage();
    await page.goto('/organizations?lang=en');
    await page.getByLabel('Name contains').fill(tag);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('Organisations found: 2').waitFor();
    await page.getByLabel('Kind of organisation').selectOption('RELIEF_FUND');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('Organisations found: 1').waitFor();
    const card = page.locator('.card', { hasText: `${tag} fund` });
    await card.getByText('¥1,234,567.89').waitFor();
  });

  it('registers an organisation (field error for an empty name), and a watcher sees an admin verify it live', async () => {
    const founder = await createUser(app.services.db, [{ role: 'donor' }], 'Founder');
    const admin = await createUser(app.services.db, [{ role: 'admin', region: '630000' }], 'Province admin');
    const name = `E2E 测试慈善会 ${Date.now()}`;

    const watcher = await newPage();
    await signIn(watcher, founder.email);
    await watcher.goto('/organizations/new');
    await watcher.getByLabel('可用于个案的预算（元）').fill('50000.5');
    await watcher.getByRole('button', { name: '提交登记' }).click();
    await watcher.getByText('名称不能为空。').waitFor();
    expect(await watcher.getByLabel('组织名称').getAttribute('aria-invalid')).to.equal('true');

    await watcher.getByLabel('组织名称').fill(name);
    await watcher.getByRole('button', { name: '提交登记' }).click();
    const home = watcher.getByRole('group', { name: '所在地区' });
    await watcher.getByText('请选择一个有效的地区。').waitFor();
    expect(await home.getAttribute('aria-invalid')).to.equal('true');
    await home.getByLabel('省级').selectOption('630000');
    await home.getByLabel('地级（市、州）').selectOption('632600');
    await home.getByLabel('县级（县、区）').selectOption('632623');
    // Focus categories are chosen by their Chinese names (the province's categories), not typed as codes.
    const focus = watcher.getByRole('group', { name: '关注的救助类别' });
    await focus.getByLabel('突发重病').check();
    await focus.getByLabel('火灾').check();
    await watcher.getByRole('button', { name: '提交登记' }).click();
    await watcher.waitForURL('**/organizations/*');
    await watcher.getByRole('heading', { level: 1, name }).waitFor();
    await watcher.getByText('突发重病、火灾').waitFor();
    await watcher.getByText('待核实').first().waitFor();
    await watcher.getByText('¥50,000.50').waitFor();
    await watcher.getByText('已连接').waitFor();
    const orgPath = new URL(watcher.url()).pathname;

    const staff = await newPage();
    await signIn(staff, admin.email);
    await staff.goto(orgPath);
    await staff.getByRole('button', { name: '核实该组织' }).click();
    await staff.getByTestId('verified-badge').getByText('已核实').waitFor();

    const events = watcher.getByTestId('live-events');
    await events.getByText('该组织已通过核实。').waitFor();
    await watcher.getByTestId('verified-badge').getByText('已核实').waitFor();
  });

  it('signs up a donor in English and refuses a second account with the same email', async () => {
    const email = `donor-${Date.now()}@example.test`;
    const page = await newPage();
    await page.goto('/sign-up?lang=en');
    await page.getByLabel('Name').fill('Browser Donor');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Register and sign in' }).click();
    await page.getByText('The password must have at least 8 characters.').waitFor();
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Register and sign in' }).click();
    await page.waitForURL('**/me');
    await page.getByRole('cell', { name: 'Whole platform' }).waitFor();
    await page.getByText('Donor', { exact: true }).first().waitFor();

    const again = await newPage();
    await again.goto('/sign-up?lang=en');
    await again.getByLabel('Name').fill('Someone else');
    await again.getByLabel('Email').fill(email);
    await again.getByLabel('Password').fill('another-long-password');
    await again.getByRole('button', { name: 'Register and sign in' }).click();
    await again.getByText('An account with this email already exists.').waitFor();
    expect(await again.getByLabel('Email').getAttribute('aria-invalid')).to.equal('true');
  });

  it('lets an organisation admin add a member and invite a newcomer who accepts', async () => {
    const org = await createOrganization(app.services.db, { name: `Members ${Date.now()}` });
    const orgAdmin = await createUser(app.services.db, [{ role: 'org_admin', organizationId: org.id }]);
    const existing = await createUser(app.services.db, [{ role: 'donor' }]);
    const newcomer = `newcomer-${Date.now()}@example.test`;

    const page = await newPage();
    await signIn(page, orgAdmin.email);
    await page.goto(`/organizations/${encodeURIComponent(org.gid)}`);
    const manage = page.getByRole('region', { name: '管理成员' });
    await manage.getByLabel('电子邮箱').fill(existing.email);
    await manage.getByRole('button', { name: '添加已有账户' }).click();
    await manage.getByText(`已将 ${existing.email} 添加为成员。`).waitFor();
    await page.getByRole('region', { name: '成员' }).getByRole('cell', { name: '组织成员' }).waitFor();

    await manage.getByLabel('电子邮箱').fill(newcomer);
    await manage.getByRole('button', { name: '发送邀请' }).click();
    const link = (await manage.locator('code.token').textContent()) ?? '';
    expect(link).to.match(/\/invitations\/accept\?token=/);

    const invited = await newPage();
    await invited.goto(new URL(link).pathname + new URL(link).search);
    await invited.getByLabel('姓名').fill('New Member');
    await invited.getByLabel('密码').fill('welcome-aboard-1');
    await invited.getByRole('button', { name: '接受邀请' }).click();
    await invited.getByText(`您已加入 ${org.name}。`).waitFor();
    await signIn(invited, newcomer, 'welcome-aboard-1');
    await invited.getByRole('link', { name: org.name }).waitFor();
  });
});
