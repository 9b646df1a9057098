import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Metrics } from './metrics';

const WELL_FORMED_ID = /^[\w-]{1,64}$/;

/** One request's id (the caller's X-Request-Id when it is well formed) and its logger, made on first use. */
export interface TrackedRequest {
  readonly id: string;
  log(): Logger;
}

/**
 * Starts following each request: gives it an id (answered in X-Request-Id) and, when its answer
 * is finished, records its duration by method, route and status, and logs it at info level.
 * Most requests log nothing at the usual levels, so a request's logger is made on first use.
 */
export function requestTracker(logger: Logger, metrics: Metrics) {
  // The histogram's series for each method, route and status, looked up once rather than hashed on every request.
  const series = new Map<string, { observe(seconds: number): void }>();
  const seriesOf = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let s = series.get(key);
    if (s) return s;
    s = metrics.httpDuration.labels({ method, route, status: String(status) });
    if (series.size < 1000) series.set(key, s);
    return s;
  };
  return (req: IncomingMessage, res: ServerResponse, route: () => string, path: () => string): TrackedRequest => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && WELL_FORMED_ID.test(incoming) ? incoming : crypto.randomUUID();
    let log: Logger | undefined;
    const tracked: TrackedRequest = { id, log: () => (log ??= logger.child({ requestId: id })) };
    res.setHeader('x-request-id', id);
    const start = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      seriesOf(req.method ?? '', route(), res.statusCode).observe(seconds);
      if (logger.isLevelEnabled('info')) tracked.log().info({ method: req.method, path: path(), status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    });
    return tracked;
  };
}

/**
 * The address a request came from: with `trustProxy`, the first address of X-Forwarded-For (the
 * client as the proxies in front saw it, as Express's `trust proxy` = true gives it), else the peer.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = typeof forwarded === 'string' ? forwarded.split(',', 1)[0]?.trim() : undefined;
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
