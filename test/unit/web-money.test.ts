import { expect } from 'chai';
import fc from 'fast-check';
import { formatFen, parseYuanToFen } from '../../web/src/format/money';

describe('web money formatting', () => {
  it('formats fen strings as yuan with grouping and two decimals', () => {
    expect(formatFen('0')).to.equal('¥0.00');
    expect(formatFen('5')).to.equal('¥0.05');
    expect(formatFen('123456')).to.equal('¥1,234.56');
    expect(formatFen('100000000')).to.equal('¥1,000,000.00');
    expect(formatFen('-250')).to.equal('-¥2.50');
    expect(formatFen(12_345_678_901_234_567_890n)).to.equal('¥123,456,789,012,345,678.90');
    expect(formatFen('99', 'USD')).to.equal('USD 0.99');
  });

  it('refuses what is not whole fen', () => {
    for (const bad of ['', '1.5', 'abc', '1e3', '--1']) expect(formatFen(bad), bad).to.equal(null);
  });

  it('parses yuan typed by a person into fen without floats', () => {
    expect(parseYuanToFen('1234.56')).to.equal('123456');
    expect(parseYuanToFen('1,234.5')).to.equal('123450');
    expect(parseYuanToFen('¥0.05')).to.equal('5');
    expect(parseYuanToFen(' 50000 ')).to.equal('5000000');
    expect(parseYuanToFen('0.1')).to.equal('10');
    expect(parseYuanToFen('1.')).to.equal('100');
    for (const bad of ['', '-1', '1.234', 'abc', '1e5', '.5']) expect(parseYuanToFen(bad), bad).to.equal(null);
  });

  it('round-trips any amount exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (fen) => {
        const shown = formatFen(fen) as string;
        expect(parseYuanToFen(shown)).to.equal(fen.toString());
      }),
    );
  });
});
