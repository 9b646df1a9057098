import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encryption of personal data at rest: AES-256-GCM with a random 96-bit nonce per
 * value, and a keyed blind index (HMAC-SHA256) for equality look-ups. Both keys are
 * derived from the one PII key with HKDF so neither is used for two purposes.
 */
export class PiiCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('The PII key must be 32 bytes.');
    this.encKey = Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'jiujinan pii encryption v1', 32));
    this.indexKey = Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'jiujinan pii blind index v1', 32));
  }

  encrypt(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('v1:')) throw new Error('Unknown ciphertext format.');
    const raw = Buffer.from(stored.slice(3), 'base64');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.encKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  encryptOptional(plain: string | null | undefined): string | null {
    return plain === null || plain === undefined || plain === '' ? null : this.encrypt(plain);
  }

  decryptOptional(stored: string | null | undefined): string | null {
    return stored ? this.decrypt(stored) : null;
  }

  blindIndex(value: string): string {
    return crypto.createHmac('sha256', this.indexKey).update(value, 'utf8').digest('hex');
  }
}

/**
 * The PII key: PII_KEY from the environment, or (embedded default) a key file of mode
 * 0600 created in the data folder on first run. The key is never logged.
 */
export function loadPiiKey(piiKeyHex: string | undefined, dataDir: string): Buffer {
  if (piiKeyHex) return Buffer.from(piiKeyHex, 'hex');
  const file = path.join(dataDir, 'pii.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error(`The PII key file ${file} is damaged: it must hold 64 hex characters.`);
  return Buffer.from(hex, 'hex');
}
