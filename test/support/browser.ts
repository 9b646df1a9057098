/**
 * The browser-test harness: Debian's Chromium driven through playwright-core (never a
 * downloaded browser), and the web app built once into a temporary directory.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

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
