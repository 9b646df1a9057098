import { expect } from 'chai';
import { pdfText } from '../../server/receipts/pdf';
import { startTestApp, type TestApp } from '../support/app';
import { createPublishedCase } from '../support/case-factory';
import { createUser } from '../support/factories';
import { pledgeAndPay } from '../support/funds-helpers';
import { expectLedgerOk } from '../support/pledge-helpers';

describe('receipts for confirmed pledges (HTML and PDF)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { SANDBOX_CONFIRM_MS: '-1', PAYMENT_SWEEP_SECONDS: '0' } });
  });
  after(() => app.close());
  afterEach(() => expectLedgerOk(app));

  const get = (path: string, token?: string) => fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('gives the donor and staff a numbered receipt as a Chinese HTML page and a Chinese PDF; nobody else', async () => {
    const kase = await createPublishedCase(app.services.db, [100_000n]);
    const donor = await createUser(app.services.db, [{ role: 'donor' }], '卓玛');
    const other = await createUser(app.services.db);
    const staff = await createUser(app.services.db, [{ role: 'auditor', region: '632600' }]);
    const pledgeId = await pledgeAndPay(app, donor.token, kase.gid, kase.needs[0]!.gid, 12_345n);
    const second = await pledgeAndPay(app, other.token, kase.gid, kase.needs[0]!.gid, 100n);

    const html = await get(`/receipts/${pledgeId}.html`, donor.token);
    expect(html.status).to.equal(200);
    expect(html.headers.get('content-type')).to.match(/text\/html/);
    const page = await html.text();
    const number = /JJN-R-\d{4}-\d{8}/.exec(page)?.[0];
    expect(number).to.be.a('string');
    expect(page).to.contain('捐赠收据').and.contain('卓玛').and.contain('¥123.45').and.contain('12345 分');

    const pdf = await get(`/receipts/${pledgeId}.pdf`, donor.token);
    expect(pdf.status).to.equal(200);
    expect(pdf.headers.get('content-type')).to.equal('application/pdf');
    const body = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(body.startsWith('%PDF-1.4')).to.equal(true);
    // In Chinese, through a standard Chinese font every reader has (nothing embedded).
    expect(body).to.contain('/BaseFont /STSong-Light').and.contain('/Encoding /UniGB-UCS2-H').and.contain('/Ordering (GB1)');
    expect(body).to.contain(pdfText('救急难 捐赠收据')).and.contain(pdfText(`收据编号：${number}`)).and.contain(pdfText('捐赠人：卓玛'));
    expect(body).to.contain(pdfText('金额：人民币 123.45 元（12345 分）'));
    expect(body).to.contain(pdfText(`可打印的收据：`).slice(0, -1));
    expect(body.trimEnd().endsWith('%%EOF')).to.equal(true);
    // The cross-reference table points at each object.
    const xref = Number(/startxref\n(\d+)\n%%EOF/.exec(body)?.[1]);
    expect(body.slice(xref, xref + 4)).to.equal('xref');
    for (const [i, offset] of [...body.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m, n) => [n + 1, Number(m[1])] as const)) {
      expect(body.slice(offset, offset + `${i} 0 obj`.length)).to.equal(`${i} 0 obj`);
    }

    expect((await get(`/receipts/${pledgeId}.html`, staff.token)).status).to.equal(200);
    expect((await get(`/receipts/${pledgeId}.pdf`, other.token)).status).to.equal(404);
    expect((await get(`/receipts/${pledgeId}.pdf`)).status).to.equal(401);
    const otherPage = await (await get(`/receipts/${second}.html`, other.token)).text();
    expect(/JJN-R-\d{4}-\d{8}/.exec(otherPage)?.[0]).to.not.equal(number);
  });
});
