import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import en from '../../web/src/i18n/en.json';
import zhCN from '../../web/src/i18n/zh-CN.json';

const WEB_SRC = path.resolve('web/src');
/** CJK ideographs, CJK punctuation, kana, Hangul and full-width forms. */
const CJK = /[\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(tsx|ts)$/.test(e.name) ? [p] : [];
  });
}

describe('web translations', () => {
  it('zh-CN.json and en.json have exactly the same keys', () => {
    const zhKeys = Object.keys(zhCN).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !zhKeys.includes(k)), 'keys only in en.json').to.deep.equal([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k)), 'keys only in zh-CN.json').to.deep.equal([]);
  });

  it('every translation is a non-empty string and both use the same {placeholders}', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(zhCN) as [keyof typeof zhCN, unknown][]) {
      const other: unknown = en[key];
      expect(typeof zh === 'string' && zh.trim().length > 0, `zh-CN ${key}`).to.equal(true);
      expect(typeof other === 'string' && other.trim().length > 0, `en ${key}`).to.equal(true);
      expect(placeholders(other as string), `placeholders of ${key}`).to.deep.equal(placeholders(zh as string));
    }
  });

  it('the English texts are not left in Chinese (except names kept on purpose in parentheses)', () => {
    for (const [key, text] of Object.entries(en)) {
      // A few texts quote the Chinese term in parentheses, e.g. "household register (户口簿)", or offer the other language.
      const stripped = text.replace(/\([^)]*\)/g, '').replace(/[\u4E00-\u9FFF]+\s*\(/g, '');
      if (key === 'lang.switchTo') continue;
      expect(CJK.test(stripped), `en ${key}: ${text}`).to.equal(false);
    }
  });

  it('no source file under web/src has a CJK literal: every visible text comes from the translation files', () => {
    const files = sourceFiles(WEB_SRC);
    expect(files.length).to.be.greaterThan(5);
    const offenders = files.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => CJK.test(line))
        .map(({ line, i }) => `${path.relative(process.cwd(), f)}:${i + 1}: ${line.trim()}`),
    );
    expect(offenders, offenders.join('\n')).to.deep.equal([]);
  });
});
