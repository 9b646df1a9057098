import { ANONYMOUS } from '../access/actor';
import { DomainError, HTTP_STATUS } from '../common/errors';
import type { RouteMounter } from '../http/app';
import type { Services } from '../services';

/**
 * GET /receipts/:pledgeId.html and /receipts/:pledgeId.pdf (pledge global ID), for the donor
 * and staff, with `Authorization: Bearer <session token>`.
 */
export function receiptRoutes(services: Services): RouteMounter {
  return (app) => {
    app.get('/receipts/:file', async (req, res) => {
      const m = /^([A-Za-z0-9_-]{1,200})\.(html|pdf)$/.exec(req.params.file);
      if (!m) {
        res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such receipt.' } });
        return;
      }
      try {
        const header = req.header('authorization');
        const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
        const actor = token ? ((await services.accounts.authenticate(token))?.actor ?? ANONYMOUS) : ANONYMOUS;
        const receipt = await services.receipts.view(actor, m[1] as string);
        res.setHeader('cache-control', 'private, no-store');
        if (m[2] === 'html') {
          res.type('html').send(services.receipts.html(receipt));
        } else {
          const htmlUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}/receipts/${m[1] as string}.html`;
          res.type('application/pdf').setHeader('content-disposition', `inline; filename="${receipt.number}.pdf"`);
          res.send(services.receipts.pdf(receipt, htmlUrl));
        }
      } catch (err) {
        if (err instanceof DomainError) {
          res.status(HTTP_STATUS[err.category]).json({ error: { code: err.code, message: err.message } });
          return;
        }
        req.log.error({ err }, 'receipt failed');
        res.status(500).json({ error: { code: 'INTERNAL', message: 'Internal error.' } });
      }
    });
  };
}
