import express from 'express';
import { DomainError, HTTP_STATUS } from '../common/errors';
import type { RouteMounter } from '../http/app';
import type { Services } from '../services';

/** POST /webhooks/stripe: the raw body is needed to verify Stripe's signature. */
export function paymentRoutes(services: Services): RouteMounter {
  return (app) => {
    app.post('/webhooks/stripe', express.raw({ type: '*/*', limit: '1mb' }), async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        const r = await services.payments.handleStripeWebhook(body, req.header('stripe-signature'));
        res.json({ received: true, duplicate: r.duplicate, outcome: r.outcome });
      } catch (err) {
        if (err instanceof DomainError) {
          res.status(HTTP_STATUS[err.category]).json({ error: { code: err.code, message: err.message } });
          return;
        }
        req.log.error({ err }, 'stripe webhook failed');
        res.status(500).json({ error: { code: 'INTERNAL', message: 'Internal error.' } });
      }
    });
  };
}
