import { apiName } from '../graphql/enum-values';
import type { RoomName } from '../live/events';
import type { LiveHub } from '../live/live-hub';
import type { PledgeRecord } from './pledge.model';

/**
 * Sends `pledge.updated` for a pledge as it now is to those who follow it: the donor and, for a
 * pledge made on behalf of an organisation, the organisation.
 */
export function announcePledge(live: LiveHub, p: Pick<PledgeRecord, 'id' | 'caseId' | 'donorUserId' | 'organizationId' | 'status' | 'amountMinor' | 'releaseReason' | 'method'>): void {
  const to: RoomName[] = [`user:${p.donorUserId}`];
  if (p.organizationId) to.push(`organization:${p.organizationId}`);
  live.emit(to, 'pledge.updated', {
    pledgeId: p.id,
    caseId: p.caseId,
    status: apiName('PledgeStatus', p.status),
    amount: p.amountMinor.toString(),
    releaseReason: p.releaseReason === null ? null : apiName('PledgeReleaseReason', p.releaseReason),
    sandbox: p.method === 'sandbox',
  });
}
