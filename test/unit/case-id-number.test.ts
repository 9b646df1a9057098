import { expect } from 'chai';
import { DomainError } from '../../server/common/errors';
import { idCheckCharacter, validateIdNumber } from '../../server/privacy/id-number';

/** Address codes "known" to these tests: Beijing Chaoyang, Gadê, and the Golog prefecture. */
const KNOWN = new Set(['110105', '110100', '632623', '632600']);
const known = async (codes: string[]) => codes.some((c) => KNOWN.has(c));

async function codeOf(raw: string): Promise<string> {
  try {
    await validateIdNumber(raw, ['idNumber'], known, new Date('2026-11-29T00:00:00Z'));
    return 'OK';
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
}

describe('居民身份证 validation (GB 11643)', () => {
  it('computes the check character of the standard example', () => {
    expect(idCheckCharacter('11010519491231002')).to.equal('X');
  });

  const vectors: [string, string, string][] = [
    ['valid, check X', '11010519491231002X', 'OK'],
    ['valid, lower-case x', '11010519491231002x', 'OK'],
    ['valid, Gadê', `63262319780312051${idCheckCharacter('63262319780312051')}`, 'OK'],
    ['wrong check character', '110105194912310021', 'ID_NUMBER_CHECK_FAILED'],
    ['impossible date 30 February', `11010519490230002${idCheckCharacter('11010519490230002')}`, 'ID_NUMBER_BAD_BIRTH_DATE'],
    ['impossible month 13', `11010519491331002${idCheckCharacter('11010519491331002')}`, 'ID_NUMBER_BAD_BIRTH_DATE'],
    ['birth date in the future', `11010520300101002${idCheckCharacter('11010520300101002')}`, 'ID_NUMBER_BAD_BIRTH_DATE'],
    ['unknown address code', `99010519491231002${idCheckCharacter('99010519491231002')}`, 'ID_NUMBER_UNKNOWN_ADDRESS'],
    ['retired county code whose prefecture exists', `63262919800101001${idCheckCharacter('63262919800101001')}`, 'OK'],
    ['15-digit legacy number', '110105491231002', 'OK'],
    ['15-digit legacy with impossible date', '110105490230002', 'ID_NUMBER_BAD_BIRTH_DATE'],
    ['15-digit legacy with unknown address', '990105491231002', 'ID_NUMBER_UNKNOWN_ADDRESS'],
    ['too short', '1101051949123', 'ID_NUMBER_MALFORMED'],
    ['letters inside', '11010519491A31002X', 'ID_NUMBER_MALFORMED'],
  ];
  for (const [label, raw, expected] of vectors) {
    it(`${label}: ${raw} → ${expected}`, async () => {
      expect(await codeOf(raw)).to.equal(expected);
    });
  }

  it('upgrades a 15-digit number to its 18-character form', async () => {
    expect(await validateIdNumber('110105491231002', ['idNumber'], known)).to.equal('11010519491231002X');
  });
});
