import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../integration/__snapshots__');

/**
 * Compares a value with a reviewed snapshot in test/integration/__snapshots__/<name>.json.
 * A missing snapshot is written (review it and commit it); UPDATE_SNAPSHOTS=1 rewrites it.
 */
export function expectSnapshot(name: string, value: unknown): void {
  const file = path.join(DIR, `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.UPDATE_SNAPSHOTS === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  expect(JSON.parse(text), `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 to rewrite after review)`).to.deep.equal(JSON.parse(fs.readFileSync(file, 'utf8')));
}
