import { formatYuan } from '../common/money';
import type { PledgeRecord } from '../pledges/pledge.model';
import type { PaymentProvider, PaymentStart } from './provider';

/** Reference a donor quotes on a bank transfer or at a cash window. */
export const offlineReference = (p: PledgeRecord) => `JJN-P-${p.id.slice(0, 8).toUpperCase()}`;

/** Bank transfer or cash at a window: pending until staff confirm it with the bank reference. */
export class OfflineProvider implements PaymentProvider {
  readonly method = 'offline' as const;
  async start(p: PledgeRecord): Promise<PaymentStart> {
    return this.resume(p);
  }
  async resume(p: PledgeRecord): Promise<PaymentStart> {
    return {
      provider: 'offline',
      sandbox: false,
      paymentRef: offlineReference(p),
      clientSecret: null,
      instructions: `Transfer ${formatYuan(p.amountMinor)} to the relief account or pay at a civil-affairs window, quoting ${offlineReference(p)}. The pledge is held until ${p.expiresAt.toISOString()}.`,
    };
  }
  async cancel(): Promise<void> {}
  /** Offline refunds are paid back by staff and recorded by the service directly. */
  async refund(): Promise<void> {}
}
