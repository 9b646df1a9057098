import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadPiiKey, PiiCipher } from '../../server/privacy/pii';
import { addWorkingDays } from '../../server/scheduler/working-days';

describe('working days', () => {
  it('skips weekends (China time)', () => {
    // Friday 2026-11-27 10:00 CST → 3 working days later is Wednesday 2026-12-02 10:00 CST.
    expect(addWorkingDays(new Date('2026-11-27T02:00:00Z'), 3).toISOString()).to.equal('2026-12-02T02:00:00.000Z');
  });
  it('skips listed holidays', () => {
    expect(addWorkingDays(new Date('2026-09-30T02:00:00Z'), 1, ['2026-10-01', '2026-10-02']).toISOString()).to.equal('2026-10-05T02:00:00.000Z');
  });
  it('counts 5 working days for fast-track paperwork from a Monday', () => {
    expect(addWorkingDays(new Date('2026-11-30T01:00:00Z'), 5).toISOString()).to.equal('2026-12-07T01:00:00.000Z');
  });
});

describe('PII encryption', () => {
  const cipher = new PiiCipher(crypto.randomBytes(32));
  it('round-trips and never repeats a ciphertext', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.to.equal(b);
    expect(a).not.to.include('1101051949');
    expect(cipher.decrypt(a)).to.equal('11010519491231002X');
  });
  it('detects tampering', () => {
    const a = cipher.encrypt('扎西');
    const raw = Buffer.from(a.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] as number) ^ 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).to.throw();
  });
  it('gives a stable keyed blind index that differs between keys', () => {
    const other = new PiiCipher(crypto.randomBytes(32));
    expect(cipher.blindIndex('x')).to.equal(cipher.blindIndex('x'));
    expect(cipher.blindIndex('x')).not.to.equal(other.blindIndex('x'));
  });
  it('creates a 0600 key file in the data folder when PII_KEY is not set, and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-'));
    const k1 = loadPiiKey(undefined, dir);
    const k2 = loadPiiKey(undefined, dir);
    expect(k1.equals(k2)).to.equal(true);
    expect(fs.statSync(path.join(dir, 'pii.key')).mode & 0o777).to.equal(0o600);
    expect(loadPiiKey('ab'.repeat(32), dir).equals(Buffer.from('ab'.repeat(32), 'hex'))).to.equal(true);
    fs.rmSync(dir, { recursive: true });
  });
});
