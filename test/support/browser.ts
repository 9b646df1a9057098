/**
 * The browser-test harness: Debian's Chromium driven through playwright-core (never a
 * downloaded browser), and the web app built once into a temporary directory.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from './app';
import { FACTORY_PASSWORD } from './factories';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium that reaches nothing but this machine. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];

/** Skips the suite when Chromium is missing, or fails it when REQUIRE_BROWSER is set (as in CI). */
export function requireChromium(suite: Mocha.Context): void {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but ${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-zenhei`);
  console.log(`      (skipped: ${CHROMIUM} is not installed; apt-get install -y chromium fonts-wqy-zenhei, or set REQUIRE_BROWSER=1 to fail instead)`);
  suite.skip();
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** Builds the web app once into a temporary directory and returns it (pass it as WEB_DIST). */
export async function buildWeb(prefix = 'jjn-web-'): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  await promisify(execFile)(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--configLoader', 'runner', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: process.cwd(),
  });
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`vite build produced no index.html in ${dir}`);
  return dir;
}

export interface BrowserSuite {
  /** The running service (valid inside tests). */
  readonly app: TestApp;
  /** A fresh browser profile (own localStorage) with an English-speaking browser, so Chinese must come from the app. */
  newPage(): Promise<Page>;
  /** Signs in through the page's own form and waits for the account page. */
  signIn(page: Page, email: string, password?: string): Promise<void>;
}

/**
 * Registers the hooks of a browser suite in the calling `describe`: builds the web app, starts the
 * real service serving it, launches Chromium, and closes every page's profile after each test.
 */
export function browserSuite(options: { prefix: string; env?: Record<string, string>; viewport: { width: number; height: number } }): BrowserSuite {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let dist: string | undefined;
  const contexts: BrowserContext[] = [];

  before(async function () {
    this.timeout(120_000);
    requireChromium(this);
    dist = await buildWeb(options.prefix);
    app = await startTestApp({ env: { WEB_DIST: dist, ...options.env } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    if (dist) fs.rmSync(dist, { recursive: true, force: true });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  return {
    get app() {
      if (!app) throw new Error('the browser suite has not started');
      return app;
    },
    async newPage() {
      if (!browser || !app) throw new Error('the browser suite has not started');
      const context = await browser.newContext({ baseURL: app.url, locale: 'en-US', viewport: options.viewport });
      context.setDefaultTimeout(PAGE_TIMEOUT);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (err) => console.error('page error:', err.message));
      return page;
    },
    async signIn(page, email, password = FACTORY_PASSWORD) {
      await page.goto('/sign-in');
      await page.getByLabel('电子邮箱').fill(email);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL('**/me');
    },
  };
}

const PAGE_TIMEOUT = 15_000;
