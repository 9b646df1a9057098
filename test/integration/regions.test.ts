import { expect } from 'chai';
import { expectData, startTestApp, type TestApp } from '../support/app';

describe('regions (GraphQL)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  it('lists the six Golog counties under 632600', async () => {
    const data = expectData(await app.gql<{ regions: { code: string; name: string; level: string; parentCode: string }[] }>(
      '{ regions(parentCode: "632600") { code name level parentCode } }',
    ));
    expect(data.regions.map((r) => r.code)).to.deep.equal(['632621', '632622', '632623', '632624', '632625', '632626']);
    expect(data.regions.every((r) => r.level === 'COUNTY' && r.parentCode === '632600')).to.equal(true);
    expect(data.regions[2]?.name).to.equal('甘德县');
  });

  it('has Qinghai townships and stops at county level elsewhere', async () => {
    const gade = expectData(await app.gql<{ regions: { code: string; level: string }[] }>('{ regions(parentCode: "632623") { code level } }'));
    expect(gade.regions.length).to.be.greaterThan(3);
    expect(gade.regions.every((r) => r.level === 'TOWNSHIP' && r.code.length === 9)).to.equal(true);
    const dongcheng = expectData(await app.gql<{ regions: unknown[] }>('{ regions(parentCode: "110101") { code } }'));
    expect(dongcheng.regions).to.have.length(0);
  });

  it('lists provinces without a parent and leaves development zones out', async () => {
    const data = expectData(await app.gql<{ regions: { code: string }[] }>('{ regions { code } }'));
    expect(data.regions.length).to.be.within(31, 35);
    const shijiazhuang = expectData(await app.gql<{ regions: { code: string }[] }>('{ regions(parentCode: "130100") { code } }'));
    expect(shijiazhuang.regions.some((r) => /^\d{4}7\d$/.test(r.code))).to.equal(false);
  });

  it('answers an unknown code with REGION_NOT_FOUND', async () => {
    const res = await app.gql('{ region(code: "999999") { name } }');
    expect(res.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    expect(res.errors?.[0]?.extensions?.reason).to.equal('REGION_NOT_FOUND');
    const res2 = await app.gql('{ regions(parentCode: "000000") { name } }');
    expect(res2.errors?.[0]?.extensions?.reason).to.equal('REGION_NOT_FOUND');
  });

  it('resolves a region with its parent and children', async () => {
    const data = expectData(await app.gql<{ region: { name: string; level: string; parent: { code: string }; children: unknown[] } }>(
      '{ region(code: "632600") { name level parent { code } children { code } } }',
    ));
    expect(data.region).to.include({ name: '果洛藏族自治州', level: 'PREFECTURE' });
    expect(data.region.parent.code).to.equal('630000');
    expect(data.region.children).to.have.length(6);
  });
});
