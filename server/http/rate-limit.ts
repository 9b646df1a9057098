import net from 'node:net';

/**
 * The address a limit counts against: an IPv4 address as is, an IPv6 address by its /56 prefix
 * (one customer's allocation, which a client can rotate addresses within).
 */
export function limitKey(ip: string): string {
  // Most addresses are IPv4: no colon, nothing to parse.
  if (!ip.includes(':')) return ip;
  const v4 = ip.startsWith('::ffff:') && net.isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  if (!net.isIPv6(v4)) return v4;
  // Expand to eight groups, keep the first 56 bits (three groups and a half).
  const [head = '', tail = ''] = v4.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = v4.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  const g = groups.map((x) => x.padStart(4, '0'));
  return `${g.slice(0, 3).join(':')}:${(g[3] ?? '0000').slice(0, 2)}::/56`;
}

export interface FixedWindowOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

/** Sets one response header (Node's and Express's responses both have `setHeader`). */
export interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

/**
 * A fixed-window rate limit per address, kept in this process: at most `limit` requests per
 * window, with the IETF RateLimit / RateLimit-Policy headers on every answer. One map lookup a
 * request; windows that ended are dropped once a window. `take` counts a request and says
 * whether it may go on; over the limit it has also set `Retry-After`.
 */
export function fixedWindowLimit(options: FixedWindowOptions): { take: (ip: string, res: HeaderSink) => boolean } {
  const now = options.now ?? Date.now;
  const seconds = Math.ceil(options.windowMs / 1000);
  const policy = `${options.limit};w=${seconds}`;
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    take(ip, res) {
      const t = now();
      if (t - windowStart >= options.windowMs) {
        windowStart = t - ((t - windowStart) % options.windowMs);
        counts = new Map();
      }
      const key = limitKey(ip);
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      const reset = Math.max(0, Math.ceil((windowStart + options.windowMs - t) / 1000));
      res.setHeader('RateLimit-Policy', policy);
      res.setHeader('RateLimit', `limit=${options.limit}, remaining=${Math.max(0, options.limit - used)}, reset=${reset}`);
      if (used <= options.limit) return true;
      res.setHeader('Retry-After', String(reset));
      return false;
    },
  };
}
