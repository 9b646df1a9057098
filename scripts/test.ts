/**
 * Runs the whole suite: unit and integration tests on the embedded database (PGlite),
 * browser tests, and — when DATABASE_URL is set — the integration suite again on that
 * PostgreSQL server (each test in a database of its own). Prints one closing line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

interface Run {
  label: string;
  specs: string[];
  env: Record<string, string>;
}

const exists = (dir: string) => fs.existsSync(dir) && fs.readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'));
const runs: Run[] = [{ label: 'unit + integration (PGlite)', specs: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'], env: { TEST_DATABASE: 'pglite' } }];
if (exists('test/e2e')) runs.push({ label: 'browser (Chromium)', specs: ['test/e2e/**/*.test.ts'], env: { TEST_DATABASE: 'pglite' } });
if (process.env.DATABASE_URL) runs.push({ label: 'integration (PostgreSQL server)', specs: ['test/integration/**/*.test.ts'], env: { TEST_DATABASE: 'postgres' } });

let passed = 0;
let failed = 0;
let pending = 0;
let exitCode = 0;
for (const run of runs) {
  process.stdout.write(`\n=== ${run.label} ===\n`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['node_modules/mocha/bin/mocha.js', ...run.specs], {
      env: { ...process.env, ...run.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('exit', (c) => {
      passed += Number(/(\d+) passing/.exec(tail)?.[1] ?? 0);
      failed += Number(/(\d+) failing/.exec(tail)?.[1] ?? 0);
      pending += Number(/(\d+) pending/.exec(tail)?.[1] ?? 0);
      resolve(c ?? 1);
    });
  });
  if (code !== 0) exitCode = code;
}
if (exitCode !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed, ${pending} skipped\n`);
process.exit(exitCode);
