import { expect } from 'chai';
import { fixedWindowLimit, limitKey } from '../../server/http/rate-limit';

describe('GraphQL rate limit (fixed window per address)', () => {
  it('counts IPv4 addresses one by one and IPv6 addresses by their /56', () => {
    expect(limitKey('203.0.113.7')).to.equal('203.0.113.7');
    expect(limitKey('::ffff:203.0.113.7')).to.equal('203.0.113.7');
    expect(limitKey('2001:db8:1234:5600::1')).to.equal(limitKey('2001:0db8:1234:56ff:ffff:ffff:ffff:ffff'));
    expect(limitKey('2001:db8:1234:5600::1')).to.equal('2001:0db8:1234:56::/56');
    expect(limitKey('2001:db8:1234:5700::1')).to.not.equal(limitKey('2001:db8:1234:5600::1'));
    expect(limitKey('::1')).to.equal('0000:0000:0000:00::/56');
  });

  it('lets `limit` requests through per window, refuses the rest with the headers set, and starts again next window', () => {
    let t = 1_000_000;
    const refused: string[] = [];
    const limit = fixedWindowLimit({ limit: 3, windowMs: 60_000, now: () => t });
    const call = (ip: string) => {
      const headers = new Map<string, string>();
      const passed = limit.take(ip, { setHeader: (k: string, v: string) => headers.set(k, v) });
      if (!passed) refused.push(ip);
      return { passed, headers };
    };
    const a = [1, 2, 3, 4].map(() => call('198.51.100.1'));
    expect(a.map((r) => r.passed)).to.deep.equal([true, true, true, false]);
    expect(a[0]!.headers.get('RateLimit')).to.equal('limit=3, remaining=2, reset=60');
    expect(a[3]!.headers.get('RateLimit')).to.equal('limit=3, remaining=0, reset=60');
    expect(a[3]!.headers.get('RateLimit-Policy')).to.equal('3;w=60');
    expect(a[3]!.headers.get('Retry-After')).to.equal('60');
    expect(refused).to.deep.equal(['198.51.100.1']);
    // Another address has its own count.
    expect(call('198.51.100.2').passed).to.equal(true);
    t += 30_000;
    expect(call('198.51.100.1').headers.get('RateLimit')).to.equal('limit=3, remaining=0, reset=30');
    t += 30_000;
    const next = call('198.51.100.1');
    expect(next.passed).to.equal(true);
    expect(next.headers.get('RateLimit')).to.equal('limit=3, remaining=2, reset=60');
  });
});
