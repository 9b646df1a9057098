/**
 * Browser test: on the demo data, every page reachable from the navigation (and the first pages linked
 * from each) reads in Chinese for each kind of user: no English words or raw codes from the server
 * (statuses, categories, documents, alarm texts) are left on a page in the default language.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser';

/** Latin words that may appear on a Chinese page: names of things, not sentences. */
const ALLOWED = new Set(['JJN', 'GraphQL', 'English', 'Alipay', 'WeChat', 'Stripe', 'PDF', 'PNG', 'JPEG', 'CNY']);
const DEMO_PASSWORD = 'demo1234';

describe('pages in Chinese on the demo data (e2e)', function () {
  this.timeout(300_000);
  const web = browserSuite({ prefix: 'jjn-web-zh-', env: { DEMO_DATA: 'true', SCHEDULER_POLL_MS: '0' }, viewport: { width: 1200, height: 900 } });

  /** Lines of the page's text with Latin words of four letters or more that are not allowed (e-mail addresses aside). */
  const englishOn = async (page: Page): Promise<string[]> => {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.locator('main').first().waitFor();
    const text = await page.evaluate(() => document.body.innerText);
    return text
      .split('\n')
      .filter((line) => !line.includes('@'))
      .filter((line) => (line.match(/[A-Za-z][A-Za-z']{3,}/g) ?? []).some((w) => !ALLOWED.has(w)))
      .map((line) => line.trim());
  };

  /** Pages already read, by path: a page linked for several people is read once (for the first). */
  const visited = new Set<string>();
  const tour = async (page: Page, who: string): Promise<string[]> => {
    const found: string[] = [];
    const check = async (where: string) => {
      for (const line of await englishOn(page)) found.push(`${who} ${where}: ${line}`);
    };
    await check(new URL(page.url()).pathname);
    const nav = await page.evaluate(() => [...new Set([...document.querySelectorAll('nav a')].map((a) => (a as HTMLAnchorElement).pathname))]);
    for (const path of nav) {
      await page.goto(path);
      await check(path);
      const inner = await page.evaluate(() => [...new Set([...document.querySelectorAll('main a')].map((a) => (a as HTMLAnchorElement).pathname))]);
      for (const next of inner.filter((p) => !visited.has(p) && !nav.includes(p)).slice(0, 4)) {
        visited.add(next);
        await page.goto(next);
        await check(next);
      }
    }
    return found;
  };

  it('a visitor, a donor, the desk and a charity see no English on Chinese pages', async () => {
    const found: string[] = [];
    const visitor = await web.newPage();
    await visitor.goto('/');
    found.push(...(await tour(visitor, 'visitor')));
    for (const email of ['donor@demo.local', 'caseworker@demo.local', 'approver@demo.local', 'org_admin@demo.local']) {
      const page = await web.newPage();
      await web.signIn(page, email, DEMO_PASSWORD);
      found.push(...(await tour(page, email)));
    }
    expect(found).to.deep.equal([]);
  });
});
