import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/** Parses Stripe's form encoding (`metadata[pledgeId]=…&allowed_payment_method_types[0]=card`). */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const m = /^([^[]+)\[([^\]]*)\]$/.exec(k);
    if (!m) {
      out[k] = v;
      continue;
    }
    const [, base, sub] = m as unknown as [string, string, string];
    if (/^\d+$/.test(sub)) ((out[base] ??= []) as string[])[Number(sub)] = v;
    else ((out[base] ??= {}) as Record<string, string>)[sub] = v;
  }
  return out;
}

const now = () => Math.floor(Date.now() / 1000);
const id = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString('hex')}`;

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A small Stripe API double for tests: create/retrieve/cancel PaymentIntents and create
 * Refunds, answering with objects of the SDK's own types, plus signed webhook events.
 */
export class StripeDouble {
  readonly paymentIntents = new Map<string, Stripe.PaymentIntent>();
  readonly refunds: Stripe.Refund[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly idempotent = new Map<string, string>();
  private server: http.Server | undefined;
  /** Fail every create with a 500 while true (to test a provider outage). */
  failCreates = false;
  /** Fail every refund with a 500 while true. */
  failRefunds = false;
  readonly signer = new Stripe('sk_test_double');

  constructor(readonly webhookSecret = 'whsec_test_double') {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://double');
        const key = req.headers['idempotency-key'];
        const rec: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, idempotencyKey: typeof key === 'string' ? key : undefined, body: parseForm(raw) };
        this.requests.push(rec);
        const [status, payload] = this.route(rec);
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
        res.end(JSON.stringify(payload));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private error(status: number, code: string, message: string): [number, unknown] {
    return [status, { error: { type: 'invalid_request_error', code, message } }];
  }

  private route(r: RecordedRequest): [number, unknown] {
    if (r.method === 'POST' && r.path === '/v1/payment_intents') {
      if (this.failCreates) return [500, { error: { type: 'api_error', message: 'double is down' } }];
      if (r.idempotencyKey && this.idempotent.has(r.idempotencyKey)) return [200, this.paymentIntents.get(this.idempotent.get(r.idempotencyKey) as string)];
      const pi = this.makePaymentIntent(r.body);
      this.paymentIntents.set(pi.id, pi);
      if (r.idempotencyKey) this.idempotent.set(r.idempotencyKey, pi.id);
      return [200, pi];
    }
    let m = /^\/v1\/payment_intents\/([^/]+)$/.exec(r.path);
    if (r.method === 'GET' && m) {
      const pi = this.paymentIntents.get(m[1] as string);
      return pi ? [200, pi] : this.error(404, 'resource_missing', `No such payment_intent: '${m[1]}'`);
    }
    m = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(r.path);
    if (r.method === 'POST' && m) {
      const pi = this.paymentIntents.get(m[1] as string);
      if (!pi) return this.error(404, 'resource_missing', 'No such payment_intent');
      if (pi.status === 'succeeded' || pi.status === 'canceled') return this.error(400, 'payment_intent_unexpected_state', `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`);
      pi.status = 'canceled';
      pi.canceled_at = now();
      return [200, pi];
    }
    if (r.method === 'POST' && r.path === '/v1/refunds') {
      if (this.failRefunds) return [500, { error: { type: 'api_error', message: 'double is down' } }];
      const existing = r.idempotencyKey ? this.refunds.find((x) => x.metadata?.idempotencyKey === r.idempotencyKey) : undefined;
      if (existing) return [200, existing];
      const pi = this.paymentIntents.get(String(r.body.payment_intent));
      if (!pi || pi.status !== 'succeeded') return this.error(400, 'charge_not_refundable', 'This PaymentIntent has no successful charge.');
      const left = pi.amount_received - this.refundedOf(pi.id);
      const amount = r.body.amount === undefined ? left : Number(r.body.amount);
      if (!Number.isInteger(amount) || amount <= 0 || amount > left) return this.error(400, 'amount_too_large', `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`);
      const refund = {
        id: id('re'),
        object: 'refund',
        amount,
        currency: 'cny',
        payment_intent: pi.id,
        charge: `ch_${pi.id.slice(3)}`,
        status: 'succeeded',
        created: now(),
        metadata: { ...((r.body.metadata as Record<string, string>) ?? {}), ...(r.idempotencyKey ? { idempotencyKey: r.idempotencyKey } : {}) },
        reason: null,
      } as unknown as Stripe.Refund; // only the fields the service reads are filled in
      this.refunds.push(refund);
      return [200, refund];
    }
    return this.error(404, 'unknown_endpoint', `The double does not implement ${r.method} ${r.path}`);
  }

  private makePaymentIntent(body: Record<string, unknown>): Stripe.PaymentIntent {
    const piId = id('pi');
    const pi: Partial<Stripe.PaymentIntent> = {
      id: piId,
      object: 'payment_intent',
      amount: Number(body.amount),
      amount_received: 0,
      currency: String(body.currency),
      payment_method_types: (body.allowed_payment_method_types as string[] | undefined) ?? ['card'],
      client_secret: `${piId}_secret_${crypto.randomBytes(8).toString('hex')}`,
      metadata: (body.metadata as Record<string, string>) ?? {},
      description: (body.description as string | undefined) ?? null,
      status: 'requires_payment_method',
      created: now(),
      livemode: false,
      canceled_at: null,
    };
    return pi as Stripe.PaymentIntent; // a partial object: the double fills in what the service uses
  }

  /** The donor pays: the PaymentIntent succeeds; returns the event Stripe would send. */
  succeed(piId: string): Stripe.Event {
    const pi = this.mustGet(piId);
    pi.status = 'succeeded';
    pi.amount_received = pi.amount;
    return this.event('payment_intent.succeeded', pi);
  }

  fail(piId: string): Stripe.Event {
    const pi = this.mustGet(piId);
    pi.status = 'requires_payment_method';
    return this.event('payment_intent.payment_failed', pi);
  }

  canceled(piId: string): Stripe.Event {
    const pi = this.mustGet(piId);
    pi.status = 'canceled';
    return this.event('payment_intent.canceled', pi);
  }

  /** What has been refunded of a PaymentIntent's charge so far. */
  refundedOf(piId: string): number {
    return this.refunds.filter((x) => x.payment_intent === piId).reduce((sum, x) => sum + x.amount, 0);
  }

  /** A charge.refunded event for the PaymentIntent, with the cumulative refunded amount (by default, what its refunds add up to, or all of it). */
  chargeRefunded(piId: string, amountRefunded?: number): Stripe.Event {
    const pi = this.mustGet(piId);
    amountRefunded ??= this.refundedOf(piId) || undefined;
    const charge = {
      id: `ch_${piId.slice(3)}`,
      object: 'charge',
      amount: pi.amount,
      amount_refunded: amountRefunded ?? pi.amount,
      refunded: (amountRefunded ?? pi.amount) >= pi.amount,
      currency: 'cny',
      payment_intent: pi.id,
      metadata: pi.metadata,
      status: 'succeeded',
    } as unknown as Stripe.Charge; // the fields the service reads
    return this.event('charge.refunded', charge);
  }

  disputeCreated(piId: string): Stripe.Event {
    const pi = this.mustGet(piId);
    const dispute = { id: id('dp'), object: 'dispute', amount: pi.amount, currency: 'cny', payment_intent: pi.id, charge: `ch_${piId.slice(3)}`, metadata: {}, reason: 'fraudulent', status: 'needs_response' } as unknown as Stripe.Dispute;
    return this.event('charge.dispute.created', dispute);
  }

  /** The bank's decision on a dispute: `lost` returns the money to the cardholder. */
  disputeClosed(piId: string, status: 'won' | 'lost' | 'warning_closed', amount?: number): Stripe.Event {
    const pi = this.mustGet(piId);
    const dispute = { id: id('dp'), object: 'dispute', amount: amount ?? pi.amount, currency: 'cny', payment_intent: pi.id, charge: `ch_${piId.slice(3)}`, metadata: {}, reason: 'fraudulent', status } as unknown as Stripe.Dispute;
    return this.event('charge.dispute.closed', dispute);
  }

  private mustGet(piId: string): Stripe.PaymentIntent {
    const pi = this.paymentIntents.get(piId);
    if (!pi) throw new Error(`no PaymentIntent ${piId} in the double`);
    return pi;
  }

  private event(type: string, object: unknown): Stripe.Event {
    return {
      id: id('evt'),
      object: 'event',
      api_version: '2025-01-01',
      created: now(),
      type,
      data: { object: JSON.parse(JSON.stringify(object)) as unknown },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    } as unknown as Stripe.Event; // built by hand like Stripe's own fixtures
  }

  /** Signs an event with the SDK, as Stripe would, and posts it to the service's webhook. */
  async deliver(appUrl: string, event: Stripe.Event, secret = this.webhookSecret): Promise<{ status: number; body: Record<string, unknown> }> {
    const payload = JSON.stringify(event);
    const header = this.signer.webhooks.generateTestHeaderString({ payload, secret });
    const res = await fetch(`${appUrl}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body: payload });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
}
