import net from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/**
 * The address a limit counts against: an IPv4 address as is, an IPv6 address by its /56 prefix
 * (one customer's allocation, which a client can rotate addresses within).
 */
export function limitKey(ip: string): string {
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
  /** Answers a request over the limit (after the headers are set). */
  refuse: (req: Request, res: Response) => void;
  now?: () => number;
}

/**
 * A fixed-window rate limit per address, kept in this process: at most `limit` requests per
 * window, with the IETF RateLimit / RateLimit-Policy headers on every answer. One map lookup a
 * request; windows that ended are dropped once a window.
 */
export function fixedWindowLimit(options: FixedWindowOptions) {
  const now = options.now ?? Date.now;
  const seconds = Math.ceil(options.windowMs / 1000);
  const policy = `${options.limit};w=${seconds}`;
  let windowStart = now();
  let counts = new Map<string, number>();
  return (req: Request, res: Response, next: NextFunction): void => {
    const t = now();
    if (t - windowStart >= options.windowMs) {
      windowStart = t - ((t - windowStart) % options.windowMs);
      counts = new Map();
    }
    const key = limitKey(req.ip ?? 'unknown');
    const used = (counts.get(key) ?? 0) + 1;
    counts.set(key, used);
    const reset = Math.max(0, Math.ceil((windowStart + options.windowMs - t) / 1000));
    res.setHeader('RateLimit-Policy', policy);
    res.setHeader('RateLimit', `limit=${options.limit}, remaining=${Math.max(0, options.limit - used)}, reset=${reset}`);
    if (used > options.limit) {
      res.setHeader('Retry-After', String(reset));
      options.refuse(req, res);
      return;
    }
    next();
  };
}
