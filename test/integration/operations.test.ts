import { expect } from 'chai';
import { startTestApp, type TestApp } from '../support/app';

describe('operations endpoints', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  after(() => app.close());

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).to.deep.equal({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).to.equal(200);
    expect(((await ready.json()) as { status: string }).status).to.equal('ready');
  });

  it('exposes Prometheus metrics including request durations', async () => {
    await fetch(`${app.url}/healthz`);
    const res = await fetch(`${app.url}/metrics`);
    expect(res.headers.get('content-type')).to.match(/text\/plain/);
    const text = await res.text();
    expect(text).to.include('http_request_duration_seconds_bucket');
    expect(text).to.include('process_cpu_user_seconds_total');
  });

  it('gives every response a request id and keeps a valid incoming one', async () => {
    const a = await fetch(`${app.url}/healthz`);
    expect(a.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
    const b = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(b.headers.get('x-request-id')).to.equal('trace-123');
  });

  it('sets security headers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.headers.get('content-security-policy')).to.include("default-src 'self'");
    expect(res.headers.get('x-powered-by')).to.equal(null);
  });

  it('rate-limits GraphQL requests per address with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const r = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      statuses.push(r.status);
      if (i === 0) {
        // GraphQL answers carry the API's own security headers.
        expect(r.headers.get('x-content-type-options')).to.equal('nosniff');
        expect(r.headers.get('content-security-policy')).to.equal("default-src 'none'; frame-ancestors 'none'");
        expect(r.headers.get('cross-origin-resource-policy')).to.equal('same-origin');
        expect(r.headers.get('x-powered-by')).to.equal(null);
      }
    }
    expect(statuses.slice(0, 5).every((s) => s === 200)).to.equal(true);
    expect(statuses.at(-1)).to.equal(429);
  });

  it('finishes an in-flight request during a graceful stop, then refuses new connections', async () => {
    let arrived!: () => void;
    const arrivedP = new Promise<void>((r) => (arrived = r));
    let release!: () => void;
    const releaseP = new Promise<void>((r) => (release = r));
    const other = await startTestApp({
      routes: [
        (express) =>
          express.get('/test/slow', async (_req, res) => {
            arrived();
            await releaseP;
            res.json({ finished: true });
          }),
      ],
    });
    const inFlight = fetch(`${other.url}/test/slow`);
    await arrivedP;
    const stopped = other.close();
    await new Promise((r) => setTimeout(r, 50));
    release();
    const res = await inFlight;
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ finished: true });
    await stopped;
    let refused = false;
    try {
      await fetch(`${other.url}/healthz`);
    } catch {
      refused = true;
    }
    expect(refused).to.equal(true);
  });
});
