import { expect } from 'chai';
import {
  countyOf,
  covers,
  homeCloseness,
  isRegionCode,
  prefectureOf,
  provinceOf,
  regionLevel,
  significantLength,
} from '../../../matcher/index';

describe('matcher regions (GB/T 2260 from the code itself)', () => {
  it('reads the level from the code', () => {
    expect(regionLevel('630000')).to.equal('province');
    expect(regionLevel('632600')).to.equal('prefecture');
    expect(regionLevel('632623')).to.equal('county');
    expect(regionLevel('632623100')).to.equal('township');
    expect(regionLevel('000000')).to.equal('country');
    expect(regionLevel('6326')).to.equal(null);
    expect(regionLevel('63262a')).to.equal(null);
    expect(significantLength('630102')).to.equal(6);
  });

  it('derives province, prefecture and county', () => {
    expect(provinceOf('632623')).to.equal('630000');
    expect(prefectureOf('632623')).to.equal('632600');
    expect(countyOf('632623101')).to.equal('632623');
    expect(prefectureOf('630000')).to.equal(null);
    expect(countyOf('632600')).to.equal(null);
  });

  it('validates codes', () => {
    expect(isRegionCode('632623')).to.equal(true);
    expect(isRegionCode('632623101')).to.equal(true);
    expect(isRegionCode('63262')).to.equal(false);
    expect(isRegionCode('6326231')).to.equal(false);
  });

  it('covers a region and everything under it, nothing above or beside it', () => {
    expect(covers('630000', '632623')).to.equal(true);
    expect(covers('632600', '632623')).to.equal(true);
    expect(covers('632623', '632623')).to.equal(true);
    expect(covers('632623', '632623101')).to.equal(true);
    expect(covers('000000', '632623')).to.equal(true);
    expect(covers('632623', '632600')).to.equal(false);
    expect(covers('632623101', '632623')).to.equal(false);
    expect(covers('632624', '632623')).to.equal(false);
    expect(covers('632700', '632623')).to.equal(false);
    expect(covers('620000', '632623')).to.equal(false);
    expect(covers('bogus!', '632623')).to.equal(false);
  });

  it('measures closeness by the units two regions share', () => {
    expect(homeCloseness('632623101', '632623101', 9)).to.equal('township');
    expect(homeCloseness('632623', '632623101', 9)).to.equal('county');
    expect(homeCloseness('632621', '632623', 6)).to.equal('prefecture');
    expect(homeCloseness('632600', '632623', 6)).to.equal('prefecture');
    expect(homeCloseness('630000', '632623', 6)).to.equal('province');
    expect(homeCloseness('630102', '632623', 6)).to.equal('province');
    expect(homeCloseness('620000', '632623', 6)).to.equal('outside');
    expect(homeCloseness('000000', '632623', 6)).to.equal('outside');
  });
});
